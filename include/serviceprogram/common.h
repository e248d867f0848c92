/**
 * @file serviceprogram/common.h
 * @brief Definitions shared by every module: errors, version, memory, conventions.
 *
 * Conventions (as in libgit2):
 *  - every public symbol starts with sp_ / SP_;
 *  - functions that can fail return 0 or a negative SP_E* code and fill the
 *    caller's sp_error (which may be NULL when the caller does not care);
 *  - out-parameters come first;
 *  - a function is named after the type of its first argument that is not
 *    an out-parameter: sp_report_validate(&diagnostics, report, ...),
 *    sp_report_figures(), sp_report_diff(), sp_diagnostics_code(diagnostics,
 *    index); a field F of a type T is read by sp_T_F() and set by
 *    sp_T_set_F(); a list's items are sp_T_X_count(), sp_T_X(), sp_T_add_X()
 *    and sp_T_remove_X(); priority areas are named by their number, never by
 *    their index, wherever a function takes one out of the report's context;
 *  - a value returned through `**out` by a function named *_new, *_load*,
 *    *_copy or *_save_buffer is the caller's to free; a pointer returned as
 *    the function's value is borrowed from the object it was taken from and
 *    stays valid until that object is changed or freed;
 *  - const protects: a getter given a const parent returns a const part
 *    (`const sp_intervention *sp_priority_area_intervention(const
 *    sp_priority_area *, size_t)`); to change a part, reach it through the
 *    getter's `_mut` twin, which takes a parent you may change and returns
 *    the part to change (`sp_priority_area_intervention_mut()`,
 *    `sp_node_child_mut()`). Functions that only read take const pointers,
 *    so a const report cannot be changed without a cast;
 *  - options structs carry a version field; initialise them with their
 *    *_INIT macro, or their *_options_init() function (for bindings), so
 *    that later versions of the library can add fields at their end. The
 *    library reads every version from 1 to its own, the fields an older
 *    version lacks taking their defaults, and refuses 0 and newer versions
 *    with SP_EINVAL.
 *
 * Thread safety: the library has no global mutable state. Distinct reports
 * may be used from different threads at once; one report may be read from
 * several threads at once, but must not be changed while anybody reads it.
 * The same goes for figures, rollups, diffs and diagnostics; an sp_error
 * must not be shared by threads. A report's sp_allocator is called from
 * whichever thread works on the report, and copying a report (also by
 * reading threads: sp_report_copy) calls it too, so an allocator or context
 * used from several threads must be thread-safe. Do not call setlocale() or
 * jansson's json_set_alloc_funcs() while other threads use the library, nor
 * change the environment (setenv) while messages are made in the default
 * language. A call's language (the `language` of its options) holds for that
 * call only: a thread-local variable carries it down to its messages.
 * tests/test_threads.c checks this under ThreadSanitizer.
 */
#ifndef SERVICEPROGRAM_COMMON_H
#define SERVICEPROGRAM_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Marks a public function. The library is built with hidden visibility;
 * only what is marked with this is exported.
 */
#if defined(SP_BUILDING_LIBRARY) && defined(__GNUC__)
#  define SP_EXTERN __attribute__((visibility("default")))
#else
#  define SP_EXTERN
#endif

/** Major version of the library these headers belong to; a change means an incompatible API. */
#define SP_VERSION_MAJOR 0
/** Minor version: additions that keep compatibility. */
#define SP_VERSION_MINOR 1
/** Patch version: fixes only. */
#define SP_VERSION_PATCH 0
/** The version as text, "MAJOR.MINOR.PATCH". */
#define SP_VERSION_STRING "0.1.0"

/** The document format version this library writes; it also reads the older serviceprogram/0. */
#define SP_FORMAT_VERSION "serviceprogram/1"
/** The number N of SP_FORMAT_VERSION "serviceprogram/N". */
#define SP_FORMAT_VERSION_NUMBER 1

/**
 * The version of the library loaded at run time (which may be newer than
 * these headers).
 * @param major gets SP_VERSION_MAJOR of the library; may be NULL
 * @param minor gets its minor version; may be NULL
 * @param patch gets its patch version; may be NULL
 * @return the version as "MAJOR.MINOR.PATCH"; borrowed, static
 */
SP_EXTERN const char *sp_version(int *major, int *minor, int *patch);

/** Error codes. 0 means success; every error is negative. Stable values. */
typedef enum sp_error_code {
	SP_OK = 0,            /**< success */
	SP_ERROR = -1,        /**< unspecified failure */
	SP_ENOMEM = -2,       /**< out of memory */
	SP_EIO = -3,          /**< reading or writing a file failed */
	SP_ESYNTAX = -4,      /**< the input is not well-formed JSON or YAML */
	SP_ETYPE = -5,        /**< a value has the wrong type (e.g. text where a list belongs) */
	SP_EMISSING = -6,     /**< a required field is absent */
	SP_EENUM = -7,        /**< a value is not one of the enum's tokens or labels */
	SP_EUNKNOWNKEY = -8,  /**< a key the format does not know */
	SP_EDUPLICATE = -9,   /**< a key, or a member of a set, appears twice */
	SP_EUTF8 = -10,       /**< text is not valid UTF-8, or contains NUL */
	SP_ERANGE = -11,      /**< a number is negative, too large, or out of its range */
	SP_EVALUE = -12,      /**< a value is malformed (a date, a decimal with too many places, ...) */
	SP_EFORMAT = -13,     /**< the document's `format` is not one this library reads */
	SP_EUNSUPPORTED = -14,/**< a YAML feature the format does not allow (alias, anchor, tag) */
	SP_EINVAL = -15,      /**< an invalid argument was passed to a function */
	SP_ENOTFOUND = -16,   /**< an index or key that does not exist */
	SP_ELIMIT = -17       /**< the input exceeds a limit (nesting depth, size) */
} sp_error_code;

