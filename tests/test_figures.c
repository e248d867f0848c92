/*
 * The figures of one report, and the national rollup of several: the
 * seed's figures as counted by hand from the form, small reports that
 * pin each rule, and a rollup over reports of several regions and years.
 */
#include "support.h"

/* Out-parameters start as this, to see them set to NULL on failure. */
static int not_null;

static sp_figures *figures_of(const sp_report *report)
{
	sp_figures *figures = NULL;
	sp_error err;
	int rc = sp_report_figures(&figures, report, &err);
	ck_assert_msg(rc == 0, "figures: %s", rc ? err.message : "");
	return figures;
}

static void add_or_fail(sp_rollup *rollup, const sp_report *report)
{
	sp_error err;
	int rc = sp_rollup_add(rollup, report, &err);
	ck_assert_msg(rc == 0, "rollup add: %s", rc ? err.message : "");
}

/* An intervention in priority area 1 of a new report, for building small cases. */
static sp_intervention *new_intervention(sp_report **report, const char *region, int64_t year)
{
	sp_priority_area *area;
	sp_intervention *iv;
	sp_error err;
	ck_assert_int_eq(sp_report_new(report, region, year, &err), 0);
	ck_assert_int_eq(sp_report_add_priority_area(&area, *report, &err), 0);
	ck_assert_int_eq(sp_priority_area_set_number(area, 1, &err), 0);
	ck_assert_int_eq(sp_priority_area_add_intervention(&iv, area, &err), 0);
	return iv;
}

static void add_output(sp_intervention *iv, sp_support_type type, int64_t count, int64_t amount)
{
	sp_output *o;
	sp_error err;
	ck_assert_int_eq(sp_intervention_add_output(&o, iv, &err), 0);
	ck_assert_int_eq(sp_output_set_text(o, "Beslut", &err), 0);
	ck_assert_int_eq(sp_output_set_support_type(o, type, &err), 0);
	ck_assert_int_eq(sp_output_set_count(o, count, &err), 0);
	ck_assert_int_eq(sp_output_set_amount_sek(o, amount, &err), 0);
}

/* A report of `region` and `year` with one investment grant of `amount` kronor. */
static sp_report *report_with_amount(const char *region, int64_t year, int64_t amount)
{
	sp_report *report;
	add_output(new_intervention(&report, region, year), SP_SUPPORT_INVESTMENT_GRANT, 1, amount);
	return report;
}

/* ---- the seed report --------------------------------------------------- */

static sp_figures *seed;

/* The report is freed before any figure is read: figures keep no pointer into it. */
static void seed_setup(void)
{
	sp_report *report = load_example(EXAMPLE_YAML);
	seed = figures_of(report);
	sp_report_free(report);
}

static void seed_teardown(void)
{
	sp_figures_free(seed);
}

START_TEST(seed_fte)
{
	ck_assert_int_eq(sp_figures_fte(seed, SP_AREA_COORDINATION), 850);
	ck_assert_int_eq(sp_figures_fte(seed, SP_AREA_CASE_HANDLING), 650);
	ck_assert_int_eq(sp_figures_fte(seed, SP_AREA_UNSET), 1500);
}
END_TEST

START_TEST(seed_decisions_and_kronor)
{
	static const struct { sp_support_type type; int64_t decisions, kronor; } expected[] = {
		{ SP_SUPPORT_GROCERY_INVESTMENT, 0, 0 },
		{ SP_SUPPORT_FUEL_INVESTMENT, 0, 0 },
		{ SP_SUPPORT_SERVICE_GRANT, 7, 1007710 },
		{ SP_SUPPORT_HOME_DELIVERY_GRANT, 8, 1537062 },
		{ SP_SUPPORT_SPECIAL_OPERATING_SUPPORT, 0, 0 },
		{ SP_SUPPORT_INVESTMENT_GRANT, 12, 3482980 },
		{ SP_SUPPORT_CORROSION_PROTECTION, 3, 1745475 },
		{ SP_SUPPORT_OTHER, 0, 0 },
		{ SP_SUPPORT_UNSET, 30, 7773227 },
	};
	for (size_t i = 0; i < sizeof(expected) / sizeof(expected[0]); i++) {
		ck_assert_int_eq(sp_figures_decisions(seed, expected[i].type), expected[i].decisions);
		ck_assert_int_eq(sp_figures_kronor(seed, expected[i].type), expected[i].kronor);
	}
}
END_TEST

START_TEST(seed_interventions)
{
	ck_assert_uint_eq(sp_figures_interventions(seed), 14);
	ck_assert_uint_eq(sp_figures_area_interventions(seed, 1), 5);
	ck_assert_uint_eq(sp_figures_area_interventions(seed, 2), 3);
	ck_assert_uint_eq(sp_figures_area_interventions(seed, 3), 6);
	ck_assert_uint_eq(sp_figures_area_interventions(seed, 0), 0);
	ck_assert_uint_eq(sp_figures_interventions_by_status(seed, SP_STATUS_CONTINUING), 12);
	ck_assert_uint_eq(sp_figures_interventions_by_status(seed, SP_STATUS_COMPLETED), 0);
	ck_assert_uint_eq(sp_figures_interventions_by_status(seed, SP_STATUS_UNSET), 2);
	/* Counted in the YAML file: area 2's three serve groceries, fuel and agents; the other eleven
	 * the broader context. */
	ck_assert_uint_eq(sp_figures_interventions_by_service(seed, SP_SERVICE_GROCERIES), 3);
	ck_assert_uint_eq(sp_figures_interventions_by_service(seed, SP_SERVICE_FUEL), 3);
	ck_assert_uint_eq(sp_figures_interventions_by_service(seed, SP_SERVICE_AGENT_SERVICES), 3);
	ck_assert_uint_eq(sp_figures_interventions_by_service(seed, SP_SERVICE_BROADER_CONTEXT), 11);
	ck_assert_uint_eq(sp_figures_interventions_by_service(seed, SP_SERVICE_UNSET), 0);
}
END_TEST

