/*
 * The real report (Region Jämtland Härjedalen, 2023) read back through the
 * typed API: the figures a reader of the Word form would count by hand.
 */
#include "support.h"

static sp_report *seed;

static void setup(void) { seed = load_example(EXAMPLE_YAML); }
static void teardown(void) { sp_report_free(seed); }

START_TEST(region_and_year)
{
	ck_assert_str_eq(sp_region_name(sp_report_region(seed)), "Jämtland Härjedalen");
	ck_assert_str_eq(sp_region_county_code(sp_report_region(seed)), "23");
	ck_assert_int_eq(sp_report_year(seed), 2023);
	ck_assert_int_eq(sp_program_start_year(sp_report_program(seed)), 2023);
	ck_assert_int_eq(sp_program_end_year(sp_report_program(seed)), 2030);
	ck_assert_int_eq(sp_program_goal_count(sp_report_program(seed)), 8);
	ck_assert_str_eq(sp_goal_id(sp_program_goal(sp_report_program(seed), 7)), "3.3");
}
END_TEST

START_TEST(question_1_trends)
{
	static const struct { sp_support_type type; sp_trend trend; } expected[] = {
		{ SP_SUPPORT_GROCERY_INVESTMENT, SP_TREND_INCREASE },
		{ SP_SUPPORT_FUEL_INVESTMENT, SP_TREND_DECREASE },
		{ SP_SUPPORT_SERVICE_GRANT, SP_TREND_DECREASE },
		{ SP_SUPPORT_HOME_DELIVERY_GRANT, SP_TREND_UNCHANGED },
		{ SP_SUPPORT_SPECIAL_OPERATING_SUPPORT, SP_TREND_UNCHANGED },
	};
	ck_assert_int_eq(sp_report_demand_count(seed), 5);
	for (size_t i = 0; i < 5; i++) {
		const sp_demand *d = sp_report_demand(seed, i);
		ck_assert_int_eq(sp_demand_support_type(d), expected[i].type);
		ck_assert_int_eq(sp_demand_trend(d), expected[i].trend);
		ck_assert_ptr_nonnull(sp_demand_comment(d));
		ck_assert_int_eq(sp_demand_budget_insufficient(d), -1);
	}
	ck_assert_ptr_null(sp_report_demand(seed, 5));
}
END_TEST

START_TEST(fte_per_area)
{
	/* Processledning: 0.1 + 0.1 + 0.3 + 0.15 + 0.05 + 0.15; Stödhandläggning: 0.1 + 0.55. */
	int64_t per_area[3] = { 0 };
	size_t positions = 0;
	for (size_t i = 0; i < sp_report_staffing_count(seed); i++) {
		const sp_staffing *s = sp_report_staffing(seed, i);
		for (size_t k = 0; k < sp_staffing_position_count(s); k++, positions++)
			per_area[sp_staffing_area(s)] += sp_position_fte(sp_staffing_position(s, k));
	}
	ck_assert_int_eq(positions, 8);
	ck_assert_int_eq(per_area[SP_AREA_COORDINATION], 850);
	ck_assert_int_eq(per_area[SP_AREA_CASE_HANDLING], 650);
	const sp_position *project_lead = sp_staffing_position(sp_report_staffing(seed, 0), 3);
	ck_assert_str_eq(sp_position_name(project_lead), "Projektledare");
	ck_assert_str_eq(sp_position_from(project_lead), "2023-07");
	ck_assert_str_eq(sp_position_funded_by(project_lead), "Projekt Stärkt regional kapacitet inom kommersiell service");
}
END_TEST

START_TEST(support_decisions_of_area_2)
{
	/* "Hemsändning 8 st 1 537 062 kr", "Servicebidrag 7st 1 007 710 kr",
	 * "Investeringsbidrag 12 st, 3 482 980 kr", "Stöd till korrosionskydd 3 st, 1 745 475 kr". */
	int64_t decisions[SP_SUPPORT_OTHER + 1] = { 0 }, kronor[SP_SUPPORT_OTHER + 1] = { 0 };
	const sp_priority_area *area = sp_report_priority_area(seed, 1);
	ck_assert_int_eq(sp_priority_area_number(area), 2);
	for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
		const sp_intervention *iv = sp_priority_area_intervention(area, i);
		for (size_t k = 0; k < sp_intervention_output_count(iv); k++) {
			const sp_output *o = sp_intervention_output(iv, k);
			if (sp_output_support_type(o) == SP_SUPPORT_UNSET)
				continue;
			decisions[sp_output_support_type(o)] += sp_output_count(o);
			kronor[sp_output_support_type(o)] += sp_output_amount_sek(o);
		}
	}
	ck_assert_int_eq(decisions[SP_SUPPORT_HOME_DELIVERY_GRANT], 8);
	ck_assert_int_eq(kronor[SP_SUPPORT_HOME_DELIVERY_GRANT], 1537062);
	ck_assert_int_eq(decisions[SP_SUPPORT_SERVICE_GRANT], 7);
	ck_assert_int_eq(kronor[SP_SUPPORT_SERVICE_GRANT], 1007710);
	ck_assert_int_eq(decisions[SP_SUPPORT_INVESTMENT_GRANT], 12);
	ck_assert_int_eq(kronor[SP_SUPPORT_INVESTMENT_GRANT], 3482980);
	ck_assert_int_eq(decisions[SP_SUPPORT_CORROSION_PROTECTION], 3);
	ck_assert_int_eq(kronor[SP_SUPPORT_CORROSION_PROTECTION], 1745475);
	int64_t all_decisions = 0, all_kronor = 0;
	for (int t = 1; t <= SP_SUPPORT_OTHER; t++)
		all_decisions += decisions[t], all_kronor += kronor[t];
	ck_assert_int_eq(all_decisions, 30);
	ck_assert_int_eq(all_kronor, 7773227);
}
END_TEST

