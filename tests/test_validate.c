/*
 * The validator where a test needs C: the seed report in both modes, rules
 * checked over tables of values (e-mail addresses, blank names, the yearly
 * limits of särskilt driftstöd, each actor of question 6), elements built
 * through the API, the deadline, the arguments, and a large report. Every
 * rule's passing and breaking reports are data: tests/validate/, run by
 * test_validate_cases.c.
 */
#include "support.h"

#define TODAY 20240115
#define STRUCTURE 0
#define SUBMISSION 1

/* tests/validate/complete.yaml, which passes every rule, submission included, on TODAY. */
static sp_report *complete(void)
{
	sp_report *report = NULL;
	sp_error err;
	const char *path = data_path("SP_VALIDATE_CASES", "complete.yaml");
	ck_assert_msg(sp_report_load_file(&report, path, NULL, &err) == 0, "%s: %s", path, err.message);
	return report;
}

static sp_diagnostics *run(const sp_report *report, int submission, int32_t today)
{
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	sp_diagnostics *d = NULL;
	sp_error err;
	opts.submission = submission;
	opts.today = today;
	ck_assert_msg(sp_report_validate(&d, report, &opts, &err) == 0, "validate: %s", err.message);
	ck_assert_ptr_nonnull(d);
	return d;
}

/* Validates in both modes, expecting nothing: the passing case of every rule. */
static void expect_clean(const sp_report *report)
{
	for (int submission = 0; submission <= 1; submission++) {
		sp_diagnostics *d = run(report, submission, TODAY);
		ck_assert_msg(sp_diagnostics_count(d) == 0, "expected no findings, got %zu, first %s at %s: %s",
		              sp_diagnostics_count(d), sp_diagnostics_code(d, 0), sp_diagnostics_path(d, 0),
		              sp_diagnostics_message(d, 0));
		sp_diagnostics_free(d);
	}
}

static void expect_finding(const sp_diagnostics *d, size_t i, const char *code, sp_severity severity,
                           const char *path, unsigned line, unsigned column)
{
	ck_assert_msg(i < sp_diagnostics_count(d), "expected %s at %s, got only %zu findings", code, path,
	              sp_diagnostics_count(d));
	ck_assert_str_eq(sp_diagnostics_code(d, i), code);
	ck_assert_int_eq(sp_diagnostics_severity(d, i), severity);
	ck_assert_str_eq(sp_diagnostics_path(d, i), path);
	ck_assert_uint_eq(sp_diagnostics_line(d, i), line);
	ck_assert_uint_eq(sp_diagnostics_column(d, i), column);
	ck_assert_ptr_nonnull(sp_diagnostics_message(d, i));
	ck_assert_uint_gt(strlen(sp_diagnostics_message(d, i)), 0);
}

/* Runs the report in `submission` mode and expects exactly one finding; frees the report. */
static sp_diagnostics *expect_one(sp_report *report, int submission, const char *code, sp_severity severity,
                                  const char *path, unsigned line, unsigned column)
{
	sp_diagnostics *d = run(report, submission, TODAY);
	sp_report_free(report);
	ck_assert_msg(sp_diagnostics_count(d) == 1, "expected only %s, got %zu findings, first %s at %s", code,
	              sp_diagnostics_count(d), sp_diagnostics_code(d, 0), sp_diagnostics_path(d, 0));
	expect_finding(d, 0, code, severity, path, line, column);
	return d;
}

static void expect_only(sp_report *report, int submission, const char *code, sp_severity severity,
                        const char *path, unsigned line, unsigned column)
{
	sp_diagnostics_free(expect_one(report, submission, code, severity, path, line, column));
}

static sp_intervention *intervention(sp_report *report, size_t area, size_t index)
{
	return sp_priority_area_intervention_mut(sp_report_priority_area_mut(report, area), index);
}

static sp_output *output(sp_report *report, size_t area, size_t index, size_t k)
{
	return sp_intervention_output_mut(intervention(report, area, index), k);
}

