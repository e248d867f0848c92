/**
 * @file serviceprogram/transform.h
 * @brief New reports made from a report: next year's skeleton, a redacted
 * copy, an empty template.
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
 * (and next_year is cleared). The questions are there to answer, unanswered,
 * as in sp_report_template(): the five question-1 support types, both
 * staffing areas, an entry per collaboration actor, and the contacts
 * carried over (a contact per role when there were none).
 * @param out gets the new report, yours to free; NULL on failure
 * @param report this year's report; it is not changed
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL argument; #SP_ERANGE when the year has
 *         no next year; #SP_ENOMEM
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
 * @param out gets the copy, yours to free; NULL on failure
 * @param report the report; it is not changed
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL argument; #SP_ENOMEM
 */
SP_EXTERN int sp_report_redact(sp_report **out, const sp_report *report, sp_error *err);

/**
 * An empty report for `region_name` and `year` with every question
 * present to fill in: the five question-1 support types, both staffing
 * areas, a contact per role, and a collaboration entry for each actor.
 * @param out gets the report, yours to free; NULL on failure
 * @param region_name the region's name, UTF-8
 * @param year the year it reports on
 * @param err filled on failure; may be NULL
 * @return 0; as sp_report_new() otherwise
 */
SP_EXTERN int sp_report_template(sp_report **out, const char *region_name, int64_t year, sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
