/**
 * @file serviceprogram/io.h
 * @brief Loading and saving reports as JSON or YAML.
 *
 * Both formats carry the same tree (format "serviceprogram/1"). Loading
 * checks everything the format says (types, required fields, enum values,
 * numbers, UTF-8) and fails with an sp_error that names the source, line,
 * column and JSON pointer of the offending element. After an error in the
 * content (a wrong type, an unknown enum value, a bad number or date, an
 * unknown, missing or repeated key) loading goes on, so that one run finds
 * every such error, up to the limit max_errors; the sp_error is the first,
 * and an sp_load_errors list given in the options gets them all. An error
 * of syntax (or encoding, or a limit) stops loading where it is. A failed
 * load returns no report and leaks nothing. Saving writes keys in canonical order,
 * omits absent fields, and writes numbers the same way whatever the
 * process locale.
 */
#ifndef SERVICEPROGRAM_IO_H
#define SERVICEPROGRAM_IO_H

#include <stdio.h>
#include "common.h"
#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The file syntax. */
typedef enum sp_syntax {
	SP_SYNTAX_AUTO = 0, /**< loading: a file named .json is JSON; otherwise text that begins with { or [ is
	                         JSON (but in a file named .yaml or .yml, which is always YAML), other text YAML;
	                         JSON is read strictly, never retried as YAML. Saving: from the file name
	                         (.json, else YAML) */
	SP_SYNTAX_JSON,     /**< JSON (RFC 8259), read and written by the library itself */
	SP_SYNTAX_YAML      /**< YAML 1.1 without anchors, aliases and tags, read by libyaml */
} sp_syntax;

/** What loading does with keys the format does not know. */
typedef enum sp_unknown_keys {
	SP_UNKNOWN_KEYS_ERROR = 0, /**< fail with SP_EUNKNOWNKEY naming the closest known key */
	SP_UNKNOWN_KEYS_KEEP,      /**< keep them, and write them back (after the known keys) on save */
	SP_UNKNOWN_KEYS_DROP       /**< ignore them */
} sp_unknown_keys;

/** The errors of one load, in the order of the file (opaque; see sp_load_errors_new()). */
typedef struct sp_load_errors sp_load_errors;

/** Default limits of loading (each can be set in sp_load_options; 0 there means the default). */
#define SP_DEFAULT_MAX_BYTES ((size_t)256 << 20)  /**< input size: 256 MiB */
#define SP_DEFAULT_MAX_DEPTH 32                   /**< nesting of mappings and lists */
#define SP_MAX_DEPTH 64                           /**< the most max_depth can be */
#define SP_DEFAULT_MAX_TEXT ((size_t)1 << 20)     /**< one text or key: 1 MiB */
#define SP_DEFAULT_MAX_ELEMENTS ((size_t)20000000) /**< mappings, lists and scalars in all */
#define SP_DEFAULT_MAX_ERRORS 100                 /**< errors reported before loading stops */

/** How to load: start from SP_LOAD_OPTIONS_INIT and change what you need. */
typedef struct sp_load_options {
	unsigned int version;          /**< SP_LOAD_OPTIONS_VERSION */
	sp_syntax syntax;              /**< SP_SYNTAX_AUTO by default */
	sp_unknown_keys unknown_keys;  /**< SP_UNKNOWN_KEYS_ERROR by default */
	const char *source_name;       /**< name used in errors; default: the path, or "<buffer>"/"<stream>" */
	/* Limits, against hostile or broken input; exceeding one is SP_ELIMIT naming it. 0: the default. */
	size_t max_bytes;              /**< the input's size in bytes */
	size_t max_depth;              /**< nesting depth (at most SP_MAX_DEPTH) */
	size_t max_text;               /**< bytes of one text or key */
	size_t max_elements;           /**< mappings, lists and scalars in the document */
	const sp_allocator *allocator; /**< memory for the loaded report; NULL: malloc */
	/* Since version 2. */
	sp_load_errors *errors;        /**< when not NULL, emptied and then given every error of the load */
	size_t max_errors;             /**< errors after which loading stops; 0: SP_DEFAULT_MAX_ERRORS; 1: stop at the first */
	/* Since version 3. */
	sp_language language;          /**< of the error messages; SP_LANGUAGE_DEFAULT: the locale's */
} sp_load_options;

/** The version of sp_load_options these headers describe. */
#define SP_LOAD_OPTIONS_VERSION 3
/** The default load options. */
#define SP_LOAD_OPTIONS_INIT \
	{ SP_LOAD_OPTIONS_VERSION, SP_SYNTAX_AUTO, SP_UNKNOWN_KEYS_ERROR, NULL, 0, 0, 0, 0, NULL, NULL, 0, SP_LANGUAGE_DEFAULT }

