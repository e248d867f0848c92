/* rsp validate: check reports, optionally for submission, as text or JSON. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "rsp.h"

static int run(int argc, char **argv);

const command rsp_validate = {
	"validate", N_("[--submission] [--date YYYY-MM-DD] [--json] FILE..."),
	N_("Checks each report: consistency (goal ids, area numbers, e-mail addresses, ...) and plausibility of\n"
	   "amounts. With --submission, also that every question is answered, as before sending the report to\n"
	   "Tillväxtverket, and how many days are left to the deadline (31 January of the year after), counted\n"
	   "from --date (default: today).\n\n"
	   "Findings, and the errors that keep a file from loading (every one, up to 100), are printed as\n"
	   "FILE:LINE:COLUMN: error|warning: PATH: message [code], file by file, each file ending with its count.\n"
	   "  --submission     also check completeness for submission\n"
	   "  --date DATE      with --submission: the date the deadline is counted from (YYYY-MM-DD)\n"
	   "  --json           print the findings as JSON\n"
	   "Warnings alone do not make the exit status 1.\n"),
	run,
};

/* A whole day, YYYY-MM-DD of year 1 to 9999, checked by the format's own date rule (which also takes
 * a month, YYYY-MM, and checks digit by digit). */
static bool parse_date(int32_t *out, const char *text)
{
	int32_t date;
	if (sp_date_parse(&date, text, NULL) || date % 100 == 0 || date / 10000 == 0)
		return false;
	*out = date;
	return true;
}

/* The severity as JSON carries it: the same in every language. */
static const char *severity_name(sp_severity severity)
{
	return severity == SP_SEVERITY_ERROR ? "error" : "warning";
}

/* The length of the UTF-8 character `text` starts with; 0 when it starts none. */
static size_t character_length(const char *text)
{
	unsigned char lead = (unsigned char)text[0];
	size_t n = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
	json_t *checked = n > 1 && strnlen(text, n) == n ? json_stringn(text, n) : NULL;
	if (n > 1 && !checked) /* jansson knows the overlong forms and surrogates */
		return 0;
	json_decref(checked);
	return n;
}

/* `text` as a JSON string. A file name need not be UTF-8: each byte of it that is not part of a
 * UTF-8 character becomes U+FFFD, as rsp-validate(1) says. */
static json_t *json_text(const char *text)
{
	json_t *string = json_string(text);
	char *fixed = string ? NULL : malloc(strlen(text) * 3 + 1);
	if (!fixed)
		return string;
	char *to = fixed;
	for (size_t n; *text; text += n ? n : 1) {
		n = character_length(text);
		memcpy(to, n ? text : "\xEF\xBF\xBD", n ? n : 3);
		to += n ? n : 3;
	}
	*to = '\0';
	string = json_string(fixed);
	free(fixed);
	return string;
}

static json_t *finding(const char *severity, const char *code, const char *path, unsigned line, unsigned column,
                       const char *message)
{
	return json_pack("{s:s, s:s, s:o, s:i, s:i, s:o}", "severity", severity, "code", code, "path", json_text(path),
	                 "line", (int)line, "column", (int)column, "message", json_text(message));
}

/* The end of a file's text: its count of errors and warnings. */
static void print_count(const char *path, size_t errors, size_t warnings)
{
	printf("%s: ", path);
	printf(errors == 1 ? _("%zu error") : _("%zu errors"), errors);
	printf(", ");
	printf(warnings == 1 ? _("%zu warning") : _("%zu warnings"), warnings);
}

/* A load error, in the text or the JSON of a file's findings (`findings` NULL: text). */
static void add_load_error(const sp_error *error, void *findings)
{
	if (findings) {
		json_array_append_new(findings, finding("error", sp_error_code_name(error->code), error->path, error->line,
		                                        error->column, error->message));
		return;
	}
	char text[2048];
	sp_error_format(text, sizeof(text), error);
	printf("%s [%s]\n", text, sp_error_code_name(error->code));
}

/* A file that did not load: every error of its data with the findings, on standard output, and its count;
 * one it could not read (I/O), on standard error. Returns its exit status. */
static int report_load_errors(const char *path, const sp_load_errors *errors, const sp_error *err, json_t *record,
                              json_t *findings)
{
	int status = rsp_status_of(err);
	if (record)
		json_object_set_new(record, "valid", json_false());
	if (status != RSP_DATA_ERROR && !record) {
		fflush(stdout); /* after the files before it, where both streams go to one place */
		rsp_print_error(err);
		return status;
	}
	size_t count = rsp_for_each_load_error(errors, err, add_load_error, findings);
	if (record) {
		json_object_set_new(record, "errors", json_integer((json_int_t)count));
		json_object_set_new(record, "warnings", json_integer(0));
		return status;
	}
	print_count(path, count, 0);
	if (sp_load_errors_truncated(errors))
		printf(_(" (reading stopped at the limit of %zu errors; there may be more)"), count);
	printf("\n");
	return status;
}

