/**
 * @file serviceprogram/model.h
 * @brief The report and its parts, with typed accessors.
 *
 * A report (sp_report) owns every part of it. Parts are reached through
 * their parent and are borrowed: they live until removed or until the
 * report is freed. Each accessor is a thin, typed view of one field of
 * schema.h; its rules are the same for every field:
 *
 *  - text: `const char *sp_T_F(x)` is NULL when absent;
 *    `sp_T_set_F(x, value, err)` stores a UTF-8-checked copy, NULL removes.
 *  - integers (years, numbers, counts, kronor) and FTE (in thousandths:
 *    0.15 FTE is 150): `int64_t sp_T_F(x)` is -1 when absent;
 *    `sp_T_set_F(x, value, err)`, -1 removes, other negatives are SP_ERANGE.
 *  - booleans: -1 absent, 0 false, 1 true.
 *  - enums: the *_UNSET value (0) is absent and removes.
 *  - sets of enums: an SP_BIT() mask, 0 is empty.
 *  - lists: `sp_T_X_count(x)`, `sp_T_X(x, i)` (NULL out of range; const,
 *    and `sp_T_X_mut(x, i)` gives the same item to change),
 *    `sp_T_add_X(&out, x, err)` appends a new empty item (out may be NULL;
 *    SP_ELIMIT when the list already holds 2^32 - 1 items, the most a list can),
 *    `sp_T_remove_X(x, i, err)` frees item i (SP_ENOTFOUND out of range).
 *  - sub-objects (region, program, effects) always exist: `sp_T_X(x)`
 *    gives them const, `sp_T_X_mut(x)` to change.
 *
 * Setters return 0 or a negative SP_E* code. Getters accept NULL and then
 * return NULL / -1 / 0.
 */
#ifndef SERVICEPROGRAM_MODEL_H
#define SERVICEPROGRAM_MODEL_H

#include "common.h"
#include "enums.h"
#include "schema.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sp_report sp_report;             /**< a region's follow-up for one year */
typedef struct sp_region sp_region;             /**< the reporting region */
typedef struct sp_program sp_program;           /**< the regional service programme */
typedef struct sp_goal sp_goal;                 /**< a goal of the programme, e.g. "1.1" */
typedef struct sp_demand sp_demand;             /**< question 1: one support type's outlook */
typedef struct sp_staffing sp_staffing;         /**< question 3: one area of work */
typedef struct sp_position sp_position;         /**< question 3: a person or role and its FTE */
typedef struct sp_contact sp_contact;           /**< question 4: a contact person (personal data) */
typedef struct sp_collaboration sp_collaboration; /**< question 6: one partner */
typedef struct sp_priority_area sp_priority_area; /**< a priority area of the action plan */
typedef struct sp_intervention sp_intervention; /**< an intervention (insats) */
typedef struct sp_output sp_output;             /**< an output (prestation) */
typedef struct sp_effects sp_effects;           /**< an intervention's effects */

/* ---- the report ---------------------------------------------------- */

/**
 * @name The report: making, copying, comparing and freeing it
 * @{
 */
/**
 * A new report of a region for a year, in format serviceprogram/1, with
 * nothing else in it.
 * @param out gets the report, yours to free with sp_report_free(); untouched on failure
 * @param region_name the region's name, UTF-8 without NUL, copied
 * @param year the year it reports on, e.g. 2024
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p out or @p region_name; #SP_EUTF8 for an
 *         invalid name; #SP_ERANGE for a negative year (#SP_EMISSING for -1); #SP_ENOMEM
 */
SP_EXTERN int sp_report_new(sp_report **out, const char *region_name, int64_t year, sp_error *err);
/**
 * A new report, as sp_report_new(), whose memory comes from an allocator.
 * @param out gets the report, yours to free with sp_report_free(); untouched on failure
 * @param region_name the region's name, UTF-8 without NUL, copied
 * @param year the year it reports on
 * @param allocator the memory functions for the report and all its parts (the
 *        library keeps a copy of the struct); NULL for malloc
 * @param err filled on failure; may be NULL
 * @return 0, or the errors of sp_report_new()
 */
SP_EXTERN int sp_report_new_with(sp_report **out, const char *region_name, int64_t year,
                                 const sp_allocator *allocator, sp_error *err);
/**
 * Frees the report and every part of it; pointers borrowed from it become invalid.
 * @param report the report; NULL is a no-op
 */
SP_EXTERN void sp_report_free(sp_report *report);
/**
 * A deep copy of a report, using the same allocator.
 * @param out gets the copy, yours to free with sp_report_free()
 * @param report the report to copy
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p out or @p report; #SP_ENOMEM
 */
SP_EXTERN int sp_report_copy(sp_report **out, const sp_report *report, sp_error *err);
/**
 * Whether two reports hold the same data. Positions in files and source
 * names are not compared.
 * @param a one report
 * @param b the other
 * @return 1 when the reports are equal, else 0 (also when either is NULL);
 *         sp_report_difference() says where they differ
 */
SP_EXTERN int sp_report_equal(const sp_report *a, const sp_report *b);
/**
 * Where two reports first differ, as sp_report_equal() compares them.
 * @param buf gets the JSON pointer of the first difference, e.g.
 *        "/priority_areas/0/title" ("" for the whole report, when either is
 *        NULL), like snprintf; untouched when the reports are equal; may be
 *        NULL when @p size is 0
 * @param size the size of @p buf in bytes
 * @param a one report
 * @param b the other
 * @return -1 when the reports are equal; else the length of the whole
 *         pointer, without the NUL
 */
SP_EXTERN int sp_report_difference(char *buf, size_t size, const sp_report *a, const sp_report *b);
/**
 * The name of the file or source the report was loaded from.
 * @param report the report
 * @return the name (sp_load_options::source_name when one was given); NULL
 *         for a report that was not loaded. Borrowed.
 */
SP_EXTERN const char *sp_report_source(const sp_report *report);
/** @} */

/**
 * @name The report's fields
 * Its region and programme, the answers to questions 1 to 6, and the action plan.
 * @{
 */
/**
 * The region that reports (`region`, "Region"): always there, if empty.
 * @param report the report
 * @return the region, borrowed; NULL only for a NULL @p report
 */
SP_EXTERN const sp_region *sp_report_region(const sp_report *report);
/**
 * As sp_report_region(), for changing the part: from a parent you may change, a part you may change.
 * @param report the report
 * @return the region, borrowed, to change; NULL only for a NULL @p report
 */
