/* Options structs that can grow: every version from 1 to the current one is
 * read, 0 and newer ones are refused; the *_options_init functions; the
 * number of enumerations from the library. */
#include "support.h"

static const char report_text[] = "format: serviceprogram/1\nregion:\n  name: Testland\nyear: 2024\n";

START_TEST(init_gives_the_macros_defaults)
{
	sp_load_options load, load_macro = SP_LOAD_OPTIONS_INIT;
	sp_save_options save, save_macro = SP_SAVE_OPTIONS_INIT;
	sp_validate_options validate, validate_macro = SP_VALIDATE_OPTIONS_INIT;
	memset(&load, 0xa5, sizeof(load));
	memset(&save, 0xa5, sizeof(save));
	memset(&validate, 0xa5, sizeof(validate));
	for (unsigned int v = 1; v <= SP_LOAD_OPTIONS_VERSION; v++) {
		ck_assert_int_eq(sp_load_options_init(&load, v), 0);
		ck_assert_uint_eq(load.version, v);
	}
	ck_assert_int_eq(sp_save_options_init(&save, SP_SAVE_OPTIONS_VERSION), 0);
	ck_assert_int_eq(sp_validate_options_init(&validate, SP_VALIDATE_OPTIONS_VERSION), 0);
	ck_assert_uint_eq(load.version, load_macro.version);
	ck_assert_int_eq(load.syntax, load_macro.syntax);
	ck_assert_int_eq(load.unknown_keys, load_macro.unknown_keys);
	ck_assert_ptr_null(load.source_name);
	ck_assert_uint_eq(load.max_bytes + load.max_depth + load.max_text + load.max_elements, 0);
	ck_assert_ptr_null(load.allocator);
	ck_assert_uint_eq(save.version, save_macro.version);
	ck_assert_int_eq(save.syntax, save_macro.syntax);
	ck_assert_uint_eq(validate.version, validate_macro.version);
	ck_assert_int_eq(validate.submission, validate_macro.submission);
	ck_assert_int_eq(validate.today, validate_macro.today);
}
END_TEST

START_TEST(init_refuses_unknown_versions)
{
	sp_load_options load = SP_LOAD_OPTIONS_INIT;
	sp_save_options save = SP_SAVE_OPTIONS_INIT;
	sp_validate_options validate = SP_VALIDATE_OPTIONS_INIT;
	ck_assert_int_eq(sp_load_options_init(&load, 0), SP_EINVAL);
	ck_assert_int_eq(sp_load_options_init(&load, SP_LOAD_OPTIONS_VERSION + 1), SP_EINVAL);
	ck_assert_int_eq(sp_load_options_init(NULL, SP_LOAD_OPTIONS_VERSION), SP_EINVAL);
	ck_assert_int_eq(sp_save_options_init(&save, 0), SP_EINVAL);
	ck_assert_int_eq(sp_save_options_init(&save, SP_SAVE_OPTIONS_VERSION + 1), SP_EINVAL);
	ck_assert_int_eq(sp_save_options_init(NULL, SP_SAVE_OPTIONS_VERSION), SP_EINVAL);
	ck_assert_int_eq(sp_validate_options_init(&validate, 0), SP_EINVAL);
	ck_assert_int_eq(sp_validate_options_init(&validate, SP_VALIDATE_OPTIONS_VERSION + 1), SP_EINVAL);
	ck_assert_int_eq(sp_validate_options_init(NULL, SP_VALIDATE_OPTIONS_VERSION), SP_EINVAL);
	/* A refused version leaves the struct as it was. */
	ck_assert_uint_eq(load.version, SP_LOAD_OPTIONS_VERSION);
}
END_TEST

/* The message of a refused version names the struct, the version and what is read. */
static void assert_refused(int rc, const sp_error *err, const char *name, unsigned int version)
{
	char expected[128];
	ck_assert_int_eq(rc, SP_EINVAL);
	ck_assert_int_eq(err->code, SP_EINVAL);
	snprintf(expected, sizeof(expected), "%s version %u is not one this library reads (1 to ", name, version);
	ck_assert_msg(strstr(err->message, expected), "message: %s", err->message);
}

START_TEST(loading_saving_and_validating_read_every_known_version)
{
	sp_report *report = NULL;
	sp_error err;
	for (unsigned int v = 1; v <= SP_LOAD_OPTIONS_VERSION; v++) {
		sp_load_options opts;
		ck_assert_int_eq(sp_load_options_init(&opts, v), 0);
		opts.syntax = SP_SYNTAX_YAML;
		ck_assert_int_eq(sp_report_load_buffer(&report, report_text, strlen(report_text), &opts, &err), 0);
		sp_report_free(report);
		report = NULL;
	}
	ck_assert_int_eq(sp_report_load_buffer(&report, report_text, strlen(report_text), NULL, &err), 0);
	for (unsigned int v = 1; v <= SP_SAVE_OPTIONS_VERSION; v++) {
		sp_save_options opts;
		char *out = NULL;
		ck_assert_int_eq(sp_save_options_init(&opts, v), 0);
		opts.syntax = SP_SYNTAX_YAML; /* a field of version 1 is honoured */
		ck_assert_int_eq(sp_report_save_buffer(&out, NULL, report, &opts, &err), 0);
		ck_assert_msg(strncmp(out, "format: ", 8) == 0, "not YAML: %s", out);
		sp_free(out);
	}
	for (unsigned int v = 1; v <= SP_VALIDATE_OPTIONS_VERSION; v++) {
		sp_validate_options opts;
		sp_diagnostics *d = NULL;
		ck_assert_int_eq(sp_validate_options_init(&opts, v), 0);
		opts.submission = 1;
		opts.today = 20250110;
		ck_assert_int_eq(sp_report_validate(&d, report, &opts, &err), 0);
		ck_assert_uint_gt(sp_diagnostics_count(d), 0); /* the submission checks ran */
		sp_diagnostics_free(d);
	}
	sp_report_free(report);
}
END_TEST

