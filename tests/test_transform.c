/*
 * Reports made from reports: the diff of two years, next year's skeleton
 * and the empty template (the redacted copy is test_redact.c's).
 */
#include "support.h"

/* ---- diff ------------------------------------------------------------- */

/* One region's report in two years: "Gammal insats" is dropped, "Ny insats"
 * added, "Hemsändning" completed, and the figures move as named below. */
static const char diff_old_yaml[] =
	"format: serviceprogram/1\n"
	"region: {name: Testlän}\n"
	"year: 2023\n"
	"demand_outlook:\n"
	"- {support_type: service_grant, trend: increase}\n"
	"- {support_type: fuel_investment, trend: unchanged}\n"
	"staffing:\n"
	"- area: coordination\n"
	"  positions: [{name: Samordnare, fte: 0.5}]\n"
	"- area: case_handling\n"
	"  positions: [{name: Handläggare, fte: 0.25}]\n"
	"priority_areas:\n"
	"- number: 1\n"
	"  interventions:\n"
	"  - name: Hemsändning\n"
	"    status: continuing\n"
	"    outputs:\n"
	"    - {text: Hemsändning, support_type: home_delivery_grant, count: 8, amount_sek: 100000}\n"
	"    - {text: Investering, support_type: investment_grant, count: 2, amount_sek: 5000}\n"
	"  - name: Gammal insats\n"
	"    status: completed\n"
	"  - name: Dialog\n";

static const char diff_new_yaml[] =
	"format: serviceprogram/1\n"
	"region: {name: Testlän}\n"
	"year: 2024\n"
	"demand_outlook:\n"
	"- {support_type: service_grant, trend: decrease}\n"
	"- {support_type: fuel_investment, trend: unchanged}\n"
	"staffing:\n"
	"- area: coordination\n"
	"  positions: [{name: Samordnare, fte: 0.75}]\n"
	"- area: case_handling\n"
	"  positions: [{name: Handläggare, fte: 0.25}]\n"
	"priority_areas:\n"
	"- number: 1\n"
	"  interventions:\n"
	"  - name: Hemsändning\n"
	"    status: completed\n"
	"    outputs:\n"
	"    - {text: Hemsändning, support_type: home_delivery_grant, count: 10, amount_sek: 120000}\n"
	"    - {text: Investering, support_type: investment_grant, count: 2, amount_sek: 5000}\n"
	"  - name: Dialog\n"
	"  - name: Ny insats\n"
	"    status: continuing\n";

typedef struct expected_change {
	sp_change_kind kind;
	int64_t area;
	const char *subject;
	int64_t old_value, new_value;
} expected_change;

static sp_diff *diff_of_texts(const char *old_text, const char *new_text)
{
	sp_report *old_report = load_text(old_text, SP_SYNTAX_YAML);
	sp_report *new_report = load_text(new_text, SP_SYNTAX_YAML);
	sp_diff *diff = NULL;
	sp_error err;
	ck_assert_msg(sp_report_diff(&diff, old_report, new_report, &err) == 0, "diff: %s", err.message);
	sp_report_free(old_report);
	sp_report_free(new_report); /* the diff keeps no pointer into either */
	return diff;
}

static void assert_changes(const sp_diff *diff, const expected_change *expected, size_t count)
{
	ck_assert_uint_eq(sp_diff_count(diff), count);
	for (size_t i = 0; i < count; i++) {
		const expected_change *e = &expected[i];
		ck_assert_msg(sp_diff_kind(diff, i) == e->kind, "change %zu: kind %d, expected %d", i,
		              sp_diff_kind(diff, i), e->kind);
		ck_assert_int_eq(sp_diff_area(diff, i), e->area);
		if (e->subject)
			ck_assert_str_eq(sp_diff_subject(diff, i), e->subject);
		else
			ck_assert_ptr_null(sp_diff_subject(diff, i));
		ck_assert_int_eq(sp_diff_old_value(diff, i), e->old_value);
		ck_assert_int_eq(sp_diff_new_value(diff, i), e->new_value);
	}
}

