/*
 * libserviceprogram: the report and its parts, with typed accessors.
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
 *  - lists: `sp_T_X_count(x)`, `sp_T_X(x, i)` (NULL out of range),
 *    `sp_T_add_X(&out, x, err)` appends a new empty item (out may be NULL),
 *    `sp_T_remove_X(x, i, err)` frees item i (SP_ENOTFOUND out of range).
 *  - sub-objects (region, program, effects) always exist.
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

/** A new report of `region_name` for `year` (format serviceprogram/1), yours to free. */
SP_EXTERN int sp_report_new(sp_report **out, const char *region_name, int64_t year, sp_error *err);
/** The same, with the memory functions `allocator` (NULL: malloc) for the report and all its parts. */
SP_EXTERN int sp_report_new_with(sp_report **out, const char *region_name, int64_t year,
                                 const sp_allocator *allocator, sp_error *err);
/** Frees the report and every part of it. NULL is a no-op. */
SP_EXTERN void sp_report_free(sp_report *report);
/** A deep copy, yours to free, using the same allocator as `report`. */
SP_EXTERN int sp_report_copy(sp_report **out, const sp_report *report, sp_error *err);
/**
 * 1 when both reports hold the same data (positions and source names are
 * not compared), else 0; on 0, `where` (may be NULL) gets the JSON pointer
 * of the first difference in its path.
 */
SP_EXTERN int sp_report_equal(const sp_report *a, const sp_report *b, sp_error *where);
/** The file name or source name the report was loaded from, or NULL. Borrowed. */
SP_EXTERN const char *sp_report_source(const sp_report *report);

SP_EXTERN sp_region *sp_report_region(const sp_report *report);
SP_EXTERN int64_t sp_report_year(const sp_report *report);
SP_EXTERN int sp_report_set_year(sp_report *report, int64_t year, sp_error *err);
SP_EXTERN sp_program *sp_report_program(const sp_report *report);
SP_EXTERN size_t sp_report_demand_count(const sp_report *report);
SP_EXTERN sp_demand *sp_report_demand(const sp_report *report, size_t index);
SP_EXTERN int sp_report_add_demand(sp_demand **out, sp_report *report, sp_error *err);
SP_EXTERN int sp_report_remove_demand(sp_report *report, size_t index, sp_error *err);
SP_EXTERN const char *sp_report_future_outlook(const sp_report *report);
SP_EXTERN int sp_report_set_future_outlook(sp_report *report, const char *value, sp_error *err);
SP_EXTERN size_t sp_report_staffing_count(const sp_report *report);
SP_EXTERN sp_staffing *sp_report_staffing(const sp_report *report, size_t index);
SP_EXTERN int sp_report_add_staffing(sp_staffing **out, sp_report *report, sp_error *err);
SP_EXTERN int sp_report_remove_staffing(sp_report *report, size_t index, sp_error *err);
SP_EXTERN size_t sp_report_contact_count(const sp_report *report);
SP_EXTERN sp_contact *sp_report_contact(const sp_report *report, size_t index);
SP_EXTERN int sp_report_add_contact(sp_contact **out, sp_report *report, sp_error *err);
SP_EXTERN int sp_report_remove_contact(sp_report *report, size_t index, sp_error *err);
SP_EXTERN const char *sp_report_accessibility_work(const sp_report *report);
SP_EXTERN int sp_report_set_accessibility_work(sp_report *report, const char *value, sp_error *err);
SP_EXTERN size_t sp_report_collaboration_count(const sp_report *report);
SP_EXTERN sp_collaboration *sp_report_collaboration(const sp_report *report, size_t index);
SP_EXTERN int sp_report_add_collaboration(sp_collaboration **out, sp_report *report, sp_error *err);
SP_EXTERN int sp_report_remove_collaboration(sp_report *report, size_t index, sp_error *err);
SP_EXTERN size_t sp_report_priority_area_count(const sp_report *report);
SP_EXTERN sp_priority_area *sp_report_priority_area(const sp_report *report, size_t index);
SP_EXTERN int sp_report_add_priority_area(sp_priority_area **out, sp_report *report, sp_error *err);
SP_EXTERN int sp_report_remove_priority_area(sp_report *report, size_t index, sp_error *err);

/* ---- region and programme ------------------------------------------ */

