/*
 * The validator's cases: every tests/validate/NAME.yaml comes with
 * NAME.expect, which lists what validating it must find, run by run:
 *
 *   structure                        a run without the submission checks,
 *   submission today 20240201        or with them; on 2024-01-15 unless a day is given
 *   error CODE PATH LINE:COLUMN      a finding, in the validator's order: the run must
 *   warning CODE PATH LINE:COLUMN    give exactly the findings listed under it
 *   message TEXT                     the message of the finding above contains TEXT
 *   not-message TEXT                 and does not: a value of the report it must not echo
 *   # ...                            a comment
 *
 * A run with nothing listed under it must find nothing. complete.yaml
 * passes every rule; each other case changes it, or is a report of its own.
 */
#include "support.h"

#define MAX_CASES 256
#define MAX_LINES 64
#define DEFAULT_TODAY 20240115

static char *case_names[MAX_CASES];
static int case_count;

/* Checks the run of `submission` mode on `today` against the finding lines that follow it in `lines`. */
static void check_run(const char *name, const sp_report *report, int submission, int32_t today, char **lines,
                      size_t count)
{
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	sp_diagnostics *d = NULL;
	sp_error err;
	opts.submission = submission;
	opts.today = today;
	ck_assert_msg(sp_report_validate(&d, report, &opts, &err) == 0, "%s: validate: %s", name, err.message);
	size_t found = 0;
	for (size_t i = 0; i < count; i++) {
		char severity[16], code[64], path[256];
		unsigned line, column;
		if (strncmp(lines[i], "message ", 8) == 0) {
			ck_assert_msg(found > 0, "%s.expect: a message line before any finding", name);
			const char *message = sp_diagnostics_message(d, found - 1);
			ck_assert_msg(strstr(message, lines[i] + 8), "%s: finding %zu: no '%s' in '%s'", name, found - 1,
			              lines[i] + 8, message);
			continue;
		}
		if (strncmp(lines[i], "not-message ", 12) == 0) {
			ck_assert_msg(found > 0, "%s.expect: a not-message line before any finding", name);
			const char *message = sp_diagnostics_message(d, found - 1);
			ck_assert_msg(!strstr(message, lines[i] + 12), "%s: finding %zu: '%s' in '%s'", name, found - 1,
			              lines[i] + 12, message);
			continue;
		}
		ck_assert_msg(sscanf(lines[i], "%15s %63s %255s %u:%u", severity, code, path, &line, &column) == 5 &&
		              (strcmp(severity, "error") == 0 || strcmp(severity, "warning") == 0),
		              "%s.expect: cannot read line '%s'", name, lines[i]);
		ck_assert_msg(found < sp_diagnostics_count(d), "%s (%s, %ld): expected %s at %s, got only %zu findings",
		              name, submission ? "submission" : "structure", (long)today, code, path,
		              sp_diagnostics_count(d));
		sp_severity expected = strcmp(severity, "error") == 0 ? SP_SEVERITY_ERROR : SP_SEVERITY_WARNING;
		ck_assert_msg(strcmp(sp_diagnostics_code(d, found), code) == 0 &&
		              strcmp(sp_diagnostics_path(d, found), path) == 0 &&
		              sp_diagnostics_severity(d, found) == expected && sp_diagnostics_line(d, found) == line &&
		              sp_diagnostics_column(d, found) == column,
		              "%s (%s, %ld): finding %zu: expected %s %s %s %u:%u, got %s %s %s %u:%u", name,
		              submission ? "submission" : "structure", (long)today, found, severity, code, path, line,
		              column, sp_diagnostics_severity(d, found) == SP_SEVERITY_ERROR ? "error" : "warning",
		              sp_diagnostics_code(d, found), sp_diagnostics_path(d, found), sp_diagnostics_line(d, found),
		              sp_diagnostics_column(d, found));
		ck_assert_msg(sp_diagnostics_message(d, found) && *sp_diagnostics_message(d, found), "%s: an empty message",
		              name);
		found++;
	}
	ck_assert_msg(sp_diagnostics_count(d) == found, "%s (%s, %ld): %zu findings, expected %zu; the next is %s at %s",
	              name, submission ? "submission" : "structure", (long)today, sp_diagnostics_count(d), found,
	              sp_diagnostics_code(d, found), sp_diagnostics_path(d, found));
	sp_diagnostics_free(d);
}

START_TEST(validate_case)
{
	const char *name = case_names[_i];
	char path[4096], *lines[MAX_LINES];
	size_t count = 0;
	snprintf(path, sizeof(path), "%s/%.*s.expect", getenv("SP_VALIDATE_CASES"), (int)(strrchr(name, '.') - name),
	         name);
	for (char *line = read_small_file(path); *line;) {
		char *end = strchr(line, '\n');
		if (end)
			*end = '\0';
		if (*line && *line != '#') {
			ck_assert_msg(count < MAX_LINES, "%s.expect: more than %d lines", name, MAX_LINES);
			lines[count++] = line;
		}
		line = end ? end + 1 : line + strlen(line);
	}
	sp_report *report = NULL;
	sp_error err;
	snprintf(path, sizeof(path), "%s/%s", getenv("SP_VALIDATE_CASES"), name);
	ck_assert_msg(sp_report_load_file(&report, path, NULL, &err) == 0, "%s: %s", name, err.message);
	size_t runs = 0;
	for (size_t i = 0; i < count;) {
		long today = DEFAULT_TODAY;
		int submission = strncmp(lines[i], "submission", 10) == 0;
		ck_assert_msg((submission || strncmp(lines[i], "structure", 9) == 0) &&
		              (!strchr(lines[i], ' ') || sscanf(strchr(lines[i], ' '), " today %ld", &today) == 1),
		              "%s.expect: expected 'structure' or 'submission [today YYYYMMDD]', not '%s'", name, lines[i]);
		size_t first = ++i;
		while (i < count && strncmp(lines[i], "structure", 9) != 0 && strncmp(lines[i], "submission", 10) != 0)
			i++;
		check_run(name, report, submission, (int32_t)today, lines + first, i - first);
		runs++;
	}
	ck_assert_msg(runs > 0, "%s.expect has no run", name);
	sp_report_free(report);
}
END_TEST

int main(void)
{
	case_count = list_case_files(case_names, MAX_CASES, "SP_VALIDATE_CASES", ".yaml", NULL);
	if (case_count < 2) {
		fprintf(stderr, "no validator cases found (SP_VALIDATE_CASES)\n");
		return EXIT_FAILURE;
	}

	return run_cases("validator cases", validate_case, case_names, case_count);
}