/* Checks one file; fills `record` and `findings` in JSON mode (NULL otherwise). Returns its exit status. */
static int check(const char *path, const sp_validate_options *opts, json_t *record, json_t *findings)
{
	sp_report *report = NULL;
	sp_error err;
	sp_load_errors *load_errors = NULL;
	(void)sp_load_errors_new(&load_errors); /* without a list, the first error alone */
	int rc = rsp_load_report(&report, path, load_errors, &err);
	if (rc)
		rc = report_load_errors(path, load_errors, &err, record, findings);
	sp_load_errors_free(load_errors);
	if (rc)
		return rc;

	sp_diagnostics *found;
	if (sp_report_validate(&found, report, opts, &err)) {
		rsp_print_error(&err);
		sp_report_free(report);
		return RSP_USAGE;
	}
	for (size_t i = 0; i < sp_diagnostics_count(found); i++) {
		const char *severity = severity_name(sp_diagnostics_severity(found, i));
		if (record)
			json_array_append_new(findings, finding(severity, sp_diagnostics_code(found, i),
			                                        sp_diagnostics_path(found, i), sp_diagnostics_line(found, i),
			                                        sp_diagnostics_column(found, i), sp_diagnostics_message(found, i)));
		else
			printf("%s:%u:%u: %s: %s: %s [%s]\n", path, sp_diagnostics_line(found, i),
			       sp_diagnostics_column(found, i),
			       sp_diagnostics_severity(found, i) == SP_SEVERITY_ERROR ? _("error") : _("warning"),
			       sp_diagnostics_path(found, i),
			       sp_diagnostics_message(found, i), sp_diagnostics_code(found, i));
	}
	size_t errors = sp_diagnostics_count_severity(found, SP_SEVERITY_ERROR);
	size_t warnings = sp_diagnostics_count_severity(found, SP_SEVERITY_WARNING);

	int64_t days_left;
	int32_t deadline;
	bool have_deadline = opts->submission && sp_report_deadline(&days_left, &deadline, report, opts->today, &err) == 0;
	if (record) {
		json_object_set_new(record, "valid", json_boolean(errors == 0));
		json_object_set_new(record, "errors", json_integer((json_int_t)errors));
		json_object_set_new(record, "warnings", json_integer((json_int_t)warnings));
		if (have_deadline) {
			char date[16];
			snprintf(date, sizeof(date), "%04d-%02d-%02d", deadline / 10000, deadline / 100 % 100, deadline % 100);
			json_object_set_new(record, "deadline", json_string(date));
			json_object_set_new(record, "days_left", json_integer(days_left));
		}
	} else {
		print_count(path, errors, warnings);
		if (have_deadline) {
			long long days = days_left < 0 ? -days_left : days_left;
			printf(_("; deadline %04d-%02d-%02d, "), deadline / 10000, deadline / 100 % 100, deadline % 100);
			printf(days_left < 0 ? (days == 1 ? _("%lld day late") : _("%lld days late"))
			                     : (days == 1 ? _("%lld day left") : _("%lld days left")), days);
		}
		printf("\n");
	}
	sp_diagnostics_free(found);
	sp_report_free(report);
	return errors ? RSP_DATA_ERROR : RSP_OK;
}

/* Checks one file; adds its record to `records` in JSON mode. Returns its exit status. */
static int check_file(const char *path, const sp_validate_options *opts, json_t *records)
{
	/* Our own references: they stay valid whatever fails to be added where. */
	json_t *findings = records ? json_array() : NULL;
	json_t *record = records ? json_pack("{s:o, s:O}", "file", json_text(path), "diagnostics", findings) : NULL;
	int rc = RSP_USAGE;
	if (records && (!record || json_array_append(records, record)))
		fputs(_("rsp validate: out of memory\n"), stderr); /* a record can fail for no other reason */
	else
		rc = check(path, opts, record, findings);
	json_decref(record);
	json_decref(findings);
	return rc;
}

static int run(int argc, char **argv)
{
	static const struct option options[] = {
		{ "submission", no_argument, NULL, 's' },
		{ "date", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	bool as_json = false;
	int c;
	while ((c = rsp_next_option(&rsp_validate, argc, argv, "", options)) != -1) {
		switch (c) {
		case 's': opts.submission = 1; break;
		case 'j': as_json = true; break;
		case 'd':
			if (!parse_date(&opts.today, optarg))
				return rsp_usage_error(&rsp_validate, "--date wants YYYY-MM-DD, not '%s'", optarg);
			break;
		default: return RSP_USAGE;
		}
	}
	if (optind == argc)
		return rsp_usage_error(&rsp_validate, "no file to check");

	json_t *records = as_json ? json_array() : NULL;
	int status = RSP_OK;
	for (int i = optind; i < argc; i++) {
		int rc = check_file(argv[i], &opts, records);
		status = rc > status ? rc : status;
	}
	if (records) {
		json_dumpf(records, stdout, JSON_INDENT(2));
		printf("\n");
		json_decref(records);
	}
	return status;
}
