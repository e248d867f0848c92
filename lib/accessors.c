/*
 * The typed accessors of model.h: each is the generic accessor of
 * schema.h bound to one field of the table in schema.c.
 */
#include <stdlib.h>

#include "fields.h"

#define N(x) ((sp_node *)(x))
#define CN(x) ((const sp_node *)(x))
#define FIELD(type, index) (&sp__##type##_type.fields[index])

/*
 * The getters read the slot directly: the field is known here, so the
 * generic accessor's checks come down to whether `x` is an element of the
 * field's type (what the generic accessor's check of the field amounts to).
 * Walks over a whole report (validating, figures) call them for every
 * element. The setters check their values through the generic ones.
 */
static inline const sp_value *slot_of(const void *x, const sp_type *type, size_t index)
{
	return x && sp__node_type(CN(x)) == type ? &CN(x)->v[index] : NULL;
}

#define SLOT(x, type, index) slot_of((x), &sp__##type##_type, (index))

static inline int64_t number_of(const sp_value *v)
{
	return v ? v->num : -1;
}

#define TEXT_ACCESSORS(T, name, type, index) \
	SP_API const char *sp_##T##_##name(const sp_##T *x) \
	{ const sp_value *v = SLOT(x, type, index); return v ? v->str : NULL; } \
	SP_API int sp_##T##_set_##name(sp_##T *x, const char *value, sp_error *err) \
	{ return sp_node_set_string(N(x), FIELD(type, index), value, err); }

#define NUMBER_ACCESSORS(T, name, ctype, type, index) \
	SP_API ctype sp_##T##_##name(const sp_##T *x) \
	{ return (ctype)number_of(SLOT(x, type, index)); } \
	SP_API int sp_##T##_set_##name(sp_##T *x, ctype value, sp_error *err) \
	{ return sp_node_set_number(N(x), FIELD(type, index), (int64_t)value, err); }

/* Enums read 0 (their *_UNSET) when absent; the generic value is then -1. */
#define ENUM_ACCESSORS(T, name, ctype, type, index) \
	SP_API ctype sp_##T##_##name(const sp_##T *x) \
	{ int64_t v = number_of(SLOT(x, type, index)); return (ctype)(v < 0 ? 0 : v); } \
	SP_API int sp_##T##_set_##name(sp_##T *x, ctype value, sp_error *err) \
	{ return sp_node_set_number(N(x), FIELD(type, index), (int64_t)value, err); }

#define SET_ACCESSORS(T, name, type, index) \
	SP_API unsigned int sp_##T##_##name(const sp_##T *x) \
	{ int64_t v = number_of(SLOT(x, type, index)); return v < 0 ? 0u : (unsigned int)v; } \
	SP_API int sp_##T##_set_##name(sp_##T *x, unsigned int value, sp_error *err) \
	{ return sp_node_set_number(N(x), FIELD(type, index), (int64_t)value, err); }

/*
 * A const parent gives a const part; the _mut twin, for a parent the caller
 * may change, gives the same part to change (model.h's conventions).
 */
