/*
 * The subcommands that turn one report into another file: convert,
 * next-year, redact, fill-outputs, and new (which starts from nothing).
 */
#include <stdlib.h>
#include <string.h>

#include "rsp.h"

static int run_convert(int argc, char **argv);
static int run_next_year(int argc, char **argv);
static int run_redact(int argc, char **argv);
static int run_new(int argc, char **argv);
static int run_fill_outputs(int argc, char **argv);

const command rsp_convert = {
	"convert", N_("[--to json|yaml] IN OUT"),
	N_("Converts a report between JSON and YAML; both files carry the same report. The output format\n"
	   "comes from OUT's extension (.json, else YAML) or --to. \"-\" is standard input or output.\n"),
	run_convert,
};

const command rsp_next_year = {
	"next-year", N_("[-o OUT] FILE"),
	N_("Writes the skeleton of next year's report: the same region, programme, goals, priority areas and\n"
	   "contacts, with the interventions that continue; their outputs, effects and status are emptied,\n"
	   "and their \"next year\" text becomes the description. The questions are there to answer, with\n"
	   "the same comments as `rsp new` writes; next-year texts of interventions that do not continue are\n"
	   "shown as comments and named on standard error.\n"
	   "  -o, --output OUT    write to OUT (JSON for .json, else YAML) instead of standard output (YAML)\n"),
	run_next_year,
};

const command rsp_redact = {
	"redact", N_("IN OUT"),
	N_("Writes a copy of the report without personal data: contacts lose names and e-mail addresses, and\n"
	   "people named in staffing become \"Person 1\", \"Person 2\", ... (roles stay). OUT's extension\n"
	   "chooses the syntax (.json: JSON, else YAML).\n"),
	run_redact,
};

const command rsp_new = {
	"new", N_("--region NAME --year YEAR [-o OUT]"),
	N_("Writes an empty report with every question present, to fill in: the five question-1 support\n"
	   "types, both staffing areas, a contact per role, and every collaboration actor. Before each part,\n"
	   "YAML comments give the question's text from the form, the keys, an example and the choices, in\n"
	   "Swedish under a Swedish locale (LANG, LC_MESSAGES, LC_ALL, LANGUAGE), else in English.\n"
	   "  --region NAME       the region, e.g. \"Region Gotland\"\n"
	   "  --year YEAR         the year followed up, 1000-9999\n"
	   "  -o, --output OUT    write to OUT (JSON for .json, else YAML) instead of standard output (YAML)\n"),
	run_new,
};

const command rsp_fill_outputs = {
	"fill-outputs", N_("-o OUT FILE"),
	N_("Writes a copy of the report in which each output's support type, count and kronor are filled in\n"
	   "from its text (\"Hemsändning 8 st 1 537 062 kr\") wherever the text can be read without guessing\n"
	   "and agrees with what is already filled in; nothing that is filled in is changed. Then lists, on\n"
	   "standard error, the outputs it left alone: those whose text and fields disagree, and those whose\n"
	   "text gives figures that cannot be read without guessing.\n"
	   "  -o, --output OUT    write to OUT (JSON for .json, else YAML; - for standard output)\n"),
	run_fill_outputs,
};

static int write_and_free(sp_report *report, const char *path, sp_syntax syntax)
{
	int rc = rsp_save(report, path, syntax);
	sp_report_free(report);
	return rc;
}

static int run_convert(int argc, char **argv)
{
	sp_syntax syntax = SP_SYNTAX_AUTO;
	int rc = rsp_file_options(&rsp_convert, argc, argv, &syntax, NULL);
	if (rc)
		return rc;
	if (argc - optind != 2)
		return rsp_usage_error(&rsp_convert, "expected IN and OUT");
	const char *in = argv[optind], *out = argv[optind + 1];
	sp_report *report;
	if ((rc = rsp_load(&report, in)))
		return rc;
	return write_and_free(report, out, syntax);
}

/* Loads one file, makes a new report of it with `make`, writes it. */
static int transform(const char *in, const char *out, sp_syntax syntax,
                     int (*make)(sp_report **, const sp_report *, sp_error *))
{
	sp_report *report, *made;
	sp_error err;
	int rc = rsp_load(&report, in);
	if (rc)
		return rc;
	rc = make(&made, report, &err);
	sp_report_free(report);
	if (rc) {
		rsp_print_error(&err);
		return rsp_status_of(&err);
	}
	return write_and_free(made, out, syntax);
}

/* Says on stderr, by place and without their text, which next-year notes
 * next year's report leaves behind; the YAML output shows them as comments. */