START_TEST(seed_trends)
{
	ck_assert_int_eq(sp_figures_trend(seed, SP_SUPPORT_GROCERY_INVESTMENT), SP_TREND_INCREASE);
	ck_assert_int_eq(sp_figures_trend(seed, SP_SUPPORT_FUEL_INVESTMENT), SP_TREND_DECREASE);
	ck_assert_int_eq(sp_figures_trend(seed, SP_SUPPORT_SERVICE_GRANT), SP_TREND_DECREASE);
	ck_assert_int_eq(sp_figures_trend(seed, SP_SUPPORT_HOME_DELIVERY_GRANT), SP_TREND_UNCHANGED);
	ck_assert_int_eq(sp_figures_trend(seed, SP_SUPPORT_SPECIAL_OPERATING_SUPPORT), SP_TREND_UNCHANGED);
	ck_assert_int_eq(sp_figures_trend(seed, SP_SUPPORT_INVESTMENT_GRANT), SP_TREND_UNSET);
	ck_assert_int_eq(sp_figures_trend(seed, SP_SUPPORT_CORROSION_PROTECTION), SP_TREND_UNSET);
	ck_assert_int_eq(sp_figures_trend(seed, SP_SUPPORT_OTHER), SP_TREND_UNSET);
}
END_TEST

START_TEST(seed_out_of_range)
{
	ck_assert_int_eq(sp_figures_fte(seed, (sp_work_area)(SP_AREA_CASE_HANDLING + 1)), 0);
	ck_assert_int_eq(sp_figures_fte(seed, (sp_work_area)-1), 0);
	ck_assert_int_eq(sp_figures_decisions(seed, (sp_support_type)(SP_SUPPORT_OTHER + 1)), 0);
	ck_assert_int_eq(sp_figures_kronor(seed, (sp_support_type)(SP_SUPPORT_OTHER + 1)), 0);
	ck_assert_uint_eq(sp_figures_area_interventions(seed, 4), 0);
	ck_assert_uint_eq(sp_figures_interventions_by_status(seed, (sp_status)(SP_STATUS_COMPLETED + 1)), 0);
	ck_assert_uint_eq(sp_figures_interventions_by_service(seed, (sp_service_type)(SP_SERVICE_BROADER_CONTEXT + 1)), 0);
	ck_assert_int_eq(sp_figures_trend(seed, (sp_support_type)(SP_SUPPORT_OTHER + 1)), SP_TREND_UNSET);
}
END_TEST

/* ---- the rules of one report's figures -------------------------------- */

static const char *const rules_yaml =
	"format: serviceprogram/1\n"
	"region:\n  name: Region Regler\n"
	"year: 2024\n"
	"demand_outlook:\n"
	"- support_type: service_grant\n"
	"- support_type: service_grant\n  trend: increase\n"
	"- support_type: service_grant\n  trend: decrease\n"
	"staffing:\n"
	"- area: coordination\n  positions:\n  - fte: 0.4\n  - name: Utan omfattning\n"
	"- area: coordination\n  positions:\n  - fte: 0.2\n"
	"priority_areas:\n"
	"- number: 1\n  interventions:\n"
	"  - service_types: [groceries, agent_services]\n"
	"    outputs:\n"
	"    - text: Utan stödtyp\n      count: 4\n      amount_sek: 1000\n"
	"    - text: Servicebidrag utan belopp\n      support_type: service_grant\n      count: 2\n"
	"    - text: Servicebidrag utan antal\n      support_type: service_grant\n      amount_sek: 300\n"
	"    status: completed\n"
	"- number: 2\n"
	"- number: 3\n  interventions:\n  - name: Utan serviceslag\n";

static sp_figures *rules;

static void rules_setup(void)
{
	sp_report *report = load_text(rules_yaml, SP_SYNTAX_YAML);
	rules = figures_of(report);
	sp_report_free(report);
}

static void rules_teardown(void)
{
	sp_figures_free(rules);
}

START_TEST(fte_sums_positions_with_fte_over_all_entries_of_an_area)
{
	ck_assert_int_eq(sp_figures_fte(rules, SP_AREA_COORDINATION), 600);
	ck_assert_int_eq(sp_figures_fte(rules, SP_AREA_CASE_HANDLING), 0);
	ck_assert_int_eq(sp_figures_fte(rules, SP_AREA_UNSET), 600);
}
END_TEST

START_TEST(outputs_count_only_with_a_support_type_and_only_what_is_given)
{
	ck_assert_int_eq(sp_figures_decisions(rules, SP_SUPPORT_SERVICE_GRANT), 2);
	ck_assert_int_eq(sp_figures_kronor(rules, SP_SUPPORT_SERVICE_GRANT), 300);
	ck_assert_int_eq(sp_figures_decisions(rules, SP_SUPPORT_UNSET), 2);
	ck_assert_int_eq(sp_figures_kronor(rules, SP_SUPPORT_UNSET), 300);
}
END_TEST

