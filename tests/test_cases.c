/*
 * The bad-input cases: every file tests/cases/NAME.json or NAME.yaml comes
 * with NAME.expect, which pins what loading it must report. A file with one
 * error:
 *
 *   code SP_ETYPE            (required) the error code
 *   line 3                   (required) 1-based line, 0 when none
 *   column 12                (required) 1-based column, 0 when none
 *   path /priority_areas/0   (required; "path" alone for the whole document)
 *   message did you mean     (optional) text the message must contain
 *   absent Anna              (optional) text neither the message nor the path may contain: a value
 *                            from the document that may be personal data
 *   unknown_keys keep        (optional) load option: error, keep or drop
 *
 * A file with several errors lists each, in order, as CODE LINE COLUMN PATH
 * (PATH left out for the whole document), each optionally followed by the
 * text its message must contain:
 *
 *   error SP_EENUM 7 13 /demand_outlook/0/trend
 *   message did you mean
 *   error SP_EMISSING 12 5 /priority_areas/0
 *
 * The load must return the first error's code and fill its sp_error with
 * the first; its sp_load_errors list must hold exactly the errors listed.
 * A case whose .expect says "code SP_OK" must load.
 */
#include "support.h"

#define MAX_CASES 512

static char *case_names[MAX_CASES];
static int case_count;

#define MAX_ERRORS 16

typedef struct expected_error {
	char code[64], path[512], message[512];
	unsigned line, column;
} expected_error;

typedef struct expectation {
	expected_error errors[MAX_ERRORS]; /* the first, or each of an "error" list */
	size_t count;                      /* of errors[]: 0 for SP_OK */
	char absent[512], unknown_keys[512];
	int have_code, have_line, have_column, have_path, listed;
} expectation;

/* An "error CODE LINE COLUMN [PATH]" line. */
static void parse_error_line(expectation *e, const char *row, const char *name)
{
	ck_assert_msg(!e->have_code && e->count < MAX_ERRORS, "%s.expect: 'error' lines with 'code', or too many",
	              name);
	expected_error *x = &e->errors[e->count++];
	int used = 0;
	ck_assert_msg(sscanf(row, "error %63s %u %u%n", x->code, &x->line, &x->column, &used) == 3,
	              "%s.expect: cannot read '%s'", name, row);
	snprintf(x->path, sizeof(x->path), "%s", row[used] == ' ' ? row + used + 1 : "");
	e->listed = 1;
}

static void parse_expect(expectation *e, const char *text, const char *name)
{
	memset(e, 0, sizeof(*e));
	expected_error *first = &e->errors[0];
	for (const char *line = text; *line;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		char row[512];
		snprintf(row, sizeof(row), "%.*s", (int)len, line);
		if (strncmp(row, "code ", 5) == 0)
			e->have_code = snprintf(first->code, sizeof(first->code), "%s", row + 5) > 0;
		else if (strncmp(row, "line ", 5) == 0)
			e->have_line = sscanf(row + 5, "%u", &first->line) == 1;
		else if (strncmp(row, "column ", 7) == 0)
			e->have_column = sscanf(row + 7, "%u", &first->column) == 1;
		else if (strcmp(row, "path") == 0 || strncmp(row, "path ", 5) == 0)
			e->have_path = 1, snprintf(first->path, sizeof(first->path), "%s", row[4] ? row + 5 : "");
		else if (strncmp(row, "error ", 6) == 0)
			parse_error_line(e, row, name);
		else if (strncmp(row, "message ", 8) == 0)
			snprintf(e->errors[e->count ? e->count - 1 : 0].message, sizeof(first->message), "%s", row + 8);
		else if (strncmp(row, "absent ", 7) == 0)
			snprintf(e->absent, sizeof(e->absent), "%s", row + 7);
		else if (strncmp(row, "unknown_keys ", 13) == 0)
			snprintf(e->unknown_keys, sizeof(e->unknown_keys), "%s", row + 13);
		else
			ck_assert_msg(len == 0, "%s.expect: cannot read line '%s'", name, row);
		line = end ? end + 1 : line + len;
	}
	if (e->listed) {
		ck_assert_msg(!e->have_line && !e->have_column && !e->have_path,
		              "%s.expect: 'error' lines with line, column or path", name);
		return;
	}
	ck_assert_msg(e->have_code, "%s.expect has no code", name);
	if (strcmp(first->code, "SP_OK") == 0)
		return;
	ck_assert_msg(e->have_line && e->have_column && e->have_path,
	              "%s.expect must pin code, line, column and path", name);
	e->count = 1;
}