SP_EXTERN const char *sp_region_name(const sp_region *region);
SP_EXTERN int sp_region_set_name(sp_region *region, const char *value, sp_error *err);
/** Two-digit county code "01".."25" (länskod). */
SP_EXTERN const char *sp_region_county_code(const sp_region *region);
SP_EXTERN int sp_region_set_county_code(sp_region *region, const char *value, sp_error *err);

SP_EXTERN const char *sp_program_title(const sp_program *program);
SP_EXTERN int sp_program_set_title(sp_program *program, const char *value, sp_error *err);
SP_EXTERN int64_t sp_program_start_year(const sp_program *program);
SP_EXTERN int sp_program_set_start_year(sp_program *program, int64_t value, sp_error *err);
SP_EXTERN int64_t sp_program_end_year(const sp_program *program);
SP_EXTERN int sp_program_set_end_year(sp_program *program, int64_t value, sp_error *err);
SP_EXTERN size_t sp_program_goal_count(const sp_program *program);
SP_EXTERN sp_goal *sp_program_goal(const sp_program *program, size_t index);
SP_EXTERN int sp_program_add_goal(sp_goal **out, sp_program *program, sp_error *err);
SP_EXTERN int sp_program_remove_goal(sp_program *program, size_t index, sp_error *err);

SP_EXTERN const char *sp_goal_id(const sp_goal *goal);
SP_EXTERN int sp_goal_set_id(sp_goal *goal, const char *value, sp_error *err);
SP_EXTERN const char *sp_goal_text(const sp_goal *goal);
SP_EXTERN int sp_goal_set_text(sp_goal *goal, const char *value, sp_error *err);

/* ---- questions 1, 3, 4 and 6 ---------------------------------------- */

SP_EXTERN sp_support_type sp_demand_support_type(const sp_demand *demand);
SP_EXTERN int sp_demand_set_support_type(sp_demand *demand, sp_support_type value, sp_error *err);
SP_EXTERN sp_trend sp_demand_trend(const sp_demand *demand);
SP_EXTERN int sp_demand_set_trend(sp_demand *demand, sp_trend value, sp_error *err);
SP_EXTERN const char *sp_demand_comment(const sp_demand *demand);
SP_EXTERN int sp_demand_set_comment(sp_demand *demand, const char *value, sp_error *err);
/** The budget for the support type does not meet demand (-1 unanswered). */
SP_EXTERN int sp_demand_budget_insufficient(const sp_demand *demand);
SP_EXTERN int sp_demand_set_budget_insufficient(sp_demand *demand, int value, sp_error *err);
/** The support type is not used or not prioritised in the county (-1 unanswered). */
SP_EXTERN int sp_demand_not_prioritised(const sp_demand *demand);
SP_EXTERN int sp_demand_set_not_prioritised(sp_demand *demand, int value, sp_error *err);

SP_EXTERN sp_staffing_area sp_staffing_area_of(const sp_staffing *staffing);
SP_EXTERN int sp_staffing_set_area(sp_staffing *staffing, sp_staffing_area value, sp_error *err);
SP_EXTERN const char *sp_staffing_note(const sp_staffing *staffing);
SP_EXTERN int sp_staffing_set_note(sp_staffing *staffing, const char *value, sp_error *err);
SP_EXTERN size_t sp_staffing_position_count(const sp_staffing *staffing);
SP_EXTERN sp_position *sp_staffing_position(const sp_staffing *staffing, size_t index);
SP_EXTERN int sp_staffing_add_position(sp_position **out, sp_staffing *staffing, sp_error *err);
SP_EXTERN int sp_staffing_remove_position(sp_staffing *staffing, size_t index, sp_error *err);

/** A person's name or a role ("Projektledare"). Personal data when a name. */
SP_EXTERN const char *sp_position_name(const sp_position *position);
SP_EXTERN int sp_position_set_name(sp_position *position, const char *value, sp_error *err);
/** Årsarbetskrafter in thousandths: 0.15 FTE is 150. */
SP_EXTERN int64_t sp_position_fte(const sp_position *position);
SP_EXTERN int sp_position_set_fte(sp_position *position, int64_t thousandths, sp_error *err);
/** Since when, as "YYYY-MM-DD" or "YYYY-MM". */
SP_EXTERN const char *sp_position_from(const sp_position *position);
SP_EXTERN int sp_position_set_from(sp_position *position, const char *value, sp_error *err);
SP_EXTERN const char *sp_position_funded_by(const sp_position *position);
SP_EXTERN int sp_position_set_funded_by(sp_position *position, const char *value, sp_error *err);