START_TEST(interventions_per_area_status_and_service)
{
	ck_assert_uint_eq(sp_figures_interventions(rules), 2);
	ck_assert_uint_eq(sp_figures_area_interventions(rules, 1), 1);
	ck_assert_uint_eq(sp_figures_area_interventions(rules, 2), 0);
	ck_assert_uint_eq(sp_figures_area_interventions(rules, 3), 1);
	ck_assert_uint_eq(sp_figures_interventions_by_status(rules, SP_STATUS_COMPLETED), 1);
	ck_assert_uint_eq(sp_figures_interventions_by_status(rules, SP_STATUS_UNSET), 1);
	ck_assert_uint_eq(sp_figures_interventions_by_status(rules, SP_STATUS_CONTINUING), 0);
	/* One intervention counts under each of its service types; one without any under none. */
	ck_assert_uint_eq(sp_figures_interventions_by_service(rules, SP_SERVICE_GROCERIES), 1);
	ck_assert_uint_eq(sp_figures_interventions_by_service(rules, SP_SERVICE_AGENT_SERVICES), 1);
	ck_assert_uint_eq(sp_figures_interventions_by_service(rules, SP_SERVICE_FUEL), 0);
	ck_assert_uint_eq(sp_figures_interventions_by_service(rules, SP_SERVICE_BROADER_CONTEXT), 0);
}
END_TEST

START_TEST(a_type_given_twice_keeps_its_first_trend)
{
	ck_assert_int_eq(sp_figures_trend(rules, SP_SUPPORT_SERVICE_GRANT), SP_TREND_INCREASE);
	ck_assert_int_eq(sp_figures_trend(rules, SP_SUPPORT_HOME_DELIVERY_GRANT), SP_TREND_UNSET);
}
END_TEST

START_TEST(fte_of_a_staffing_without_area_counts_in_the_total_only)
{
	sp_report *report;
	sp_staffing *staffing;
	sp_position *position;
	sp_error err;
	ck_assert_int_eq(sp_report_new(&report, "Region Utan område", 2024, &err), 0);
	ck_assert_int_eq(sp_report_add_staffing(&staffing, report, &err), 0);
	ck_assert_int_eq(sp_staffing_add_position(&position, staffing, &err), 0);
	ck_assert_int_eq(sp_position_set_fte(position, 125, &err), 0);
	sp_figures *figures = figures_of(report);
	ck_assert_int_eq(sp_figures_fte(figures, SP_AREA_UNSET), 125);
	ck_assert_int_eq(sp_figures_fte(figures, SP_AREA_COORDINATION), 0);
	ck_assert_int_eq(sp_figures_fte(figures, SP_AREA_CASE_HANDLING), 0);
	sp_figures_free(figures);
	sp_report_free(report);
}
END_TEST

START_TEST(kronor_may_sum_to_int64_max_but_not_past_it)
{
	sp_report *report;
	sp_intervention *iv = new_intervention(&report, "Region Stor", 2024);
	add_output(iv, SP_SUPPORT_INVESTMENT_GRANT, 1, INT64_MAX - 1);
	add_output(iv, SP_SUPPORT_INVESTMENT_GRANT, 1, 1);
	sp_figures *figures = figures_of(report);
	ck_assert_int_eq(sp_figures_kronor(figures, SP_SUPPORT_INVESTMENT_GRANT), INT64_MAX);
	sp_figures_free(figures);

	sp_error err;
	add_output(iv, SP_SUPPORT_INVESTMENT_GRANT, 1, 1);
	figures = (sp_figures *)&not_null;
	ck_assert_int_eq(sp_report_figures(&figures, report, &err), SP_ERANGE);
	ck_assert_ptr_null(figures);
	ck_assert_int_eq(err.code, SP_ERANGE);
	ck_assert_str_eq(err.path, "/priority_areas/0/interventions/0/outputs/2");
	sp_report_free(report);
}
END_TEST

START_TEST(figures_of_nothing)
{
	sp_figures *figures = (sp_figures *)&not_null;
	sp_error err;
	ck_assert_int_eq(sp_report_figures(&figures, NULL, &err), SP_EINVAL);
	ck_assert_ptr_null(figures);
	ck_assert_int_eq(err.code, SP_EINVAL);
	ck_assert_int_eq(sp_report_figures(NULL, NULL, NULL), SP_EINVAL);
	sp_figures_free(NULL);
	ck_assert_int_eq(sp_figures_fte(NULL, SP_AREA_UNSET), 0);
	ck_assert_int_eq(sp_figures_decisions(NULL, SP_SUPPORT_UNSET), 0);
	ck_assert_int_eq(sp_figures_kronor(NULL, SP_SUPPORT_UNSET), 0);
	ck_assert_uint_eq(sp_figures_interventions(NULL), 0);
	ck_assert_uint_eq(sp_figures_area_interventions(NULL, 0), 0);
	ck_assert_uint_eq(sp_figures_interventions_by_status(NULL, SP_STATUS_UNSET), 0);
	ck_assert_uint_eq(sp_figures_interventions_by_service(NULL, SP_SERVICE_GROCERIES), 0);
	ck_assert_int_eq(sp_figures_trend(NULL, SP_SUPPORT_SERVICE_GRANT), SP_TREND_UNSET);
}
END_TEST

/* ---- the rollup --------------------------------------------------------- */

