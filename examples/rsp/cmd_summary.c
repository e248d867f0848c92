/* rsp summary: one report's answers and figures, in Swedish, as text or JSON. */
#include <getopt.h>
#include <jansson.h>
#include <string.h>

#include "rsp.h"

static int run(int argc, char **argv);

const command rsp_summary = {
	"summary", "[--json] FILE",
	N_("Prints a readable summary of one report with Swedish labels: region and year, the question-1\n"
	   "table, FTE per staffing area, support decisions and kronor per support type, the interventions of\n"
	   "each priority area with status and service types, and the validator's findings at the end.\n"
	   "  --json    print the figures as JSON instead\n"),
	run,
};

#define WIDTH 52

static const char *label(sp_enum_id e, int value, const char *none)
{
	const char *text = sp_enum_label_sv(e, value);
	return text ? text : none;
}

static void print_service_types(unsigned mask)
{
	bool first = true;
	for (int t = 1; t <= sp_enum_max(SP_ENUM_SERVICE_TYPE); t++)
		if (mask & SP_BIT(t)) {
			printf("%s%s", first ? "" : ", ", sp_enum_label_sv(SP_ENUM_SERVICE_TYPE, t));
			first = false;
		}
	if (first)
		printf("inget serviceslag");
}

static void print_text(const sp_report *report, const sp_figures *figures, const sp_diagnostics *found)
{
	char a[64], b[64], row[160];
	const sp_program *program = sp_report_program(report);
	printf("%s, uppföljning av verksamhetsår %lld\n", sp_region_name(sp_report_region(report)),
	       (long long)sp_report_year(report));
	if (sp_program_title(program))
		printf("%s\n", sp_program_title(program));

	printf("\nFråga 1. Efterfrågan de kommande två åren\n");
	for (size_t i = 0; i < sp_report_demand_count(report); i++) {
		const sp_demand *d = sp_report_demand(report, i);
		rsp_row(stdout, WIDTH, label(SP_ENUM_SUPPORT_TYPE, sp_demand_support_type(d), "?"),
		        label(SP_ENUM_TREND, sp_demand_trend(d), "(ej besvarad)"));
	}

	printf("\nFråga 3. Personalresurser, årsarbetskrafter\n");
	for (int area = 1; area <= sp_enum_max(SP_ENUM_STAFFING_AREA); area++)
		rsp_row(stdout, WIDTH, sp_enum_label_sv(SP_ENUM_STAFFING_AREA, area),
		        rsp_fte(a, sizeof(a), sp_figures_fte(figures, (sp_work_area)area)));
	rsp_row(stdout, WIDTH, "Totalt", rsp_fte(a, sizeof(a), sp_figures_fte(figures, SP_AREA_UNSET)));

	printf("\nBeslutade stöd enligt prestationerna\n");
	for (int type = 1; type <= sp_enum_max(SP_ENUM_SUPPORT_TYPE); type++) {
		int64_t count = sp_figures_decisions(figures, (sp_support_type)type);
		int64_t kronor = sp_figures_kronor(figures, (sp_support_type)type);
		if (!count && !kronor)
			continue;
		snprintf(row, sizeof(row), "%5s st %15s kr", rsp_kronor(a, sizeof(a), count), rsp_kronor(b, sizeof(b), kronor));
		rsp_row(stdout, WIDTH, sp_enum_label_sv(SP_ENUM_SUPPORT_TYPE, type), row);
	}
	snprintf(row, sizeof(row), "%5s st %15s kr", rsp_kronor(a, sizeof(a), sp_figures_decisions(figures, SP_SUPPORT_UNSET)),
	         rsp_kronor(b, sizeof(b), sp_figures_kronor(figures, SP_SUPPORT_UNSET)));
	rsp_row(stdout, WIDTH, "Totalt", row);

	printf("\nHandlingsplan\n");
	for (size_t i = 0; i < sp_report_priority_area_count(report); i++) {
		const sp_priority_area *area = sp_report_priority_area(report, i);
		printf("  %lld. %s (%zu insatser)\n", (long long)sp_priority_area_number(area),
		       sp_priority_area_title(area) ? sp_priority_area_title(area) : "",
		       sp_figures_area_interventions(figures, sp_priority_area_number(area)));
		for (size_t k = 0; k < sp_priority_area_intervention_count(area); k++) {
			const sp_intervention *iv = sp_priority_area_intervention(area, k);
			printf("     - %s\n       %s; ", sp_intervention_name(iv) ? sp_intervention_name(iv) : "(utan namn)",
			       label(SP_ENUM_STATUS, sp_intervention_status(iv), "utan status"));
			print_service_types(sp_intervention_service_types(iv));
			printf("\n");
		}
	}
	printf("  Insatser: %zu; %s %zu, %s %zu, utan status %zu\n", sp_figures_interventions(figures),
	       sp_enum_label_sv(SP_ENUM_STATUS, SP_STATUS_CONTINUING),
	       sp_figures_interventions_by_status(figures, SP_STATUS_CONTINUING),
	       sp_enum_label_sv(SP_ENUM_STATUS, SP_STATUS_COMPLETED),
	       sp_figures_interventions_by_status(figures, SP_STATUS_COMPLETED),
	       sp_figures_interventions_by_status(figures, SP_STATUS_UNSET));

	printf("\nKontroll\n");
	if (!sp_diagnostics_count(found))
		printf("  Inga anmärkningar.\n");
	for (size_t i = 0; i < sp_diagnostics_count(found); i++)
		printf("  %s: %s: %s [%s]\n", sp_diagnostics_severity(found, i) == SP_SEVERITY_ERROR ? "fel" : "varning",
		       sp_diagnostics_path(found, i), sp_diagnostics_message(found, i), sp_diagnostics_code(found, i));
}