#define OBJECT_ACCESSOR(T, name, C, type, index) \
	SP_API const sp_##C *sp_##T##_##name(const sp_##T *x) \
	{ const sp_value *v = SLOT(x, type, index); return v ? (const sp_##C *)v->obj : NULL; } \
	SP_API sp_##C *sp_##T##_##name##_mut(sp_##T *x) \
	{ return (sp_##C *)sp_##T##_##name(x); }

/* Item `i` of a list slot, or NULL. */
static inline void *item_of(const sp_value *v, size_t i)
{
	return v ? sp__items_at(v->items, i) : NULL;
}

#define LIST_ACCESSORS(T, item, C, type, index) \
	SP_API size_t sp_##T##_##item##_count(const sp_##T *x) \
	{ const sp_value *v = SLOT(x, type, index); return v ? sp__items_len(v->items) : 0; } \
	SP_API const sp_##C *sp_##T##_##item(const sp_##T *x, size_t i) \
	{ return (const sp_##C *)item_of(SLOT(x, type, index), i); } \
	SP_API sp_##C *sp_##T##_##item##_mut(sp_##T *x, size_t i) \
	{ return (sp_##C *)sp_##T##_##item(x, i); } \
	SP_API int sp_##T##_add_##item(sp_##C **out, sp_##T *x, sp_error *err) \
	{ return sp_node_append((sp_node **)out, N(x), FIELD(type, index), err); } \
	SP_API int sp_##T##_remove_##item(sp_##T *x, size_t i, sp_error *err) \
	{ return sp_node_remove(N(x), FIELD(type, index), i, err); }

#define TEXT_LIST_ACCESSORS(T, item, type, index) \
	SP_API size_t sp_##T##_##item##_count(const sp_##T *x) \
	{ const sp_value *v = SLOT(x, type, index); return v ? sp__items_len(v->items) : 0; } \
	SP_API const char *sp_##T##_##item(const sp_##T *x, size_t i) \
	{ return (const char *)item_of(SLOT(x, type, index), i); } \
	SP_API int sp_##T##_add_##item(sp_##T *x, const char *value, sp_error *err) \
	{ return sp_node_append_string(N(x), FIELD(type, index), value, err); } \
	SP_API int sp_##T##_remove_##item(sp_##T *x, size_t i, sp_error *err) \
	{ return sp_node_remove(N(x), FIELD(type, index), i, err); }

OBJECT_ACCESSOR(report, region, region, report, F_REPORT_REGION)
NUMBER_ACCESSORS(report, year, int64_t, report, F_REPORT_YEAR)
OBJECT_ACCESSOR(report, program, program, report, F_REPORT_PROGRAM)
LIST_ACCESSORS(report, demand, demand, report, F_REPORT_DEMAND_OUTLOOK)
TEXT_ACCESSORS(report, future_outlook, report, F_REPORT_FUTURE_OUTLOOK)
LIST_ACCESSORS(report, staffing, staffing, report, F_REPORT_STAFFING)
LIST_ACCESSORS(report, contact, contact, report, F_REPORT_CONTACTS)
TEXT_ACCESSORS(report, accessibility_work, report, F_REPORT_ACCESSIBILITY_WORK)
LIST_ACCESSORS(report, collaboration, collaboration, report, F_REPORT_COLLABORATION)
LIST_ACCESSORS(report, priority_area, priority_area, report, F_REPORT_PRIORITY_AREAS)

TEXT_ACCESSORS(region, name, region, F_REGION_NAME)
TEXT_ACCESSORS(region, county_code, region, F_REGION_COUNTY_CODE)

TEXT_ACCESSORS(program, title, program, F_PROGRAM_TITLE)
NUMBER_ACCESSORS(program, start_year, int64_t, program, F_PROGRAM_START_YEAR)
NUMBER_ACCESSORS(program, end_year, int64_t, program, F_PROGRAM_END_YEAR)
LIST_ACCESSORS(program, goal, goal, program, F_PROGRAM_GOALS)

TEXT_ACCESSORS(goal, id, goal, F_GOAL_ID)
TEXT_ACCESSORS(goal, text, goal, F_GOAL_TEXT)

ENUM_ACCESSORS(demand, support_type, sp_support_type, demand, F_DEMAND_SUPPORT_TYPE)
ENUM_ACCESSORS(demand, trend, sp_trend, demand, F_DEMAND_TREND)
TEXT_ACCESSORS(demand, comment, demand, F_DEMAND_COMMENT)
NUMBER_ACCESSORS(demand, budget_insufficient, int, demand, F_DEMAND_BUDGET_INSUFFICIENT)
NUMBER_ACCESSORS(demand, not_prioritised, int, demand, F_DEMAND_NOT_PRIORITISED)

ENUM_ACCESSORS(staffing, area, sp_work_area, staffing, F_STAFFING_AREA)
TEXT_ACCESSORS(staffing, note, staffing, F_STAFFING_NOTE)
LIST_ACCESSORS(staffing, position, position, staffing, F_STAFFING_POSITIONS)

TEXT_ACCESSORS(position, name, position, F_POSITION_NAME)
NUMBER_ACCESSORS(position, fte, int64_t, position, F_POSITION_FTE)
TEXT_ACCESSORS(position, from, position, F_POSITION_FROM)
TEXT_ACCESSORS(position, funded_by, position, F_POSITION_FUNDED_BY)

TEXT_ACCESSORS(contact, name, contact, F_CONTACT_NAME)
TEXT_ACCESSORS(contact, email, contact, F_CONTACT_EMAIL)
SET_ACCESSORS(contact, roles, contact, F_CONTACT_ROLES)

ENUM_ACCESSORS(collaboration, actor, sp_actor, collaboration, F_COLLABORATION_ACTOR)
TEXT_ACCESSORS(collaboration, label, collaboration, F_COLLABORATION_LABEL)
TEXT_ACCESSORS(collaboration, description, collaboration, F_COLLABORATION_DESCRIPTION)
ENUM_ACCESSORS(collaboration, ladder_step, sp_ladder_step, collaboration, F_COLLABORATION_LADDER_STEP)
TEXT_ACCESSORS(collaboration, ladder_note, collaboration, F_COLLABORATION_LADDER_NOTE)
TEXT_ACCESSORS(collaboration, challenges, collaboration, F_COLLABORATION_CHALLENGES)

NUMBER_ACCESSORS(priority_area, number, int64_t, priority_area, F_AREA_NUMBER)
TEXT_ACCESSORS(priority_area, title, priority_area, F_AREA_TITLE)
LIST_ACCESSORS(priority_area, intervention, intervention, priority_area, F_AREA_INTERVENTIONS)

TEXT_ACCESSORS(intervention, name, intervention, F_INTERVENTION_NAME)
TEXT_ACCESSORS(intervention, description, intervention, F_INTERVENTION_DESCRIPTION)
TEXT_LIST_ACCESSORS(intervention, goal_id, intervention, F_INTERVENTION_GOALS)
TEXT_LIST_ACCESSORS(intervention, other_goal, intervention, F_INTERVENTION_OTHER_GOALS)
TEXT_LIST_ACCESSORS(intervention, actor, intervention, F_INTERVENTION_ACTORS)
TEXT_ACCESSORS(intervention, funding, intervention, F_INTERVENTION_FUNDING)
SET_ACCESSORS(intervention, service_types, intervention, F_INTERVENTION_SERVICE_TYPES)
LIST_ACCESSORS(intervention, output, output, intervention, F_INTERVENTION_OUTPUTS)
OBJECT_ACCESSOR(intervention, effects, effects, intervention, F_INTERVENTION_EFFECTS)
ENUM_ACCESSORS(intervention, status, sp_status, intervention, F_INTERVENTION_STATUS)
TEXT_ACCESSORS(intervention, lessons, intervention, F_INTERVENTION_LESSONS)
TEXT_ACCESSORS(intervention, next_year, intervention, F_INTERVENTION_NEXT_YEAR)

TEXT_ACCESSORS(output, text, output, F_OUTPUT_TEXT)
ENUM_ACCESSORS(output, support_type, sp_support_type, output, F_OUTPUT_SUPPORT_TYPE)
NUMBER_ACCESSORS(output, count, int64_t, output, F_OUTPUT_COUNT)
NUMBER_ACCESSORS(output, amount_sek, int64_t, output, F_OUTPUT_AMOUNT_SEK)

TEXT_ACCESSORS(effects, short_term, effects, F_EFFECTS_SHORT_TERM)
TEXT_ACCESSORS(effects, medium_term, effects, F_EFFECTS_MEDIUM_TERM)
TEXT_ACCESSORS(effects, long_term, effects, F_EFFECTS_LONG_TERM)
TEXT_ACCESSORS(effects, general, effects, F_EFFECTS_GENERAL)
ENUM_ACCESSORS(effects, basis, sp_basis, effects, F_EFFECTS_BASIS)

/* Priority areas are named by their number outside the report (figures, diffs, people). */
SP_API const sp_priority_area *sp_report_priority_area_by_number(const sp_report *report, int64_t number)
{
	for (size_t i = 0; number >= 0 && i < sp_report_priority_area_count(report); i++)
		if (sp_priority_area_number(sp_report_priority_area(report, i)) == number)
			return sp_report_priority_area(report, i);
	return NULL;
}

SP_API sp_priority_area *sp_report_priority_area_by_number_mut(sp_report *report, int64_t number)
{
	return (sp_priority_area *)sp_report_priority_area_by_number(report, number);
}
