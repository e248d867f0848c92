/*
 * libserviceprogram-form through its C API: the bundled report written as
 * the form and read back, the findings and their places, the limits against
 * zip bombs, and bad arguments. Forms written by hand edits are tried from
 * Python (tests/form/test_form.py), where python-docx builds them.
 */
#include <serviceprogram/form.h>
#include <unistd.h>

#include "support.h"

static char form_path[64];

static void write_bundled_form(void)
{
	snprintf(form_path, sizeof form_path, "/tmp/sp-test-form-%ld.docx", (long)getpid());
	sp_report *report = load_example(EXAMPLE_YAML);
	sp_error err;
	ck_assert_int_eq(sp_form_export(report, form_path, NULL, &err), 0);
	sp_report_free(report);
}

static void remove_form(void)
{
	unlink(form_path);
}

START_TEST(export_then_import_gives_the_report_back)
{
	sp_report *back = NULL, *again = NULL;
	sp_form_findings *findings = NULL;
	sp_error err;
	ck_assert_int_eq(sp_form_import(&back, &findings, form_path, NULL, &err), 0);
	ck_assert_str_eq(sp_region_name(sp_report_region(back)), "Jämtland Härjedalen");
	ck_assert_int_eq(sp_report_year(back), 2023);
	ck_assert_uint_eq(sp_report_demand_count(back), 5);
	ck_assert_int_eq(sp_demand_trend(sp_report_demand(back, 0)), SP_TREND_INCREASE);
	int64_t fte = 0;
	const sp_staffing *coordination = sp_report_staffing(back, 0);
	for (size_t i = 0; i < sp_staffing_position_count(coordination); i++)
		fte += sp_position_fte(sp_staffing_position(coordination, i));
	ck_assert_int_eq(fte, 850);
	size_t interventions = 0;
	for (size_t a = 0; a < sp_report_priority_area_count(back); a++)
		interventions += sp_priority_area_intervention_count(sp_report_priority_area(back, a));
	ck_assert_uint_eq(sp_report_priority_area_count(back), 3);
	ck_assert_uint_eq(interventions, 14);
	const sp_output *home = sp_intervention_output(sp_priority_area_intervention(sp_report_priority_area(back, 1), 0), 1);
	ck_assert_int_eq(sp_output_support_type(home), SP_SUPPORT_HOME_DELIVERY_GRANT);
	ck_assert_int_eq(sp_output_amount_sek(home), 1537062);

	/* The one intervention without a status is the one finding, placed in the form. */
	ck_assert_uint_eq(sp_form_findings_count(findings), 1);
	unsigned int table, row, column;
	ck_assert_int_eq(sp_form_finding_place(findings, 0, &table, &row, &column), 0);
	ck_assert_uint_eq(table, 9);
	ck_assert_uint_eq(row, 8);
	ck_assert_uint_eq(column, 10);
	ck_assert_ptr_nonnull(strstr(sp_form_finding_message(findings, 0), "status"));
	ck_assert_ptr_null(sp_form_finding_message(findings, 1));
	ck_assert_int_eq(sp_form_finding_place(findings, 1, NULL, NULL, NULL), SP_ENOTFOUND);
	sp_form_findings_free(findings);

	/* Written again and read again: nothing changes any more. */
	char second[80];
	snprintf(second, sizeof second, "%s.2.docx", form_path);
	ck_assert_int_eq(sp_form_export(back, second, NULL, &err), 0);
	ck_assert_int_eq(sp_form_import(&again, NULL, second, NULL, &err), 0);
	unlink(second);
	ck_assert_int_eq(sp_report_equal(back, again), 1);
	sp_report_free(back);
	sp_report_free(again);
}
END_TEST

START_TEST(limits_refuse_the_archive)
{
	sp_report *report = (sp_report *)1;
	sp_error err;
	sp_form_options opts = SP_FORM_OPTIONS_INIT;
	opts.max_entries = 2;
	ck_assert_int_eq(sp_form_import(&report, NULL, form_path, &opts, &err), SP_ELIMIT);
	ck_assert_ptr_null(report);
	ck_assert_ptr_nonnull(strstr(err.message, "entries"));
	opts = (sp_form_options)SP_FORM_OPTIONS_INIT;
	opts.max_uncompressed = 1000;
	ck_assert_int_eq(sp_form_import(&report, NULL, form_path, &opts, &err), SP_ELIMIT);
	ck_assert_str_eq(err.source, form_path);
	opts = (sp_form_options)SP_FORM_OPTIONS_INIT;
	opts.max_ratio = 1;
	ck_assert_int_eq(sp_form_import(&report, NULL, form_path, &opts, &err), SP_ELIMIT);
}
END_TEST

START_TEST(bad_arguments_and_files)
{
	sp_report *report = NULL;
	sp_error err;
	ck_assert_int_eq(sp_form_import(NULL, NULL, form_path, NULL, &err), SP_EINVAL);
	ck_assert_int_eq(sp_form_import(&report, NULL, NULL, NULL, NULL), SP_EINVAL);
	sp_form_options opts = SP_FORM_OPTIONS_INIT;
	opts.version = 99;
	ck_assert_int_eq(sp_form_import(&report, NULL, form_path, &opts, &err), SP_EINVAL);
	ck_assert_int_eq(sp_form_import(&report, NULL, "/nonexistent/form.docx", NULL, &err), SP_EIO);
	ck_assert_str_eq(err.source, "/nonexistent/form.docx");
	ck_assert_int_eq(sp_form_import(&report, NULL, data_path("SP_EXAMPLES", EXAMPLE_YAML), NULL, &err), SP_EFORMAT);
	ck_assert_ptr_nonnull(strstr(err.message, "not a zip archive"));

	sp_report *bundled = load_example(EXAMPLE_YAML);
	ck_assert_int_eq(sp_form_export(NULL, form_path, NULL, &err), SP_EINVAL);
	ck_assert_int_eq(sp_form_export(bundled, NULL, NULL, &err), SP_EINVAL);
	ck_assert_int_eq(sp_form_export(bundled, "/nonexistent/form.docx", NULL, &err), SP_EIO);
	sp_report_free(bundled);
	ck_assert_uint_eq(sp_form_findings_count(NULL), 0);
	sp_form_findings_free(NULL);
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("form");
	TCase *tc = tcase_create("form");
	tcase_add_unchecked_fixture(tc, write_bundled_form, remove_form);
	tcase_add_test(tc, export_then_import_gives_the_report_back);
	tcase_add_test(tc, limits_refuse_the_archive);
	tcase_add_test(tc, bad_arguments_and_files);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