/* Checks one error found against one expected. */
static void check_error(const sp_error *err, const expected_error *x, const char *absent, const char *name, size_t i)
{
	char got[1024];
	sp_error_format(got, sizeof(got), err);
	ck_assert_msg(strcmp(sp_error_code_name(err->code), x->code) == 0, "%s, error %zu: expected %s, got %s: %s",
	              name, i + 1, x->code, sp_error_code_name(err->code), got);
	ck_assert_msg(err->line == x->line && err->column == x->column, "%s, error %zu: expected %u:%u, got %u:%u: %s",
	              name, i + 1, x->line, x->column, err->line, err->column, got);
	ck_assert_msg(strcmp(err->path, x->path) == 0, "%s, error %zu: expected path '%s', got '%s': %s", name, i + 1,
	              x->path, err->path, got);
	ck_assert_msg(strcmp(err->source, name) == 0, "%s, error %zu: the error names source '%s'", name, i + 1,
	              err->source);
	ck_assert_msg(!x->message[0] || strstr(err->message, x->message), "%s, error %zu: message lacks '%s': %s",
	              name, i + 1, x->message, got);
	ck_assert_msg(!absent[0] || (!strstr(err->message, absent) && !strstr(err->path, absent)),
	              "%s, error %zu: the error carries '%s' from the document: %s", name, i + 1, absent, got);
}

START_TEST(bad_input_case)
{
	const char *name = case_names[_i];
	char path[4096];
	expectation e;
	snprintf(path, sizeof(path), "%s/%.*s.expect", getenv("SP_CASES"), (int)(strrchr(name, '.') - name), name);
	parse_expect(&e, read_small_file(path), name);

	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.source_name = name;
	if (strcmp(e.unknown_keys, "keep") == 0)
		opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	else if (strcmp(e.unknown_keys, "drop") == 0)
		opts.unknown_keys = SP_UNKNOWN_KEYS_DROP;

	sp_load_errors *errors;
	ck_assert_int_eq(sp_load_errors_new(&errors), 0);
	opts.errors = errors;

	sp_report *report = NULL;
	sp_error err;
	memset(&err, 0, sizeof(err));
	int rc = sp_report_load_file(&report, data_path("SP_CASES", name), &opts, &err);
	char got[1024];
	sp_error_format(got, sizeof(got), &err);
	if (e.count == 0) {
		ck_assert_msg(rc == 0, "%s should load, but: %s", name, got);
		ck_assert_uint_eq(sp_load_errors_count(errors), 0);
		sp_report_free(report);
		sp_load_errors_free(errors);
		return;
	}
	if (rc == 0)
		sp_report_free(report);
	ck_assert_msg(rc < 0 && report == NULL, "%s should fail with %s but loaded", name, e.errors[0].code);
	ck_assert_msg(rc == err.code, "%s: returned %d but the error says %d", name, rc, err.code);
	check_error(&err, &e.errors[0], e.absent, name, 0);
	size_t found = sp_load_errors_count(errors);
	for (size_t i = 0; i < found && i < e.count; i++)
		check_error(sp_load_errors_get(errors, i), &e.errors[i], e.absent, name, i);
	if (found != e.count) {
		const sp_error *extra = sp_load_errors_get(errors, found > e.count ? e.count : found - 1);
		sp_error_format(got, sizeof(got), extra);
		ck_abort_msg("%s: expected %zu errors, found %zu; %s: %s", name, e.count, found,
		             found > e.count ? "the first not expected" : "the last found", got);
	}
	ck_assert(!sp_load_errors_truncated(errors));
	sp_load_errors_free(errors);
}
END_TEST

int main(void)
{
	case_count = list_case_files(case_names, MAX_CASES, "SP_CASES", ".json", ".yaml");
	if (case_count <= 0) {
		fprintf(stderr, "no cases found in the cases folder (SP_CASES)\n");
		return EXIT_FAILURE;
	}

	return run_cases("bad input", bad_input_case, case_names, case_count);
}
