/*
 * Every error in one run: the sp_load_errors list, the limit max_errors,
 * and the errors that come before or after the document (options, files,
 * encodings, the JSON-or-YAML guess), which the list holds too. The cases
 * in tests/cases pin the errors of whole files.
 */
#include "support.h"

/* Five content errors: two in the region, one in the year, two in a demand. */
static const char five[] = "format: serviceprogram/1\n"
                           "region:\n"
                           "  name: [Gotland]\n"
                           "  county_code: '7'\n"
                           "year: twenty\n"
                           "demand_outlook:\n"
                           "- support_type: groceries\n"
                           "  trend: sideways\n";

static int load(sp_load_errors *errors, size_t max_errors, const char *text, sp_error *err)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report = NULL;
	opts.errors = errors;
	opts.max_errors = max_errors;
	int rc = sp_report_load_buffer(&report, text, strlen(text), &opts, err);
	ck_assert_msg(rc ? report == NULL : report != NULL, "a report comes back exactly when the load succeeds");
	sp_report_free(report);
	return rc;
}

static sp_load_errors *new_list(void)
{
	sp_load_errors *errors = NULL;
	ck_assert_int_eq(sp_load_errors_new(&errors), 0);
	ck_assert_ptr_nonnull(errors);
	return errors;
}

START_TEST(every_error_in_order)
{
	sp_load_errors *errors = new_list();
	sp_error err;
	ck_assert_int_eq(load(errors, 0, five, &err), SP_ETYPE);
	static const struct {
		int code;
		unsigned line, column;
		const char *path;
	} expected[] = {
		{ SP_ETYPE, 3, 9, "/region/name" },
		{ SP_EVALUE, 4, 16, "/region/county_code" },
		{ SP_EVALUE, 5, 7, "/year" },
		{ SP_EENUM, 7, 17, "/demand_outlook/0/support_type" },
		{ SP_EENUM, 8, 10, "/demand_outlook/0/trend" },
	};
	ck_assert_uint_eq(sp_load_errors_count(errors), 5);
	for (size_t i = 0; i < 5; i++) {
		const sp_error *e = sp_load_errors_get(errors, i);
		ck_assert_msg(e->code == expected[i].code && e->line == expected[i].line &&
		              e->column == expected[i].column && strcmp(e->path, expected[i].path) == 0,
		              "error %zu: %s %u:%u %s", i, sp_error_code_name(e->code), e->line, e->column, e->path);
		ck_assert_str_eq(e->source, "<buffer>");
	}
	ck_assert_ptr_null(sp_load_errors_get(errors, 5));
	ck_assert_int_eq(sp_load_errors_truncated(errors), 0);
	/* The caller's sp_error is the first. */
	ck_assert_mem_eq(&err, sp_load_errors_get(errors, 0), sizeof(err));
	sp_load_errors_free(errors);
}
END_TEST

START_TEST(max_errors_stops_loading)
{
	sp_load_errors *errors = new_list();
	sp_error err;
	ck_assert_int_eq(load(errors, 3, five, &err), SP_ETYPE);
	ck_assert_uint_eq(sp_load_errors_count(errors), 3);
	ck_assert_int_eq(sp_load_errors_truncated(errors), 1);
	ck_assert_str_eq(sp_load_errors_get(errors, 2)->path, "/year");
	/* 1: the first error only, as before the list existed. */
	ck_assert_int_eq(load(errors, 1, five, &err), SP_ETYPE);
	ck_assert_uint_eq(sp_load_errors_count(errors), 1);
	ck_assert_int_eq(sp_load_errors_truncated(errors), 1);
	ck_assert_str_eq(err.path, "/region/name");
	/* Exactly as many as found is not stopping short: the limit is only met. */
	ck_assert_int_eq(load(errors, 6, five, &err), SP_ETYPE);
	ck_assert_uint_eq(sp_load_errors_count(errors), 5);
	ck_assert_int_eq(sp_load_errors_truncated(errors), 0);
	sp_load_errors_free(errors);
}
END_TEST