SP_EXTERN sp_region *sp_report_region_mut(sp_report *report);
/**
 * The year the report covers (verksamhetsår), e.g. 2023 (`year`, "Verksamhetsår").
 * @param report the report
 * @return the year; -1 when absent
 */
SP_EXTERN int64_t sp_report_year(const sp_report *report);
/**
 * Sets the year the report covers (verksamhetsår).
 * @param report the report
 * @param year the year, 0 or more; -1 is refused, the field being required
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EMISSING for -1; #SP_ERANGE for other negative values; #SP_EINVAL for a NULL @p report
 */
SP_EXTERN int sp_report_set_year(sp_report *report, int64_t year, sp_error *err);
/**
 * The regional service programme the report follows up (`program`, "Regionalt serviceprogram"): always
 * there, if empty.
 * @param report the report
 * @return the programme, borrowed; NULL only for a NULL @p report
 */
SP_EXTERN const sp_program *sp_report_program(const sp_report *report);
/**
 * As sp_report_program(), for changing the part: from a parent you may change, a part you may change.
 * @param report the report
 * @return the programme, borrowed, to change; NULL only for a NULL @p report
 */
SP_EXTERN sp_program *sp_report_program_mut(sp_report *report);
/**
 * Number of the question-1 answers (`demand_outlook`, "Efterfrågan per stödtyp (fråga 1)"): how demand for
 * each support type is expected to develop.
 * @param report the report
 * @return the number of the question-1 answers; 0 for NULL
 */
SP_EXTERN size_t sp_report_demand_count(const sp_report *report);
/**
 * One of the question-1 answers, by index.
 * @param report the report
 * @param index 0 to sp_report_demand_count() - 1
 * @return the answer, borrowed; NULL when @p index is out of range
 */
SP_EXTERN const sp_demand *sp_report_demand(const sp_report *report, size_t index);
/**
 * As sp_report_demand(), for changing the part: from a parent you may change, a part you may change.
 * @param report the report
 * @param index 0 to sp_report_demand_count() - 1
 * @return the answer, borrowed, to change; NULL when @p index is out of range
 */
SP_EXTERN sp_demand *sp_report_demand_mut(sp_report *report, size_t index);
/**
 * Appends a new, empty answer to the question-1 answers.
 * @param out gets the new answer, borrowed from the report; may be NULL
 * @param report the report
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p report; #SP_ENOMEM
 */
SP_EXTERN int sp_report_add_demand(sp_demand **out, sp_report *report, sp_error *err);
/**
 * Removes one of the question-1 answers, freeing it; the later ones move up.
 * @param report the report
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p report
 */
SP_EXTERN int sp_report_remove_demand(sp_report *report, size_t index, sp_error *err);
/**
 * The answer to question 2, the future outlook (framtidsspaning) (`future_outlook`, "Framtidsspaning (fråga
 * 2)").
 * @param report the report
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_report_future_outlook(const sp_report *report);
/**
 * Sets the answer to question 2, the future outlook (framtidsspaning).
 * @param report the report
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p report; #SP_ENOMEM
 */
SP_EXTERN int sp_report_set_future_outlook(sp_report *report, const char *value, sp_error *err);
/**
 * Number of the staffing areas of question 3 (`staffing`, "Personalresurser (fråga 3)"): the staff working
 * on the programme, per area of work.
 * @param report the report
 * @return the number of the staffing areas of question 3; 0 for NULL
 */
SP_EXTERN size_t sp_report_staffing_count(const sp_report *report);
/**
 * One of the staffing areas of question 3, by index.
 * @param report the report
 * @param index 0 to sp_report_staffing_count() - 1
 * @return the staffing area, borrowed; NULL when @p index is out of range
 */
SP_EXTERN const sp_staffing *sp_report_staffing(const sp_report *report, size_t index);
/**
 * As sp_report_staffing(), for changing the part: from a parent you may change, a part you may change.
 * @param report the report
 * @param index 0 to sp_report_staffing_count() - 1
 * @return the staffing area, borrowed, to change; NULL when @p index is out of range
 */
SP_EXTERN sp_staffing *sp_report_staffing_mut(sp_report *report, size_t index);
/**
 * Appends a new, empty staffing area to the staffing areas of question 3. Set its `area` before saving: a
 * report with a required field unset is not saved.
 * @param out gets the new staffing area, borrowed from the report; may be NULL
 * @param report the report
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p report; #SP_ENOMEM
 */
SP_EXTERN int sp_report_add_staffing(sp_staffing **out, sp_report *report, sp_error *err);
/**
 * Removes one of the staffing areas of question 3, freeing it; the later ones move up.
 * @param report the report
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p report
 */
SP_EXTERN int sp_report_remove_staffing(sp_report *report, size_t index, sp_error *err);
/**
 * Number of the contact persons of question 4 (`contacts`, "Kontaktpersoner (fråga 4)"): who Tillväxtverket
 * contacts, and for what.
 * @param report the report
 * @return the number of the contact persons of question 4; 0 for NULL
 */
SP_EXTERN size_t sp_report_contact_count(const sp_report *report);
/**
 * One of the contact persons of question 4, by index.
 * @param report the report
 * @param index 0 to sp_report_contact_count() - 1
 * @return the contact person, borrowed; NULL when @p index is out of range
 */
SP_EXTERN const sp_contact *sp_report_contact(const sp_report *report, size_t index);
/**
 * As sp_report_contact(), for changing the part: from a parent you may change, a part you may change.
 * @param report the report
 * @param index 0 to sp_report_contact_count() - 1
 * @return the contact person, borrowed, to change; NULL when @p index is out of range
 */
SP_EXTERN sp_contact *sp_report_contact_mut(sp_report *report, size_t index);
/**
 * Appends a new, empty contact person to the contact persons of question 4.
 * @param out gets the new contact person, borrowed from the report; may be NULL
 * @param report the report
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p report; #SP_ENOMEM
 */
SP_EXTERN int sp_report_add_contact(sp_contact **out, sp_report *report, sp_error *err);
/**
 * Removes one of the contact persons of question 4, freeing it; the later ones move up.
 * @param report the report
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p report
 */
SP_EXTERN int sp_report_remove_contact(sp_report *report, size_t index, sp_error *err);
/**
 * The answer to question 5, the work on accessibility (`accessibility_work`, "Arbetet med tillgänglighet
 * (fråga 5)").
 * @param report the report
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_report_accessibility_work(const sp_report *report);
/**
 * Sets the answer to question 5, the work on accessibility.
 * @param report the report
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p report; #SP_ENOMEM
 */
