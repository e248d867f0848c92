/**
 * @file serviceprogram/figures.h
 * @brief The figures of a report, and the national rollup of many reports
 * that Tillväxtverket compiles.
 *
 * FTE are in thousandths (exact); kronor and counts are whole numbers.
 * Decisions and kronor per support type come from the outputs that name a
 * support type. Figures objects are computed once and then only read: they
 * keep no pointer into the reports they came from.
 */
#ifndef SERVICEPROGRAM_FIGURES_H
#define SERVICEPROGRAM_FIGURES_H

#include "common.h"
#include "enums.h"
#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- one report ------------------------------------------------------ */

/** The figures of one report (opaque; free them with sp_figures_free()). */
typedef struct sp_figures sp_figures;

/**
 * Computes the figures of a report.
 * @param out gets the figures, yours to free with sp_figures_free(); NULL on failure
 * @param report the report; the figures keep no pointer into it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p out or @p report; #SP_ERANGE for a sum
 *         past 64 bits; #SP_ENOMEM
 */
SP_EXTERN int sp_report_figures(sp_figures **out, const sp_report *report, sp_error *err);
/**
 * Frees figures.
 * @param figures the figures; NULL is a no-op
 */
SP_EXTERN void sp_figures_free(sp_figures *figures);

/**
 * FTE of one staffing area (question 3).
 * @param figures the figures
 * @param area the area; #SP_AREA_UNSET for the total of all areas
 * @return the FTE in thousandths (1.5 FTE is 1500); 0 for an unknown area
 */
SP_EXTERN int64_t sp_figures_fte(const sp_figures *figures, sp_work_area area);
/**
 * Support decisions of one type: the sum of the counts of the outputs that
 * name it.
 * @param figures the figures
 * @param type the support type; #SP_SUPPORT_UNSET for the total of all types
 * @return the number of decisions; 0 for an unknown type
 */
SP_EXTERN int64_t sp_figures_decisions(const sp_figures *figures, sp_support_type type);
/**
 * Kronor of one support type: the sum of the amounts of the outputs that
 * name it.
 * @param figures the figures
 * @param type the support type; #SP_SUPPORT_UNSET for the total of all types
 * @return whole kronor; 0 for an unknown type
 */
SP_EXTERN int64_t sp_figures_kronor(const sp_figures *figures, sp_support_type type);
/**
 * Number of interventions in all priority areas.
 * @param figures the figures
 * @return the number of interventions
 */
SP_EXTERN size_t sp_figures_interventions(const sp_figures *figures);
/**
 * Number of outputs that the decisions and kronor leave out: outputs whose
 * text gives a count or an amount (or figures that cannot be read without
 * guessing, see sp_output_text_read()) while none of their fields holds a
 * count or an amount. sp_report_fill_outputs() fills those it can.
 * @param figures the figures
 * @return the number of such outputs
 */
SP_EXTERN size_t sp_figures_outputs_without_figures(const sp_figures *figures);
/**
 * Number of interventions in one priority area, found by its number, as
 * everywhere else in the library (sp_diff_area(), sp_report_priority_area_by_number()).
 * @param figures the figures
 * @param area_number the priority area's `number`, e.g. 2
 * @return the number of interventions in the areas with that number (the
 *         validator reports a number used twice); 0 when there is none
 */
SP_EXTERN size_t sp_figures_area_interventions(const sp_figures *figures, int64_t area_number);
/**
 * Number of interventions with a status.
 * @param figures the figures
 * @param status the status; #SP_STATUS_UNSET counts those without one
 * @return the number of interventions
 */
SP_EXTERN size_t sp_figures_interventions_by_status(const sp_figures *figures, sp_status status);
/**
 * Number of interventions marked with a service type; one intervention may
 * count under several.
 * @param figures the figures
 * @param type the service type
 * @return the number of interventions; 0 for #SP_SERVICE_UNSET or an unknown type
 */
SP_EXTERN size_t sp_figures_interventions_by_service(const sp_figures *figures, sp_service_type type);
/**
 * The trend question 1 gives for a support type.
 * @param figures the figures
 * @param type the support type
 * @return the trend; #SP_TREND_UNSET when none is given
 */
SP_EXTERN sp_trend sp_figures_trend(const sp_figures *figures, sp_support_type type);

/* ---- many reports ---------------------------------------------------- */

/**
 * The national compilation of many regions' reports, grouped by year.
 * Adding the same region twice for one year is SP_EDUPLICATE; several
 * years side by side are fine. Regions are told apart by their name.
 */
typedef struct sp_rollup sp_rollup;

/**
 * A new, empty rollup.
 * @param out gets the rollup, yours to free with sp_rollup_free()
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p out; #SP_ENOMEM
 */
SP_EXTERN int sp_rollup_new(sp_rollup **out, sp_error *err);
/**
 * Frees a rollup.
 * @param rollup the rollup; NULL is a no-op
 */
SP_EXTERN void sp_rollup_free(sp_rollup *rollup);
/**
 * Adds one report's figures to its year; the report is not kept.
 *
 * A region is one region however its reports spell it: two reports are of
 * the same region when both give a county code and the codes are equal, or,
 * where either gives none, when their names are equal without a leading
 * "Region" and without regard to case ("Region Norrbotten", "norrbotten").
 * @param rollup the rollup
 * @param report a report with a region name and a year
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EDUPLICATE when the year already has a report of the
 *         region (the message names the sources of both; the error's source
 *         is the second's); #SP_EINVAL for a NULL @p rollup or a report
 *         without a region name or a year; #SP_ENOMEM
 */