START_TEST(a_list_serves_load_after_load)
{
	sp_load_errors *errors = new_list();
	sp_error err;
	ck_assert_int_eq(load(errors, 1, five, &err), SP_ETYPE);
	memset(&err, 0x5a, sizeof(err));
	sp_error untouched = err;
	ck_assert_int_eq(load(errors, 0, "format: serviceprogram/1\nregion: {name: X}\nyear: 2023\n", &err), 0);
	ck_assert_uint_eq(sp_load_errors_count(errors), 0);
	ck_assert_int_eq(sp_load_errors_truncated(errors), 0);
	ck_assert_mem_eq(&err, &untouched, sizeof(err)); /* left alone on success */
	/* More errors than the list's first room: it grows. */
	char text[4096] = "format: serviceprogram/1\nregion: {name: X}\nyear: 2023\ncontacts:\n";
	for (int i = 0; i < 40; i++)
		strcat(text, "- roles: [nobody]\n");
	ck_assert_int_eq(load(errors, 0, text, NULL), SP_EENUM);
	ck_assert_uint_eq(sp_load_errors_count(errors), 40);
	ck_assert_str_eq(sp_load_errors_get(errors, 39)->path, "/contacts/39/roles/0");
	sp_load_errors_free(errors);
}
END_TEST

START_TEST(syntax_stops_at_the_first)
{
	sp_load_errors *errors = new_list();
	sp_error err;
	/* YAML is parsed as it is read: the content errors before come first. (A JSON
	 * file's syntax is checked whole before its content: its syntax error comes first.) */
	const char *text = "format: serviceprogram/1\nregion: {name: [1]}\nyear: 2023\nfuture_outlook: \"unterminated\n";
	ck_assert_int_eq(load(errors, 0, text, &err), SP_ETYPE);
	ck_assert_uint_eq(sp_load_errors_count(errors), 2);
	ck_assert_int_eq(sp_load_errors_get(errors, 0)->code, SP_ETYPE);
	ck_assert_int_eq(sp_load_errors_get(errors, 1)->code, SP_ESYNTAX);
	ck_assert_int_eq(sp_load_errors_truncated(errors), 0);
	/* Text that begins with { is read as strict JSON: its error alone, in the list as
	 * in the sp_error, with the reason. */
	ck_assert_int_eq(load(errors, 0, "{\"format\": [", &err), SP_ESYNTAX);
	ck_assert_uint_eq(sp_load_errors_count(errors), 1);
	ck_assert_mem_eq(&err, sp_load_errors_get(errors, 0), sizeof(err));
	ck_assert_ptr_nonnull(strstr(err.message, "(text that begins with { or [ is read as JSON)"));
	sp_load_errors_free(errors);
}
END_TEST

START_TEST(errors_outside_the_document_are_listed)
{
	sp_load_errors *errors = new_list();
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report = NULL;
	sp_error err;
	opts.errors = errors;
	ck_assert_int_eq(sp_report_load_file(&report, "/nonexistent/report.yaml", &opts, &err), SP_EIO);
	ck_assert_uint_eq(sp_load_errors_count(errors), 1);
	ck_assert_mem_eq(&err, sp_load_errors_get(errors, 0), sizeof(err));
	ck_assert_int_eq(sp_report_load_stream(&report, NULL, &opts, NULL), SP_EINVAL);
	ck_assert_uint_eq(sp_load_errors_count(errors), 1);
	ck_assert_int_eq(sp_load_errors_get(errors, 0)->code, SP_EINVAL);
	ck_assert_int_eq(sp_report_load_buffer(&report, "\xff\xfe{\0}\0", 6, &opts, &err), SP_EUTF8);
	ck_assert_uint_eq(sp_load_errors_count(errors), 1);
	ck_assert_int_eq(sp_load_errors_get(errors, 0)->code, SP_EUTF8);
	/* Options of a version it does not know are not read, the list in them neither. */
	opts.version = 99;
	ck_assert_int_eq(sp_report_load_buffer(&report, "x: 1\n", 5, &opts, &err), SP_EINVAL);
	ck_assert_uint_eq(sp_load_errors_count(errors), 1);
	ck_assert_int_eq(sp_load_errors_get(errors, 0)->code, SP_EUTF8);
	sp_load_errors_free(errors);
}
END_TEST