SP_EXTERN int sp_report_set_accessibility_work(sp_report *report, const char *value, sp_error *err);
/**
 * Number of the collaboration entries of question 6 (`collaboration`, "Samverkan (fråga 6)"): the partners
 * the region works with, one entry each.
 * @param report the report
 * @return the number of the collaboration entries of question 6; 0 for NULL
 */
SP_EXTERN size_t sp_report_collaboration_count(const sp_report *report);
/**
 * One of the collaboration entries of question 6, by index.
 * @param report the report
 * @param index 0 to sp_report_collaboration_count() - 1
 * @return the collaboration entry, borrowed; NULL when @p index is out of range
 */
SP_EXTERN const sp_collaboration *sp_report_collaboration(const sp_report *report, size_t index);
/**
 * As sp_report_collaboration(), for changing the part: from a parent you may change, a part you may change.
 * @param report the report
 * @param index 0 to sp_report_collaboration_count() - 1
 * @return the collaboration entry, borrowed, to change; NULL when @p index is out of range
 */
SP_EXTERN sp_collaboration *sp_report_collaboration_mut(sp_report *report, size_t index);
/**
 * Appends a new, empty collaboration entry to the collaboration entries of question 6. Set its `actor`
 * before saving: a report with a required field unset is not saved.
 * @param out gets the new collaboration entry, borrowed from the report; may be NULL
 * @param report the report
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p report; #SP_ENOMEM
 */
SP_EXTERN int sp_report_add_collaboration(sp_collaboration **out, sp_report *report, sp_error *err);
/**
 * Removes one of the collaboration entries of question 6, freeing it; the later ones move up.
 * @param report the report
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p report
 */
SP_EXTERN int sp_report_remove_collaboration(sp_report *report, size_t index, sp_error *err);
/**
 * Number of the priority areas (`priority_areas`, "Prioriterade områden"): the action plan, by priority
 * area.
 * @param report the report
 * @return the number of the priority areas; 0 for NULL
 */
SP_EXTERN size_t sp_report_priority_area_count(const sp_report *report);
/**
 * One of the priority areas, by index.
 * @param report the report
 * @param index 0 to sp_report_priority_area_count() - 1
 * @return the priority area, borrowed; NULL when @p index is out of range
 */
SP_EXTERN const sp_priority_area *sp_report_priority_area(const sp_report *report, size_t index);
/**
 * As sp_report_priority_area(), for changing the part: from a parent you may change, a part you may change.
 * @param report the report
 * @param index 0 to sp_report_priority_area_count() - 1
 * @return the priority area, borrowed, to change; NULL when @p index is out of range
 */
SP_EXTERN sp_priority_area *sp_report_priority_area_mut(sp_report *report, size_t index);
/**
 * The priority area with a number, the first one when the report has it
 * twice (which the validator reports).
 * @param report the report
 * @param number the area's `number`, e.g. 2
 * @return the priority area, borrowed; NULL when none has @p number (always for a negative one)
 */
SP_EXTERN const sp_priority_area *sp_report_priority_area_by_number(const sp_report *report, int64_t number);
/**
 * As sp_report_priority_area_by_number(), for changing the part: from a report you may change, the area to change.
 * @param report the report
 * @param number the area's `number`, e.g. 2
 * @return the priority area, borrowed, to change; NULL when none has @p number
 */
SP_EXTERN sp_priority_area *sp_report_priority_area_by_number_mut(sp_report *report, int64_t number);
/**
 * Appends a new, empty priority area to the priority areas. Set its `number` before saving: a report with a
 * required field unset is not saved.
 * @param out gets the new priority area, borrowed from the report; may be NULL
 * @param report the report
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p report; #SP_ENOMEM
 */
SP_EXTERN int sp_report_add_priority_area(sp_priority_area **out, sp_report *report, sp_error *err);
/**
 * Removes one of the priority areas, freeing it; the later ones move up.
 * @param report the report
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p report
 */
SP_EXTERN int sp_report_remove_priority_area(sp_report *report, size_t index, sp_error *err);
/** @} */

/* ---- region and programme ------------------------------------------ */

/**
 * @name Region (sp_region)
 * The reporting region, always present in a report.
 * @{
 */
/**
 * The region's name, e.g. "Jämtland Härjedalen" (`name`, "Region").
 * @param region the region
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_region_name(const sp_region *region);
/**
 * Sets the region's name.
 * @param region the region
 * @param value UTF-8 text without NUL, copied; NULL is refused, the field being required
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EMISSING for NULL; #SP_EINVAL for a NULL @p region; #SP_ENOMEM
 */
SP_EXTERN int sp_region_set_name(sp_region *region, const char *value, sp_error *err);
/**
 * The county code (länskod): two digits from "01" to "25", e.g. "23" (`county_code`, "Länskod").
 * @param region the region
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_region_county_code(const sp_region *region);
/**
 * Sets the county code (länskod).
 * @param region the region
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EVALUE for a value that is not two digits from "01" to "25";
 *         #SP_EINVAL for a NULL @p region; #SP_ENOMEM
 */
SP_EXTERN int sp_region_set_county_code(sp_region *region, const char *value, sp_error *err);
/** @} */

/**
 * @name Programme (sp_program)
 * The regional service programme the report follows up, always present in a report.
 * @{
 */
/**
 * The programme's title, e.g. "Regionalt serviceprogram 2023-2030" (`title`, "Titel").
 * @param program the programme
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_program_title(const sp_program *program);
/**
 * Sets the programme's title.
 * @param program the programme
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p program; #SP_ENOMEM
 */
SP_EXTERN int sp_program_set_title(sp_program *program, const char *value, sp_error *err);
/**
 * The first year of the programme (`start_year`, "Startår").
 * @param program the programme
 * @return the year; -1 when absent
 */
SP_EXTERN int64_t sp_program_start_year(const sp_program *program);
/**
 * Sets the first year of the programme.
 * @param program the programme
 * @param value the year, 0 or more; -1 removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for other negative values; #SP_EINVAL for a NULL @p program
 */
SP_EXTERN int sp_program_set_start_year(sp_program *program, int64_t value, sp_error *err);
/**
 * The last year of the programme (`end_year`, "Slutår").
 * @param program the programme
 * @return the year; -1 when absent
 */
SP_EXTERN int64_t sp_program_end_year(const sp_program *program);
/**
 * Sets the last year of the programme.
 * @param program the programme
 * @param value the year, 0 or more; -1 removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for other negative values; #SP_EINVAL for a NULL @p program
 */