/**
 * Where and why something failed. The caller owns it (usually on the
 * stack); functions fill it on failure and leave it alone on success.
 * `line` and `column` are 1-based, 0 when unknown. `path` is a JSON pointer
 * (RFC 6901) into the document, "" for the whole document. Texts longer
 * than their field are cut short, always NUL-terminated.
 *
 * sp_error does not grow: its fields and their sizes are fixed for 1.0 and
 * every later 1.x (as jansson's json_error_t is), so that a caller may keep
 * one on the stack, uninitialised, and pass it to any function without a
 * version field to set first. It holds everything an error of the library
 * says: what (the code and the message), where in the input (source, line,
 * column) and where in the document (path). New error codes may be added
 * (a caller treats an unknown negative code as a failure, and
 * sp_error_code_name() names it "SP_EUNKNOWN"); anything else an error may
 * one day need to carry comes through new functions that take a
 * `const sp_error *` (as sp_error_format() does) or, failing that, through
 * a new struct and new functions beside this one, never by changing it.
 */
typedef struct sp_error {
	int code;             /**< the sp_error_code */
	unsigned int line;    /**< 1-based line in the source, 0 when unknown */
	unsigned int column;  /**< 1-based column (in characters), 0 when unknown */
	char source[256];     /**< the file or source name, "" when none */
	char path[256];       /**< JSON pointer of the element concerned, "" for the whole document */
	char message[512];    /**< what is wrong, in the call's language (UTF-8); never a value that may be personal data */
} sp_error;

/**
 * The stable name of an error code.
 * @param code an sp_error_code
 * @return e.g. "SP_ETYPE"; "SP_EUNKNOWN" for a code the library does not have. Borrowed, static.
 */
SP_EXTERN const char *sp_error_code_name(int code);

/**
 * Formats an error as "SOURCE:LINE:COLUMN: error: PATH: MESSAGE", the parts
 * that are unknown left out.
 * @param buf where the text goes, always NUL-terminated
 * @param size the size of `buf` in bytes
 * @param err the error; NULL gives a placeholder text
 * @return the length the whole text needs, like snprintf
 */
SP_EXTERN int sp_error_format(char *buf, size_t size, const sp_error *err);

/**
 * The language of the messages a person reads (errors, findings). Tokens,
 * error codes and rule names are the same in every language.
 */
typedef enum sp_language {
	/** The locale's, as GNU gettext chooses it: Swedish when LANGUAGE, or else
	 *  LC_ALL, LC_MESSAGES or LANG (the first one set), names Swedish first
	 *  ("sv", "sv_SE.UTF-8"); otherwise English. LANGUAGE counts only when the
	 *  locale is not C or POSIX. */
	SP_LANGUAGE_DEFAULT = 0,
	SP_LANGUAGE_EN = 1, /**< English */
	SP_LANGUAGE_SV = 2  /**< Swedish */
} sp_language;

/**
 * The language SP_LANGUAGE_DEFAULT stands for, read from the environment at
 * each call (never cached, never changing the process locale).
 * @return SP_LANGUAGE_EN or SP_LANGUAGE_SV
 */
SP_EXTERN sp_language sp_language_default(void);

/**
 * A message of the library's catalogue (po/sv.po, compiled into the library)
 * in a language: for programs and bindings built on the library, which use
 * the same catalogue for their own messages (`rsp` and the Python binding do).
 * @param language the language; SP_LANGUAGE_DEFAULT for sp_language_default()
 * @param english the message in English, as the catalogue's msgid
 * @return the translation, static; @p english itself in English or when the
 *         catalogue has none
 */
SP_EXTERN const char *sp_translate(sp_language language, const char *english)
#ifdef __GNUC__
	__attribute__((format_arg(2)))
#endif
	;

/**
 * Memory functions for a report: everything a report holds is allocated
 * through them. Give one to sp_report_new_with() or in sp_load_options;
 * copies of a report use the same. The library keeps a
 * copy of this struct, so it may live on the caller's stack; `context` is
 * passed to each function as it is. `realloc` must accept NULL like
 * realloc(3). Short-lived working memory (the parsers' own, the text of a
 * file being read or written) and what the library returns to the caller
 * apart from reports (a saved buffer, figures, diagnostics) come from malloc,
 * or from jansson's and libyaml's own process-wide allocators.
 */
typedef struct sp_allocator {
	void *(*malloc)(size_t size, void *context);            /**< like malloc(3); NULL when out of memory */
	void *(*realloc)(void *ptr, size_t size, void *context); /**< like realloc(3), also for a NULL `ptr` */
	void (*free)(void *ptr, void *context);                 /**< like free(3); never given NULL */
	void *context;                                          /**< passed to each of them as it is */
} sp_allocator;

/**
 * Frees memory the library returned to the caller, such as a buffer of
 * sp_report_save_buffer().
 * @param ptr what to free; NULL is a no-op
 */
SP_EXTERN void sp_free(void *ptr);

#ifdef __cplusplus
}
#endif

#endif