static const char *const region_a_2023 =
	"format: serviceprogram/1\n"
	"region:\n  name: Region A\n"
	"year: 2023\n"
	"demand_outlook:\n"
	"- support_type: home_delivery_grant\n  trend: increase\n"
	"- support_type: service_grant\n  trend: unchanged\n"
	"staffing:\n"
	"- area: coordination\n  positions:\n  - fte: 0.5\n"
	"- area: case_handling\n  positions:\n  - fte: 0.25\n"
	"collaboration:\n"
	"- actor: municipalities\n  ladder_step: conversation\n"
	"- actor: municipalities\n  ladder_step: conversation\n"
	"- actor: municipalities\n  ladder_step: cooperation\n"
	"- actor: county_board\n"
	"priority_areas:\n"
	"- number: 1\n  interventions:\n"
	"  - service_types: [groceries, fuel]\n"
	"    outputs:\n"
	"    - text: Hemsändning\n      support_type: home_delivery_grant\n      count: 2\n      amount_sek: 100000\n"
	"    status: completed\n"
	"  - service_types: [groceries]\n"
	"    outputs:\n"
	"    - text: Annat stöd utan antal\n      support_type: other\n      amount_sek: 5000\n";

static const char *const region_b_2023 =
	"format: serviceprogram/1\n"
	"region:\n  name: Region B\n"
	"year: 2023\n"
	"demand_outlook:\n"
	"- support_type: home_delivery_grant\n  trend: decrease\n"
	"staffing:\n"
	"- area: coordination\n  positions:\n  - fte: 0.25\n"
	"collaboration:\n"
	"- actor: municipalities\n  ladder_step: joint_action\n"
	"- actor: county_board\n  ladder_step: conversation\n"
	"priority_areas:\n"
	"- number: 1\n  interventions:\n"
	"  - service_types: [broader_context]\n"
	"    outputs:\n"
	"    - text: Servicebidrag\n      support_type: service_grant\n      count: 1\n      amount_sek: 50000\n"
	"    status: continuing\n";

static const char *const region_a_2024 =
	"format: serviceprogram/1\n"
	"region:\n  name: Region A\n"
	"year: 2024\n"
	"demand_outlook:\n"
	"- support_type: home_delivery_grant\n  trend: increase\n"
	"staffing:\n"
	"- area: coordination\n  positions:\n  - fte: 1\n"
	"priority_areas:\n"
	"- number: 1\n  interventions:\n"
	"  - service_types: [fuel]\n    status: continuing\n";

static const char *const region_b_2024 =
	"format: serviceprogram/1\n"
	"region:\n  name: Region B\n"
	"year: 2024\n"
	"staffing:\n"
	"- area: coordination\n  positions:\n  - fte: 0.001\n";

static sp_rollup *rollup;

static void add_text(const char *yaml)
{
	sp_report *report = load_text(yaml, SP_SYNTAX_YAML);
	add_or_fail(rollup, report);
	sp_report_free(report);
}

/* Years added out of order (2023, 2025, then 2024 between them); each
 * report is freed once added, and one renamed first: the rollup keeps
 * its own copies of the names. */
static void rollup_setup(void)
{
	sp_error err;
	sp_report *report;
	ck_assert_int_eq(sp_rollup_new(&rollup, &err), 0);
	add_text(region_b_2023);
	ck_assert_int_eq(sp_report_new(&report, "Region C", 2025, &err), 0);
	add_or_fail(rollup, report);
	sp_report_free(report);
	add_text(region_a_2024);
	report = load_example(EXAMPLE_YAML);
	add_or_fail(rollup, report);
	sp_report_free(report);
	report = load_text(region_a_2023, SP_SYNTAX_YAML);
	add_or_fail(rollup, report);
	ck_assert_int_eq(sp_region_set_name(sp_report_region_mut(report), "Region Omdöpt", &err), 0);
	sp_report_free(report);
	add_text(region_b_2024);
}

static void rollup_teardown(void)
{
	sp_rollup_free(rollup);
}

START_TEST(years_ascending_with_their_regions_in_the_order_added)
{
	ck_assert_uint_eq(sp_rollup_year_count(rollup), 3);
	ck_assert_int_eq(sp_rollup_year(rollup, 0), 2023);
	ck_assert_int_eq(sp_rollup_year(rollup, 1), 2024);
	ck_assert_int_eq(sp_rollup_year(rollup, 2), 2025);
	ck_assert_uint_eq(sp_rollup_region_count(rollup, 0), 3);
	ck_assert_str_eq(sp_rollup_region(rollup, 0, 0), "Region B");
	ck_assert_str_eq(sp_rollup_region(rollup, 0, 1), "Jämtland Härjedalen");
	ck_assert_str_eq(sp_rollup_region(rollup, 0, 2), "Region A");
	ck_assert_uint_eq(sp_rollup_region_count(rollup, 1), 2);
	ck_assert_str_eq(sp_rollup_region(rollup, 1, 0), "Region A");
	ck_assert_str_eq(sp_rollup_region(rollup, 1, 1), "Region B");
	ck_assert_uint_eq(sp_rollup_region_count(rollup, 2), 1);
	ck_assert_str_eq(sp_rollup_region(rollup, 2, 0), "Region C");
}
END_TEST

START_TEST(trend_counts_per_support_type)
{
	/* 2023: Region B decrease, the seed unchanged, Region A increase. */
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_HOME_DELIVERY_GRANT, SP_TREND_DECREASE), 1);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_HOME_DELIVERY_GRANT, SP_TREND_UNCHANGED), 1);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_HOME_DELIVERY_GRANT, SP_TREND_INCREASE), 1);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_HOME_DELIVERY_GRANT, SP_TREND_UNSET), 0);
	/* Region B did not answer for the service grant. */
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_SERVICE_GRANT, SP_TREND_UNSET), 1);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_SERVICE_GRANT, SP_TREND_DECREASE), 1);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_SERVICE_GRANT, SP_TREND_UNCHANGED), 1);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_SERVICE_GRANT, SP_TREND_INCREASE), 0);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_INVESTMENT_GRANT, SP_TREND_UNSET), 3);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 1, SP_SUPPORT_HOME_DELIVERY_GRANT, SP_TREND_INCREASE), 1);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 1, SP_SUPPORT_HOME_DELIVERY_GRANT, SP_TREND_UNSET), 1);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 2, SP_SUPPORT_HOME_DELIVERY_GRANT, SP_TREND_UNSET), 1);
}
END_TEST