SP_EXTERN int sp_program_set_end_year(sp_program *program, int64_t value, sp_error *err);
/**
 * Number of the programme's goals (`goals`, "Mål"): each has an id that interventions name.
 * @param program the programme
 * @return the number of the programme's goals; 0 for NULL
 */
SP_EXTERN size_t sp_program_goal_count(const sp_program *program);
/**
 * One of the programme's goals, by index.
 * @param program the programme
 * @param index 0 to sp_program_goal_count() - 1
 * @return the goal, borrowed; NULL when @p index is out of range
 */
SP_EXTERN const sp_goal *sp_program_goal(const sp_program *program, size_t index);
/**
 * As sp_program_goal(), for changing the part: from a parent you may change, a part you may change.
 * @param program the programme
 * @param index 0 to sp_program_goal_count() - 1
 * @return the goal, borrowed, to change; NULL when @p index is out of range
 */
SP_EXTERN sp_goal *sp_program_goal_mut(sp_program *program, size_t index);
/**
 * Appends a new, empty goal to the programme's goals. Set its `id` before saving: a report with a required
 * field unset is not saved.
 * @param out gets the new goal, borrowed from the report; may be NULL
 * @param program the programme
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p program; #SP_ENOMEM
 */
SP_EXTERN int sp_program_add_goal(sp_goal **out, sp_program *program, sp_error *err);
/**
 * Removes one of the programme's goals, freeing it; the later ones move up.
 * @param program the programme
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p program
 */
SP_EXTERN int sp_program_remove_goal(sp_program *program, size_t index, sp_error *err);
/** @} */

/**
 * @name Goals of the programme (sp_goal)
 * @{
 */
/**
 * The goal's id, e.g. "1.1", by which interventions name it; the part before the point is its priority
 * area's number (`id`, "Nummer").
 * @param goal the goal
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_goal_id(const sp_goal *goal);
/**
 * Sets the goal's id.
 * @param goal the goal
 * @param value UTF-8 text without NUL, copied; NULL is refused, the field being required
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EMISSING for NULL; #SP_EINVAL for a NULL @p goal; #SP_ENOMEM
 */
SP_EXTERN int sp_goal_set_id(sp_goal *goal, const char *value, sp_error *err);
/**
 * The goal's wording (`text`, "Mål").
 * @param goal the goal
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_goal_text(const sp_goal *goal);
/**
 * Sets the goal's wording.
 * @param goal the goal
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p goal; #SP_ENOMEM
 */
SP_EXTERN int sp_goal_set_text(sp_goal *goal, const char *value, sp_error *err);
/** @} */

/* ---- questions 1, 3, 4 and 6 ---------------------------------------- */

/**
 * @name Question 1: demand per support type (sp_demand)
 * Efterfrågan: one answer per support type.
 * @{
 */
/**
 * The support type the answer is about (`support_type`, "Stödtyp").
 * @param demand the question-1 answer
 * @return the value; #SP_SUPPORT_UNSET when absent
 */
SP_EXTERN sp_support_type sp_demand_support_type(const sp_demand *demand);
/**
 * Sets the support type the answer is about.
 * @param demand the question-1 answer
 * @param value one of the ::sp_support_type values; #SP_SUPPORT_UNSET is refused, the field being required
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EMISSING for #SP_SUPPORT_UNSET; #SP_ERANGE for a value that is not one of them; #SP_EINVAL
 *         for a NULL @p demand
 */
SP_EXTERN int sp_demand_set_support_type(sp_demand *demand, sp_support_type value, sp_error *err);
/**
 * The expected development of demand over the coming two years (`trend`, "Bedömning").
 * @param demand the question-1 answer
 * @return the value; #SP_TREND_UNSET when absent
 */
SP_EXTERN sp_trend sp_demand_trend(const sp_demand *demand);
/**
 * Sets the expected development of demand over the coming two years.
 * @param demand the question-1 answer
 * @param value one of the ::sp_trend values; #SP_TREND_UNSET removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for a value that is not one of them; #SP_EINVAL for a NULL @p demand
 */
SP_EXTERN int sp_demand_set_trend(sp_demand *demand, sp_trend value, sp_error *err);
/**
 * The comment on the assessment (`comment`, "Kommentar").
 * @param demand the question-1 answer
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_demand_comment(const sp_demand *demand);
/**
 * Sets the comment on the assessment.
 * @param demand the question-1 answer
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p demand; #SP_ENOMEM
 */
SP_EXTERN int sp_demand_set_comment(sp_demand *demand, const char *value, sp_error *err);
/**
 * The answer to whether the budget for the support type falls short of demand (`budget_insufficient`,
 * "Budgeten räcker inte").
 * @param demand the question-1 answer
 * @return 1 yes, 0 no, -1 unanswered
 */
SP_EXTERN int sp_demand_budget_insufficient(const sp_demand *demand);
/**
 * Sets the answer to whether the budget for the support type falls short of demand.
 * @param demand the question-1 answer
 * @param value 1 yes, 0 no; -1 removes the answer
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for other values; #SP_EINVAL for a NULL @p demand
 */
SP_EXTERN int sp_demand_set_budget_insufficient(sp_demand *demand, int value, sp_error *err);
/**
 * The answer to whether the support type is not used or not prioritised in the county (`not_prioritised`,
 * "Används eller prioriteras inte").
 * @param demand the question-1 answer
 * @return 1 yes, 0 no, -1 unanswered
 */
SP_EXTERN int sp_demand_not_prioritised(const sp_demand *demand);
/**
 * Sets the answer to whether the support type is not used or not prioritised in the county.
 * @param demand the question-1 answer
 * @param value 1 yes, 0 no; -1 removes the answer
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for other values; #SP_EINVAL for a NULL @p demand
 */
SP_EXTERN int sp_demand_set_not_prioritised(sp_demand *demand, int value, sp_error *err);
/** @} */

/**
 * @name Question 3: staffing per area of work (sp_staffing)
 * @{
 */
/**
 * The area of work: process management and coordination, or case handling (`area`, "Område").
 * @param staffing the staffing area
 * @return the value; #SP_AREA_UNSET when absent
 */
SP_EXTERN sp_work_area sp_staffing_area(const sp_staffing *staffing);
/**
 * Sets the area of work.
 * @param staffing the staffing area
 * @param value one of the ::sp_work_area values; #SP_AREA_UNSET is refused, the field being required
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EMISSING for #SP_AREA_UNSET; #SP_ERANGE for a value that is not one of them; #SP_EINVAL for
 *         a NULL @p staffing
 */