/**
 * Makes an empty list for the errors of loads. Give it in
 * sp_load_options.errors: each load empties it, then adds every error in
 * the order met. After a failed load it holds at least one error, and its
 * first is the one in the load's sp_error, except when memory ran out
 * (the load's SP_ENOMEM then wins, as the list may be incomplete). One
 * list may serve many loads, one after the other, not at once.
 * @param out gets the list, yours to free with sp_load_errors_free(); NULL on failure
 * @return 0, SP_EINVAL (no `out`) or SP_ENOMEM
 */
SP_EXTERN int sp_load_errors_new(sp_load_errors **out);
/**
 * Frees a list of load errors.
 * @param errors the list; NULL is a no-op
 */
SP_EXTERN void sp_load_errors_free(sp_load_errors *errors);
/**
 * Number of errors of the last load.
 * @param errors the list
 * @return the number of errors, indexes 0 to count - 1; 0 for NULL
 */
SP_EXTERN size_t sp_load_errors_count(const sp_load_errors *errors);
/**
 * One error of the last load.
 * @param errors the list
 * @param index 0 to sp_load_errors_count() - 1
 * @return the error, borrowed from the list until its next load or its freeing; NULL past the end
 */
SP_EXTERN const sp_error *sp_load_errors_get(const sp_load_errors *errors, size_t index);
/**
 * Whether the last load stopped at the limit max_errors, so that the file
 * may hold more errors than the list.
 * @param errors the list
 * @return 1 when it stopped at the limit, else 0
 */
SP_EXTERN int sp_load_errors_truncated(const sp_load_errors *errors);

/**
 * Fills load options with the defaults of a version, as #SP_LOAD_OPTIONS_INIT
 * does: for bindings and code that cannot use the macro. The library accepts
 * options of every version from 1 to its own #SP_LOAD_OPTIONS_VERSION; the
 * fields a version does not have take their defaults.
 * @param opts the options to fill, a struct of @p version
 * @param version #SP_LOAD_OPTIONS_VERSION of the headers the caller was built with
 * @return 0; #SP_EINVAL for a NULL @p opts, for 0 or for a version newer than the library
 */
SP_EXTERN int sp_load_options_init(sp_load_options *opts, unsigned int version);

/** How to save: start from SP_SAVE_OPTIONS_INIT. */
typedef struct sp_save_options {
	unsigned int version; /**< SP_SAVE_OPTIONS_VERSION */
	sp_syntax syntax;     /**< SP_SYNTAX_AUTO by default */
} sp_save_options;

/** The version of sp_save_options these headers describe. */
#define SP_SAVE_OPTIONS_VERSION 1
/** The default save options. */
#define SP_SAVE_OPTIONS_INIT { SP_SAVE_OPTIONS_VERSION, SP_SYNTAX_AUTO }

/**
 * Fills save options with the defaults of a version, as #SP_SAVE_OPTIONS_INIT
 * does; the library accepts every version from 1 to its #SP_SAVE_OPTIONS_VERSION.
 * @param opts the options to fill, a struct of @p version
 * @param version #SP_SAVE_OPTIONS_VERSION of the headers the caller was built with
 * @return 0; #SP_EINVAL for a NULL @p opts, for 0 or for a version newer than the library
 */
SP_EXTERN int sp_save_options_init(sp_save_options *opts, unsigned int version);

/**
 * Loads the report in a file. With syntax SP_SYNTAX_AUTO, a file named
 * .json (in any case) is read as strict JSON whatever it holds: a trailing
 * comma or a YAML document is SP_ESYNTAX naming JSON, the line and the
 * column. A file named .yaml or .yml is YAML. Any other is told by its
 * content, as sp_report_load_buffer() tells it.
 * @param out gets the report, yours to free with sp_report_free(); NULL on failure
 * @param path the file's name (also the source name in errors, unless opts names one)
 * @param opts the options; NULL for the defaults
 * @param err filled on failure with the first error's code, place and reason (opts->errors gets them all); may be NULL
 * @return 0, or a negative SP_E* code (SP_EIO when the file cannot be read)
 */
SP_EXTERN int sp_report_load_file(sp_report **out, const char *path, const sp_load_options *opts, sp_error *err);
/**
 * Loads a report from memory. With syntax SP_SYNTAX_AUTO, text that begins
 * (after white space and a byte-order mark) with { or [ is read as strict
 * JSON, and a syntax error in it is SP_ESYNTAX; a YAML document in flow
 * style ({format: ...}) needs SP_SYNTAX_YAML. Other text is YAML.
 * @param out gets the report, yours to free with sp_report_free(); NULL on failure
 * @param data the text; it need not be NUL-terminated
 * @param len its length in bytes
 * @param opts the options; NULL for the defaults
 * @param err filled on failure with the first error; may be NULL
 * @return 0, or a negative SP_E* code: the first error's
 */