START_TEST(fte_sum_and_mean_rounded_half_up)
{
	/* 2023: coordination 250 + 850 + 500, case handling 0 + 650 + 250. */
	ck_assert_int_eq(sp_rollup_fte_sum(rollup, 0, SP_AREA_COORDINATION), 1600);
	ck_assert_int_eq(sp_rollup_fte_sum(rollup, 0, SP_AREA_CASE_HANDLING), 900);
	ck_assert_int_eq(sp_rollup_fte_sum(rollup, 0, SP_AREA_UNSET), 2500);
	ck_assert_int_eq(sp_rollup_fte_mean(rollup, 0, SP_AREA_COORDINATION), 533); /* 533.33 */
	ck_assert_int_eq(sp_rollup_fte_mean(rollup, 0, SP_AREA_CASE_HANDLING), 300);
	ck_assert_int_eq(sp_rollup_fte_mean(rollup, 0, SP_AREA_UNSET), 833);        /* 833.33 */
	/* 2024: 1000 + 1 over two regions is 500.5. */
	ck_assert_int_eq(sp_rollup_fte_sum(rollup, 1, SP_AREA_COORDINATION), 1001);
	ck_assert_int_eq(sp_rollup_fte_mean(rollup, 1, SP_AREA_COORDINATION), 501);
	ck_assert_int_eq(sp_rollup_fte_mean(rollup, 2, SP_AREA_UNSET), 0);
	ck_assert_int_eq(sp_rollup_fte_mean(rollup, 3, SP_AREA_UNSET), 0); /* no such year, no regions */
}
END_TEST

START_TEST(ladder_counts_each_region_once_per_actor_and_step)
{
	/* Region A names municipalities at conversation twice: one region. */
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_MUNICIPALITIES, SP_LADDER_CONVERSATION), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_MUNICIPALITIES, SP_LADDER_COOPERATION), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_MUNICIPALITIES, SP_LADDER_JOINT_ACTION), 2);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_MUNICIPALITIES, SP_LADDER_UNSET), 0);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_COUNTY_BOARD, SP_LADDER_UNSET), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_COUNTY_BOARD, SP_LADDER_CONVERSATION), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_COUNTY_BOARD, SP_LADDER_JOINT_ACTION), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_REGION_OTHER, SP_LADDER_JOINT_ACTION), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_BUSINESS, SP_LADDER_UNSET), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_CIVIL_SOCIETY, SP_LADDER_CONVERSATION), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_LEADER, SP_LADDER_CONVERSATION), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_BUSINESS_PROMOTION, SP_LADDER_CONVERSATION), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_OTHER, SP_LADDER_UNSET), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 1, SP_ACTOR_MUNICIPALITIES, SP_LADDER_JOINT_ACTION), 0);
}
END_TEST

START_TEST(decisions_and_kronor_summed)
{
	ck_assert_int_eq(sp_rollup_decisions(rollup, 0, SP_SUPPORT_HOME_DELIVERY_GRANT), 8 + 2);
	ck_assert_int_eq(sp_rollup_kronor(rollup, 0, SP_SUPPORT_HOME_DELIVERY_GRANT), 1537062 + 100000);
	ck_assert_int_eq(sp_rollup_decisions(rollup, 0, SP_SUPPORT_SERVICE_GRANT), 7 + 1);
	ck_assert_int_eq(sp_rollup_kronor(rollup, 0, SP_SUPPORT_SERVICE_GRANT), 1007710 + 50000);
	ck_assert_int_eq(sp_rollup_decisions(rollup, 0, SP_SUPPORT_INVESTMENT_GRANT), 12);
	ck_assert_int_eq(sp_rollup_kronor(rollup, 0, SP_SUPPORT_INVESTMENT_GRANT), 3482980);
	/* Region A's other support gave kronor but no count. */
	ck_assert_int_eq(sp_rollup_decisions(rollup, 0, SP_SUPPORT_OTHER), 0);
	ck_assert_int_eq(sp_rollup_kronor(rollup, 0, SP_SUPPORT_OTHER), 5000);
	ck_assert_int_eq(sp_rollup_decisions(rollup, 0, SP_SUPPORT_UNSET), 30 + 2 + 1);
	ck_assert_int_eq(sp_rollup_kronor(rollup, 0, SP_SUPPORT_UNSET), 7773227 + 100000 + 5000 + 50000);
	ck_assert_int_eq(sp_rollup_decisions(rollup, 1, SP_SUPPORT_UNSET), 0);
	ck_assert_int_eq(sp_rollup_kronor(rollup, 1, SP_SUPPORT_UNSET), 0);
}
END_TEST