SP_EXTERN int sp_staffing_set_area(sp_staffing *staffing, sp_work_area value, sp_error *err);
/**
 * The comment on the staffing of the area (`note`, "Kommentar").
 * @param staffing the staffing area
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_staffing_note(const sp_staffing *staffing);
/**
 * Sets the comment on the staffing of the area.
 * @param staffing the staffing area
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p staffing; #SP_ENOMEM
 */
SP_EXTERN int sp_staffing_set_note(sp_staffing *staffing, const char *value, sp_error *err);
/**
 * Number of the area's positions (`positions`, "Tjänster"): a person or role each, with its FTE.
 * @param staffing the staffing area
 * @return the number of the area's positions; 0 for NULL
 */
SP_EXTERN size_t sp_staffing_position_count(const sp_staffing *staffing);
/**
 * One of the area's positions, by index.
 * @param staffing the staffing area
 * @param index 0 to sp_staffing_position_count() - 1
 * @return the position, borrowed; NULL when @p index is out of range
 */
SP_EXTERN const sp_position *sp_staffing_position(const sp_staffing *staffing, size_t index);
/**
 * As sp_staffing_position(), for changing the part: from a parent you may change, a part you may change.
 * @param staffing the staffing area
 * @param index 0 to sp_staffing_position_count() - 1
 * @return the position, borrowed, to change; NULL when @p index is out of range
 */
SP_EXTERN sp_position *sp_staffing_position_mut(sp_staffing *staffing, size_t index);
/**
 * Appends a new, empty position to the area's positions.
 * @param out gets the new position, borrowed from the report; may be NULL
 * @param staffing the staffing area
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p staffing; #SP_ENOMEM
 */
SP_EXTERN int sp_staffing_add_position(sp_position **out, sp_staffing *staffing, sp_error *err);
/**
 * Removes one of the area's positions, freeing it; the later ones move up.
 * @param staffing the staffing area
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p staffing
 */
SP_EXTERN int sp_staffing_remove_position(sp_staffing *staffing, size_t index, sp_error *err);
/** @} */

/**
 * @name Question 3: positions (sp_position)
 * A person or a role, and its FTE.
 * @{
 */
/**
 * The person's name or a role, e.g. "Projektledare"; personal data when it is a name (`name`, "Namn eller
 * roll").
 * @param position the position
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_position_name(const sp_position *position);
/**
 * Sets the person's name or a role.
 * @param position the position
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p position; #SP_ENOMEM
 */
SP_EXTERN int sp_position_set_name(sp_position *position, const char *value, sp_error *err);
/**
 * The full-time equivalents (årsarbetskrafter) of the position (`fte`, "Årsarbetskrafter").
 * @param position the position
 * @return thousandths of an FTE (0.15 FTE is 150); -1 when absent
 */
SP_EXTERN int64_t sp_position_fte(const sp_position *position);
/**
 * Sets the full-time equivalents (årsarbetskrafter) of the position.
 * @param position the position
 * @param thousandths thousandths of an FTE, 0 to #SP_DECIMAL_MAX (0.15 FTE is 150); -1 removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for other values; #SP_EINVAL for a NULL @p position
 */
SP_EXTERN int sp_position_set_fte(sp_position *position, int64_t thousandths, sp_error *err);
/**
 * The date since when the position is held: "YYYY-MM-DD" or "YYYY-MM" (`from`, "Från").
 * @param position the position
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_position_from(const sp_position *position);
/**
 * Sets the date since when the position is held.
 * @param position the position
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EVALUE for a malformed date or a day that does not exist;
 *         #SP_EINVAL for a NULL @p position; #SP_ENOMEM
 */
SP_EXTERN int sp_position_set_from(sp_position *position, const char *value, sp_error *err);
/**
 * The funding of the position, e.g. a project (`funded_by`, "Finansiering").
 * @param position the position
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_position_funded_by(const sp_position *position);
/**
 * Sets the funding of the position.
 * @param position the position
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p position; #SP_ENOMEM
 */
SP_EXTERN int sp_position_set_funded_by(sp_position *position, const char *value, sp_error *err);
/** @} */

/**
 * @name Question 4: contact persons (sp_contact)
 * Personal data: see sp_report_redact().
 * @{
 */
/**
 * The contact person's name, personal data (`name`, "Namn").
 * @param contact the contact person
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_contact_name(const sp_contact *contact);
/**
 * Sets the contact person's name, personal data.
 * @param contact the contact person
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p contact; #SP_ENOMEM
 */
SP_EXTERN int sp_contact_set_name(sp_contact *contact, const char *value, sp_error *err);
/**
 * The contact person's e-mail address, personal data (`email`, "E-post").
 * @param contact the contact person
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_contact_email(const sp_contact *contact);
/**
 * Sets the contact person's e-mail address, personal data.
 * @param contact the contact person
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p contact; #SP_ENOMEM
 */
SP_EXTERN int sp_contact_set_email(sp_contact *contact, const char *value, sp_error *err);
/**
 * The roles the person is the contact for (`roles`, "Roller"), as a set.
 * @param contact the contact person
 * @return an SP_BIT() mask of ::sp_contact_role values; 0 when empty or absent
 */
SP_EXTERN unsigned int sp_contact_roles(const sp_contact *contact);
/**
 * Sets the roles the person is the contact for.
 * @param contact the contact person
 * @param roles an SP_BIT() mask of ::sp_contact_role values; 0 empties the set
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for a bit that is no value; #SP_EINVAL for a NULL @p contact
 */
SP_EXTERN int sp_contact_set_roles(sp_contact *contact, unsigned int roles, sp_error *err);
/** @} */

/**
 * @name Question 6: collaboration (sp_collaboration)
 * One entry per partner, with its step on the samverkanstrappa.
 * @{
 */
/**
 * The kind of partner (`actor`, "Aktör").
 * @param collaboration the collaboration entry
 * @return the value; #SP_ACTOR_UNSET when absent
 */
SP_EXTERN sp_actor sp_collaboration_actor(const sp_collaboration *collaboration);
/**
 * Sets the kind of partner.
 * @param collaboration the collaboration entry
 * @param value one of the ::sp_actor values; #SP_ACTOR_UNSET is refused, the field being required
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EMISSING for #SP_ACTOR_UNSET; #SP_ERANGE for a value that is not one of them; #SP_EINVAL
 *         for a NULL @p collaboration
 */
