/*
 * libserviceprogram: the figures of a report, and the national rollup of
 * many reports that Tillväxtverket compiles.
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

typedef struct sp_figures sp_figures;

/** Computes the figures of `report`; `*out` is yours to free with sp_figures_free. */
SP_EXTERN int sp_figures_compute(sp_figures **out, const sp_report *report, sp_error *err);
SP_EXTERN void sp_figures_free(sp_figures *figures);

/** FTE (thousandths) of one staffing area; SP_AREA_UNSET gives the total of all areas. */
SP_EXTERN int64_t sp_figures_fte(const sp_figures *figures, sp_staffing_area area);
/** Support decisions (sum of the outputs' counts) of one type; SP_SUPPORT_UNSET gives the total. */
SP_EXTERN int64_t sp_figures_decisions(const sp_figures *figures, sp_support_type type);
/** Kronor (sum of the outputs' amounts) of one support type; SP_SUPPORT_UNSET gives the total. */
SP_EXTERN int64_t sp_figures_kronor(const sp_figures *figures, sp_support_type type);
/** Number of interventions in all priority areas. */
SP_EXTERN size_t sp_figures_interventions(const sp_figures *figures);
/** Interventions in the priority area at `index` (the report's order); 0 out of range. */
SP_EXTERN size_t sp_figures_interventions_in_area(const sp_figures *figures, size_t index);
/** Interventions with this status; SP_STATUS_UNSET counts those without one. */
SP_EXTERN size_t sp_figures_interventions_by_status(const sp_figures *figures, sp_status status);
/** Interventions marked with this service type (one intervention may count under several). */
SP_EXTERN size_t sp_figures_interventions_by_service(const sp_figures *figures, sp_service_type type);
/** The question-1 trend given for a support type, SP_TREND_UNSET when none. */
SP_EXTERN sp_trend sp_figures_trend(const sp_figures *figures, sp_support_type type);

/* ---- many reports ---------------------------------------------------- */

/**
 * The national compilation of many regions' reports, grouped by year.
 * Adding the same region twice for one year is SP_EDUPLICATE; several
 * years side by side are fine. Regions are told apart by their name.
 */
typedef struct sp_rollup sp_rollup;

SP_EXTERN int sp_rollup_new(sp_rollup **out, sp_error *err);
SP_EXTERN void sp_rollup_free(sp_rollup *rollup);
/** Adds one report's figures (the report is not kept). */
SP_EXTERN int sp_rollup_add(sp_rollup *rollup, const sp_report *report, sp_error *err);

/** The years present, ascending: indexes 0..count-1. */
SP_EXTERN size_t sp_rollup_year_count(const sp_rollup *rollup);
SP_EXTERN int64_t sp_rollup_year(const sp_rollup *rollup, size_t year_index);
/** The regions of one year, in the order they were added. Borrowed. */
SP_EXTERN size_t sp_rollup_region_count(const sp_rollup *rollup, size_t year_index);
SP_EXTERN const char *sp_rollup_region(const sp_rollup *rollup, size_t year_index, size_t region_index);

/** How many regions answered `trend` for `type` in question 1 (SP_TREND_UNSET: did not answer). */
SP_EXTERN size_t sp_rollup_trend_count(const sp_rollup *rollup, size_t year_index, sp_support_type type,
                                       sp_trend trend);
/** Sum of FTE (thousandths) over the regions; SP_AREA_UNSET for all areas. */
SP_EXTERN int64_t sp_rollup_fte_sum(const sp_rollup *rollup, size_t year_index, sp_staffing_area area);
/** Mean FTE per region (thousandths, rounded half up); 0 when the year has no regions. */
SP_EXTERN int64_t sp_rollup_fte_mean(const sp_rollup *rollup, size_t year_index, sp_staffing_area area);
/** How many regions put `actor` at `step` (SP_LADDER_UNSET: named the actor without a step). */
SP_EXTERN size_t sp_rollup_ladder_count(const sp_rollup *rollup, size_t year_index, sp_actor actor,
                                        sp_ladder_step step);
/** Decisions and kronor summed over the regions; SP_SUPPORT_UNSET for all types. */
SP_EXTERN int64_t sp_rollup_decisions(const sp_rollup *rollup, size_t year_index, sp_support_type type);
SP_EXTERN int64_t sp_rollup_kronor(const sp_rollup *rollup, size_t year_index, sp_support_type type);
/** Interventions summed over the regions, per service type and per status. */
SP_EXTERN size_t sp_rollup_interventions_by_service(const sp_rollup *rollup, size_t year_index,
                                                    sp_service_type type);
SP_EXTERN size_t sp_rollup_interventions_by_status(const sp_rollup *rollup, size_t year_index, sp_status status);

#ifdef __cplusplus
}
#endif

#endif