START_TEST(interventions_per_service_type_and_status)
{
	ck_assert_uint_eq(sp_rollup_interventions_by_service(rollup, 0, SP_SERVICE_GROCERIES), 3 + 2);
	ck_assert_uint_eq(sp_rollup_interventions_by_service(rollup, 0, SP_SERVICE_FUEL), 3 + 1);
	ck_assert_uint_eq(sp_rollup_interventions_by_service(rollup, 0, SP_SERVICE_AGENT_SERVICES), 3);
	ck_assert_uint_eq(sp_rollup_interventions_by_service(rollup, 0, SP_SERVICE_BROADER_CONTEXT), 11 + 1);
	ck_assert_uint_eq(sp_rollup_interventions_by_status(rollup, 0, SP_STATUS_CONTINUING), 12 + 1);
	ck_assert_uint_eq(sp_rollup_interventions_by_status(rollup, 0, SP_STATUS_COMPLETED), 1);
	ck_assert_uint_eq(sp_rollup_interventions_by_status(rollup, 0, SP_STATUS_UNSET), 2 + 1);
	ck_assert_uint_eq(sp_rollup_interventions_by_service(rollup, 1, SP_SERVICE_FUEL), 1);
	ck_assert_uint_eq(sp_rollup_interventions_by_service(rollup, 1, SP_SERVICE_GROCERIES), 0);
	ck_assert_uint_eq(sp_rollup_interventions_by_status(rollup, 1, SP_STATUS_CONTINUING), 1);
	ck_assert_uint_eq(sp_rollup_interventions_by_status(rollup, 1, SP_STATUS_UNSET), 0);
}
END_TEST

START_TEST(a_region_twice_in_one_year_is_refused_and_changes_nothing)
{
	sp_report *again = load_text(region_a_2023, SP_SYNTAX_YAML);
	sp_error err;
	ck_assert_int_eq(sp_rollup_add(rollup, again, &err), SP_EDUPLICATE);
	ck_assert_int_eq(err.code, SP_EDUPLICATE);
	ck_assert_ptr_null(strstr(err.message, "Region A")); /* the region's name is the report's value */
	ck_assert_ptr_nonnull(strstr(err.message, "2023"));
	sp_report_free(again);
	ck_assert_uint_eq(sp_rollup_year_count(rollup), 3);
	ck_assert_uint_eq(sp_rollup_region_count(rollup, 0), 3);
	ck_assert_int_eq(sp_rollup_decisions(rollup, 0, SP_SUPPORT_UNSET), 33);
	ck_assert_int_eq(sp_rollup_fte_sum(rollup, 0, SP_AREA_UNSET), 2500);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_HOME_DELIVERY_GRANT, SP_TREND_INCREASE), 1);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_MUNICIPALITIES, SP_LADDER_CONVERSATION), 1);
	ck_assert_uint_eq(sp_rollup_interventions_by_service(rollup, 0, SP_SERVICE_GROCERIES), 5);
}
END_TEST

START_TEST(out_of_range_reads_zero)
{
	ck_assert_int_eq(sp_rollup_year(rollup, 3), 0);
	ck_assert_uint_eq(sp_rollup_region_count(rollup, 3), 0);
	ck_assert_ptr_null(sp_rollup_region(rollup, 3, 0));
	ck_assert_ptr_null(sp_rollup_region(rollup, 2, 1));
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, (sp_support_type)(SP_SUPPORT_OTHER + 1), SP_TREND_UNSET), 0);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 0, SP_SUPPORT_INVESTMENT_GRANT, (sp_trend)(SP_TREND_INCREASE + 1)), 0);
	ck_assert_uint_eq(sp_rollup_trend_count(rollup, 3, SP_SUPPORT_INVESTMENT_GRANT, SP_TREND_UNSET), 0);
	ck_assert_int_eq(sp_rollup_fte_sum(rollup, 0, (sp_work_area)(SP_AREA_CASE_HANDLING + 1)), 0);
	ck_assert_int_eq(sp_rollup_fte_sum(rollup, 3, SP_AREA_UNSET), 0);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, (sp_actor)(SP_ACTOR_OTHER + 1), SP_LADDER_UNSET), 0);
	ck_assert_uint_eq(sp_rollup_ladder_count(rollup, 0, SP_ACTOR_OTHER, (sp_ladder_step)(SP_LADDER_JOINT_ACTION + 1)), 0);
	ck_assert_int_eq(sp_rollup_decisions(rollup, 0, (sp_support_type)-1), 0);
	ck_assert_int_eq(sp_rollup_kronor(rollup, 3, SP_SUPPORT_UNSET), 0);
	ck_assert_uint_eq(sp_rollup_interventions_by_service(rollup, 0, (sp_service_type)(SP_SERVICE_BROADER_CONTEXT + 1)), 0);
	ck_assert_uint_eq(sp_rollup_interventions_by_status(rollup, 0, (sp_status)(SP_STATUS_COMPLETED + 1)), 0);
}
END_TEST