SP_EXTERN int sp_collaboration_set_actor(sp_collaboration *collaboration, sp_actor value, sp_error *err);
/**
 * The partner's name, where the actor is #SP_ACTOR_OTHER (`label`, "Aktörens namn").
 * @param collaboration the collaboration entry
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_collaboration_label(const sp_collaboration *collaboration);
/**
 * Sets the partner's name, where the actor is #SP_ACTOR_OTHER.
 * @param collaboration the collaboration entry
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p collaboration; #SP_ENOMEM
 */
SP_EXTERN int sp_collaboration_set_label(sp_collaboration *collaboration, const char *value, sp_error *err);
/**
 * The description of the collaboration (`description`, "Beskriv samverkan").
 * @param collaboration the collaboration entry
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_collaboration_description(const sp_collaboration *collaboration);
/**
 * Sets the description of the collaboration.
 * @param collaboration the collaboration entry
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p collaboration; #SP_ENOMEM
 */
SP_EXTERN int sp_collaboration_set_description(sp_collaboration *collaboration, const char *value, sp_error *err);
/**
 * The step reached on the samverkanstrappa (`ladder_step`, "Steg i samverkanstrappan").
 * @param collaboration the collaboration entry
 * @return the value; #SP_LADDER_UNSET when absent
 */
SP_EXTERN sp_ladder_step sp_collaboration_ladder_step(const sp_collaboration *collaboration);
/**
 * Sets the step reached on the samverkanstrappa.
 * @param collaboration the collaboration entry
 * @param value one of the ::sp_ladder_step values; #SP_LADDER_UNSET removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for a value that is not one of them; #SP_EINVAL for a NULL @p collaboration
 */
SP_EXTERN int sp_collaboration_set_ladder_step(sp_collaboration *collaboration, sp_ladder_step value, sp_error *err);
/**
 * The step answer as written, where it says more than the step, e.g. "Samtal via kommunerna" (`ladder_note`,
 * "Steg i samverkanstrappan, som skrivet").
 * @param collaboration the collaboration entry
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_collaboration_ladder_note(const sp_collaboration *collaboration);
/**
 * Sets the step answer as written, where it says more than the step.
 * @param collaboration the collaboration entry
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p collaboration; #SP_ENOMEM
 */
SP_EXTERN int sp_collaboration_set_ladder_note(sp_collaboration *collaboration, const char *value, sp_error *err);
/**
 * The challenges or success factors (`challenges`, "Eventuella utmaningar eller framgångsfaktorer").
 * @param collaboration the collaboration entry
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_collaboration_challenges(const sp_collaboration *collaboration);
/**
 * Sets the challenges or success factors.
 * @param collaboration the collaboration entry
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p collaboration; #SP_ENOMEM
 */
SP_EXTERN int sp_collaboration_set_challenges(sp_collaboration *collaboration, const char *value, sp_error *err);
/** @} */

/* ---- the action plan ------------------------------------------------ */

/**
 * @name Priority areas of the action plan (sp_priority_area)
 * @{
 */
/**
 * The priority area's number in the programme, e.g. 2 (`number`, "Nummer").
 * @param area the priority area
 * @return the number; -1 when absent
 */
SP_EXTERN int64_t sp_priority_area_number(const sp_priority_area *area);
/**
 * Sets the priority area's number in the programme.
 * @param area the priority area
 * @param value the number, 0 or more; -1 is refused, the field being required
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EMISSING for -1; #SP_ERANGE for other negative values; #SP_EINVAL for a NULL @p area
 */
SP_EXTERN int sp_priority_area_set_number(sp_priority_area *area, int64_t value, sp_error *err);
/**
 * The priority area's title (`title`, "Prioriterat område").
 * @param area the priority area
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_priority_area_title(const sp_priority_area *area);
/**
 * Sets the priority area's title.
 * @param area the priority area
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p area; #SP_ENOMEM
 */
SP_EXTERN int sp_priority_area_set_title(sp_priority_area *area, const char *value, sp_error *err);
/**
 * Number of the area's interventions (`interventions`, "Insatser"): the insatser planned and carried out.
 * @param area the priority area
 * @return the number of the area's interventions; 0 for NULL
 */
SP_EXTERN size_t sp_priority_area_intervention_count(const sp_priority_area *area);
/**
 * One of the area's interventions, by index.
 * @param area the priority area
 * @param index 0 to sp_priority_area_intervention_count() - 1
 * @return the intervention, borrowed; NULL when @p index is out of range
 */
SP_EXTERN const sp_intervention *sp_priority_area_intervention(const sp_priority_area *area, size_t index);
/**
 * As sp_priority_area_intervention(), for changing the part: from a parent you may change, a part you may change.
 * @param area the priority area
 * @param index 0 to sp_priority_area_intervention_count() - 1
 * @return the intervention, borrowed, to change; NULL when @p index is out of range
 */
SP_EXTERN sp_intervention *sp_priority_area_intervention_mut(sp_priority_area *area, size_t index);
/**
 * Appends a new, empty intervention to the area's interventions.
 * @param out gets the new intervention, borrowed from the report; may be NULL
 * @param area the priority area
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p area; #SP_ENOMEM
 */
SP_EXTERN int sp_priority_area_add_intervention(sp_intervention **out, sp_priority_area *area, sp_error *err);
/**
 * Removes one of the area's interventions, freeing it; the later ones move up.
 * @param area the priority area
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p area
 */
SP_EXTERN int sp_priority_area_remove_intervention(sp_priority_area *area, size_t index, sp_error *err);
/** @} */

/**
 * @name Interventions (sp_intervention)
 * Insatser of the action plan.
 * @{
 */
/**
 * The intervention's name (planerad insats) (`name`, "Planerad insats").
 * @param intervention the intervention
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_intervention_name(const sp_intervention *intervention);
/**
 * Sets the intervention's name (planerad insats).
 * @param intervention the intervention
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p intervention; #SP_ENOMEM
 */
SP_EXTERN int sp_intervention_set_name(sp_intervention *intervention, const char *value, sp_error *err);
/**
 * The description of the intervention (`description`, "Beskrivning").
 * @param intervention the intervention
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_intervention_description(const sp_intervention *intervention);
/**
 * Sets the description of the intervention.
 * @param intervention the intervention
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p intervention; #SP_ENOMEM
 */
SP_EXTERN int sp_intervention_set_description(sp_intervention *intervention, const char *value, sp_error *err);
/**
 * Number of the ids of the goals it serves (`goals`, "Mål i RSP"): ids of the programme's goals, e.g. "1.1".
 * @param intervention the intervention
 * @return the number of the ids of the goals it serves; 0 for NULL
 */
