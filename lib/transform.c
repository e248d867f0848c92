/*
 * New reports made from a report: next year's skeleton and an empty
 * template (the copy without personal data is redact.c's).
 */

#include "fields.h"

#define FIELD(type, index) (&sp__##type##_type.fields[index])

static int invalid(sp_error *err, const char *what)
{
	sp__error(err, SP_EINVAL, "%s", _(what));
	return SP_EINVAL;
}

/* ---- copying fields into fresh nodes --------------------------------- */

static int copy_field(sp_node *to, const sp_node *from, const sp_field *field, sp_error *err);

static int copy_node(sp_node *to, const sp_node *from, sp_error *err)
{
	const sp_type *type = sp_node_type(from);
	int rc = 0;
	for (size_t i = 0; !rc && i < sp_type_field_count(type); i++)
		rc = copy_field(to, from, sp_type_field(type, i), err);
	return rc;
}

/*
 * Next year's parts are built through the setters rather than deep-copied,
 * so that only the data comes along: unknown keys kept from loading, the
 * source name and file positions belong to the old report's file.
 */
static int copy_field(sp_node *to, const sp_node *from, const sp_field *field, sp_error *err)
{
	int rc = 0;
	switch (sp_field_kind(field)) {
	case SP_KIND_STRING: {
		const char *text = sp_node_string(from, field);
		return text ? sp_node_set_string(to, field, text, err) : 0;
	}
	case SP_KIND_STRING_LIST:
		for (size_t i = 0; !rc && i < sp_node_count(from, field); i++)
			rc = sp_node_append_string(to, field, sp_node_item_string(from, field, i), err);
		return rc;
	case SP_KIND_OBJECT:
		return copy_node(sp_node_child_mut(to, field, 0), sp_node_child(from, field, 0), err);
	case SP_KIND_LIST:
		for (size_t i = 0; !rc && i < sp_node_count(from, field); i++) {
			sp_node *item;
			if (!(rc = sp_node_append(&item, to, field, err)))
				rc = copy_node(item, sp_node_child(from, field, i), err);
		}
		return rc;
	default: {
		int64_t value = sp_node_number(from, field);
		return value >= 0 ? sp_node_set_number(to, field, value, err) : 0;
	}
	}
}

static int copy_fields(sp_node *to, const sp_node *from, const size_t *indexes, size_t count, sp_error *err)
{
	const sp_type *type = sp_node_type(from);
	int rc = 0;
	for (size_t i = 0; !rc && i < count; i++)
		rc = copy_field(to, from, sp_type_field(type, indexes[i]), err);
	return rc;
}

#define COPY_FIELDS(to, from, indexes, err) \
	copy_fields(SP_NODE(to), (const sp_node *)(from), (indexes), sizeof(indexes) / sizeof((indexes)[0]), (err))

/* ---- question stubs -------------------------------------------------- */

/*
 * Every question with its rows present to answer, for a template and for
 * next year's report: the five question-1 support types, both staffing
 * areas, a contact per role, an entry per collaboration actor. A question
 * that already has rows (next year's contacts) keeps them.
 */
static int add_question_stubs(sp_report *report, sp_error *err)
{
	bool no_demand = !sp_report_demand_count(report), no_staffing = !sp_report_staffing_count(report),
	     no_contacts = !sp_report_contact_count(report), no_collaboration = !sp_report_collaboration_count(report);
	int rc = 0;
	/* Question 1 asks about the five support types a region itself grants. */
	for (int type = SP_SUPPORT_GROCERY_INVESTMENT; !rc && no_demand && type <= SP_SUPPORT_SPECIAL_OPERATING_SUPPORT;
	     type++) {
		sp_demand *demand;
		if (!(rc = sp_report_add_demand(&demand, report, err)))
			rc = sp_demand_set_support_type(demand, (sp_support_type)type, err);
	}
	for (int area = 1; !rc && no_staffing && area <= sp_enum_max(SP_ENUM_STAFFING_AREA); area++) {
		sp_staffing *staffing;
		if (!(rc = sp_report_add_staffing(&staffing, report, err)))
			rc = sp_staffing_set_area(staffing, (sp_work_area)area, err);
	}
	for (int role = 1; !rc && no_contacts && role <= sp_enum_max(SP_ENUM_CONTACT_ROLE); role++) {
		sp_contact *contact;
		if (!(rc = sp_report_add_contact(&contact, report, err)))
			rc = sp_contact_set_roles(contact, SP_BIT(role), err);
	}
	for (int actor = 1; !rc && no_collaboration && actor <= sp_enum_max(SP_ENUM_ACTOR); actor++) {
		sp_collaboration *collaboration;
		if (!(rc = sp_report_add_collaboration(&collaboration, report, err)))
			rc = sp_collaboration_set_actor(collaboration, (sp_actor)actor, err);
	}
	return rc;
}

