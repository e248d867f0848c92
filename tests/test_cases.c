/*
 * The bad-input cases: every file tests/cases/NAME.json or NAME.yaml comes
 * with NAME.expect, which pins what loading it must report:
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
 * A case whose .expect says "code SP_OK" must load.
 */
#include "support.h"

#define MAX_CASES 512

static char *case_names[MAX_CASES];
static int case_count;

typedef struct expectation {
	char code[512], path[512], message[512], absent[512], unknown_keys[512];
	unsigned line, column;
	int have_code, have_line, have_column, have_path;
} expectation;

static void parse_expect(expectation *e, const char *text, const char *name)
{
	memset(e, 0, sizeof(*e));
	for (const char *line = text; *line;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		char row[512];
		snprintf(row, sizeof(row), "%.*s", (int)len, line);
		if (strncmp(row, "code ", 5) == 0)
			e->have_code = snprintf(e->code, sizeof(e->code), "%s", row + 5) > 0;
		else if (strncmp(row, "line ", 5) == 0)
			e->have_line = sscanf(row + 5, "%u", &e->line) == 1;
		else if (strncmp(row, "column ", 7) == 0)
			e->have_column = sscanf(row + 7, "%u", &e->column) == 1;
		else if (strcmp(row, "path") == 0 || strncmp(row, "path ", 5) == 0)
			e->have_path = 1, snprintf(e->path, sizeof(e->path), "%s", row[4] ? row + 5 : "");
		else if (strncmp(row, "message ", 8) == 0)
			snprintf(e->message, sizeof(e->message), "%s", row + 8);
		else if (strncmp(row, "absent ", 7) == 0)
			snprintf(e->absent, sizeof(e->absent), "%s", row + 7);
		else if (strncmp(row, "unknown_keys ", 13) == 0)
			snprintf(e->unknown_keys, sizeof(e->unknown_keys), "%s", row + 13);
		else
			ck_assert_msg(len == 0, "%s.expect: cannot read line '%s'", name, row);
		line = end ? end + 1 : line + len;
	}
	ck_assert_msg(e->have_code, "%s.expect has no code", name);
	if (strcmp(e->code, "SP_OK") != 0)
		ck_assert_msg(e->have_line && e->have_column && e->have_path,
		              "%s.expect must pin code, line, column and path", name);
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

	sp_report *report = NULL;
	sp_error err;
	memset(&err, 0, sizeof(err));
	int rc = sp_report_load_file(&report, data_path("SP_CASES", name), &opts, &err);
	char got[1024];
	sp_error_format(got, sizeof(got), &err);
	if (strcmp(e.code, "SP_OK") == 0) {
		ck_assert_msg(rc == 0, "%s should load, but: %s", name, got);
		sp_report_free(report);
		return;
	}
	if (rc == 0)
		sp_report_free(report);
	ck_assert_msg(rc < 0 && report == NULL, "%s should fail with %s but loaded", name, e.code);
	ck_assert_msg(rc == err.code, "%s: returned %d but the error says %d", name, rc, err.code);
	ck_assert_msg(strcmp(sp_error_code_name(rc), e.code) == 0, "%s: expected %s, got %s: %s", name, e.code,
	              sp_error_code_name(rc), got);
	ck_assert_msg(err.line == e.line && err.column == e.column, "%s: expected %u:%u, got %u:%u: %s", name,
	              e.line, e.column, err.line, err.column, got);
	ck_assert_msg(strcmp(err.path, e.path) == 0, "%s: expected path '%s', got '%s': %s", name, e.path,
	              err.path, got);
	ck_assert_msg(strcmp(err.source, name) == 0, "%s: the error names source '%s'", name, err.source);
	ck_assert_msg(!e.message[0] || strstr(err.message, e.message), "%s: message lacks '%s': %s", name,
	              e.message, got);
	ck_assert_msg(!e.absent[0] || (!strstr(err.message, e.absent) && !strstr(err.path, e.absent)),
	              "%s: the error carries '%s' from the document: %s", name, e.absent, got);
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