#define N_ITEMS(a) (sizeof(a) / sizeof((a)[0]))

START_TEST(diff_of_two_years)
{
	sp_diff *diff = diff_of_texts(diff_old_yaml, diff_new_yaml);
	static const expected_change expected[] = {
		{ SP_CHANGE_REMOVED, 1, "Gammal insats", -1, -1 },
		{ SP_CHANGE_STATUS, 1, "Hemsändning", SP_STATUS_CONTINUING, SP_STATUS_COMPLETED },
		{ SP_CHANGE_ADDED, 1, "Ny insats", -1, -1 },
		{ SP_CHANGE_FIGURE, -1, "fte", 750, 1000 },
		{ SP_CHANGE_FIGURE, -1, "fte/coordination", 500, 750 },
		{ SP_CHANGE_FIGURE, -1, "decisions/home_delivery_grant", 8, 10 },
		{ SP_CHANGE_FIGURE, -1, "kronor/home_delivery_grant", 100000, 120000 },
		{ SP_CHANGE_FIGURE, -1, "trend/service_grant", SP_TREND_INCREASE, SP_TREND_DECREASE },
	};
	assert_changes(diff, expected, N_ITEMS(expected));
	/* Figures that stayed the same are not listed. */
	static const char *const unchanged[] = { "fte/case_handling", "decisions/investment_grant",
	                                         "kronor/investment_grant", "trend/fuel_investment", "Dialog" };
	for (size_t i = 0; i < sp_diff_count(diff); i++)
		for (size_t k = 0; k < N_ITEMS(unchanged); k++)
			ck_assert_str_ne(sp_diff_subject(diff, i), unchanged[k]);
	sp_diff_free(diff);
}
END_TEST

START_TEST(diff_of_a_report_with_itself_is_empty)
{
	sp_report *seed = load_example(EXAMPLE_YAML), *copy;
	sp_diff *diff;
	sp_error err;
	ck_assert_int_eq(sp_report_diff(&diff, seed, seed, &err), 0);
	ck_assert_uint_eq(sp_diff_count(diff), 0);
	sp_diff_free(diff);
	ck_assert_int_eq(sp_report_copy(&copy, seed, &err), 0);
	ck_assert_int_eq(sp_intervention_set_status(sp_priority_area_intervention_mut(sp_report_priority_area_mut(copy, 2), 3),
	                                            SP_STATUS_COMPLETED, &err), 0);
	ck_assert_int_eq(sp_report_diff(&diff, seed, copy, &err), 0);
	static const expected_change one[] = {
		{ SP_CHANGE_STATUS, 3, "Samverka på nationell nivå för att lyfta frågor gällande kommersiell service",
		  SP_STATUS_UNSET, SP_STATUS_COMPLETED },
	};
	assert_changes(diff, one, N_ITEMS(one));
	sp_diff_free(diff);
	sp_report_free(copy);
	sp_report_free(seed);
}
END_TEST

/* Removed in the old report's order first, then added and changed in the
 * new report's order, whatever the areas. */
START_TEST(diff_order_of_interventions)
{
	sp_diff *diff = diff_of_texts(
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2023\n"
		"priority_areas:\n"
		"- {number: 1, interventions: [{name: R1}, {name: K}, {name: R2}]}\n"
		"- {number: 2, interventions: [{name: S, status: continuing}, {name: R3}]}\n",
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2024\n"
		"priority_areas:\n"
		"- {number: 2, interventions: [{name: N1}, {name: S, status: completed}]}\n"
		"- {number: 1, interventions: [{name: K}, {name: N2}]}\n");
	static const expected_change expected[] = {
		{ SP_CHANGE_REMOVED, 1, "R1", -1, -1 },
		{ SP_CHANGE_REMOVED, 1, "R2", -1, -1 },
		{ SP_CHANGE_REMOVED, 2, "R3", -1, -1 },
		{ SP_CHANGE_ADDED, 2, "N1", -1, -1 },
		{ SP_CHANGE_STATUS, 2, "S", SP_STATUS_CONTINUING, SP_STATUS_COMPLETED },
		{ SP_CHANGE_ADDED, 1, "N2", -1, -1 },
	};
	assert_changes(diff, expected, N_ITEMS(expected));
	sp_diff_free(diff);
}
END_TEST

