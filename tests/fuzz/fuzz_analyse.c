/*
 * Fuzz target: everything done with a report once it has loaded. The
 * validator (both modes), the figures, the deadline, the diff of the report
 * with itself (which must be empty) and with next year's, next year's
 * skeleton, the redacted copy (redacting again changes nothing), the empty
 * template, and the national rollup. Each derived report must save and
 * load back equal.
 */
#include "fuzz.h"

static void check_saves(const sp_report *report, const char *what)
{
	for (int s = SP_SYNTAX_JSON; s <= SP_SYNTAX_YAML; s++) {
		char *text;
		size_t len;
		sp_report *again;
		fuzz_save(&text, &len, report, (sp_syntax)s);
		CHECK(fuzz_load(&again, (const uint8_t *)text, len, (sp_syntax)s, SP_UNKNOWN_KEYS_KEEP) == 0,
		      "%s does not load back:\n%s", what, text);
		fuzz_check_equal(report, again, what);
		sp_report_free(again);
		sp_free(text);
	}
}

static void validate(const sp_report *report, int submission)
{
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	sp_diagnostics *d;
	sp_error err;
	opts.submission = submission;
	opts.today = 20240115;
	CHECK(sp_report_validate(&d, report, &opts, &err) == 0, "validate: %s", err.message);
	size_t count = sp_diagnostics_count(d);
	CHECK(sp_diagnostics_count_severity(d, SP_SEVERITY_ERROR) + sp_diagnostics_count_severity(d, SP_SEVERITY_WARNING) ==
	          count, "severities do not add up");
	for (size_t i = 0; i < count; i++) {
		const char *code = sp_diagnostics_code(d, i), *path = sp_diagnostics_path(d, i);
		const char *message = sp_diagnostics_message(d, i);
		sp_severity severity = sp_diagnostics_severity(d, i);
		CHECK(code && path && message && message[0], "finding %zu lacks a code, path or message", i);
		CHECK(path[0] == '\0' || path[0] == '/', "finding %s has path '%s'", code, path);
		size_t rule = 0;
		sp_severity rule_severity = 0;
		while (rule < sp_validate_rule_count() && strcmp(sp_validate_rule(rule, &rule_severity, NULL), code))
			rule++;
		CHECK(rule < sp_validate_rule_count(), "finding %s is no rule", code);
		CHECK(severity == rule_severity, "finding %s has severity %d, its rule %d", code, severity, rule_severity);
		(void)sp_diagnostics_line(d, i);
		(void)sp_diagnostics_column(d, i);
	}
	CHECK(!sp_diagnostics_code(d, count) && !sp_diagnostics_path(d, count), "a finding past the end");
	sp_diagnostics_free(d);
}

static void figures(const sp_report *report)
{
	sp_figures *f;
	sp_error err;
	int rc = sp_report_figures(&f, report, &err);
	if (rc) {
		/* Counts and kronor can add up past 64 bits: that, and only that, may fail. */
		CHECK(rc == SP_ERANGE && !f, "figures: %s: %s", sp_error_code_name(rc), err.message);
		return;
	}
	for (int a = SP_AREA_UNSET; a <= SP_AREA_CASE_HANDLING; a++)
		CHECK(sp_figures_fte(f, (sp_work_area)a) >= 0 &&
		      sp_figures_fte(f, (sp_work_area)a) <= sp_figures_fte(f, SP_AREA_UNSET), "fte of area %d", a);
	for (int t = SP_SUPPORT_UNSET; t <= SP_SUPPORT_OTHER; t++) {
		int64_t d = sp_figures_decisions(f, (sp_support_type)t), k = sp_figures_kronor(f, (sp_support_type)t);
		CHECK(d >= 0 && d <= sp_figures_decisions(f, SP_SUPPORT_UNSET), "decisions of type %d", t);
		CHECK(k >= 0 && k <= sp_figures_kronor(f, SP_SUPPORT_UNSET), "kronor of type %d", t);
		sp_trend trend = sp_figures_trend(f, (sp_support_type)t);
		CHECK(trend >= SP_TREND_UNSET && trend <= SP_TREND_INCREASE, "trend %d", trend);
	}
	size_t total = sp_figures_interventions(f), sum = 0;
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		size_t here = sp_priority_area_intervention_count(sp_report_priority_area(report, a));
		CHECK(sp_figures_area_interventions(f, sp_priority_area_number(sp_report_priority_area(report, a))) >= here,
		      "area %zu counts fewer interventions than it has", a);
		sum += here;
	}
	CHECK(sum == total, "interventions per area add up to %zu, not %zu", sum, total);
	CHECK(sp_figures_area_interventions(f, -2) == 0, "an area numbered -2");
	sum = 0;
	for (int s = SP_STATUS_UNSET; s <= SP_STATUS_COMPLETED; s++)
		sum += sp_figures_interventions_by_status(f, (sp_status)s);
	CHECK(sum == total, "interventions per status add up to %zu, not %zu", sum, total);
	for (int s = SP_SERVICE_GROCERIES; s <= SP_SERVICE_BROADER_CONTEXT; s++)
		CHECK(sp_figures_interventions_by_service(f, (sp_service_type)s) <= total, "service type %d", s);
	sp_figures_free(f);
}

static void deadline(const sp_report *report)
{
	int64_t days;
	int32_t due;
	sp_error err;
	int rc = sp_report_deadline(&days, &due, report, 20240115, &err);
	CHECK(rc == 0 || rc == SP_EINVAL, "deadline: %s", err.message);
	if (!rc)
		CHECK(due / 10000 == sp_report_year(report) + 1 && due % 10000 == 131, "deadline %d for year %lld", due,
		      (long long)sp_report_year(report));
}