/* ---- the seed report ------------------------------------------------- */

START_TEST(seed_has_no_structural_findings)
{
	sp_report *seed = load_example(EXAMPLE_YAML);
	sp_diagnostics *d = run(seed, STRUCTURE, TODAY);
	ck_assert_uint_eq(sp_diagnostics_count_severity(d, SP_SEVERITY_ERROR), 0);
	ck_assert_uint_eq(sp_diagnostics_count(d), 0);
	sp_diagnostics_free(d);
	sp_report_free(seed);
}
END_TEST

START_TEST(seed_for_submission_misses_question_5_and_two_statuses)
{
	/* The Word form left question 5 empty and the status cells of "Samverka på
	 * nationell nivå" and "Informationsinsatser" (area 3, items 4 and 5) blank. */
	sp_report *seed = load_example(EXAMPLE_YAML);
	sp_diagnostics *d = run(seed, SUBMISSION, TODAY);
	ck_assert_uint_eq(sp_diagnostics_count(d), 3);
	ck_assert_uint_eq(sp_diagnostics_count_severity(d, SP_SEVERITY_ERROR), 3);
	ck_assert_uint_eq(sp_diagnostics_count_severity(d, SP_SEVERITY_WARNING), 0);
	expect_finding(d, 0, "missing-accessibility-work", SP_SEVERITY_ERROR, "/accessibility_work", 1, 1);
	expect_finding(d, 1, "missing-status", SP_SEVERITY_ERROR, "/priority_areas/2/interventions/3/status", 349, 5);
	expect_finding(d, 2, "missing-status", SP_SEVERITY_ERROR, "/priority_areas/2/interventions/4/status", 365, 5);
	sp_diagnostics_free(d);
	sp_report_free(seed);
}
END_TEST

/* ---- structure ------------------------------------------------------- */

START_TEST(bad_email)
{
	static const char *const good[] = { "a@b.se", "förnamn.efternamn@region.example.se", "x+rsp@sub.domain.org" };
	static const char *const bad[] = {
		"", "ingen-snabel-a.se", "två@@region.se", "a@b@region.se", "@region.se", "namn @region.se",
		"namn@region se", "namn@regionse", "namn@.region.se", "namn@region.se.", "namn\xC2\xA0x@region.se",
	};
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		sp_report *report = complete();
		ck_assert_int_eq(sp_contact_set_email(sp_report_contact_mut(report, 1), good[i], NULL), 0);
		expect_clean(report);
		sp_report_free(report);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		sp_report *report = complete();
		ck_assert_int_eq(sp_contact_set_email(sp_report_contact_mut(report, 1), bad[i], NULL), 0);
		expect_only(report, STRUCTURE, "bad-email", SP_SEVERITY_ERROR, "/contacts/1/email", 37, 3);
	}
}
END_TEST

START_TEST(bad_email_message_holds_no_personal_data)
{
	sp_report *report = complete();
	ck_assert_int_eq(sp_contact_set_email(sp_report_contact_mut(report, 0), "anna.andersson@regionse", NULL), 0);
	ck_assert_int_eq(sp_contact_set_name(sp_report_contact_mut(report, 0), "Anna Andersson", NULL), 0);
	sp_diagnostics *d = expect_one(report, STRUCTURE, "bad-email", SP_SEVERITY_ERROR, "/contacts/0/email", 34, 3);
	const char *message = sp_diagnostics_message(d, 0);
	ck_assert_ptr_null(strstr(message, "anna.andersson@regionse"));
	ck_assert_ptr_null(strstr(message, "anna"));
	ck_assert_ptr_null(strstr(message, "regionse"));
	ck_assert_ptr_null(strstr(message, "Anna"));
	ck_assert_ptr_null(strstr(message, "Andersson"));
	sp_diagnostics_free(d);
}
END_TEST