START_TEST(loading_saving_and_validating_refuse_unknown_versions)
{
	sp_report *report = NULL;
	sp_error err;
	ck_assert_int_eq(sp_report_load_buffer(&report, report_text, strlen(report_text), NULL, &err), 0);
	unsigned int refused[2];

	sp_load_options load = SP_LOAD_OPTIONS_INIT;
	refused[0] = 0, refused[1] = SP_LOAD_OPTIONS_VERSION + 1;
	for (int i = 0; i < 2; i++) {
		sp_report *none = NULL;
		load.version = refused[i];
		assert_refused(sp_report_load_buffer(&none, report_text, strlen(report_text), &load, &err), &err,
		               "sp_load_options", refused[i]);
		ck_assert_ptr_null(none);
	}
	sp_save_options save = SP_SAVE_OPTIONS_INIT;
	refused[0] = 0, refused[1] = SP_SAVE_OPTIONS_VERSION + 1;
	for (int i = 0; i < 2; i++) {
		char *out = NULL;
		save.version = refused[i];
		assert_refused(sp_report_save_buffer(&out, NULL, report, &save, &err), &err, "sp_save_options", refused[i]);
		ck_assert_ptr_null(out);
	}
	sp_validate_options validate = SP_VALIDATE_OPTIONS_INIT;
	refused[0] = 0, refused[1] = SP_VALIDATE_OPTIONS_VERSION + 1;
	for (int i = 0; i < 2; i++) {
		sp_diagnostics *d = NULL;
		validate.version = refused[i];
		assert_refused(sp_report_validate(&d, report, &validate, &err), &err, "sp_validate_options", refused[i]);
		ck_assert_ptr_null(d);
	}
	sp_report_free(report);
}
END_TEST

START_TEST(an_older_version_has_no_later_fields)
{
	/* A caller built against version 2 has no `language`: the bytes past its struct are not read as
	 * one (valgrind caught it read once). The tests run under an English locale. */
	const char *bad = "format: serviceprogram/1\nregion: {name: X}\nyear: [2023]\n";
	sp_load_options opts;
	sp_report *report = NULL;
	sp_error err;
	ck_assert_int_eq(sp_load_options_init(&opts, 2), 0);
	opts.language = SP_LANGUAGE_SV;
	ck_assert_int_eq(sp_report_load_buffer(&report, bad, strlen(bad), &opts, &err), SP_ETYPE);
	ck_assert_msg(strstr(err.message, "expected a whole number"), "not English: %s", err.message);
	opts.version = 3;
	ck_assert_int_eq(sp_report_load_buffer(&report, bad, strlen(bad), &opts, &err), SP_ETYPE);
	ck_assert_msg(!strstr(err.message, "expected a whole number"), "not Swedish: %s", err.message);

	ck_assert_int_eq(sp_report_load_buffer(&report, report_text, strlen(report_text), NULL, &err), 0);
	/* Version 1 of sp_validate_options has no `language` either. */
	sp_diagnostics *found[3] = { NULL, NULL, NULL };
	const unsigned int versions[3] = { 1, 2, 2 };
	const sp_language languages[3] = { SP_LANGUAGE_SV, SP_LANGUAGE_EN, SP_LANGUAGE_SV };
	for (int i = 0; i < 3; i++) {
		sp_validate_options validate;
		ck_assert_int_eq(sp_validate_options_init(&validate, versions[i]), 0);
		validate.submission = 1;
		validate.language = languages[i];
		ck_assert_int_eq(sp_report_validate(&found[i], report, &validate, &err), 0);
		ck_assert_uint_gt(sp_diagnostics_count(found[i]), 0);
	}
	ck_assert_str_eq(sp_diagnostics_message(found[0], 0), sp_diagnostics_message(found[1], 0));
	ck_assert_str_ne(sp_diagnostics_message(found[0], 0), sp_diagnostics_message(found[2], 0));
	for (int i = 0; i < 3; i++)
		sp_diagnostics_free(found[i]);
	sp_report_free(report);
}
END_TEST

START_TEST(the_library_counts_its_enumerations)
{
	ck_assert_int_eq(sp_enum_count(), SP_ENUM_COUNT);
	for (int e = 0; e < sp_enum_count(); e++) {
		ck_assert_ptr_nonnull(sp_enum_name((sp_enum_id)e));
		ck_assert_int_gt(sp_enum_max((sp_enum_id)e), 0);
	}
	ck_assert_ptr_null(sp_enum_name((sp_enum_id)sp_enum_count()));
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("options");
	TCase *tc = tcase_create("options");
	tcase_add_test(tc, init_gives_the_macros_defaults);
	tcase_add_test(tc, init_refuses_unknown_versions);
	tcase_add_test(tc, loading_saving_and_validating_read_every_known_version);
	tcase_add_test(tc, loading_saving_and_validating_refuse_unknown_versions);
	tcase_add_test(tc, an_older_version_has_no_later_fields);
	tcase_add_test(tc, the_library_counts_its_enumerations);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
