/*
 * The Word form: import (a filled-in .docx into a report) and form (a report
 * written as the .docx). Built only with libserviceprogram-form.
 */
#include <stdlib.h>
#include <string.h>

#include <serviceprogram/form.h>

#include "rsp.h"

static int run_import(int argc, char **argv);
static int run_form(int argc, char **argv);

const command rsp_import = {
	"import", N_("-o OUT FORM.docx"),
	N_("Reads a filled-in follow-up form (the Word document sent to Tillväxtverket) into a report. The\n"
	   "form is read by its own words (questions, table headings, \"Prioriterat område N.\"), so added\n"
	   "or empty rows, merged cells and marks in lower case still read. What cannot be placed is listed\n"
	   "on standard error with its table, row and column, and its text is kept in the nearest text field.\n"
	   "A file that is not the form, is damaged or is a zip bomb is refused and nothing is written.\n"
	   "  -o, --output OUT    write to OUT (JSON for .json, else YAML; - for standard output)\n"),
	run_import,
};

const command rsp_form = {
	"form", N_("-o OUT.docx FILE"),
	N_("Writes a report as the follow-up form (.docx): the same headings, questions and tables, part B\n"
	   "in landscape, X marks and outputs as lines. `rsp import` reads it back into the same report for\n"
	   "every field the form shows.\n"
	   "  -o, --output OUT    the .docx to write (- for standard output)\n"),
	run_form,
};

/* -o OUT and one file. */
static int parse_output(const command *cmd, int argc, char **argv, const char **output)
{
	int rc = rsp_file_options(cmd, argc, argv, NULL, output);
	if (rc)
		return rc;
	if (!*output)
		return rsp_usage_error(cmd, "expected -o OUT");
	if (argc - optind != 1)
		return rsp_usage_error(cmd, "expected one file");
	return RSP_OK;
}

static int run_import(int argc, char **argv)
{
	const char *output = NULL;
	int rc = parse_output(&rsp_import, argc, argv, &output);
	if (rc)
		return rc;
	/* "-" is standard input, as for every rsp command; the library reads a pipe as it reads a file. */
	int from_stdin = strcmp(argv[optind], "-") == 0;
	const char *path = from_stdin ? "<stdin>" : argv[optind];
	sp_report *report;
	sp_form_findings *findings;
	sp_error err;
	if (sp_form_import(&report, &findings, from_stdin ? "/dev/stdin" : path, NULL, &err)) {
		if (from_stdin)
			snprintf(err.source, sizeof err.source, "%s", path);
		rsp_print_error(&err);
		return rsp_status_of(&err);
	}
	for (size_t i = 0; i < sp_form_findings_count(findings); i++) {
		unsigned int table, row, column;
		sp_form_finding_place(findings, i, &table, &row, &column);
		if (table)
			fprintf(stderr, _("%s: table %u, row %u, column %u: %s\n"), path, table, row, column,
			        sp_form_finding_message(findings, i));
		else
			fprintf(stderr, "%s: %s\n", path, sp_form_finding_message(findings, i));
	}
	sp_form_findings_free(findings);
	rc = rsp_save(report, output, SP_SYNTAX_AUTO);
	sp_report_free(report);
	return rc;
}

static int run_form(int argc, char **argv)
{
	const char *output = NULL;
	int rc = parse_output(&rsp_form, argc, argv, &output);
	if (rc)
		return rc;
	sp_report *report;
	if ((rc = rsp_load(&report, argv[optind])))
		return rc;
	/* "-" is standard output, as for every rsp command, not a file named "-". */
	if (strcmp(output, "-") == 0)
		output = "/dev/stdout";
	sp_error err;
	rc = sp_form_export(report, output, NULL, &err);
	sp_report_free(report);
	if (rc) {
		rsp_print_error(&err);
		return rsp_status_of(&err);
	}
	return RSP_OK;
}
