/*
 * libserviceprogram: common definitions shared by every module.
 *
 * Conventions (as in libgit2):
 *  - every public symbol starts with sp_ / SP_;
 *  - functions that can fail return 0 or a negative SP_E* code and fill the
 *    caller's sp_error (which may be NULL when the caller does not care);
 *  - out-parameters come first;
 *  - a value returned through `**out` by a function named *_new, *_load*,
 *    *_copy or *_save_buffer is the caller's to free; a pointer returned as
 *    the function's value is borrowed from the object it was taken from and
 *    stays valid until that object is changed or freed;
 *  - options structs carry a version field; initialise them with their
 *    *_INIT macro so that later versions of the library can add fields.
 *
 * Thread safety: the library has no global mutable state. Distinct reports
 * may be used from different threads at once; one report may be read from
 * several threads at once, but must not be changed while anybody reads it.
 */
#ifndef SERVICEPROGRAM_COMMON_H
#define SERVICEPROGRAM_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library is built with hidden visibility; only what is marked here is exported. */
#if defined(SP_BUILDING_LIBRARY) && defined(__GNUC__)
#  define SP_EXTERN __attribute__((visibility("default")))
#else
#  define SP_EXTERN
#endif

/** Version of the library these headers belong to. */
#define SP_VERSION_MAJOR 0
#define SP_VERSION_MINOR 1
#define SP_VERSION_PATCH 0
#define SP_VERSION_STRING "0.1.0"

/** The document format version this library writes; it also reads the older serviceprogram/0. */
#define SP_FORMAT_VERSION "serviceprogram/1"
/** The number N of SP_FORMAT_VERSION "serviceprogram/N". */
#define SP_FORMAT_VERSION_NUMBER 1

/**
 * Version of the library loaded at run time, as "MAJOR.MINOR.PATCH".
 * Borrowed, static. `major`, `minor`, `patch` may each be NULL.
 */
SP_EXTERN const char *sp_version(int *major, int *minor, int *patch);

/** Error codes. 0 means success; every error is negative. Stable values. */
typedef enum sp_error_code {
	SP_OK = 0,
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
 * (RFC 6901) into the document, "" for the whole document.
 */
typedef struct sp_error {
	int code;
	unsigned int line;
	unsigned int column;
	char source[256];
	char path[256];
	char message[512];
} sp_error;

/** Stable name of an error code, e.g. "SP_ETYPE". Borrowed, static. */
SP_EXTERN const char *sp_error_code_name(int code);

/**
 * Formats `err` as "SOURCE:LINE:COLUMN: error: PATH: MESSAGE" (parts that
 * are unknown are left out) into `buf` of `size` bytes, always
 * NUL-terminated. Returns the length the full text needs, like snprintf.
 */
SP_EXTERN int sp_error_format(char *buf, size_t size, const sp_error *err);

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
	void *(*malloc)(size_t size, void *context);
	void *(*realloc)(void *ptr, size_t size, void *context);
	void (*free)(void *ptr, void *context);
	void *context;
} sp_allocator;

/** Frees memory the library returned to the caller (e.g. a saved buffer). NULL is a no-op. */
SP_EXTERN void sp_free(void *ptr);

#ifdef __cplusplus
}
#endif

#endif
