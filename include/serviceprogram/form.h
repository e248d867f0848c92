/**
 * @file serviceprogram/form.h
 * @brief The Word form: a filled-in follow-up (.docx) read into a report, and a report written as the form.
 *
 * This module is its own library, libserviceprogram-form (pkg-config
 * `serviceprogram-form`), so that the core library keeps its dependencies:
 * the form needs libzip for the archive and libxml2 for the XML. The
 * umbrella header serviceprogram.h does not include this header.
 *
 * The reader finds its way by the form's own words (question numbers,
 * table headings, "Prioriterat område N."), not by positions, so that
 * widened tables, added or empty rows, merged cells and marks written as
 * "x" still read. What it cannot place becomes a finding, with the table,
 * row and column of the form, and its text is kept in the nearest text field.
 */
#ifndef SERVICEPROGRAM_FORM_H
#define SERVICEPROGRAM_FORM_H

#include "common.h"
#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Default limits of reading a .docx (each can be set in sp_form_options; 0 there means the default). */
#define SP_FORM_DEFAULT_MAX_UNCOMPRESSED ((size_t)64 * 1024 * 1024) /**< bytes of all entries, uncompressed */
#define SP_FORM_DEFAULT_MAX_ENTRIES ((size_t)2000)               /**< entries in the archive */
#define SP_FORM_DEFAULT_MAX_RATIO 200u                          /**< uncompressed size over compressed size of an entry */

/** The version of sp_form_options this header describes (1: without `language`). */
#define SP_FORM_OPTIONS_VERSION 2

/** Options of sp_form_import() and sp_form_export(); start from #SP_FORM_OPTIONS_INIT. */
typedef struct sp_form_options {
	unsigned int version;    /**< SP_FORM_OPTIONS_VERSION */
	size_t max_uncompressed; /**< limit on the archive's uncompressed bytes; 0: the default */
	size_t max_entries;      /**< limit on the archive's entries; 0: the default */
	unsigned int max_ratio;  /**< limit on an entry's compression ratio (zip bombs); 0: the default */
	sp_language language;    /**< of the findings and errors (from version 2); SP_LANGUAGE_DEFAULT: the locale's */
} sp_form_options;

/** The default options. */
#define SP_FORM_OPTIONS_INIT { SP_FORM_OPTIONS_VERSION, 0, 0, 0, SP_LANGUAGE_DEFAULT }

/** What the reader could not place; see sp_form_import(). */
typedef struct sp_form_findings sp_form_findings;

/**
 * Reads a filled-in form into a report.
 * @param out gets the report, yours to free with sp_report_free(); NULL on failure
 * @param findings gets what could not be placed, yours to free with
 *        sp_form_findings_free(); may be NULL when not wanted; NULL on failure
 * @param path the .docx file; a pipe (/dev/stdin, say) is read into memory first, no further
 *        than the limit of the inflated size
 * @param opts the options; NULL for the defaults
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EIO when the file cannot be read; #SP_EFORMAT when it is not a
 *         .docx or not the form; #SP_ESYNTAX when its XML is damaged;
 *         #SP_ELIMIT when the archive passes a limit (a zip bomb), or a pipe the limit of the inflated size;
 *         #SP_EINVAL; #SP_ENOMEM
 */
SP_EXTERN int sp_form_import(sp_report **out, sp_form_findings **findings, const char *path,
                             const sp_form_options *opts, sp_error *err);

/**
 * Writes a report as the form: the same headings, questions and tables, part B in landscape.
 * The file is written whole or not at all, as sp_file_save_text() writes a file: links are
 * followed and stay, a device or pipe is written as it is, the old file's permissions stay.
 * @param report the report
 * @param path the .docx file to write
 * @param opts the options; NULL for the defaults
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EIO when the file cannot be written; #SP_EINVAL; #SP_ENOMEM
 */
SP_EXTERN int sp_form_export(const sp_report *report, const char *path, const sp_form_options *opts, sp_error *err);

/** Frees findings; NULL is allowed. @param findings the findings */
SP_EXTERN void sp_form_findings_free(sp_form_findings *findings);

/** @param findings the findings; may be NULL @return how many there are */
SP_EXTERN size_t sp_form_findings_count(const sp_form_findings *findings);

/**
 * @param findings the findings
 * @param index 0 to sp_form_findings_count() - 1
 * @return what could not be placed, in the language of the options, borrowed; NULL for a bad index
 */
SP_EXTERN const char *sp_form_finding_message(const sp_form_findings *findings, size_t index);

/**
 * Where a finding is in the form: 1-based table of the document (0 outside
 * tables), row and column of that table (0 when not in a table).
 * @param findings the findings
 * @param index 0 to sp_form_findings_count() - 1
 * @param table gets the table; may be NULL
 * @param row gets the row; may be NULL
 * @param column gets the column; may be NULL
 * @return 0; #SP_ENOTFOUND for a bad index
 */
SP_EXTERN int sp_form_finding_place(const sp_form_findings *findings, size_t index, unsigned int *table,
                                    unsigned int *row, unsigned int *column);

#ifdef __cplusplus
}
#endif

#endif