START_TEST(kronor_summed_past_int64_max_are_refused_and_change_nothing)
{
	sp_rollup *big;
	sp_error err;
	ck_assert_int_eq(sp_rollup_new(&big, &err), 0);
	sp_report *x = report_with_amount("Region X", 2030, INT64_MAX - 10);
	sp_report *y = report_with_amount("Region Y", 2030, 10);
	sp_report *z = report_with_amount("Region Z", 2030, 1);
	sp_demand *demand;
	ck_assert_int_eq(sp_report_add_demand(&demand, z, &err), 0);
	ck_assert_int_eq(sp_demand_set_support_type(demand, SP_SUPPORT_INVESTMENT_GRANT, &err), 0);
	ck_assert_int_eq(sp_demand_set_trend(demand, SP_TREND_INCREASE, &err), 0);
	add_or_fail(big, x);
	add_or_fail(big, y);
	ck_assert_int_eq(sp_rollup_kronor(big, 0, SP_SUPPORT_INVESTMENT_GRANT), INT64_MAX);

	ck_assert_int_eq(sp_rollup_add(big, z, &err), SP_ERANGE);
	ck_assert_int_eq(err.code, SP_ERANGE);
	ck_assert_ptr_null(strstr(err.message, "Region Z")); /* the region's name is the report's value */
	ck_assert_ptr_nonnull(strstr(err.message, "64-bit"));
	ck_assert_uint_eq(sp_rollup_region_count(big, 0), 2);
	ck_assert_ptr_null(sp_rollup_region(big, 0, 2));
	ck_assert_int_eq(sp_rollup_kronor(big, 0, SP_SUPPORT_INVESTMENT_GRANT), INT64_MAX);
	ck_assert_int_eq(sp_rollup_decisions(big, 0, SP_SUPPORT_INVESTMENT_GRANT), 2);
	ck_assert_uint_eq(sp_rollup_trend_count(big, 0, SP_SUPPORT_INVESTMENT_GRANT, SP_TREND_INCREASE), 0);
	ck_assert_uint_eq(sp_rollup_trend_count(big, 0, SP_SUPPORT_INVESTMENT_GRANT, SP_TREND_UNSET), 2);

	/* Region Z fits into another year. */
	ck_assert_int_eq(sp_report_set_year(z, 2031, &err), 0);
	add_or_fail(big, z);
	ck_assert_uint_eq(sp_rollup_year_count(big), 2);
	ck_assert_uint_eq(sp_rollup_trend_count(big, 1, SP_SUPPORT_INVESTMENT_GRANT, SP_TREND_INCREASE), 1);
	sp_report_free(x);
	sp_report_free(y);
	sp_report_free(z);
	sp_rollup_free(big);
}
END_TEST

START_TEST(a_report_whose_own_figures_overflow_adds_no_year)
{
	sp_rollup *big;
	sp_error err;
	ck_assert_int_eq(sp_rollup_new(&big, &err), 0);
	sp_report *report = report_with_amount("Region X", 2030, INT64_MAX);
	add_output(sp_priority_area_intervention_mut(sp_report_priority_area_mut(report, 0), 0), SP_SUPPORT_OTHER, 1, 1);
	ck_assert_int_eq(sp_rollup_add(big, report, &err), SP_ERANGE);
	ck_assert_uint_eq(sp_rollup_year_count(big), 0);
	sp_report_free(report);
	sp_rollup_free(big);
}
END_TEST

START_TEST(rollup_of_nothing)
{
	sp_rollup *none;
	sp_report *report;
	sp_error err;
	ck_assert_int_eq(sp_rollup_new(NULL, &err), SP_EINVAL);
	ck_assert_int_eq(sp_rollup_new(&none, &err), 0);
	ck_assert_int_eq(sp_rollup_add(none, NULL, &err), SP_EINVAL);
	ck_assert_int_eq(err.code, SP_EINVAL);
	ck_assert_int_eq(sp_report_new(&report, "Region A", 2023, &err), 0);
	ck_assert_int_eq(sp_rollup_add(NULL, report, &err), SP_EINVAL);
	sp_report_free(report);
	ck_assert_uint_eq(sp_rollup_year_count(none), 0);
	ck_assert_int_eq(sp_rollup_fte_mean(none, 0, SP_AREA_UNSET), 0);
	ck_assert_uint_eq(sp_rollup_year_count(NULL), 0);
	ck_assert_ptr_null(sp_rollup_region(NULL, 0, 0));
	sp_rollup_free(none);
	sp_rollup_free(NULL);
}
END_TEST

/* A report of a region with a county code (NULL for none) and a year. */
static sp_report *region_report(const char *name, const char *county, int64_t year)
{
	sp_report *report = report_with_amount(name, year, 1000);
	if (county)
		ck_assert_int_eq(sp_region_set_county_code(sp_report_region_mut(report), county, NULL), 0);
	return report;
}