static void tell_dropped_notes(const sp_report *report)
{
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		const sp_priority_area *area = sp_report_priority_area(report, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			const sp_intervention *iv = sp_priority_area_intervention(area, i);
			if (!sp_intervention_next_year(iv) || sp_intervention_status(iv) == SP_STATUS_CONTINUING)
				continue;
			char path[128];
			sp_node_path(path, sizeof(path), SP_NODE(iv));
			fprintf(stderr, _("%s:%u:%u: note: %s/next_year: the intervention does not continue; its next-year "
			                  "text is not carried over (the YAML output shows it as a comment)\n"),
			        sp_report_source(report), sp_node_line(SP_NODE(iv)),
			        sp_node_column(SP_NODE(iv)), path);
		}
	}
}

static int run_next_year(int argc, char **argv)
{
	const char *output = "-";
	int rc = rsp_file_options(&rsp_next_year, argc, argv, NULL, &output);
	if (rc)
		return rc;
	if (argc - optind != 1)
		return rsp_usage_error(&rsp_next_year, "expected one file");
	sp_report *report, *next;
	sp_error err;
	if ((rc = rsp_load(&report, argv[optind])))
		return rc;
	if (sp_report_next_year(&next, report, &err)) {
		rsp_print_error(&err);
		rc = rsp_status_of(&err);
	} else {
		tell_dropped_notes(report);
		rc = rsp_save_annotated(next, output, report);
		sp_report_free(next);
	}
	sp_report_free(report);
	return rc;
}

static int run_redact(int argc, char **argv)
{
	int rc = rsp_file_options(&rsp_redact, argc, argv, NULL, NULL);
	if (rc)
		return rc;
	if (argc - optind != 2)
		return rsp_usage_error(&rsp_redact, "expected IN and OUT");
	return transform(argv[optind], argv[optind + 1], SP_SYNTAX_AUTO, sp_report_redact);
}

static int run_new(int argc, char **argv)
{
	static const struct option options[] = {
		{ "region", required_argument, NULL, 'r' },
		{ "year", required_argument, NULL, 'y' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *region = NULL, *year_text = NULL, *output = "-";
	int c;
	while ((c = rsp_next_option(&rsp_new, argc, argv, "o:", options)) != -1) {
		switch (c) {
		case 'r': region = optarg; break;
		case 'y': year_text = optarg; break;
		case 'o': output = optarg; break;
		default: return RSP_USAGE;
		}
	}
	if (!region || !year_text || optind != argc)
		return rsp_usage_error(&rsp_new, "expected --region NAME and --year YEAR");
	int64_t year;
	sp_error err;
	if (sp_integer_parse(&year, year_text, &err) || year < 1000 || year > 9999)
		return rsp_usage_error(&rsp_new, "--year wants a year such as 2024, not '%s'", year_text);
	sp_report *report;
	if (sp_report_template(&report, region, year, &err)) {
		rsp_print_error(&err);
		return rsp_status_of(&err);
	}
	int rc = rsp_save_annotated(report, output, NULL);
	sp_report_free(report);
	return rc;
}

/* Prints, for each output left alone, FILE:LINE:COLUMN: note: PATH: why. */
static size_t list_left_alone(const sp_report *report, const char *file)
{
	size_t listed = 0;
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		const sp_priority_area *area = sp_report_priority_area(report, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			const sp_intervention *iv = sp_priority_area_intervention(area, i);
			for (size_t o = 0; o < sp_intervention_output_count(iv); o++) {
				const sp_output *output = sp_intervention_output(iv, o);
				sp_output_text_match match;
				if (sp_output_text_compare(&match, NULL, output, NULL) ||
				    (match != SP_OUTPUT_TEXT_DISAGREES && match != SP_OUTPUT_TEXT_UNCLEAR))
					continue;
				const sp_node *node = (const sp_node *)output;
				char path[256];
				sp_node_path(path, sizeof(path), node);
				fprintf(stderr, _("%s:%u:%u: note: %s: %s\n"), file, sp_node_line(node), sp_node_column(node), path,
				        match == SP_OUTPUT_TEXT_DISAGREES ?
				                _("left alone: the text gives other figures than the fields hold") :
				                _("left alone: the text gives figures that cannot be read without guessing"));
				listed++;
			}
		}
	}
	return listed;
}

static int run_fill_outputs(int argc, char **argv)
{
	const char *output = NULL;
	int rc = rsp_file_options(&rsp_fill_outputs, argc, argv, NULL, &output);
	if (rc)
		return rc;
	if (argc - optind != 1 || !output)
		return rsp_usage_error(&rsp_fill_outputs, "expected -o OUT and one file");
	const char *in = argv[optind];
	sp_report *report;
	if ((rc = rsp_load(&report, in)))
		return rc;
	size_t filled;
	sp_error err;
	if (sp_report_fill_outputs(&filled, report, &err)) {
		sp_report_free(report);
		rsp_print_error(&err);
		return rsp_status_of(&err);
	}
	size_t left = list_left_alone(report, in);
	fprintf(stderr, filled == 1 ? _("%s: %zu output filled in, %zu left alone\n")
	                            : _("%s: %zu outputs filled in, %zu left alone\n"), in, filled, left);
	return write_and_free(report, output, SP_SYNTAX_AUTO);
}