SP_EXTERN int sp_report_load_buffer(sp_report **out, const char *data, size_t len, const sp_load_options *opts, sp_error *err);
/**
 * Loads a report from an open stream, reading it to its end.
 * @param out gets the report, yours to free with sp_report_free(); NULL on failure
 * @param stream the stream, left open
 * @param opts the options; NULL for the defaults
 * @param err filled on failure with the first error; may be NULL
 * @return 0, or a negative SP_E* code: the first error's
 */
SP_EXTERN int sp_report_load_stream(sp_report **out, FILE *stream, const sp_load_options *opts, sp_error *err);

/**
 * Saves the report to a file. The file is written whole or not at all: a
 * temporary file beside it (.spXXXXXXXX.tmp) is written, flushed and
 * renamed over `path`.
 *
 * - Symbolic links are followed, and the file they end in is replaced (or
 *   created, for a dangling link); the links stay. A loop of links is
 *   refused.
 * - A device or pipe is written as it is. So is a file named through
 *   /proc/self/fd/N, /dev/fd/N or /dev/stdout: an open file, written at its
 *   end (as `>> log` appends; `> out` has already emptied it), never replaced;
 *   a socket there (a service's standard output), which cannot be opened by
 *   its name, is written through the process's own descriptor N.
 * - A file that access(W_OK) refuses (read-only, or another user's) is not
 *   replaced, even where its directory would allow it; nor a file with
 *   other hard links, which would go on holding the old contents (SP_EIO).
 * - The new file keeps the old one's permissions (without set-ID bits),
 *   and its owner and group where the process may set them (root may; a
 *   user may set a group they belong to); until then it is readable by its
 *   owner only.
 * - While the temporary file exists, the calling thread blocks all signals:
 *   SIGTERM, SIGINT or SIGXFSZ (a file-size limit) take effect once the
 *   file is replaced or the temporary file removed, so no copy of the report
 *   is left behind. A signal taken by another thread, SIGKILL, or a crash of
 *   the system can leave the temporary file; a program that ignores SIGXFSZ
 *   gets SP_EIO ("File too large") instead.
 *
 * Every save function refuses (SP_EMISSING, with the path) a report with a
 * required field still unset, which the loader would refuse to read.
 * @param report the report
 * @param path the file's name; its extension chooses the syntax unless opts does (.json: JSON, else YAML)
 * @param opts the options; NULL for the defaults
 * @param err filled on failure, with the reason the system gave; may be NULL
 * @return 0, or a negative SP_E* code (SP_EIO when the file cannot be written or replaced; it is then
 *         unchanged; SP_EINVAL for a NULL or empty @p path)
 */
SP_EXTERN int sp_report_save_file(const sp_report *report, const char *path, const sp_save_options *opts, sp_error *err);
/**
 * Writes text to a file as sp_report_save_file() writes a report: whole or
 * not at all, following links, writing devices, pipes and open files as they
 * are, never replacing a file the caller may not write or one with other
 * hard links, keeping the old file's permissions and owner, and leaving no
 * copy behind when interrupted. For programs that write a report's text
 * themselves (rsp's annotated templates, say).
 * @param path the file
 * @param text the bytes to write; may be NULL when @p len is 0
 * @param len their number
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL or empty @p path; #SP_EIO; #SP_ENOMEM
 */
SP_EXTERN int sp_file_save_text(const char *path, const char *text, size_t len, sp_error *err);
/**
 * Saves the report into memory.
 * @param out gets a new NUL-terminated buffer, yours to free with sp_free(); NULL on failure
 * @param len gets the text's length; may be NULL
 * @param report the report
 * @param opts the options (SP_SYNTAX_AUTO means JSON); NULL for the defaults
 * @param err filled on failure; may be NULL
 * @return 0, or a negative SP_E* code
 */
SP_EXTERN int sp_report_save_buffer(char **out, size_t *len, const sp_report *report, const sp_save_options *opts, sp_error *err);
/**
 * Saves the report to an open stream, and flushes it.
 * @param stream the stream, left open
 * @param report the report
 * @param opts the options (SP_SYNTAX_AUTO means JSON); NULL for the defaults
 * @param err filled on failure; may be NULL
 * @return 0, or a negative SP_E* code
 */
SP_EXTERN int sp_report_save_stream(FILE *stream, const sp_report *report, const sp_save_options *opts, sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