START_TEST(a_region_is_known_by_county_code_or_bare_name)
{
	static const struct {
		const char *name_a, *county_a, *name_b, *county_b;
		int same;
	} cases[] = {
		{ "Region Norrbotten", "25", "Norrbotten", "25", 1 },
		{ "Region Norrbotten", "25", "Region Västerbotten", "25", 1 }, /* the code decides */
		{ "Region Norrbotten", "25", "Region Norrbotten", "24", 0 },
		{ "Region Norrbotten", "25", "norrbotten", NULL, 1 },
		{ "REGION  Norrbotten ", NULL, "Norrbotten", NULL, 1 },
		{ "Region Östergötland", NULL, "östergötland", NULL, 1 },
		{ "Regionen Norrbotten", NULL, "Norrbotten", NULL, 0 },
		{ "Region", NULL, "region", NULL, 1 },
		{ "Gotland", NULL, "Norrbotten", NULL, 0 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		sp_report *a = region_report(cases[i].name_a, cases[i].county_a, 2023);
		sp_report *b = region_report(cases[i].name_b, cases[i].county_b, 2023);
		ck_assert_msg(sp_report_same_region(a, b) == cases[i].same, "case %zu", i);
		ck_assert_int_eq(sp_report_same_region(b, a), cases[i].same);
		sp_rollup *r;
		sp_error err;
		ck_assert_int_eq(sp_rollup_new(&r, NULL), 0);
		add_or_fail(r, a);
		ck_assert_int_eq(sp_rollup_add(r, b, &err), cases[i].same ? SP_EDUPLICATE : 0);
		ck_assert_uint_eq(sp_rollup_region_count(r, 0), cases[i].same ? 1 : 2);
		if (cases[i].county_a)
			ck_assert_str_eq(sp_rollup_region_county_code(r, 0, 0), cases[i].county_a);
		else
			ck_assert_ptr_null(sp_rollup_region_county_code(r, 0, 0));
		ck_assert_ptr_null(sp_rollup_region_source(r, 0, 0)); /* built, not loaded */
		sp_rollup_free(r);
		sp_report_free(a);
		sp_report_free(b);
	}
	ck_assert_int_eq(sp_report_same_region(NULL, NULL), 0);
}
END_TEST

START_TEST(a_renamed_region_has_its_earlier_name)
{
	sp_report *reports[] = {
		region_report("Jämtlands län", "23", 2021), region_report("Jämtland Härjedalen", "23", 2022),
		region_report("Region Jämtland Härjedalen", "23", 2023), region_report("Gotland", NULL, 2023),
	};
	sp_rollup *r;
	ck_assert_int_eq(sp_rollup_new(&r, NULL), 0);
	for (size_t i = 0; i < 4; i++)
		add_or_fail(r, reports[i]);
	ck_assert_ptr_null(sp_rollup_region_earlier_name(r, 0, 0));
	ck_assert_str_eq(sp_rollup_region_earlier_name(r, 1, 0), "Jämtlands län");
	/* The latest earlier year counts, and a leading "Region" is a change of name too. */
	ck_assert_str_eq(sp_rollup_region_earlier_name(r, 2, 0), "Jämtland Härjedalen");
	ck_assert_ptr_null(sp_rollup_region_earlier_name(r, 2, 1));
	ck_assert_ptr_null(sp_rollup_region_earlier_name(r, 9, 0));
	sp_rollup_free(r);
	for (size_t i = 0; i < 4; i++)
		sp_report_free(reports[i]);
}
END_TEST

START_TEST(outputs_with_figures_only_in_text_are_counted)
{
	sp_report *report;
	sp_intervention *iv = new_intervention(&report, "Region A", 2023);
	static const char *const texts[] = {
		"Servicebidrag 5 st 1 100 000 kr", /* left out: counted */
		"Hemsändning 5 st och servicebidrag 3 st", /* figures that cannot be read: counted */
		"Invigning av två SOT-punkter", /* no figures */
	};
	for (size_t i = 0; i < 3; i++) {
		sp_output *o;
		ck_assert_int_eq(sp_intervention_add_output(&o, iv, NULL), 0);
		ck_assert_int_eq(sp_output_set_text(o, texts[i], NULL), 0);
	}
	add_output(iv, SP_SUPPORT_SERVICE_GRANT, 2, 1000); /* structured: not counted */
	sp_figures *f = figures_of(report);
	ck_assert_uint_eq(sp_figures_outputs_without_figures(f), 2);
	sp_figures_free(f);
	sp_rollup *r;
	ck_assert_int_eq(sp_rollup_new(&r, NULL), 0);
	add_or_fail(r, report);
	ck_assert_uint_eq(sp_rollup_outputs_without_figures(r, 0), 2);
	ck_assert_uint_eq(sp_rollup_outputs_without_figures(r, 1), 0);
	sp_rollup_free(r);
	sp_report_free(report);
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("figures");
	TCase *tc = tcase_create("seed figures");
	tcase_add_checked_fixture(tc, seed_setup, seed_teardown);
	tcase_add_test(tc, seed_fte);
	tcase_add_test(tc, seed_decisions_and_kronor);
	tcase_add_test(tc, seed_interventions);
	tcase_add_test(tc, seed_trends);
	tcase_add_test(tc, seed_out_of_range);
	suite_add_tcase(suite, tc);

	tc = tcase_create("figure rules");
	tcase_add_checked_fixture(tc, rules_setup, rules_teardown);
	tcase_add_test(tc, fte_sums_positions_with_fte_over_all_entries_of_an_area);
	tcase_add_test(tc, outputs_count_only_with_a_support_type_and_only_what_is_given);
	tcase_add_test(tc, interventions_per_area_status_and_service);
	tcase_add_test(tc, a_type_given_twice_keeps_its_first_trend);
	tcase_add_test(tc, fte_of_a_staffing_without_area_counts_in_the_total_only);
	tcase_add_test(tc, kronor_may_sum_to_int64_max_but_not_past_it);
	tcase_add_test(tc, figures_of_nothing);
	suite_add_tcase(suite, tc);

	tc = tcase_create("rollup");
	tcase_add_checked_fixture(tc, rollup_setup, rollup_teardown);
	tcase_add_test(tc, years_ascending_with_their_regions_in_the_order_added);
	tcase_add_test(tc, trend_counts_per_support_type);
	tcase_add_test(tc, fte_sum_and_mean_rounded_half_up);
	tcase_add_test(tc, ladder_counts_each_region_once_per_actor_and_step);
	tcase_add_test(tc, decisions_and_kronor_summed);
	tcase_add_test(tc, interventions_per_service_type_and_status);
	tcase_add_test(tc, a_region_twice_in_one_year_is_refused_and_changes_nothing);
	tcase_add_test(tc, out_of_range_reads_zero);
	tcase_add_test(tc, kronor_summed_past_int64_max_are_refused_and_change_nothing);
	tcase_add_test(tc, a_report_whose_own_figures_overflow_adds_no_year);
	tcase_add_test(tc, rollup_of_nothing);
	tcase_add_test(tc, a_region_is_known_by_county_code_or_bare_name);
	tcase_add_test(tc, a_renamed_region_has_its_earlier_name);
	tcase_add_test(tc, outputs_with_figures_only_in_text_are_counted);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