SP_EXTERN const char *sp_contact_name(const sp_contact *contact);
SP_EXTERN int sp_contact_set_name(sp_contact *contact, const char *value, sp_error *err);
SP_EXTERN const char *sp_contact_email(const sp_contact *contact);
SP_EXTERN int sp_contact_set_email(sp_contact *contact, const char *value, sp_error *err);
/** SP_BIT() mask of sp_contact_role values. */
SP_EXTERN unsigned int sp_contact_roles(const sp_contact *contact);
SP_EXTERN int sp_contact_set_roles(sp_contact *contact, unsigned int roles, sp_error *err);

SP_EXTERN sp_actor sp_collaboration_actor(const sp_collaboration *collaboration);
SP_EXTERN int sp_collaboration_set_actor(sp_collaboration *collaboration, sp_actor value, sp_error *err);
/** Names the partner where the actor is SP_ACTOR_OTHER. */
SP_EXTERN const char *sp_collaboration_label(const sp_collaboration *collaboration);
SP_EXTERN int sp_collaboration_set_label(sp_collaboration *collaboration, const char *value, sp_error *err);
SP_EXTERN const char *sp_collaboration_description(const sp_collaboration *collaboration);
SP_EXTERN int sp_collaboration_set_description(sp_collaboration *collaboration, const char *value, sp_error *err);
SP_EXTERN sp_ladder_step sp_collaboration_ladder_step(const sp_collaboration *collaboration);
SP_EXTERN int sp_collaboration_set_ladder_step(sp_collaboration *collaboration, sp_ladder_step value, sp_error *err);
/** The step answer as written when it says more than the step ("Samtal via kommunerna"). */
SP_EXTERN const char *sp_collaboration_ladder_note(const sp_collaboration *collaboration);
SP_EXTERN int sp_collaboration_set_ladder_note(sp_collaboration *collaboration, const char *value, sp_error *err);
SP_EXTERN const char *sp_collaboration_challenges(const sp_collaboration *collaboration);
SP_EXTERN int sp_collaboration_set_challenges(sp_collaboration *collaboration, const char *value, sp_error *err);

/* ---- the action plan ------------------------------------------------ */

SP_EXTERN int64_t sp_priority_area_number(const sp_priority_area *area);
SP_EXTERN int sp_priority_area_set_number(sp_priority_area *area, int64_t value, sp_error *err);
SP_EXTERN const char *sp_priority_area_title(const sp_priority_area *area);
SP_EXTERN int sp_priority_area_set_title(sp_priority_area *area, const char *value, sp_error *err);
SP_EXTERN size_t sp_priority_area_intervention_count(const sp_priority_area *area);
SP_EXTERN sp_intervention *sp_priority_area_intervention(const sp_priority_area *area, size_t index);
SP_EXTERN int sp_priority_area_add_intervention(sp_intervention **out, sp_priority_area *area, sp_error *err);
SP_EXTERN int sp_priority_area_remove_intervention(sp_priority_area *area, size_t index, sp_error *err);