SP_EXTERN size_t sp_intervention_goal_id_count(const sp_intervention *intervention);
/**
 * One of the ids of the goals it serves, by index.
 * @param intervention the intervention
 * @param index 0 to sp_intervention_goal_id_count() - 1
 * @return the text; NULL when @p index is out of range. Borrowed.
 */
SP_EXTERN const char *sp_intervention_goal_id(const sp_intervention *intervention, size_t index);
/**
 * Appends a goal id to the ids of the goals it serves.
 * @param intervention the intervention
 * @param goal_id the goal id, UTF-8 without NUL, copied
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p intervention or @p goal_id; #SP_ENOMEM
 */
SP_EXTERN int sp_intervention_add_goal_id(sp_intervention *intervention, const char *goal_id, sp_error *err);
/**
 * Removes one of the ids of the goals it serves, freeing it; the later ones move up.
 * @param intervention the intervention
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p intervention
 */
SP_EXTERN int sp_intervention_remove_goal_id(sp_intervention *intervention, size_t index, sp_error *err);
/**
 * Number of the references to other goals (`other_goals`, "Mål i RUS och Agenda 2030"): free text, such as
 * goals of the regional development strategy (RUS) or Agenda 2030.
 * @param intervention the intervention
 * @return the number of the references to other goals; 0 for NULL
 */
SP_EXTERN size_t sp_intervention_other_goal_count(const sp_intervention *intervention);
/**
 * One of the references to other goals, by index.
 * @param intervention the intervention
 * @param index 0 to sp_intervention_other_goal_count() - 1
 * @return the text; NULL when @p index is out of range. Borrowed.
 */
SP_EXTERN const char *sp_intervention_other_goal(const sp_intervention *intervention, size_t index);
/**
 * Appends a reference to the references to other goals.
 * @param intervention the intervention
 * @param value the reference, UTF-8 without NUL, copied
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p intervention or @p value; #SP_ENOMEM
 */
SP_EXTERN int sp_intervention_add_other_goal(sp_intervention *intervention, const char *value, sp_error *err);
/**
 * Removes one of the references to other goals, freeing it; the later ones move up.
 * @param intervention the intervention
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p intervention
 */
SP_EXTERN int sp_intervention_remove_other_goal(sp_intervention *intervention, size_t index, sp_error *err);
/**
 * Number of the organisations that carry it out (`actors`, "Aktörer"): free text, one organisation each.
 * @param intervention the intervention
 * @return the number of the organisations that carry it out; 0 for NULL
 */
SP_EXTERN size_t sp_intervention_actor_count(const sp_intervention *intervention);
/**
 * One of the organisations that carry it out, by index.
 * @param intervention the intervention
 * @param index 0 to sp_intervention_actor_count() - 1
 * @return the text; NULL when @p index is out of range. Borrowed.
 */
SP_EXTERN const char *sp_intervention_actor(const sp_intervention *intervention, size_t index);
/**
 * Appends an organisation to the organisations that carry it out.
 * @param intervention the intervention
 * @param value the organisation, UTF-8 without NUL, copied
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p intervention or @p value; #SP_ENOMEM
 */
SP_EXTERN int sp_intervention_add_actor(sp_intervention *intervention, const char *value, sp_error *err);
/**
 * Removes one of the organisations that carry it out, freeing it; the later ones move up.
 * @param intervention the intervention
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p intervention
 */
SP_EXTERN int sp_intervention_remove_actor(sp_intervention *intervention, size_t index, sp_error *err);
/**
 * The resources and funding of the intervention (`funding`, "Resurser").
 * @param intervention the intervention
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_intervention_funding(const sp_intervention *intervention);
/**
 * Sets the resources and funding of the intervention.
 * @param intervention the intervention
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p intervention; #SP_ENOMEM
 */
SP_EXTERN int sp_intervention_set_funding(sp_intervention *intervention, const char *value, sp_error *err);
/**
 * The main service types (huvudsakligt serviceslag) the intervention concerns (`service_types`,
 * "Huvudsakligt serviceslag"), as a set.
 * @param intervention the intervention
 * @return an SP_BIT() mask of ::sp_service_type values; 0 when empty or absent
 */
SP_EXTERN unsigned int sp_intervention_service_types(const sp_intervention *intervention);
/**
 * Sets the main service types (huvudsakligt serviceslag) the intervention concerns.
 * @param intervention the intervention
 * @param types an SP_BIT() mask of ::sp_service_type values; 0 empties the set
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for a bit that is no value; #SP_EINVAL for a NULL @p intervention
 */
SP_EXTERN int sp_intervention_set_service_types(sp_intervention *intervention, unsigned int types, sp_error *err);
/**
 * Number of the intervention's outputs (`outputs`, "Resultat i form av prestationer"): what it produced
 * (prestationer).
 * @param intervention the intervention
 * @return the number of the intervention's outputs; 0 for NULL
 */
SP_EXTERN size_t sp_intervention_output_count(const sp_intervention *intervention);
/**
 * One of the intervention's outputs, by index.
 * @param intervention the intervention
 * @param index 0 to sp_intervention_output_count() - 1
 * @return the output, borrowed; NULL when @p index is out of range
 */
SP_EXTERN const sp_output *sp_intervention_output(const sp_intervention *intervention, size_t index);
/**
 * As sp_intervention_output(), for changing the part: from a parent you may change, a part you may change.
 * @param intervention the intervention
 * @param index 0 to sp_intervention_output_count() - 1
 * @return the output, borrowed, to change; NULL when @p index is out of range
 */
SP_EXTERN sp_output *sp_intervention_output_mut(sp_intervention *intervention, size_t index);
/**
 * Appends a new, empty output to the intervention's outputs. Set its `text` before saving: a report with a
 * required field unset is not saved.
 * @param out gets the new output, borrowed from the report; may be NULL
 * @param intervention the intervention
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p intervention; #SP_ENOMEM
 */
SP_EXTERN int sp_intervention_add_output(sp_output **out, sp_intervention *intervention, sp_error *err);
/**
 * Removes one of the intervention's outputs, freeing it; the later ones move up.
 * @param intervention the intervention
 * @param index 0 to the count - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a NULL @p intervention
 */
SP_EXTERN int sp_intervention_remove_output(sp_intervention *intervention, size_t index, sp_error *err);
/**
 * The intervention's effects (`effects`, "Resultat i form av effekter"): always there, if empty.
 * @param intervention the intervention
 * @return the effects, borrowed; NULL only for a NULL @p intervention
 */