static size_t diff(const sp_report *a, const sp_report *b)
{
	sp_diff *d;
	sp_error err;
	int rc = sp_report_diff(&d, a, b, &err);
	if (rc) {
		CHECK(rc == SP_ERANGE, "diff: %s: %s", sp_error_code_name(rc), err.message);
		return 0;
	}
	size_t count = sp_diff_count(d);
	for (size_t i = 0; i < count; i++) {
		sp_change_kind kind = sp_diff_kind(d, i);
		CHECK(kind >= SP_CHANGE_ADDED && kind <= SP_CHANGE_FIGURE, "change kind %d", kind);
		/* An intervention without a name has no subject; a figure always has one. */
		CHECK(sp_diff_subject(d, i) || kind != SP_CHANGE_FIGURE, "change %zu has no subject", i);
		(void)sp_diff_area(d, i);
		(void)sp_diff_old_value(d, i);
		(void)sp_diff_new_value(d, i);
	}
	sp_diff_free(d);
	return count;
}

static void rollup(const sp_report *report, const sp_report *next)
{
	sp_rollup *r;
	sp_error err;
	CHECK(sp_rollup_new(&r, &err) == 0, "rollup: %s", err.message);
	int rc = sp_rollup_add(r, report, &err);
	CHECK(rc == 0 || rc == SP_ERANGE, "rollup add: %s", err.message);
	if (!rc)
		CHECK(sp_rollup_add(r, report, &err) == SP_EDUPLICATE, "a region added twice for one year");
	if (next) {
		rc = sp_rollup_add(r, next, &err);
		CHECK(rc == 0 || rc == SP_ERANGE, "rollup add next year: %s", err.message);
	}
	for (size_t y = 0; y <= sp_rollup_year_count(r); y++) {
		(void)sp_rollup_year(r, y);
		for (size_t i = 0; i <= sp_rollup_region_count(r, y); i++)
			(void)sp_rollup_region(r, y, i);
		for (int t = SP_SUPPORT_UNSET; t <= SP_SUPPORT_OTHER; t++) {
			CHECK(sp_rollup_decisions(r, y, (sp_support_type)t) >= 0, "decisions");
			CHECK(sp_rollup_kronor(r, y, (sp_support_type)t) >= 0, "kronor");
			for (int trend = SP_TREND_UNSET; trend <= SP_TREND_INCREASE; trend++)
				(void)sp_rollup_trend_count(r, y, (sp_support_type)t, (sp_trend)trend);
		}
		for (int a = SP_AREA_UNSET; a <= SP_AREA_CASE_HANDLING; a++) {
			CHECK(sp_rollup_fte_mean(r, y, (sp_work_area)a) <= sp_rollup_fte_sum(r, y, (sp_work_area)a),
			      "mean above sum");
		}
		for (int a = SP_ACTOR_UNSET; a <= SP_ACTOR_OTHER; a++)
			for (int s = SP_LADDER_UNSET; s <= SP_LADDER_JOINT_ACTION; s++)
				(void)sp_rollup_ladder_count(r, y, (sp_actor)a, (sp_ladder_step)s);
		for (int s = SP_SERVICE_UNSET; s <= SP_SERVICE_BROADER_CONTEXT; s++)
			(void)sp_rollup_interventions_by_service(r, y, (sp_service_type)s);
		for (int s = SP_STATUS_UNSET; s <= SP_STATUS_COMPLETED; s++)
			(void)sp_rollup_interventions_by_status(r, y, (sp_status)s);
	}
	sp_rollup_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sp_report *report, *next = NULL, *redacted, *again, *empty;
	sp_error err;
	if (size > FUZZ_MAX_INPUT || fuzz_load(&report, data, size, SP_SYNTAX_AUTO, SP_UNKNOWN_KEYS_KEEP))
		return 0;

	validate(report, 0);
	validate(report, 1);
	figures(report);
	deadline(report);
	CHECK(diff(report, report) == 0, "a report differs from itself");

	int rc = sp_report_next_year(&next, report, &err);
	CHECK(rc == 0 || (rc == SP_ERANGE && sp_report_year(report) == INT64_MAX), "next year: %s: %s",
	      sp_error_code_name(rc), err.message);
	if (!rc) {
		CHECK(sp_report_year(next) == sp_report_year(report) + 1, "next year's year");
		validate(next, 1);
		(void)diff(report, next);
		(void)diff(next, report);
		check_saves(next, "next year's report");
	}
	rollup(report, next);

	CHECK(sp_report_redact(&redacted, report, &err) == 0, "redact: %s", err.message);
	for (size_t i = 0; i < sp_report_contact_count(redacted); i++) {
		const sp_contact *c = sp_report_contact(redacted, i);
		CHECK(!sp_contact_name(c) && !sp_contact_email(c), "contact %zu keeps personal data", i);
	}
	CHECK(sp_report_redact(&again, redacted, &err) == 0, "redact again: %s", err.message);
	fuzz_check_equal(redacted, again, "redacting a redacted report");
	validate(redacted, 1);
	check_saves(redacted, "the redacted report");

	CHECK(sp_report_template(&empty, sp_region_name(sp_report_region(report)), sp_report_year(report), &err) == 0,
	      "template: %s", err.message);
	validate(empty, 1);
	check_saves(empty, "the template");

	sp_report_free(empty);
	sp_report_free(again);
	sp_report_free(redacted);
	sp_report_free(next);
	sp_report_free(report);
	return 0;
}