SP_EXTERN const char *sp_intervention_name(const sp_intervention *intervention);
SP_EXTERN int sp_intervention_set_name(sp_intervention *intervention, const char *value, sp_error *err);
SP_EXTERN const char *sp_intervention_description(const sp_intervention *intervention);
SP_EXTERN int sp_intervention_set_description(sp_intervention *intervention, const char *value, sp_error *err);
/** Ids of the programme's goals ("1.1") the intervention serves. */
SP_EXTERN size_t sp_intervention_goal_count(const sp_intervention *intervention);
SP_EXTERN const char *sp_intervention_goal(const sp_intervention *intervention, size_t index);
SP_EXTERN int sp_intervention_add_goal(sp_intervention *intervention, const char *goal_id, sp_error *err);
SP_EXTERN int sp_intervention_remove_goal(sp_intervention *intervention, size_t index, sp_error *err);
/** Free references to other goals (RUS, Agenda 2030). */
SP_EXTERN size_t sp_intervention_other_goal_count(const sp_intervention *intervention);
SP_EXTERN const char *sp_intervention_other_goal(const sp_intervention *intervention, size_t index);
SP_EXTERN int sp_intervention_add_other_goal(sp_intervention *intervention, const char *value, sp_error *err);
SP_EXTERN int sp_intervention_remove_other_goal(sp_intervention *intervention, size_t index, sp_error *err);
/** The organisations that carry the intervention out. */
SP_EXTERN size_t sp_intervention_actor_count(const sp_intervention *intervention);
SP_EXTERN const char *sp_intervention_actor(const sp_intervention *intervention, size_t index);
SP_EXTERN int sp_intervention_add_actor(sp_intervention *intervention, const char *value, sp_error *err);
SP_EXTERN int sp_intervention_remove_actor(sp_intervention *intervention, size_t index, sp_error *err);
SP_EXTERN const char *sp_intervention_funding(const sp_intervention *intervention);
SP_EXTERN int sp_intervention_set_funding(sp_intervention *intervention, const char *value, sp_error *err);
/** SP_BIT() mask of sp_service_type values. */
SP_EXTERN unsigned int sp_intervention_service_types(const sp_intervention *intervention);
SP_EXTERN int sp_intervention_set_service_types(sp_intervention *intervention, unsigned int types, sp_error *err);
SP_EXTERN size_t sp_intervention_output_count(const sp_intervention *intervention);
SP_EXTERN sp_output *sp_intervention_output(const sp_intervention *intervention, size_t index);
SP_EXTERN int sp_intervention_add_output(sp_output **out, sp_intervention *intervention, sp_error *err);
SP_EXTERN int sp_intervention_remove_output(sp_intervention *intervention, size_t index, sp_error *err);
SP_EXTERN sp_effects *sp_intervention_effects(const sp_intervention *intervention);
SP_EXTERN sp_status sp_intervention_status(const sp_intervention *intervention);
SP_EXTERN int sp_intervention_set_status(sp_intervention *intervention, sp_status value, sp_error *err);
/** "Vad tar vi med oss?" */
SP_EXTERN const char *sp_intervention_lessons(const sp_intervention *intervention);
SP_EXTERN int sp_intervention_set_lessons(sp_intervention *intervention, const char *value, sp_error *err);
/** Adaptations for next year's plan. */
SP_EXTERN const char *sp_intervention_next_year(const sp_intervention *intervention);
SP_EXTERN int sp_intervention_set_next_year(sp_intervention *intervention, const char *value, sp_error *err);

SP_EXTERN const char *sp_output_text(const sp_output *output);
SP_EXTERN int sp_output_set_text(sp_output *output, const char *value, sp_error *err);
SP_EXTERN sp_support_type sp_output_support_type(const sp_output *output);
SP_EXTERN int sp_output_set_support_type(sp_output *output, sp_support_type value, sp_error *err);
/** How many (e.g. support decisions). */
SP_EXTERN int64_t sp_output_count(const sp_output *output);
SP_EXTERN int sp_output_set_count(sp_output *output, int64_t value, sp_error *err);
/** Whole kronor. */
SP_EXTERN int64_t sp_output_amount_sek(const sp_output *output);
SP_EXTERN int sp_output_set_amount_sek(sp_output *output, int64_t value, sp_error *err);

SP_EXTERN const char *sp_effects_short_term(const sp_effects *effects);
SP_EXTERN int sp_effects_set_short_term(sp_effects *effects, const char *value, sp_error *err);
SP_EXTERN const char *sp_effects_medium_term(const sp_effects *effects);
SP_EXTERN int sp_effects_set_medium_term(sp_effects *effects, const char *value, sp_error *err);
SP_EXTERN const char *sp_effects_long_term(const sp_effects *effects);
SP_EXTERN int sp_effects_set_long_term(sp_effects *effects, const char *value, sp_error *err);
/** Effects not tied to one horizon. */
SP_EXTERN const char *sp_effects_general(const sp_effects *effects);
SP_EXTERN int sp_effects_set_general(sp_effects *effects, const char *value, sp_error *err);
SP_EXTERN sp_effects_basis sp_effects_basis_of(const sp_effects *effects);
SP_EXTERN int sp_effects_set_basis(sp_effects *effects, sp_effects_basis value, sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