START_TEST(version_1_options_have_no_list)
{
	sp_load_errors *errors = new_list();
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report = NULL;
	sp_error err;
	ck_assert_int_eq(load(errors, 0, five, &err), SP_ETYPE); /* something to be emptied, or not */
	opts.version = 1;
	opts.errors = errors;
	opts.max_errors = 1;
	ck_assert_int_eq(sp_report_load_buffer(&report, five, strlen(five), &opts, &err), SP_ETYPE);
	ck_assert_uint_eq(sp_load_errors_count(errors), 5); /* untouched: a version 1 caller has no such field */
	sp_load_errors_free(errors);
}
END_TEST

START_TEST(from_a_stream)
{
	FILE *f = tmpfile();
	ck_assert_ptr_nonnull(f);
	fputs(five, f);
	rewind(f);
	sp_load_errors *errors = new_list();
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report = NULL;
	opts.errors = errors;
	opts.source_name = "five.yaml";
	ck_assert_int_eq(sp_report_load_stream(&report, f, &opts, NULL), SP_ETYPE);
	ck_assert_uint_eq(sp_load_errors_count(errors), 5);
	ck_assert_str_eq(sp_load_errors_get(errors, 4)->source, "five.yaml");
	fclose(f);
	sp_load_errors_free(errors);
}
END_TEST

START_TEST(kept_unknown_keys_and_errors)
{
	/* An error inside a kept unknown value skips the rest of that value only. */
	sp_load_errors *errors = new_list();
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report = NULL;
	const char *text = "format: serviceprogram/1\nregion: {name: X}\nextra: {a: [1, {b: 1, b: 2}, 3], c: 4}\n"
	                   "year: [2023]\n";
	opts.errors = errors;
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	ck_assert_int_eq(sp_report_load_buffer(&report, text, strlen(text), &opts, NULL), SP_EDUPLICATE);
	ck_assert_uint_eq(sp_load_errors_count(errors), 2);
	/* A kept value's path ends at the mapping that holds it: an unknown key may be personal data. */
	ck_assert_str_eq(sp_load_errors_get(errors, 0)->path, "");
	ck_assert_uint_eq(sp_load_errors_get(errors, 0)->line, 3);
	ck_assert_str_eq(sp_load_errors_get(errors, 1)->path, "/year");
	/* After a kept value that failed half-way, the next unknown key of the mapping is read afresh. */
	text = "format: serviceprogram/1\nregion: {name: X}\nextra: {b: 1, b: 2}\nmore: [1, {c: [2]}]\nlast: {d: 1, d: 2}\n"
	       "year: [2023]\n";
	ck_assert_int_eq(sp_report_load_buffer(&report, text, strlen(text), &opts, NULL), SP_EDUPLICATE);
	ck_assert_uint_eq(sp_load_errors_count(errors), 3);
	ck_assert_str_eq(sp_load_errors_get(errors, 0)->path, "");
	ck_assert_uint_eq(sp_load_errors_get(errors, 0)->line, 3);
	ck_assert_str_eq(sp_load_errors_get(errors, 1)->path, "");
	ck_assert_uint_eq(sp_load_errors_get(errors, 1)->line, 5);
	ck_assert_str_eq(sp_load_errors_get(errors, 2)->path, "/year");
	sp_load_errors_free(errors);
}
END_TEST

START_TEST(null_arguments)
{
	ck_assert_int_eq(sp_load_errors_new(NULL), SP_EINVAL);
	ck_assert_uint_eq(sp_load_errors_count(NULL), 0);
	ck_assert_ptr_null(sp_load_errors_get(NULL, 0));
	ck_assert_int_eq(sp_load_errors_truncated(NULL), 0);
	sp_load_errors_free(NULL);
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("load errors");
	TCase *tc = tcase_create("load errors");
	tcase_add_test(tc, every_error_in_order);
	tcase_add_test(tc, max_errors_stops_loading);
	tcase_add_test(tc, a_list_serves_load_after_load);
	tcase_add_test(tc, syntax_stops_at_the_first);
	tcase_add_test(tc, errors_outside_the_document_are_listed);
	tcase_add_test(tc, version_1_options_have_no_list);
	tcase_add_test(tc, from_a_stream);
	tcase_add_test(tc, kept_unknown_keys_and_errors);
	tcase_add_test(tc, null_arguments);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