START_TEST(diff_matches_by_area_and_name)
{
	/* The same name in another area is another intervention. */
	sp_diff *diff = diff_of_texts(
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2023\n"
		"priority_areas: [{number: 1, interventions: [{name: K}]}]\n",
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2024\n"
		"priority_areas: [{number: 2, interventions: [{name: K}]}]\n");
	static const expected_change moved[] = {
		{ SP_CHANGE_REMOVED, 1, "K", -1, -1 },
		{ SP_CHANGE_ADDED, 2, "K", -1, -1 },
	};
	assert_changes(diff, moved, N_ITEMS(moved));
	sp_diff_free(diff);

	/* A repeated name pairs in order: the first D with the first D. Unnamed
	 * interventions pair with each other the same way. */
	diff = diff_of_texts(
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2023\n"
		"priority_areas: [{number: 1, interventions: [{name: D, status: continuing},\n"
		"                                              {name: D, status: completed}, {funding: a}]}]\n",
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2024\n"
		"priority_areas: [{number: 1, interventions: [{funding: b}, {name: D, status: continuing},\n"
		"                                              {funding: c, status: continuing}]}]\n");
	static const expected_change repeated[] = {
		{ SP_CHANGE_REMOVED, 1, "D", -1, -1 },
		{ SP_CHANGE_ADDED, 1, NULL, -1, -1 },
	};
	assert_changes(diff, repeated, N_ITEMS(repeated));
	sp_diff_free(diff);
}
END_TEST

START_TEST(diff_getters_out_of_range)
{
	sp_diff *diff = diff_of_texts(diff_old_yaml, diff_new_yaml);
	size_t n = sp_diff_count(diff);
	ck_assert_uint_gt(n, 0);
	ck_assert_int_eq(sp_diff_kind(diff, n), 0);
	ck_assert_int_eq(sp_diff_area(diff, n), -1);
	ck_assert_ptr_null(sp_diff_subject(diff, n));
	ck_assert_int_eq(sp_diff_old_value(diff, n), -1);
	ck_assert_int_eq(sp_diff_new_value(diff, n), -1);
	ck_assert_uint_eq(sp_diff_count(NULL), 0);
	ck_assert_ptr_null(sp_diff_subject(NULL, 0));
	sp_diff_free(diff);
	sp_diff_free(NULL);

	sp_report *r = load_text(diff_old_yaml, SP_SYNTAX_YAML);
	sp_error err;
	diff = (sp_diff *)&err; /* must be reset on failure */
	ck_assert_int_eq(sp_report_diff(&diff, r, NULL, &err), SP_EINVAL);
	ck_assert_ptr_null(diff);
	ck_assert_int_eq(sp_report_diff(NULL, r, r, &err), SP_EINVAL);
	sp_report_free(r);
}
END_TEST

static sp_report *report_of_names(size_t count, size_t renamed)
{
	sp_report *r;
	sp_priority_area *area;
	sp_error err;
	char name[64];
	ck_assert_int_eq(sp_report_new(&r, "Stort län", 2023, &err), 0);
	ck_assert_int_eq(sp_report_add_priority_area(&area, r, &err), 0);
	ck_assert_int_eq(sp_priority_area_set_number(area, 1, &err), 0);
	for (size_t i = 0; i < count; i++) {
		sp_intervention *iv;
		/* Reversed order, so pairing cannot rely on position. */
		size_t k = renamed < count ? count - 1 - i : i;
		snprintf(name, sizeof(name), k == renamed ? "Omdöpt %zu" : "Insats %zu", k);
		ck_assert_int_eq(sp_priority_area_add_intervention(&iv, area, &err), 0);
		ck_assert_int_eq(sp_intervention_set_name(iv, name, &err), 0);
	}
	return r;
}

