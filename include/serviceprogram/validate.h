/*
 * libserviceprogram: checking a report.
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

typedef enum sp_severity {
	SP_SEVERITY_ERROR = 1,  /**< the report is wrong or, for submission, incomplete */
	SP_SEVERITY_WARNING = 2 /**< worth a look; never a reason to reject */
} sp_severity;

typedef struct sp_validate_options {
	unsigned int version; /**< SP_VALIDATE_OPTIONS_VERSION */
	int submission;       /**< 1: also the completeness checks for sending the report */
	/**
	 * The date the deadline (31 January of the year after the report's
	 * year) is measured against, as YYYYMMDD; 0 means today (UTC).
	 */
	int32_t today;
} sp_validate_options;

#define SP_VALIDATE_OPTIONS_VERSION 1
#define SP_VALIDATE_OPTIONS_INIT { SP_VALIDATE_OPTIONS_VERSION, 0, 0 }

/** A list of findings, in the order of the report. */
typedef struct sp_diagnostics sp_diagnostics;

/**
 * Checks `report` and puts the findings in `*out` (yours to free with
 * sp_diagnostics_free; empty when all is well). Fails only for bad
 * arguments or lack of memory: findings are not failures.
 */
SP_EXTERN int sp_validate(sp_diagnostics **out, const sp_report *report, const sp_validate_options *opts,
                          sp_error *err);

SP_EXTERN void sp_diagnostics_free(sp_diagnostics *diagnostics);
SP_EXTERN size_t sp_diagnostics_count(const sp_diagnostics *diagnostics);
/** How many findings have this severity. */
SP_EXTERN size_t sp_diagnostics_count_severity(const sp_diagnostics *diagnostics, sp_severity severity);

SP_EXTERN sp_severity sp_diagnostic_severity(const sp_diagnostics *diagnostics, size_t index);
/**
 * The finding's stable code, e.g. "unknown-goal" (see the table in
 * lib/validate.c and the README). Borrowed, static; NULL out of range.
 */
SP_EXTERN const char *sp_diagnostic_code(const sp_diagnostics *diagnostics, size_t index);
/** JSON pointer of the element concerned, e.g. "/priority_areas/0/interventions/3/goals/0". Borrowed. */
SP_EXTERN const char *sp_diagnostic_path(const sp_diagnostics *diagnostics, size_t index);
/** What is wrong, in English, without personal data. Borrowed. */
SP_EXTERN const char *sp_diagnostic_message(const sp_diagnostics *diagnostics, size_t index);
/** Where the element began in its file (1-based), 0 when the report was not loaded from one. */
SP_EXTERN unsigned int sp_diagnostic_line(const sp_diagnostics *diagnostics, size_t index);
SP_EXTERN unsigned int sp_diagnostic_column(const sp_diagnostics *diagnostics, size_t index);

/** Number of rules the validator applies; they are numbered 0..count-1. */
SP_EXTERN size_t sp_validate_rule_count(void);
/**
 * Rule `index`: its stable code (as sp_diagnostic_code gives), and through
 * `severity` and `description` (each may be NULL) its severity and a
 * one-line English description. NULL when out of range. Borrowed, static.
 */
SP_EXTERN const char *sp_validate_rule(size_t index, sp_severity *severity, const char **description);

/**
 * Days from `today` (YYYYMMDD, 0 = today UTC) to the report's deadline, 31
 * January of the year after its year: positive when days are left, 0 on
 * the day, negative when late. `*deadline` (may be NULL) gets the deadline
 * as YYYYMMDD. SP_EINVAL for a report without a year or a bad date.
 */
SP_EXTERN int sp_report_deadline(int64_t *days_left, int32_t *deadline, const sp_report *report, int32_t today,
                                 sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