/* Sets one of the seven names of the complete report to `value`. */
static int set_name(sp_report *r, int which, const char *value)
{
	switch (which) {
	case 0: return sp_region_set_name(sp_report_region_mut(r), value, NULL);
	case 1: return sp_goal_set_id(sp_program_goal_mut(sp_report_program_mut(r), 0), value, NULL);
	case 2: return sp_position_set_name(sp_staffing_position_mut(sp_report_staffing_mut(r, 0), 0), value, NULL);
	case 3: return sp_contact_set_name(sp_report_contact_mut(r, 0), value, NULL);
	case 4: return sp_collaboration_set_label(sp_report_collaboration_mut(r, 7), value, NULL);
	case 5: return sp_intervention_set_name(intervention(r, 0, 0), value, NULL);
	default: return sp_output_set_text(output(r, 0, 0, 0), value, NULL);
	}
}

START_TEST(empty_name)
{
	static const struct { const char *path; unsigned line, column; } where[] = {
		{ "/region/name", 3, 3 },
		{ "/program/goals/0/id", 10, 5 },
		{ "/staffing/0/positions/0/name", 27, 5 },
		{ "/contacts/0/name", 34, 3 },
		{ "/collaboration/7/label", 49, 3 },
		{ "/priority_areas/0/interventions/0/name", 54, 5 },
		{ "/priority_areas/0/interventions/0/outputs/0/text", 58, 7 },
	};
	static const char *const blanks[] = { "", "  ", "\t\n", "\xC2\xA0" };
	for (int which = 0; which < 7; which++) {
		sp_report *report = complete();
		ck_assert_int_eq(set_name(report, which, " x "), 0);
		if (which == 1) { /* keep the intervention's goal known */
			ck_assert_int_eq(sp_intervention_remove_goal_id(intervention(report, 0, 0), 0, NULL), 0);
			ck_assert_int_eq(sp_intervention_add_goal_id(intervention(report, 0, 0), " x ", NULL), 0);
		}
		expect_clean(report);
		sp_report_free(report);
		for (size_t b = 0; b < sizeof(blanks) / sizeof(blanks[0]); b++) {
			report = complete();
			ck_assert_int_eq(set_name(report, which, blanks[b]), 0);
			sp_diagnostics *d = run(report, STRUCTURE, TODAY);
			expect_finding(d, 0, "empty-name", SP_SEVERITY_ERROR, where[which].path, where[which].line,
			               where[which].column);
			/* a blank goal id also leaves "1.1" unknown */
			ck_assert_uint_eq(sp_diagnostics_count(d), which == 1 ? 2 : 1);
			sp_diagnostics_free(d);
			sp_report_free(report);
		}
	}
}
END_TEST

START_TEST(empty_name_of_an_element_built_without_one)
{
	/* An output built with the typed API has no text yet; it has no place in a file either. */
	sp_report *report = complete();
	sp_output *o;
	ck_assert_int_eq(sp_intervention_add_output(&o, intervention(report, 1, 0), NULL), 0);
	sp_diagnostics *d = expect_one(report, STRUCTURE, "empty-name", SP_SEVERITY_ERROR,
	                               "/priority_areas/1/interventions/0/outputs/3/text", 0, 0);
	sp_diagnostics_free(d);
}
END_TEST

/* ---- completeness for submission ------------------------------------ */

