/* Helpers shared by the test suites. */
#ifndef SP_TEST_SUPPORT_H
#define SP_TEST_SUPPORT_H

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <serviceprogram.h>

/* Path of a file in the folder named by environment variable `var`. */
static inline const char *data_path(const char *var, const char *name)
{
	static char path[4096];
	const char *dir = getenv(var);
	snprintf(path, sizeof(path), "%s/%s", dir ? dir : ".", name);
	return path;
}

#define EXAMPLE_YAML "jamtland-harjedalen-2023.yaml"
#define EXAMPLE_JSON "jamtland-harjedalen-2023.json"

/* Loads a bundled example, failing the test with the error if it cannot. */
static inline sp_report *load_example(const char *name)
{
	sp_report *report = NULL;
	sp_error err;
	char text[1024];
	int rc = sp_report_load_file(&report, data_path("SP_EXAMPLES", name), NULL, &err);
	if (rc)
		sp_error_format(text, sizeof(text), &err);
	ck_assert_msg(rc == 0, "loading %s: %s", name, rc ? text : "");
	return report;
}

/* Saves to a new buffer, failing the test if it cannot. */
static inline char *save_text(const sp_report *report, sp_syntax syntax)
{
	sp_save_options opts = SP_SAVE_OPTIONS_INIT;
	sp_error err;
	char *out = NULL;
	opts.syntax = syntax;
	ck_assert_msg(sp_report_save_buffer(&out, NULL, report, &opts, &err) == 0, "save: %s", err.message);
	return out;
}

static inline sp_report *load_text(const char *text, sp_syntax syntax)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report = NULL;
	sp_error err;
	char msg[1024];
	opts.syntax = syntax;
	int rc = sp_report_load_buffer(&report, text, strlen(text), &opts, &err);
	if (rc)
		sp_error_format(msg, sizeof(msg), &err);
	ck_assert_msg(rc == 0, "load: %s", rc ? msg : "");
	return report;
}

/* The whole of a small text file (at most 64 KiB), in a buffer that the next call reuses. */
static inline char *read_small_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	static char buf[1 << 16];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	return buf;
}

static inline int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names (strdup'ed) of the files of the folder named by environment variable `var` whose names
 * end in `ending` or `other_ending` (may be NULL), sorted: how many, at most `max`; -1 when the
 * folder cannot be read. */
static inline int list_case_files(char **names, int max, const char *var, const char *ending,
                                  const char *other_ending)
{
	DIR *dir = opendir(getenv(var) ? getenv(var) : ".");
	int count = 0;
	if (!dir)
		return -1;
	for (struct dirent *d; (d = readdir(dir)) && count < max;) {
		const char *dot = strrchr(d->d_name, '.');
		if (dot && (strcmp(dot, ending) == 0 || (other_ending && strcmp(dot, other_ending) == 0)))
			names[count++] = strdup(d->d_name);
	}
	closedir(dir);
	qsort(names, (size_t)count, sizeof(char *), by_name);
	return count;
}

/* Runs one suite; the exit status says whether all passed. */
static inline int run_suite(Suite *suite)
{
	SRunner *runner = srunner_create(suite);
	srunner_run_all(runner, CK_NORMAL);
	int failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Runs `test`, a loop test, once for each of the `count` case files in `names`, then frees their names;
 * the exit status says whether all passed. */
static inline int run_cases(const char *name, const TTest *test, char **names, int count)
{
	Suite *suite = suite_create(name);
	TCase *tc = tcase_create(name);
	tcase_add_loop_test(tc, test, 0, count);
	suite_add_tcase(suite, tc);
	int status = run_suite(suite);
	for (int i = 0; i < count; i++)
		free(names[i]);
	return status;
}

#endif