START_TEST(diff_of_large_reports)
{
	enum { COUNT = 20000 };
	sp_report *old_report = report_of_names(COUNT, (size_t)-1), *new_report = report_of_names(COUNT, 17);
	sp_diff *diff;
	sp_error err;
	ck_assert_int_eq(sp_report_diff(&diff, old_report, new_report, &err), 0);
	static const expected_change expected[] = {
		{ SP_CHANGE_REMOVED, 1, "Insats 17", -1, -1 },
		{ SP_CHANGE_ADDED, 1, "Omdöpt 17", -1, -1 },
	};
	assert_changes(diff, expected, N_ITEMS(expected));
	sp_diff_free(diff);
	sp_report_free(old_report);
	sp_report_free(new_report);
}
END_TEST

/* ---- next year -------------------------------------------------------- */

static void assert_same_text_lists(size_t (*count)(const sp_intervention *),
                                   const char *(*item)(const sp_intervention *, size_t),
                                   const sp_intervention *a, const sp_intervention *b)
{
	ck_assert_uint_eq(count(a), count(b));
	for (size_t i = 0; i < count(a); i++)
		ck_assert_str_eq(item(a, i), item(b, i));
}

static void assert_text_eq(const char *a, const char *b)
{
	if (a && b)
		ck_assert_str_eq(a, b);
	else
		ck_assert_ptr_eq(a, b);
}

static void assert_carried_over(const sp_intervention *old, const sp_intervention *next)
{
	ck_assert_str_eq(sp_intervention_name(next), sp_intervention_name(old));
	assert_same_text_lists(sp_intervention_goal_id_count, sp_intervention_goal_id, old, next);
	assert_same_text_lists(sp_intervention_other_goal_count, sp_intervention_other_goal, old, next);
	assert_same_text_lists(sp_intervention_actor_count, sp_intervention_actor, old, next);
	assert_text_eq(sp_intervention_funding(next), sp_intervention_funding(old));
	ck_assert_uint_eq(sp_intervention_service_types(next), sp_intervention_service_types(old));
	ck_assert_uint_eq(sp_intervention_output_count(next), 0);
	const sp_effects *fx = sp_intervention_effects(next);
	ck_assert_ptr_null(sp_effects_short_term(fx));
	ck_assert_ptr_null(sp_effects_medium_term(fx));
	ck_assert_ptr_null(sp_effects_long_term(fx));
	ck_assert_ptr_null(sp_effects_general(fx));
	ck_assert_int_eq(sp_effects_basis(fx), SP_BASIS_UNSET);
	ck_assert_int_eq(sp_intervention_status(next), SP_STATUS_UNSET);
	ck_assert_ptr_null(sp_intervention_lessons(next));
	ck_assert_ptr_null(sp_intervention_next_year(next));
}

static void assert_same_region_program_contacts(const sp_report *a, const sp_report *b)
{
	ck_assert_str_eq(sp_region_name(sp_report_region(b)), sp_region_name(sp_report_region(a)));
	assert_text_eq(sp_region_county_code(sp_report_region(b)), sp_region_county_code(sp_report_region(a)));
	const sp_program *pa = sp_report_program(a), *pb = sp_report_program(b);
	assert_text_eq(sp_program_title(pb), sp_program_title(pa));
	ck_assert_int_eq(sp_program_start_year(pb), sp_program_start_year(pa));
	ck_assert_int_eq(sp_program_end_year(pb), sp_program_end_year(pa));
	ck_assert_uint_eq(sp_program_goal_count(pb), sp_program_goal_count(pa));
	for (size_t i = 0; i < sp_program_goal_count(pa); i++) {
		ck_assert_str_eq(sp_goal_id(sp_program_goal(pb, i)), sp_goal_id(sp_program_goal(pa, i)));
		assert_text_eq(sp_goal_text(sp_program_goal(pb, i)), sp_goal_text(sp_program_goal(pa, i)));
	}
	ck_assert_uint_eq(sp_report_contact_count(b), sp_report_contact_count(a));
	for (size_t i = 0; i < sp_report_contact_count(a); i++) {
		const sp_contact *ca = sp_report_contact(a, i), *cb = sp_report_contact(b, i);
		assert_text_eq(sp_contact_name(cb), sp_contact_name(ca));
		assert_text_eq(sp_contact_email(cb), sp_contact_email(ca));
		ck_assert_uint_eq(sp_contact_roles(cb), sp_contact_roles(ca));
	}
}

