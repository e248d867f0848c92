/**
 * @file serviceprogram/diff.h
 * @brief What changed from one year's report of a region to the next.
 *
 * Interventions are matched by priority-area number and name. The diff
 * lists interventions added and removed, status changes of those in both,
 * and changes in the report's figures (sp_figures): FTE per area and in
 * total, decisions and kronor per support type, and question-1 trends.
 */
#ifndef SERVICEPROGRAM_DIFF_H
#define SERVICEPROGRAM_DIFF_H

#include "common.h"
#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a change is about. */
typedef enum sp_change_kind {
	SP_CHANGE_ADDED = 1,      /**< an intervention only in the new report */
	SP_CHANGE_REMOVED,        /**< an intervention only in the old report */
	SP_CHANGE_STATUS,         /**< an intervention whose status changed (values are sp_status) */
	SP_CHANGE_FIGURE          /**< a figure that changed (values are the figure's) */
} sp_change_kind;

/** The changes from one report to another (opaque; free it with sp_diff_free()). */
typedef struct sp_diff sp_diff;

/**
 * Compares two reports, normally of one region in two years. The changes
 * come in this order: removed interventions in the old report's order;
 * added ones and status changes in the new report's order; then figure
 * changes.
 * @param out gets the changes, yours to free with sp_diff_free(); NULL on failure
 * @param old_report the earlier report
 * @param new_report the later report
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL argument; #SP_ENOMEM
 */
SP_EXTERN int sp_report_diff(sp_diff **out, const sp_report *old_report, const sp_report *new_report,
                              sp_error *err);
/**
 * Whether two reports are of the same region, however they spell it: when
 * both give a county code, whether the codes are equal; otherwise whether
 * their names are equal without a leading "Region" and without regard to
 * case ("Region Norrbotten" and "norrbotten"). The national rollup counts
 * regions the same way.
 * @param a a report
 * @param b another report
 * @return 1 when they are of the same region; 0 when not, or when either has no region name
 */
SP_EXTERN int sp_report_same_region(const sp_report *a, const sp_report *b);
/**
 * Frees a diff.
 * @param diff the diff; NULL is a no-op
 */
SP_EXTERN void sp_diff_free(sp_diff *diff);
/**
 * Number of changes.
 * @param diff the diff
 * @return the number of changes, indexes 0 to count - 1; 0 for NULL
 */
SP_EXTERN size_t sp_diff_count(const sp_diff *diff);
/**
 * What a change is about.
 * @param diff the diff
 * @param index the change
 * @return its kind; 0 when @p index is out of range
 */
SP_EXTERN sp_change_kind sp_diff_kind(const sp_diff *diff, size_t index);
/**
 * The priority area of an intervention's change.
 * @param diff the diff
 * @param index the change
 * @return the area's number; -1 for a figure, or when @p index is out of range
 */
SP_EXTERN int64_t sp_diff_area(const sp_diff *diff, size_t index);
/**
 * What changed: the intervention's name, or the figure's name.
 * @param diff the diff
 * @param index the change
 * @return the name: an intervention's, or a figure's such as "fte",
 *         "fte/coordination", "decisions/home_delivery_grant",
 *         "kronor/service_grant", "trend/fuel_investment"; NULL when
 *         @p index is out of range, or when the intervention has no
 *         name. Borrowed from @p diff.
 */
SP_EXTERN const char *sp_diff_subject(const sp_diff *diff, size_t index);
/**
 * The value before the change.
 * @param diff the diff
 * @param index the change
 * @return a status or a trend (enum values, 0 for none), FTE in thousandths,
 *         a count or kronor; -1 for an added or removed intervention, or
 *         when @p index is out of range
 */
SP_EXTERN int64_t sp_diff_old_value(const sp_diff *diff, size_t index);
/**
 * The value after the change.
 * @param diff the diff
 * @param index the change
 * @return as sp_diff_old_value()
 */
SP_EXTERN int64_t sp_diff_new_value(const sp_diff *diff, size_t index);

#ifdef __cplusplus
}
#endif

#endif
