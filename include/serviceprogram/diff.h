/*
 * libserviceprogram: what changed from one year's report of a region to the next.
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

typedef enum sp_change_kind {
	SP_CHANGE_ADDED = 1,      /**< an intervention only in the new report */
	SP_CHANGE_REMOVED,        /**< an intervention only in the old report */
	SP_CHANGE_STATUS,         /**< an intervention whose status changed (values are sp_status) */
	SP_CHANGE_FIGURE          /**< a figure that changed (values are the figure's) */
} sp_change_kind;

typedef struct sp_diff sp_diff;

/**
 * Compares `old_report` with `new_report` (normally one region, two
 * years); `*out` is yours to free with sp_diff_free. The changes come in
 * this order: removed interventions in the old report's order; added ones
 * and status changes in the new report's order; then figure changes.
 */
SP_EXTERN int sp_diff_compute(sp_diff **out, const sp_report *old_report, const sp_report *new_report,
                              sp_error *err);
SP_EXTERN void sp_diff_free(sp_diff *diff);
SP_EXTERN size_t sp_diff_count(const sp_diff *diff);
SP_EXTERN sp_change_kind sp_diff_kind(const sp_diff *diff, size_t index);
/** Priority-area number of an intervention change; -1 for figures. */
SP_EXTERN int64_t sp_diff_area(const sp_diff *diff, size_t index);
/**
 * The intervention's name, or the figure's name: "fte", "fte/coordination",
 * "decisions/home_delivery_grant", "kronor/service_grant", "trend/fuel_investment", ...
 * Borrowed.
 */
SP_EXTERN const char *sp_diff_subject(const sp_diff *diff, size_t index);
/** Old and new value: a status, a trend (enum values, 0 = none), FTE in thousandths, a count or kronor; -1 for added/removed. */
SP_EXTERN int64_t sp_diff_old_value(const sp_diff *diff, size_t index);
SP_EXTERN int64_t sp_diff_new_value(const sp_diff *diff, size_t index);

#ifdef __cplusplus
}
#endif

#endif