START_TEST(missing_collaboration)
{
	for (size_t i = 0; i < 8; i++) {
		sp_report *report = complete();
		sp_collaboration *c = sp_report_collaboration_mut(report, i);
		sp_actor actor = sp_collaboration_actor(c);
		ck_assert_int_eq(sp_report_remove_collaboration(report, i, NULL), 0);
		sp_diagnostics *d = expect_one(report, SUBMISSION, "missing-collaboration", SP_SEVERITY_ERROR,
		                               "/collaboration", 1, 1);
		ck_assert_ptr_nonnull(strstr(sp_diagnostics_message(d, 0), sp_enum_token(SP_ENUM_ACTOR, actor)));
		sp_diagnostics_free(d);
	}
	/* An entry with the actor alone is not an answer, but for the actor other, where it says there is none. */
	for (size_t i = 0; i < 8; i++) {
		sp_report *report = complete();
		sp_collaboration *c = sp_report_collaboration_mut(report, i);
		ck_assert_int_eq(sp_collaboration_set_description(c, NULL, NULL), 0);
		if (sp_collaboration_actor(c) == SP_ACTOR_OTHER) {
			ck_assert_int_eq(sp_collaboration_set_label(c, NULL, NULL), 0);
			expect_clean(report);
			sp_report_free(report);
		} else {
			char path[64];
			snprintf(path, sizeof(path), "/collaboration/%zu/description", i);
			expect_only(report, SUBMISSION, "missing-collaboration-description", SP_SEVERITY_ERROR, path,
			            sp_node_line(SP_NODE(c)), sp_node_column(SP_NODE(c)));
		}
	}
}
END_TEST

/* ---- the deadline ------------------------------------------------------ */

static int64_t days_left(const sp_report *report, int32_t today)
{
	int64_t days = 12345;
	int32_t deadline = 0;
	sp_error err;
	ck_assert_msg(sp_report_deadline(&days, &deadline, report, today, &err) == 0, "%s", err.message);
	ck_assert_int_eq(deadline, (int32_t)((sp_report_year(report) + 1) * 10000 + 131));
	return days;
}

START_TEST(deadline_days)
{
	sp_report *seed = load_example(EXAMPLE_YAML);
	ck_assert_int_eq(days_left(seed, 20240131), 0);
	ck_assert_int_eq(days_left(seed, 20240101), 30);
	ck_assert_int_eq(days_left(seed, 20240201), -1);
	ck_assert_int_eq(days_left(seed, 20231231), 31);
	ck_assert_int_eq(days_left(seed, 20230131), 365);
	/* 2024 is a leap year: 29 February lies between the deadline and 1 March */
	ck_assert_int_eq(days_left(seed, 20240229), -29);
	ck_assert_int_eq(days_left(seed, 20240301), -30);
	ck_assert_int_eq(days_left(seed, 20250131), -366);
	ck_assert_int_eq(sp_report_set_year(seed, 2022, NULL), 0);
	ck_assert_int_eq(days_left(seed, 20230301), -29);
	ck_assert_int_eq(sp_report_set_year(seed, 1999, NULL), 0); /* 2000 is a leap year, 1900 is not */
	ck_assert_int_eq(days_left(seed, 20000301), -30);
	ck_assert_int_eq(sp_report_set_year(seed, 1899, NULL), 0);
	ck_assert_int_eq(days_left(seed, 19000301), -29);
	ck_assert_int_eq(days_left(seed, 0) < 0, 1); /* today, UTC: long after 1900 */
	sp_report_free(seed);
}
END_TEST

START_TEST(deadline_rejects_bad_dates_and_years)
{
	static const int32_t bad[] = { 20230229, 20241301, 20240001, 20240132, 20240400 + 31, 101, -20240131,
	                               100000101 };
	sp_report *seed = load_example(EXAMPLE_YAML);
	int64_t days = 7;
	int32_t deadline = 7;
	sp_error err;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		ck_assert_int_eq(sp_report_deadline(&days, &deadline, seed, bad[i], &err), SP_EINVAL);
		ck_assert_int_eq(err.code, SP_EINVAL);
		ck_assert_int_eq(days, 0);
		ck_assert_int_eq(deadline, 0);
	}
	ck_assert_int_eq(sp_report_deadline(&days, NULL, seed, 20240229, &err), 0); /* a leap day is real */
	ck_assert_int_eq(days, -29);
	ck_assert_int_eq(sp_report_deadline(NULL, &deadline, seed, 20240101, &err), SP_EINVAL);
	ck_assert_int_eq(sp_report_deadline(&days, &deadline, NULL, 20240101, &err), SP_EINVAL);
	ck_assert_int_eq(sp_report_set_year(seed, 99999, NULL), 0);
	ck_assert_int_eq(sp_report_deadline(&days, &deadline, seed, 20240101, &err), SP_EINVAL);
	sp_report_free(seed);
}
END_TEST