START_TEST(action_plan_shape)
{
	static const size_t interventions[] = { 5, 3, 6 };
	size_t continuing = 0, without_status = 0;
	ck_assert_int_eq(sp_report_priority_area_count(seed), 3);
	for (size_t a = 0; a < 3; a++) {
		const sp_priority_area *area = sp_report_priority_area(seed, a);
		ck_assert_int_eq(sp_priority_area_number(area), (int64_t)a + 1);
		ck_assert_int_eq(sp_priority_area_intervention_count(area), interventions[a]);
		for (size_t i = 0; i < interventions[a]; i++) {
			const sp_intervention *iv = sp_priority_area_intervention(area, i);
			ck_assert_ptr_nonnull(sp_intervention_name(iv));
			ck_assert_int_ge(sp_intervention_goal_id_count(iv), 1);
			ck_assert_uint_ne(sp_intervention_service_types(iv), 0);
			continuing += sp_intervention_status(iv) == SP_STATUS_CONTINUING;
			without_status += sp_intervention_status(iv) == SP_STATUS_UNSET;
		}
	}
	ck_assert_int_eq(continuing, 12);
	ck_assert_int_eq(without_status, 2);
	/* Area 2's interventions serve groceries, fuel and agents. */
	unsigned types = sp_intervention_service_types(sp_priority_area_intervention(sp_report_priority_area(seed, 1), 0));
	ck_assert_uint_eq(types, SP_BIT(SP_SERVICE_GROCERIES) | SP_BIT(SP_SERVICE_FUEL) | SP_BIT(SP_SERVICE_AGENT_SERVICES));
	/* Effects split by horizon. */
	const sp_effects *fx = sp_intervention_effects(sp_priority_area_intervention(sp_report_priority_area(seed, 0), 4));
	ck_assert_ptr_nonnull(sp_effects_short_term(fx));
	ck_assert_ptr_nonnull(sp_effects_medium_term(fx));
	ck_assert_ptr_nonnull(sp_effects_long_term(fx));
}
END_TEST

START_TEST(contacts_and_collaboration)
{
	ck_assert_int_eq(sp_report_contact_count(seed), 2);
	ck_assert_uint_eq(sp_contact_roles(sp_report_contact(seed, 0)), SP_BIT(SP_ROLE_PROGRAM) | SP_BIT(SP_ROLE_WORKSPACE_ACCESS));
	ck_assert_uint_eq(sp_contact_roles(sp_report_contact(seed, 1)), SP_BIT(SP_ROLE_SUPPORT_CASES) | SP_BIT(SP_ROLE_WORKSPACE_ACCESS));
	ck_assert_int_eq(sp_report_collaboration_count(seed), 8);
	ck_assert_int_eq(sp_collaboration_actor(sp_report_collaboration(seed, 0)), SP_ACTOR_MUNICIPALITIES);
	ck_assert_int_eq(sp_collaboration_ladder_step(sp_report_collaboration(seed, 0)), SP_LADDER_JOINT_ACTION);
	const sp_collaboration *civil = sp_report_collaboration(seed, 4);
	ck_assert_int_eq(sp_collaboration_actor(civil), SP_ACTOR_CIVIL_SOCIETY);
	ck_assert_int_eq(sp_collaboration_ladder_step(civil), SP_LADDER_CONVERSATION);
	ck_assert_str_eq(sp_collaboration_ladder_note(civil), "Samtal via kommunerna");
	const sp_collaboration *other = sp_report_collaboration(seed, 7);
	ck_assert_int_eq(sp_collaboration_actor(other), SP_ACTOR_OTHER);
	ck_assert_ptr_null(sp_collaboration_description(other));
	ck_assert_ptr_null(sp_report_accessibility_work(seed)); /* question 5 unanswered */
}
END_TEST

START_TEST(positions_of_elements)
{
	const sp_intervention *iv = sp_priority_area_intervention(sp_report_priority_area(seed, 1), 0);
	char path[128];
	sp_node_path(path, sizeof(path), SP_NODE(iv));
	ck_assert_str_eq(path, "/priority_areas/1/interventions/0");
	ck_assert_uint_gt(sp_node_line(SP_NODE(iv)), 100);
	ck_assert_uint_gt(sp_node_column(SP_NODE(iv)), 0);
	ck_assert_str_eq(sp_report_source(seed), data_path("SP_EXAMPLES", EXAMPLE_YAML));
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("seed");
	TCase *tc = tcase_create("Jämtland Härjedalen 2023");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, region_and_year);
	tcase_add_test(tc, question_1_trends);
	tcase_add_test(tc, fte_per_area);
	tcase_add_test(tc, support_decisions_of_area_2);
	tcase_add_test(tc, action_plan_shape);
	tcase_add_test(tc, contacts_and_collaboration);
	tcase_add_test(tc, positions_of_elements);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
