/*
 * libserviceprogram: new reports made from a report.
 */
#ifndef SERVICEPROGRAM_TRANSFORM_H
#define SERVICEPROGRAM_TRANSFORM_H

#include "common.h"
#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The skeleton of next year's report (yours to free): the same region,
 * programme, goals, priority areas and contacts, for year + 1, with the
 * interventions whose status is "continuing". Each keeps its name, goals,
 * actors, funding and service types; its outputs, effects, status and
 * lessons are emptied, and its next_year text becomes its description
 * (and next_year is cleared). The questions are left unanswered.
 */
SP_EXTERN int sp_report_next_year(sp_report **out, const sp_report *report, sp_error *err);

/**
 * A copy without personal data (yours to free): contacts keep their roles
 * but lose name and email; in staffing, a position named after a person
 * (two or more words that each begin with a capital letter, such as "Anna
 * Berg") becomes "Person 1", "Person 2", ... (the same person the same
 * number throughout), while roles ("Projektledare", "Hantering av nya
 * stödärenden") stay. Unknown keys kept from loading are dropped, as they
 * may hold anything.
 */
SP_EXTERN int sp_report_redact(sp_report **out, const sp_report *report, sp_error *err);

/**
 * An empty report for `region_name` and `year` with every question
 * present to fill in: the five question-1 support types, both staffing
 * areas, a contact per role, and a collaboration entry for each actor.
 */
SP_EXTERN int sp_report_template(sp_report **out, const char *region_name, int64_t year, sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