SP_EXTERN int sp_rollup_add(sp_rollup *rollup, const sp_report *report, sp_error *err);

/**
 * Number of years in the rollup.
 * @param rollup the rollup
 * @return the number of years; they have the indexes 0 to count - 1, in ascending order
 */
SP_EXTERN size_t sp_rollup_year_count(const sp_rollup *rollup);
/**
 * A year of the rollup.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @return the year, e.g. 2023; 0 when @p year_index is out of range
 */
SP_EXTERN int64_t sp_rollup_year(const sp_rollup *rollup, size_t year_index);
/**
 * Number of regions that reported for a year.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @return the number of regions; 0 when @p year_index is out of range
 */
SP_EXTERN size_t sp_rollup_region_count(const sp_rollup *rollup, size_t year_index);
/**
 * A region that reported for a year, in the order the reports were added.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param region_index 0 to sp_rollup_region_count() - 1
 * @return the region's name, as its report gives it; NULL when out of range. Borrowed from @p rollup.
 */
SP_EXTERN const char *sp_rollup_region(const sp_rollup *rollup, size_t year_index, size_t region_index);
/**
 * The county code of a region that reported for a year.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param region_index 0 to sp_rollup_region_count() - 1
 * @return the code, e.g. "23"; NULL when its report gives none or when out of range. Borrowed from @p rollup.
 */
SP_EXTERN const char *sp_rollup_region_county_code(const sp_rollup *rollup, size_t year_index,
                                                   size_t region_index);
/**
 * The source (file name) of the report of a region for a year.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param region_index 0 to sp_rollup_region_count() - 1
 * @return the source name the report was loaded with; NULL for a report
 *         that was not loaded, or when out of range. Borrowed from @p rollup.
 */
SP_EXTERN const char *sp_rollup_region_source(const sp_rollup *rollup, size_t year_index, size_t region_index);
/**
 * The name a region had in the latest earlier year of the rollup that has
 * the same region, where it differs from its name this year: a region whose
 * name changed between years, worth a warning.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param region_index 0 to sp_rollup_region_count() - 1
 * @return the earlier name; NULL when it is the same, when no earlier year
 *         has the region, or when out of range. Borrowed from @p rollup.
 */
SP_EXTERN const char *sp_rollup_region_earlier_name(const sp_rollup *rollup, size_t year_index,
                                                    size_t region_index);
/**
 * Number of outputs of a year's reports that its decisions and kronor leave
 * out: sp_figures_outputs_without_figures() summed over the year's reports.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @return the number of such outputs; 0 when @p year_index is out of range
 */
SP_EXTERN size_t sp_rollup_outputs_without_figures(const sp_rollup *rollup, size_t year_index);

/**
 * How many regions answered a trend for a support type in question 1.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param type the support type
 * @param trend the trend; #SP_TREND_UNSET counts the regions that gave none
 * @return the number of regions; 0 when out of range
 */
SP_EXTERN size_t sp_rollup_trend_count(const sp_rollup *rollup, size_t year_index, sp_support_type type,
                                       sp_trend trend);
/**
 * FTE of a staffing area, summed over the regions of a year.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param area the area; #SP_AREA_UNSET for all areas
 * @return the sum in thousandths; 0 when out of range
 */
SP_EXTERN int64_t sp_rollup_fte_sum(const sp_rollup *rollup, size_t year_index, sp_work_area area);
/**
 * Mean FTE of a staffing area per region of a year.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param area the area; #SP_AREA_UNSET for all areas
 * @return the mean in thousandths, rounded half up; 0 when the year has no regions
 */
SP_EXTERN int64_t sp_rollup_fte_mean(const sp_rollup *rollup, size_t year_index, sp_work_area area);
/**
 * How many regions put an actor at a step of the samverkanstrappa (question 6).
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param actor the actor
 * @param step the step; #SP_LADDER_UNSET counts the regions that named the
 *        actor without a step
 * @return the number of regions; 0 when out of range
 */
SP_EXTERN size_t sp_rollup_ladder_count(const sp_rollup *rollup, size_t year_index, sp_actor actor,
                                        sp_ladder_step step);
/**
 * Support decisions of a type, summed over the regions of a year.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param type the support type; #SP_SUPPORT_UNSET for all types
 * @return the number of decisions; 0 when out of range
 */
SP_EXTERN int64_t sp_rollup_decisions(const sp_rollup *rollup, size_t year_index, sp_support_type type);
/**
 * Kronor of a support type, summed over the regions of a year.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param type the support type; #SP_SUPPORT_UNSET for all types
 * @return whole kronor; 0 when out of range
 */
SP_EXTERN int64_t sp_rollup_kronor(const sp_rollup *rollup, size_t year_index, sp_support_type type);
/**
 * Interventions marked with a service type, summed over the regions of a year.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param type the service type
 * @return the number of interventions; 0 when out of range
 */
SP_EXTERN size_t sp_rollup_interventions_by_service(const sp_rollup *rollup, size_t year_index,
                                                    sp_service_type type);
/**
 * Interventions with a status, summed over the regions of a year.
 * @param rollup the rollup
 * @param year_index 0 to sp_rollup_year_count() - 1
 * @param status the status; #SP_STATUS_UNSET counts those without one
 * @return the number of interventions; 0 when out of range
 */
SP_EXTERN size_t sp_rollup_interventions_by_status(const sp_rollup *rollup, size_t year_index, sp_status status);

#ifdef __cplusplus
}
#endif

#endif