SP_EXTERN const sp_effects *sp_intervention_effects(const sp_intervention *intervention);
/**
 * As sp_intervention_effects(), for changing the part: from a parent you may change, a part you may change.
 * @param intervention the intervention
 * @return the effects, borrowed, to change; NULL only for a NULL @p intervention
 */
SP_EXTERN sp_effects *sp_intervention_effects_mut(sp_intervention *intervention);
/**
 * The intervention's status for next year's plan (`status`, "Status").
 * @param intervention the intervention
 * @return the value; #SP_STATUS_UNSET when absent
 */
SP_EXTERN sp_status sp_intervention_status(const sp_intervention *intervention);
/**
 * Sets the intervention's status for next year's plan.
 * @param intervention the intervention
 * @param value one of the ::sp_status values; #SP_STATUS_UNSET removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for a value that is not one of them; #SP_EINVAL for a NULL @p intervention
 */
SP_EXTERN int sp_intervention_set_status(sp_intervention *intervention, sp_status value, sp_error *err);
/**
 * The lessons learnt ("Vad tar vi med oss?") (`lessons`, "Vad tar vi med oss?").
 * @param intervention the intervention
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_intervention_lessons(const sp_intervention *intervention);
/**
 * Sets the lessons learnt ("Vad tar vi med oss?").
 * @param intervention the intervention
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p intervention; #SP_ENOMEM
 */
SP_EXTERN int sp_intervention_set_lessons(sp_intervention *intervention, const char *value, sp_error *err);
/**
 * The adaptations for next year's plan (`next_year`, "Till nästa år").
 * @param intervention the intervention
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_intervention_next_year(const sp_intervention *intervention);
/**
 * Sets the adaptations for next year's plan.
 * @param intervention the intervention
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p intervention; #SP_ENOMEM
 */
SP_EXTERN int sp_intervention_set_next_year(sp_intervention *intervention, const char *value, sp_error *err);
/** @} */

/**
 * @name Outputs (sp_output)
 * Prestationer: what an intervention produced; the figures count their decisions and kronor.
 * @{
 */
/**
 * The output as written, e.g. "Hemsändning 8 st 1 537 062 kr" (`text`, "Prestation").
 * @param output the output
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_output_text(const sp_output *output);
/**
 * Sets the output as written.
 * @param output the output
 * @param value UTF-8 text without NUL, copied; NULL is refused, the field being required
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EMISSING for NULL; #SP_EINVAL for a NULL @p output; #SP_ENOMEM
 */
SP_EXTERN int sp_output_set_text(sp_output *output, const char *value, sp_error *err);
/**
 * The support type the output's decisions are of; figures count only outputs that name one (`support_type`,
 * "Stödtyp").
 * @param output the output
 * @return the value; #SP_SUPPORT_UNSET when absent
 */
SP_EXTERN sp_support_type sp_output_support_type(const sp_output *output);
/**
 * Sets the support type the output's decisions are of.
 * @param output the output
 * @param value one of the ::sp_support_type values; #SP_SUPPORT_UNSET removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for a value that is not one of them; #SP_EINVAL for a NULL @p output
 */
SP_EXTERN int sp_output_set_support_type(sp_output *output, sp_support_type value, sp_error *err);
/**
 * The how many, e.g. support decisions (`count`, "Antal").
 * @param output the output
 * @return the count; -1 when absent
 */
SP_EXTERN int64_t sp_output_count(const sp_output *output);
/**
 * Sets the how many.
 * @param output the output
 * @param value the count, 0 or more; -1 removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for other negative values; #SP_EINVAL for a NULL @p output
 */
SP_EXTERN int sp_output_set_count(sp_output *output, int64_t value, sp_error *err);
/**
 * The amount in whole kronor (`amount_sek`, "Belopp (kr)").
 * @param output the output
 * @return the kronor; -1 when absent
 */
SP_EXTERN int64_t sp_output_amount_sek(const sp_output *output);
/**
 * Sets the amount in whole kronor.
 * @param output the output
 * @param value the kronor, 0 or more; -1 removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for other negative values; #SP_EINVAL for a NULL @p output
 */
SP_EXTERN int sp_output_set_amount_sek(sp_output *output, int64_t value, sp_error *err);
/** @} */

/**
 * @name Effects (sp_effects)
 * An intervention's effects, always present.
 * @{
 */
/**
 * The effects in the short term (`short_term`, "Kort sikt").
 * @param effects the effects
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_effects_short_term(const sp_effects *effects);
/**
 * Sets the effects in the short term.
 * @param effects the effects
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p effects; #SP_ENOMEM
 */
SP_EXTERN int sp_effects_set_short_term(sp_effects *effects, const char *value, sp_error *err);
/**
 * The effects in the medium term (`medium_term`, "Medellång sikt").
 * @param effects the effects
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_effects_medium_term(const sp_effects *effects);
/**
 * Sets the effects in the medium term.
 * @param effects the effects
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p effects; #SP_ENOMEM
 */
SP_EXTERN int sp_effects_set_medium_term(sp_effects *effects, const char *value, sp_error *err);
/**
 * The effects in the long term (`long_term`, "Lång sikt").
 * @param effects the effects
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_effects_long_term(const sp_effects *effects);
/**
 * Sets the effects in the long term.
 * @param effects the effects
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p effects; #SP_ENOMEM
 */
SP_EXTERN int sp_effects_set_long_term(sp_effects *effects, const char *value, sp_error *err);
/**
 * The effects not tied to one horizon (`general`, "Effekter").
 * @param effects the effects
 * @return the text, borrowed; NULL when absent
 */
SP_EXTERN const char *sp_effects_general(const sp_effects *effects);
/**
 * Sets the effects not tied to one horizon.
 * @param effects the effects
 * @param value UTF-8 text without NUL, copied; NULL removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p effects; #SP_ENOMEM
 */
SP_EXTERN int sp_effects_set_general(sp_effects *effects, const char *value, sp_error *err);
/**
 * The basis of the effects: whether they are achieved or expected (`basis`, "Uppnådda eller förväntade").
 * @param effects the effects
 * @return the value; #SP_BASIS_UNSET when absent
 */
SP_EXTERN sp_basis sp_effects_basis(const sp_effects *effects);
/**
 * Sets the basis of the effects: achieved or expected.
 * @param effects the effects
 * @param value one of the ::sp_basis values; #SP_BASIS_UNSET removes it
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for a value that is not one of them; #SP_EINVAL for a NULL @p effects
 */
SP_EXTERN int sp_effects_set_basis(sp_effects *effects, sp_basis value, sp_error *err);
/** @} */

#ifdef __cplusplus
}
#endif

#endif
