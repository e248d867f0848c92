/**
 * @file serviceprogram/validate.h
 * @brief Checking a report: consistency, completeness for submission, plausibility.
 *
 * Loading already guarantees the format (types, enums, numbers). The
 * validator checks what the format cannot: consistency (goal ids that
 * exist, unique area numbers, ...), completeness for submission (a
 * stricter set that a region runs before sending), and plausibility of
 * amounts (warnings only, from a table of thresholds with their sources).
 * It never changes the report.
 */
#ifndef SERVICEPROGRAM_VALIDATE_H
#define SERVICEPROGRAM_VALIDATE_H

#include "common.h"
#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How serious a finding is. */
typedef enum sp_severity {
	SP_SEVERITY_ERROR = 1,  /**< the report is wrong or, for submission, incomplete */
	SP_SEVERITY_WARNING = 2 /**< worth a look; never a reason to reject */
} sp_severity;

/** What sp_report_validate() checks; start from #SP_VALIDATE_OPTIONS_INIT. */
typedef struct sp_validate_options {
	unsigned int version; /**< #SP_VALIDATE_OPTIONS_VERSION */
	int submission;       /**< 1: also the completeness checks for sending the report */
	/**
	 * The date the deadline (31 January of the year after the report's
	 * year) is measured against, as YYYYMMDD; 0 means today (UTC).
	 */
	int32_t today;
	/** The language of the findings' messages (from version 2); SP_LANGUAGE_DEFAULT: the locale's. */
	sp_language language;
} sp_validate_options;

/** The version of sp_validate_options these headers describe (1: without `language`). */
#define SP_VALIDATE_OPTIONS_VERSION 2
/** The defaults: no submission checks, deadline counted from today, messages in the locale's language. */
#define SP_VALIDATE_OPTIONS_INIT { SP_VALIDATE_OPTIONS_VERSION, 0, 0, SP_LANGUAGE_DEFAULT }

/**
 * Fills validate options with the defaults of a version, as
 * #SP_VALIDATE_OPTIONS_INIT does; the library accepts every version from 1
 * to its #SP_VALIDATE_OPTIONS_VERSION.
 * @param opts the options to fill, a struct of @p version
 * @param version #SP_VALIDATE_OPTIONS_VERSION of the headers the caller was built with
 * @return 0; #SP_EINVAL for a NULL @p opts, for 0 or for a version newer than the library
 */
SP_EXTERN int sp_validate_options_init(sp_validate_options *opts, unsigned int version);

/** A list of findings, in the order of the report (opaque; free it with sp_diagnostics_free()). */
typedef struct sp_diagnostics sp_diagnostics;

/**
 * Checks a report. Findings are not failures: the call fails only for bad
 * arguments or lack of memory.
 * @param out gets the findings, yours to free with sp_diagnostics_free();
 *        empty when all is well; NULL on failure
 * @param report the report; it is not changed
 * @param opts what to check; NULL for #SP_VALIDATE_OPTIONS_INIT
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p out or @p report, an options version
 *         this library does not know, or a bad `today`; #SP_ENOMEM
 */
SP_EXTERN int sp_report_validate(sp_diagnostics **out, const sp_report *report, const sp_validate_options *opts,
                          sp_error *err);

/**
 * Frees a list of findings.
 * @param diagnostics the list; NULL is a no-op
 */
SP_EXTERN void sp_diagnostics_free(sp_diagnostics *diagnostics);
/**
 * Number of findings.
 * @param diagnostics the list
 * @return the number of findings, indexes 0 to count - 1; 0 for NULL
 */
SP_EXTERN size_t sp_diagnostics_count(const sp_diagnostics *diagnostics);
/**
 * How many findings have this severity.
 * @param diagnostics the list
 * @param severity #SP_SEVERITY_ERROR or #SP_SEVERITY_WARNING
 * @return the number of such findings
 */
SP_EXTERN size_t sp_diagnostics_count_severity(const sp_diagnostics *diagnostics, sp_severity severity);

/**
 * A finding's severity.
 * @param diagnostics the list
 * @param index the finding
 * @return its severity; 0 when @p index is out of range
 */
SP_EXTERN sp_severity sp_diagnostics_severity(const sp_diagnostics *diagnostics, size_t index);
/**
 * A finding's stable code, one of sp_validate_rule()'s (the README lists them).
 * @param diagnostics the list
 * @param index the finding
 * @return the code, e.g. "unknown-goal"; NULL when @p index is out of range. Borrowed, static.
 */
SP_EXTERN const char *sp_diagnostics_code(const sp_diagnostics *diagnostics, size_t index);
/**
 * The JSON pointer of the element a finding concerns.
 * @param diagnostics the list
 * @param index the finding
 * @return the pointer, e.g. "/priority_areas/0/interventions/3/goals/0";
 *         NULL when @p index is out of range. Borrowed from @p diagnostics.
 */
SP_EXTERN const char *sp_diagnostics_path(const sp_diagnostics *diagnostics, size_t index);
/**
 * What is wrong, in English, without personal data.
 * @param diagnostics the list
 * @param index the finding
 * @return the message; NULL when @p index is out of range. Borrowed from @p diagnostics.
 */
SP_EXTERN const char *sp_diagnostics_message(const sp_diagnostics *diagnostics, size_t index);
/**
 * The line where the element of a finding began in its file.
 * @param diagnostics the list
 * @param index the finding
 * @return the line, 1-based; 0 when the report was not loaded from a file
 *         or @p index is out of range
 */
SP_EXTERN unsigned int sp_diagnostics_line(const sp_diagnostics *diagnostics, size_t index);
/**
 * The column where the element of a finding began in its file.
 * @param diagnostics the list
 * @param index the finding
 * @return the column, 1-based; 0 when the report was not loaded from a
 *         file or @p index is out of range
 */
SP_EXTERN unsigned int sp_diagnostics_column(const sp_diagnostics *diagnostics, size_t index);

/**
 * Number of rules the validator applies.
 * @return the number of rules; they are numbered 0 to count - 1
 */
SP_EXTERN size_t sp_validate_rule_count(void);
/**
 * One rule of the validator.
 * @param index the rule, 0 to sp_validate_rule_count() - 1
 * @param severity gets the severity of its findings; may be NULL
 * @param description gets a one-line English description, beginning with
 *        "submission:" for the completeness checks (sp_translate() gives it in
 *        Swedish); may be NULL. Borrowed, static.
 * @return the rule's stable code, as sp_diagnostics_code() gives it; NULL
 *         when @p index is out of range. Borrowed, static.
 */
SP_EXTERN const char *sp_validate_rule(size_t index, sp_severity *severity, const char **description);

/**
 * Days left to the report's deadline, 31 January of the year after its year.
 * @param days_left gets the days from @p today to the deadline: positive
 *        when days are left, 0 on the day, negative when late
 * @param deadline gets the deadline as YYYYMMDD; may be NULL
 * @param report the report
 * @param today the date to count from, as YYYYMMDD; 0 for today (UTC)
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p days_left or @p report, a report
 *         without a usable year, or a bad date
 */
SP_EXTERN int sp_report_deadline(int64_t *days_left, int32_t *deadline, const sp_report *report, int32_t today,
                                 sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