static json_t *per_enum(sp_enum_id e, int64_t (*value)(const sp_figures *, int), const sp_figures *figures)
{
	json_t *object = json_object();
	for (int v = 1; v <= sp_enum_max(e); v++)
		json_object_set_new(object, sp_enum_token(e, v), json_integer(value(figures, v)));
	return object;
}

static int64_t decisions_of(const sp_figures *f, int v) { return sp_figures_decisions(f, (sp_support_type)v); }
static int64_t kronor_of(const sp_figures *f, int v) { return sp_figures_kronor(f, (sp_support_type)v); }
static int64_t by_status(const sp_figures *f, int v) { return (int64_t)sp_figures_interventions_by_status(f, (sp_status)v); }
static int64_t by_service(const sp_figures *f, int v) { return (int64_t)sp_figures_interventions_by_service(f, (sp_service_type)v); }

static void print_json(const sp_report *report, const sp_figures *figures, const sp_diagnostics *found)
{
	char decimal[32];
	json_t *trends = json_object(), *fte = json_object(), *areas = json_array(), *diagnostics = json_array();
	for (int t = 1; t <= sp_enum_max(SP_ENUM_SUPPORT_TYPE); t++) {
		const char *trend = sp_enum_token(SP_ENUM_TREND, sp_figures_trend(figures, (sp_support_type)t));
		if (trend)
			json_object_set_new(trends, sp_enum_token(SP_ENUM_SUPPORT_TYPE, t), json_string(trend));
	}
	/* FTE as decimal numbers, written from their exact text. */
	for (int area = 0; area <= sp_enum_max(SP_ENUM_STAFFING_AREA); area++) {
		sp_decimal_format(decimal, sizeof(decimal), sp_figures_fte(figures, (sp_work_area)area));
		json_object_set_new(fte, area ? sp_enum_token(SP_ENUM_STAFFING_AREA, area) : "total",
		                    json_loads(decimal, JSON_DECODE_ANY, NULL));
	}
	for (size_t i = 0; i < sp_report_priority_area_count(report); i++) {
		const sp_priority_area *area = sp_report_priority_area(report, i);
		json_array_append_new(areas, json_pack("{s:I, s:s?, s:I}", "number", (json_int_t)sp_priority_area_number(area),
		                                       "title", sp_priority_area_title(area), "interventions",
		                                       (json_int_t)sp_figures_area_interventions(figures, sp_priority_area_number(area))));
	}
	for (size_t i = 0; i < sp_diagnostics_count(found); i++)
		json_array_append_new(diagnostics,
		                      json_pack("{s:s, s:s, s:s, s:s}", "severity",
		                                sp_diagnostics_severity(found, i) == SP_SEVERITY_ERROR ? "error" : "warning",
		                                "code", sp_diagnostics_code(found, i), "path", sp_diagnostics_path(found, i),
		                                "message", sp_diagnostics_message(found, i)));
	json_t *status = per_enum(SP_ENUM_STATUS, by_status, figures);
	json_object_set_new(status, "none", json_integer((json_int_t)sp_figures_interventions_by_status(figures, SP_STATUS_UNSET)));
	json_t *summary = json_pack(
		"{s:s, s:I, s:o, s:o, s:{s:o, s:o}, s:{s:I, s:o, s:o, s:o}, s:o}",
		"region", sp_region_name(sp_report_region(report)), "year", (json_int_t)sp_report_year(report),
		"trends", trends, "fte", fte, "support", "decisions", per_enum(SP_ENUM_SUPPORT_TYPE, decisions_of, figures),
		"kronor", per_enum(SP_ENUM_SUPPORT_TYPE, kronor_of, figures), "interventions", "total",
		(json_int_t)sp_figures_interventions(figures), "by_status", status, "by_service_type",
		per_enum(SP_ENUM_SERVICE_TYPE, by_service, figures), "areas", areas, "diagnostics", diagnostics);
	json_dumpf(summary, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	printf("\n");
	json_decref(summary);
}

static int run(int argc, char **argv)
{
	static const struct option options[] = { { "json", no_argument, NULL, 'j' }, { NULL, 0, NULL, 0 } };
	bool as_json = false;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+:", options, NULL)) != -1) {
		if (c != 'j')
			return rsp_option_error(&rsp_summary, c, argv);
		as_json = true;
	}
	if (argc - optind != 1)
		return rsp_usage_error(&rsp_summary, "expected one file");

	sp_report *report;
	int rc = rsp_load(&report, argv[optind]);
	if (rc)
		return rc;
	sp_figures *figures = NULL;
	sp_diagnostics *found = NULL;
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	sp_error err;
	if (sp_report_figures(&figures, report, &err) || sp_report_validate(&found, report, &opts, &err)) {
		rsp_print_error(&err);
		rc = rsp_status_of(&err);
	} else if (as_json) {
		print_json(report, figures, found);
	} else {
		print_text(report, figures, found);
	}
	sp_diagnostics_free(found);
	sp_figures_free(figures);
	sp_report_free(report);
	return rc;
}