/* ---- plausibility ------------------------------------------------------- */

START_TEST(implausible_special_operating_support_by_year)
{
	/* The complete report's särskilt driftstöd: 400 000 + 500 000 kr in 3 decisions. */
	static const struct { int64_t year, amount; int flagged; } cases[] = {
		{ 2023, 900000, 0 }, { 2023, 900001, 1 },
		{ 2024, 900000, 0 }, { 2024, 900003, 1 },
		{ 2025, 1050000, 0 }, { 2025, 1050001, 1 },
		{ 2026, 1110000, 0 }, { 2026, 1110001, 1 }, { 2030, 1110001, 1 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		sp_report *report = complete();
		ck_assert_int_eq(sp_report_set_year(report, cases[i].year, NULL), 0);
		ck_assert_int_eq(sp_output_set_amount_sek(output(report, 1, 0, 2), cases[i].amount - 400000, NULL), 0);
		if (!cases[i].flagged) {
			expect_clean(report);
			sp_report_free(report);
			continue;
		}
		/* reported at the first output of the type, where the reader starts adding up */
		sp_diagnostics *d = expect_one(report, STRUCTURE, "implausible-special-operating-support",
		                               SP_SEVERITY_WARNING, "/priority_areas/1/interventions/0/outputs/0/amount_sek",
		                               69, 7);
		/* the year's limit, not the report's figures: a message never carries a value of the report */
		ck_assert_ptr_nonnull(strstr(sp_diagnostics_message(d, 0), "may get in the report's year"));
		ck_assert_ptr_null(strstr(sp_diagnostics_message(d, 0), "decisions"));
		sp_diagnostics_free(d);
	}
}
END_TEST

/* ---- order, arguments, size ------------------------------------------- */

START_TEST(bad_arguments)
{
	sp_report *report = complete();
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	sp_diagnostics *d = (sp_diagnostics *)&opts;
	sp_error err;
	ck_assert_int_eq(sp_report_validate(NULL, report, NULL, &err), SP_EINVAL);
	ck_assert_int_eq(sp_report_validate(&d, NULL, NULL, &err), SP_EINVAL);
	ck_assert_ptr_null(d);
	opts.version = 99;
	ck_assert_int_eq(sp_report_validate(&d, report, &opts, &err), SP_EINVAL);
	opts.version = SP_VALIDATE_OPTIONS_VERSION;
	opts.today = 20240230;
	ck_assert_int_eq(sp_report_validate(&d, report, &opts, &err), SP_EINVAL);
	ck_assert_int_eq(err.code, SP_EINVAL);
	ck_assert_ptr_null(d);
	ck_assert_int_eq(sp_report_validate(&d, report, NULL, &err), 0); /* NULL options: structure only */
	ck_assert_uint_eq(sp_diagnostics_count(d), 0);
	ck_assert_ptr_null(sp_diagnostics_code(d, 0));
	ck_assert_ptr_null(sp_diagnostics_path(d, 0));
	ck_assert_ptr_null(sp_diagnostics_message(d, 0));
	ck_assert_int_eq(sp_diagnostics_severity(d, 0), 0);
	ck_assert_uint_eq(sp_diagnostics_line(d, 0), 0);
	ck_assert_uint_eq(sp_diagnostics_column(d, 0), 0);
	sp_diagnostics_free(d);
	sp_diagnostics_free(NULL);
	ck_assert_uint_eq(sp_diagnostics_count(NULL), 0);
	ck_assert_uint_eq(sp_diagnostics_count_severity(NULL, SP_SEVERITY_ERROR), 0);
	sp_report_free(report);
}
END_TEST

START_TEST(a_report_built_in_memory_has_no_lines)
{
	sp_report *report;
	sp_priority_area *area;
	ck_assert_int_eq(sp_report_new(&report, "Testlän", 2023, NULL), 0);
	ck_assert_int_eq(sp_report_add_priority_area(&area, report, NULL), 0);
	ck_assert_int_eq(sp_priority_area_set_number(area, 1, NULL), 0);
	ck_assert_int_eq(sp_priority_area_add_intervention(NULL, area, NULL), 0);
	ck_assert_int_eq(sp_intervention_add_goal_id(sp_priority_area_intervention_mut(area, 0), "1.1", NULL), 0);
	expect_only(report, STRUCTURE, "unknown-goal", SP_SEVERITY_ERROR, "/priority_areas/0/interventions/0/goals/0",
	            0, 0);
}
END_TEST

START_TEST(twenty_thousand_interventions)
{
	enum { N = 20000 };
	sp_report *report;
	sp_priority_area *area;
	sp_program *program;
	ck_assert_int_eq(sp_report_new(&report, "Testlän", 2023, NULL), 0);
	program = sp_report_program_mut(report);
	ck_assert_int_eq(sp_report_add_priority_area(&area, report, NULL), 0);
	ck_assert_int_eq(sp_priority_area_set_number(area, 1, NULL), 0);
	for (int i = 0; i < N; i++) {
		char id[32];
		sp_goal *goal;
		sp_intervention *iv;
		snprintf(id, sizeof(id), "1.%d", i);
		ck_assert_int_eq(sp_program_add_goal(&goal, program, NULL), 0);
		ck_assert_int_eq(sp_goal_set_id(goal, id, NULL), 0);
		ck_assert_int_eq(sp_priority_area_add_intervention(&iv, area, NULL), 0);
		snprintf(id, sizeof(id), "1.%d", N - 1 - i);
		ck_assert_int_eq(sp_intervention_add_goal_id(iv, id, NULL), 0);
	}
	sp_diagnostics *d = run(report, STRUCTURE, TODAY);
	ck_assert_uint_eq(sp_diagnostics_count(d), 0);
	sp_diagnostics_free(d);
	sp_report_free(report);
}
END_TEST

START_TEST(rules_are_listed_with_unique_codes)
{
	size_t count = sp_validate_rule_count();
	ck_assert_uint_ge(count, 20);
	for (size_t i = 0; i < count; i++) {
		sp_severity severity = 0;
		const char *description = NULL;
		const char *code = sp_validate_rule(i, &severity, &description);
		ck_assert_ptr_nonnull(code);
		ck_assert_ptr_nonnull(description);
		ck_assert(severity == SP_SEVERITY_ERROR || severity == SP_SEVERITY_WARNING);
		for (size_t k = 0; k < i; k++)
			ck_assert_str_ne(sp_validate_rule(k, NULL, NULL), code);
	}
	ck_assert_ptr_null(sp_validate_rule(count, NULL, NULL));
	ck_assert_str_eq(sp_validate_rule(0, NULL, NULL), "year-outside-program");
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("validate");
	TCase *tc = tcase_create("validate");
	tcase_add_test(tc, seed_has_no_structural_findings);
	tcase_add_test(tc, seed_for_submission_misses_question_5_and_two_statuses);
	tcase_add_test(tc, bad_email);
	tcase_add_test(tc, bad_email_message_holds_no_personal_data);
	tcase_add_test(tc, empty_name);
	tcase_add_test(tc, empty_name_of_an_element_built_without_one);
	tcase_add_test(tc, missing_collaboration);
	tcase_add_test(tc, deadline_days);
	tcase_add_test(tc, deadline_rejects_bad_dates_and_years);
	tcase_add_test(tc, implausible_special_operating_support_by_year);
	tcase_add_test(tc, bad_arguments);
	tcase_add_test(tc, a_report_built_in_memory_has_no_lines);
	tcase_add_test(tc, twenty_thousand_interventions);
	tcase_add_test(tc, rules_are_listed_with_unique_codes);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