START_TEST(next_year_of_the_seed)
{
	sp_report *seed = load_example(EXAMPLE_YAML), *before, *next;
	sp_error err;
	ck_assert_int_eq(sp_report_copy(&before, seed, &err), 0);
	ck_assert_int_eq(sp_report_next_year(&next, seed, &err), 0);
	ck_assert(sp_report_equal(seed, before));

	ck_assert_int_eq(sp_report_year(next), 2024);
	assert_same_region_program_contacts(seed, next);
	ck_assert_uint_eq(sp_program_goal_count(sp_report_program(next)), 8);
	ck_assert_uint_eq(sp_report_contact_count(next), 2);
	/* The questions are for next year to answer. */
	ck_assert_uint_eq(sp_report_demand_count(next), 0);
	ck_assert_ptr_null(sp_report_future_outlook(next));
	ck_assert_uint_eq(sp_report_staffing_count(next), 0);
	ck_assert_ptr_null(sp_report_accessibility_work(next));
	ck_assert_uint_eq(sp_report_collaboration_count(next), 0);

	/* Area 3 has two interventions without a status: they do not continue. */
	static const size_t continuing[] = { 5, 3, 4 };
	ck_assert_uint_eq(sp_report_priority_area_count(next), 3);
	size_t total = 0;
	for (size_t a = 0; a < 3; a++) {
		const sp_priority_area *old_area = sp_report_priority_area(seed, a);
		const sp_priority_area *area = sp_report_priority_area(next, a);
		ck_assert_int_eq(sp_priority_area_number(area), sp_priority_area_number(old_area));
		ck_assert_str_eq(sp_priority_area_title(area), sp_priority_area_title(old_area));
		ck_assert_uint_eq(sp_priority_area_intervention_count(area), continuing[a]);
		size_t k = 0;
		for (size_t i = 0; i < sp_priority_area_intervention_count(old_area); i++) {
			const sp_intervention *old = sp_priority_area_intervention(old_area, i);
			if (sp_intervention_status(old) == SP_STATUS_CONTINUING)
				assert_carried_over(old, sp_priority_area_intervention(area, k++));
		}
		total += k;
	}
	ck_assert_uint_eq(total, 12);

	char *yaml = save_text(next, SP_SYNTAX_YAML);
	static const char *const emptied[] = { "outputs:", "effects:", "status:", "lessons:", "next_year:" };
	for (size_t i = 0; i < N_ITEMS(emptied); i++)
		ck_assert_msg(!strstr(yaml, emptied[i]), "'%s' in next year's report", emptied[i]);
	sp_free(yaml);
	sp_report_free(next);
	sp_report_free(before);
	sp_report_free(seed);
}
END_TEST