/* ---- next year ------------------------------------------------------- */

static int carry_intervention(sp_priority_area *area, const sp_intervention *old, sp_error *err)
{
	static const size_t kept[] = { F_INTERVENTION_NAME, F_INTERVENTION_GOALS, F_INTERVENTION_OTHER_GOALS,
	                               F_INTERVENTION_ACTORS, F_INTERVENTION_FUNDING,
	                               F_INTERVENTION_SERVICE_TYPES };
	sp_intervention *iv;
	int rc = sp_priority_area_add_intervention(&iv, area, err);
	if (!rc)
		rc = COPY_FIELDS(iv, old, kept, err);
	if (rc)
		return rc;
	/* What the region planned to adapt is what the intervention is next year. */
	const char *plan = sp_intervention_next_year(old);
	return sp_intervention_set_description(iv, plan ? plan : sp_intervention_description(old), err);
}

static int carry_priority_area(sp_report *next, const sp_priority_area *old, sp_error *err)
{
	static const size_t kept[] = { F_AREA_NUMBER, F_AREA_TITLE };
	sp_priority_area *area;
	int rc = sp_report_add_priority_area(&area, next, err);
	if (!rc)
		rc = COPY_FIELDS(area, old, kept, err);
	for (size_t i = 0; !rc && i < sp_priority_area_intervention_count(old); i++) {
		const sp_intervention *iv = sp_priority_area_intervention(old, i);
		if (sp_intervention_status(iv) == SP_STATUS_CONTINUING)
			rc = carry_intervention(area, iv, err);
	}
	return rc;
}

SP_API int sp_report_next_year(sp_report **out, const sp_report *report, sp_error *err)
{
	static const size_t kept[] = { F_REPORT_REGION, F_REPORT_PROGRAM, F_REPORT_CONTACTS };
	if (!out)
		return invalid(err, "next year's report needs somewhere to go");
	*out = NULL;
	if (!report)
		return invalid(err, "no report to start next year's from");
	int64_t year = sp_report_year(report);
	if (year == INT64_MAX) {
		sp__error(err, SP_ERANGE, "the year %lld has no next year", (long long)year);
		return SP_ERANGE;
	}
	sp_report *next;
	int rc = sp_report_new(&next, sp_region_name(sp_report_region(report)), year + 1, err);
	if (rc)
		return rc;
	rc = COPY_FIELDS(next, report, kept, err);
	for (size_t i = 0; !rc && i < sp_report_priority_area_count(report); i++)
		rc = carry_priority_area(next, sp_report_priority_area(report, i), err);
	if (!rc)
		rc = add_question_stubs(next, err);
	if (rc) {
		sp_report_free(next);
		return rc;
	}
	*out = next;
	return 0;
}

/* ---- template -------------------------------------------------------- */

SP_API int sp_report_template(sp_report **out, const char *region_name, int64_t year, sp_error *err)
{
	if (!out)
		return invalid(err, "the template needs somewhere to go");
	*out = NULL;
	sp_report *report;
	int rc = sp_report_new(&report, region_name, year, err);
	if (rc)
		return rc;
	if ((rc = add_question_stubs(report, err))) {
		sp_report_free(report);
		return rc;
	}
	*out = report;
	return 0;
}
