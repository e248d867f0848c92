/* The load options' limits: each one stops loading with SP_ELIMIT, named, at its place. */
#include "support.h"

static const char *header = "format: serviceprogram/1\nregion: {name: Gotland}\nyear: 2023\n";

static int load_with(const char *text, const sp_load_options *opts, sp_error *err)
{
	sp_report *report = NULL;
	int rc = sp_report_load_buffer(&report, text, strlen(text), opts, err);
	ck_assert(rc == 0 || report == NULL);
	sp_report_free(report);
	return rc;
}

START_TEST(input_size)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_error err;
	opts.max_bytes = strlen(header);
	ck_assert_int_eq(load_with(header, &opts, &err), 0);
	opts.max_bytes = strlen(header) - 1;
	ck_assert_int_eq(load_with(header, &opts, &err), SP_ELIMIT);
	ck_assert_ptr_nonnull(strstr(err.message, "max_bytes"));

	/* Files and streams are not read past the limit. */
	FILE *f = tmpfile();
	fputs(header, f);
	rewind(f);
	sp_report *report = NULL;
	ck_assert_int_eq(sp_report_load_stream(&report, f, &opts, &err), SP_ELIMIT);
	ck_assert_ptr_null(report);
	fclose(f);

	/* A file holding more than its size said (as one growing while it is read does) is read no further
	 * than the limit: /proc's files say 0 bytes. Its text is YAML enough to be parsed as it is read. */
	f = fopen("/proc/self/status", "rb");
	if (f) {
		opts.max_bytes = 16;
		ck_assert_int_eq(sp_report_load_stream(&report, f, &opts, &err), SP_ELIMIT);
		ck_assert_ptr_nonnull(strstr(err.message, "max_bytes"));
		ck_assert_ptr_null(report);
		fclose(f);
	}
}
END_TEST

START_TEST(nesting_depth)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_error err;
	char text[4096];
	/* An unknown key holding lists nested 40 deep: over the default 32, under an allowed 48. */
	snprintf(text, sizeof(text), "%sextra: ", header);
	for (int i = 0; i < 40; i++)
		strcat(text, "[");
	for (int i = 0; i < 40; i++)
		strcat(text, "]");
	strcat(text, "\n");
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	ck_assert_int_eq(load_with(text, &opts, &err), SP_ELIMIT);
	ck_assert_ptr_nonnull(strstr(err.message, "max_depth"));
	ck_assert_uint_eq(err.line, 4);
	opts.max_depth = 48;
	ck_assert_int_eq(load_with(text, &opts, &err), 0);
	opts.max_depth = 1000; /* clamped to SP_MAX_DEPTH */
	ck_assert_int_eq(load_with(text, &opts, &err), 0);
	/* The document itself is only a few levels deep: a tight limit stops it too. */
	opts.max_depth = 1;
	ck_assert_int_eq(load_with("format: serviceprogram/1\nregion: {name: Gotland}\nyear: 2023\n", &opts, &err),
	                 SP_ELIMIT);
	ck_assert_str_eq(err.path, "/region");
}
END_TEST

START_TEST(text_length)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_error err;
	size_t size = 12u << 20; /* a 10 MB text, past the default 1 MiB */
	char *text = malloc(size + 256);
	int n = snprintf(text, 256, "%sfuture_outlook: \"", header);
	memset(text + n, 'a', 10u << 20);
	strcpy(text + n + (10u << 20), "\"\n");
	ck_assert_int_eq(load_with(text, &opts, &err), SP_ELIMIT);
	ck_assert_ptr_nonnull(strstr(err.message, "max_text"));
	ck_assert_str_eq(err.path, "/future_outlook");
	ck_assert_uint_eq(err.line, 4);
	opts.max_text = 11u << 20;
	ck_assert_int_eq(load_with(text, &opts, &err), 0);
	free(text);
}
END_TEST

START_TEST(element_count)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_error err;
	char text[4096];
	snprintf(text, sizeof(text), "%spriority_areas: [{number: 1}, {number: 2}, {number: 3}]\n", header);
	opts.max_elements = 1000;
	ck_assert_int_eq(load_with(text, &opts, &err), 0);
	opts.max_elements = 20;
	ck_assert_int_eq(load_with(text, &opts, &err), SP_ELIMIT);
	ck_assert_ptr_nonnull(strstr(err.message, "max_elements"));
	ck_assert_str_eq(err.path, "/priority_areas"); /* met at the third item, before it begins */
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("limits");
	TCase *tc = tcase_create("limits");
	tcase_add_test(tc, input_size);
	tcase_add_test(tc, nesting_depth);
	tcase_add_test(tc, text_length);
	tcase_add_test(tc, element_count);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