START_TEST(next_year_plan_becomes_the_description)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report, *next;
	sp_error err;
	static const char text[] =
		"format: serviceprogram/1\n"
		"region: {name: Testlän, county_code: '07'}\n"
		"year: 2023\n"
		"internal_ref: ABC-123\n"
		"priority_areas:\n"
		"- number: 1\n"
		"  interventions:\n"
		"  - {name: A, description: Gammal text, next_year: Fler kommuner, status: continuing, secret_note: x}\n"
		"  - {name: B, description: Beskrivning, status: continuing}\n"
		"  - {name: C, description: Klar, next_year: Inget, status: completed}\n"
		"- number: 2\n"
		"  interventions: [{name: E, status: completed}]\n";
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	ck_assert_int_eq(sp_report_load_buffer(&report, text, strlen(text), &opts, &err), 0);
	ck_assert_int_eq(sp_report_next_year(&next, report, &err), 0);

	const sp_priority_area *area = sp_report_priority_area(next, 0);
	ck_assert_uint_eq(sp_priority_area_intervention_count(area), 2);
	const sp_intervention *a = sp_priority_area_intervention(area, 0), *b = sp_priority_area_intervention(area, 1);
	ck_assert_str_eq(sp_intervention_name(a), "A");
	ck_assert_str_eq(sp_intervention_description(a), "Fler kommuner");
	ck_assert_ptr_null(sp_intervention_next_year(a));
	ck_assert_str_eq(sp_intervention_name(b), "B");
	ck_assert_str_eq(sp_intervention_description(b), "Beskrivning");
	/* An area whose interventions are all done stays, empty. */
	ck_assert_uint_eq(sp_report_priority_area_count(next), 2);
	ck_assert_uint_eq(sp_priority_area_intervention_count(sp_report_priority_area(next, 1)), 0);
	ck_assert_ptr_null(sp_report_source(next));
	ck_assert_uint_eq(sp_node_line(SP_NODE(a)), 0);

	/* Unknown keys belong to the old file. */
	char *kept = save_text(report, SP_SYNTAX_YAML), *carried = save_text(next, SP_SYNTAX_YAML);
	ck_assert_ptr_nonnull(strstr(kept, "internal_ref"));
	ck_assert_ptr_nonnull(strstr(kept, "secret_note"));
	ck_assert_ptr_null(strstr(carried, "internal_ref"));
	ck_assert_ptr_null(strstr(carried, "secret_note"));
	sp_free(kept);
	sp_free(carried);
	sp_report_free(next);
	sp_report_free(report);
}
END_TEST

START_TEST(next_year_of_the_last_year)
{
	sp_report *report, *next;
	sp_error err;
	ck_assert_int_eq(sp_report_new(&report, "Testlän", INT64_MAX - 1, &err), 0);
	ck_assert_int_eq(sp_report_next_year(&next, report, &err), 0);
	ck_assert_int_eq(sp_report_year(next), INT64_MAX);
	sp_report *none = report;
	ck_assert_int_eq(sp_report_next_year(&none, next, &err), SP_ERANGE);
	ck_assert_ptr_null(none);
	ck_assert_int_eq(sp_report_next_year(&none, NULL, &err), SP_EINVAL);
	sp_report_free(next);
	sp_report_free(report);
}
END_TEST

/* ---- template --------------------------------------------------------- */

