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
 * (and next_year is cleared). The questions are left unanswered.
 * @param out gets the new report, yours to free; NULL on failure
 * @param report this year's report; it is not changed
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL argument; #SP_ERANGE when the year has
 *         no next year; #SP_ENOMEM
 */
SP_EXTERN int sp_report_next_year(sp_report **out, const sp_report *report, sp_error *err);

/**
 * A copy without the personal data that can be recognised (yours to free).
 * Contacts keep their roles but lose name and email. In every other text
 * of the report (every text field of the schema but format, county_code
 * and from, which cannot hold these):
 *  - e-mail addresses become "[e-postadress]";
 *  - personnummer and samordningsnummer (YYMMDD-NNNN, YYMMDD+NNNN,
 *    YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDDNNNN, with a valid month and day)
 *    become "[personnummer]";
 *  - phone numbers (0 and an area code, 8 to 10 digits, or + or 00 and a
 *    country code, 8 to 15 digits, in groups separated by a space, hyphen
 *    or dash, one group perhaps in parentheses) become "[telefonnummer]";
 *  - the name of every person the report names, in staffing or among its
 *    contacts, becomes "Person 1", "Person 2", ... wherever it appears, in
 *    any case and white space, the same person the same number ("Anna
 *    Bergs" becomes "Person 1:s").
 *
 * A contact's name is a person's; a position's name holds one where two or
 * more capitalised words follow each other with only white space and
 * particles (von, af, de, ...) between them: "Anna Berg (projektledare)"
 * becomes "Person 1 (projektledare)", while roles ("Projektledare",
 * "Hantering av nya stödärenden") stay. People the report does not name
 * there, and a first name or surname on its own, are not found. Unknown
 * keys kept from loading are dropped, as they may hold anything.
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