START_TEST(template_has_every_question)
{
	sp_report *t;
	sp_error err;
	ck_assert_int_eq(sp_report_template(&t, "Region Testland", 2025, &err), 0);
	ck_assert_str_eq(sp_region_name(sp_report_region(t)), "Region Testland");
	ck_assert_int_eq(sp_report_year(t), 2025);

	static const sp_support_type question_1[] = { SP_SUPPORT_GROCERY_INVESTMENT, SP_SUPPORT_FUEL_INVESTMENT,
	                                              SP_SUPPORT_SERVICE_GRANT, SP_SUPPORT_HOME_DELIVERY_GRANT,
	                                              SP_SUPPORT_SPECIAL_OPERATING_SUPPORT };
	ck_assert_uint_eq(sp_report_demand_count(t), N_ITEMS(question_1));
	for (size_t i = 0; i < N_ITEMS(question_1); i++) {
		ck_assert_int_eq(sp_demand_support_type(sp_report_demand(t, i)), question_1[i]);
		ck_assert_int_eq(sp_demand_trend(sp_report_demand(t, i)), SP_TREND_UNSET);
	}
	ck_assert_uint_eq(sp_report_staffing_count(t), 2);
	ck_assert_int_eq(sp_staffing_area(sp_report_staffing(t, 0)), SP_AREA_COORDINATION);
	ck_assert_int_eq(sp_staffing_area(sp_report_staffing(t, 1)), SP_AREA_CASE_HANDLING);
	ck_assert_uint_eq(sp_staffing_position_count(sp_report_staffing(t, 0)), 0);
	static const sp_contact_role roles[] = { SP_ROLE_PROGRAM, SP_ROLE_SUPPORT_CASES, SP_ROLE_WORKSPACE_ACCESS };
	ck_assert_uint_eq(sp_report_contact_count(t), N_ITEMS(roles));
	for (size_t i = 0; i < N_ITEMS(roles); i++) {
		ck_assert_uint_eq(sp_contact_roles(sp_report_contact(t, i)), SP_BIT(roles[i]));
		ck_assert_ptr_null(sp_contact_name(sp_report_contact(t, i)));
	}
	ck_assert_uint_eq(sp_report_collaboration_count(t), 8);
	ck_assert_int_eq(sp_collaboration_actor(sp_report_collaboration(t, 0)), SP_ACTOR_MUNICIPALITIES);
	ck_assert_int_eq(sp_collaboration_actor(sp_report_collaboration(t, 4)), SP_ACTOR_CIVIL_SOCIETY);
	ck_assert_int_eq(sp_collaboration_actor(sp_report_collaboration(t, 7)), SP_ACTOR_OTHER);
	ck_assert_ptr_null(sp_program_title(sp_report_program(t)));
	ck_assert_uint_eq(sp_program_goal_count(sp_report_program(t)), 0);
	ck_assert_uint_eq(sp_report_priority_area_count(t), 0);

	for (int syntax = SP_SYNTAX_JSON; syntax <= SP_SYNTAX_YAML; syntax++) {
		char *text = save_text(t, (sp_syntax)syntax);
		static const char *const questions[] = { "demand_outlook", "staffing", "contacts", "collaboration" };
		for (size_t i = 0; i < N_ITEMS(questions); i++)
			ck_assert_ptr_nonnull(strstr(text, questions[i]));
		sp_report *loaded = load_text(text, (sp_syntax)syntax);
		char where[1024];
		ck_assert_msg(sp_report_difference(where, sizeof(where), t, loaded) < 0, "differs at %s:\n%s", where, text);
		sp_free(text);
		sp_report_free(loaded);
	}
	sp_report_free(t);
}
END_TEST

START_TEST(template_refuses_bad_arguments)
{
	sp_report *t = (sp_report *)&t;
	sp_error err;
	ck_assert_int_eq(sp_report_template(&t, NULL, 2025, &err), SP_EINVAL);
	ck_assert_ptr_null(t);
	ck_assert_int_eq(sp_report_template(&t, "X", -5, &err), SP_ERANGE);
	ck_assert_ptr_null(t);
	ck_assert_int_eq(sp_report_template(NULL, "X", 2025, &err), SP_EINVAL);
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("transform");
	TCase *diff = tcase_create("diff");
	tcase_add_test(diff, diff_of_two_years);
	tcase_add_test(diff, diff_of_a_report_with_itself_is_empty);
	tcase_add_test(diff, diff_order_of_interventions);
	tcase_add_test(diff, diff_matches_by_area_and_name);
	tcase_add_test(diff, diff_getters_out_of_range);
	tcase_add_test(diff, diff_of_large_reports);
	suite_add_tcase(suite, diff);
	TCase *next = tcase_create("next year");
	tcase_add_test(next, next_year_of_the_seed);
	tcase_add_test(next, next_year_plan_becomes_the_description);
	tcase_add_test(next, next_year_of_the_last_year);
	suite_add_tcase(suite, next);
	TCase *template = tcase_create("template");
	tcase_add_test(template, template_has_every_question);
	tcase_add_test(template, template_refuses_bad_arguments);
	suite_add_tcase(suite, template);
	return run_suite(suite);
}
