/* rsp summary: one report's answers and figures, in Swedish, as text or JSON. */
#include <jansson.h>
#include <string.h>

#include "rsp.h"

static int run(int argc, char **argv);

const command rsp_summary = {
	"summary", N_("[--json] [--with-names] FILE"),
	N_("Prints the whole report to proofread, with Swedish labels, as Tillväxtverket will read it: region\n"
	   "and year, the answers to questions 1-6 (contacts by role only, unless --with-names), support\n"
	   "decisions and kronor per support type, the whole action plan of each priority area, and the\n"
	   "validator's findings at the end.\n"
	   "  --with-names    show the contacts' names and e-mail addresses\n"
	   "  --json          print the figures as JSON instead\n"),
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

/* The form's label of a field, from the schema: "Kommentar", "Mål i RSP", ... */
static const char *field_label(const void *node, const char *key)
{
	return sp_field_label_sv(sp_type_field_by_key(sp_node_type(SP_NODE(node)), key));
}

/* "    Label: text", the text wrapped under it; nothing for absent text. */
static void print_answer(const char *indent, const char *name, const char *text)
{
	if (!text)
		return;
	char prefix[64];
	printf("%s%s%s\n", indent, name, name[strlen(name) - 1] == '?' ? "" : ":");
	snprintf(prefix, sizeof(prefix), "%s  ", indent);
	rsp_wrap(stdout, prefix, false, text);
}

static void print_free_text(const char *title, const char *text)
{
	printf("\n%s\n", title);
	rsp_wrap(stdout, "  ", false, text ? text : "(ej besvarad)");
}

static void print_demand(const sp_report *report)
{
	printf("\nFråga 1. Efterfrågan de kommande två åren\n");
	for (size_t i = 0; i < sp_report_demand_count(report); i++) {
		const sp_demand *d = sp_report_demand(report, i);
		rsp_row(stdout, WIDTH, label(SP_ENUM_SUPPORT_TYPE, sp_demand_support_type(d), "?"),
		        label(SP_ENUM_TREND, sp_demand_trend(d), "(ej besvarad)"));
		if (sp_demand_budget_insufficient(d) == 1)
			printf("      %s\n", field_label(d, "budget_insufficient"));
		if (sp_demand_not_prioritised(d) == 1)
			printf("      %s\n", field_label(d, "not_prioritised"));
		if (sp_demand_comment(d))
			rsp_wrap(stdout, "      ", false, sp_demand_comment(d));
	}
}

static void print_staffing(const sp_report *report, const sp_figures *figures)
{
	char a[64];
	printf("\nFråga 3. Personalresurser, årsarbetskrafter\n");
	for (int area = 1; area <= sp_enum_max(SP_ENUM_STAFFING_AREA); area++) {
		rsp_row(stdout, WIDTH, sp_enum_label_sv(SP_ENUM_STAFFING_AREA, area),
		        rsp_fte(a, sizeof(a), sp_figures_fte(figures, (sp_work_area)area)));
		for (size_t s = 0; s < sp_report_staffing_count(report); s++) {
			const sp_staffing *staffing = sp_report_staffing(report, s);
			if ((int)sp_staffing_area(staffing) != area)
				continue;
			for (size_t p = 0; p < sp_staffing_position_count(staffing); p++) {
				const sp_position *position = sp_staffing_position(staffing, p);
				int64_t fte = sp_position_fte(position);
				printf("      %s: %s", sp_position_name(position) ? sp_position_name(position) : "?",
				       fte >= 0 ? rsp_fte(a, sizeof(a), fte) : "?");
				if (sp_position_from(position))
					printf(", från %s", sp_position_from(position));
				if (sp_position_funded_by(position))
					printf(", %s", sp_position_funded_by(position));
				printf("\n");
			}
			if (sp_staffing_note(staffing))
				rsp_wrap(stdout, "      ", false, sp_staffing_note(staffing));
		}
	}
	rsp_row(stdout, WIDTH, "Totalt", rsp_fte(a, sizeof(a), sp_figures_fte(figures, SP_AREA_UNSET)));
}

/* Contacts by role; names and addresses only when asked for, as the summary is often shared. */
static void print_contacts(const sp_report *report, bool with_names)
{
	printf("\nFråga 4. Kontaktpersoner\n");
	if (!sp_report_contact_count(report))
		printf("  (ej besvarad)\n");
	for (size_t i = 0; i < sp_report_contact_count(report); i++) {
		const sp_contact *contact = sp_report_contact(report, i);
		const char *name = sp_contact_name(contact), *email = sp_contact_email(contact);
		bool first = true;
		printf("  ");
		for (int role = 1; role <= sp_enum_max(SP_ENUM_CONTACT_ROLE); role++)
			if (sp_contact_roles(contact) & SP_BIT(role)) {
				printf("%s%s", first ? "" : ", ", sp_enum_label_sv(SP_ENUM_CONTACT_ROLE, role));
				first = false;
			}
		if (!with_names)
			printf("%s%s\n", first ? "" : ": ", name || email ? "namn och e-post angivna" : "namn och e-post saknas");
		else
			printf("%s%s <%s>\n", first ? "" : ": ", name ? name : "(namn saknas)", email ? email : "e-post saknas");
	}
}

static void print_collaboration(const sp_report *report)
{
	printf("\nFråga 6. Samverkan\n");
	if (!sp_report_collaboration_count(report))
		printf("  (ej besvarad)\n");
	for (size_t i = 0; i < sp_report_collaboration_count(report); i++) {
		const sp_collaboration *c = sp_report_collaboration(report, i);
		const char *step = sp_enum_label_sv(SP_ENUM_LADDER_STEP, sp_collaboration_ladder_step(c));
		printf("  %s", label(SP_ENUM_ACTOR, sp_collaboration_actor(c), "?"));
		if (sp_collaboration_label(c))
			printf(" (%s)", sp_collaboration_label(c));
		printf(": %s\n", step ? step : sp_collaboration_ladder_note(c) ? sp_collaboration_ladder_note(c)
		                                                                 : "inget steg angivet");
		print_answer("      ", field_label(c, "description"), sp_collaboration_description(c));
		print_answer("      ", field_label(c, "challenges"), sp_collaboration_challenges(c));
	}
}

static void print_support(const sp_figures *figures)
{
	char a[64], b[64], row[160];
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
	size_t left_out = sp_figures_outputs_without_figures(figures);
	if (left_out)
		printf("  Obs: %zu prestation%s har siffror bara i texten och räknas inte ovan (rsp fill-outputs fyller i "
		       "dem).\n", left_out, left_out == 1 ? "" : "er");
}

/* "1.1, 1.2" */
static void print_list(const char *name, size_t count, const sp_intervention *iv,
                       const char *(*item)(const sp_intervention *, size_t))
{
	if (!count)
		return;
	printf("         %s: ", name);
	for (size_t i = 0; i < count; i++)
		printf("%s%s", i ? ", " : "", item(iv, i));
	printf("\n");
}

static void print_outputs(const sp_intervention *iv)
{
	char a[64];
	if (!sp_intervention_output_count(iv))
		return;
	printf("         %s:\n", field_label(iv, "outputs"));
	for (size_t i = 0; i < sp_intervention_output_count(iv); i++) {
		const sp_output *output = sp_intervention_output(iv, i);
		rsp_wrap(stdout, "           * ", true, sp_output_text(output) ? sp_output_text(output) : "");
		const char *type = sp_enum_label_sv(SP_ENUM_SUPPORT_TYPE, sp_output_support_type(output));
		int64_t count = sp_output_count(output), kronor = sp_output_amount_sek(output);
		if (type || count >= 0 || kronor >= 0) {
			printf("             ");
			if (type)
				printf("%s%s", type, count >= 0 || kronor >= 0 ? ": " : "");
			if (count >= 0)
				printf("%s st%s", rsp_kronor(a, sizeof(a), count), kronor >= 0 ? ", " : "");
			if (kronor >= 0)
				printf("%s kr", rsp_kronor(a, sizeof(a), kronor));
			printf("\n");
		}
	}
}

static void print_effects(const sp_intervention *iv)
{
	static const char *const horizons[] = { "short_term", "medium_term", "long_term", "general" };
	const sp_effects *effects = sp_intervention_effects(iv);
	const char *texts[] = { sp_effects_short_term(effects), sp_effects_medium_term(effects),
		                sp_effects_long_term(effects), sp_effects_general(effects) };
	const char *basis = sp_enum_label_sv(SP_ENUM_EFFECTS_BASIS, sp_effects_basis(effects));
	bool any = false;
	for (size_t h = 0; h < sizeof(horizons) / sizeof(horizons[0]); h++)
		any = any || texts[h];
	if (!any)
		return;
	printf("         %s%s%s%s:\n", field_label(iv, "effects"), basis ? " (" : "", basis ? basis : "", basis ? ")" : "");
	for (size_t h = 0; h < sizeof(horizons) / sizeof(horizons[0]); h++)
		print_answer("           ", field_label(effects, horizons[h]), texts[h]);
}

static void print_intervention(const sp_intervention *iv)
{
	rsp_wrap(stdout, "     - ", true, sp_intervention_name(iv) ? sp_intervention_name(iv) : "(utan namn)");
	if (sp_intervention_description(iv))
		rsp_wrap(stdout, "         ", false, sp_intervention_description(iv));
	print_list(field_label(iv, "goals"), sp_intervention_goal_id_count(iv), iv, sp_intervention_goal_id);
	print_list(field_label(iv, "other_goals"), sp_intervention_other_goal_count(iv), iv, sp_intervention_other_goal);
	print_list(field_label(iv, "actors"), sp_intervention_actor_count(iv), iv, sp_intervention_actor);
	if (sp_intervention_funding(iv))
		printf("         %s: %s\n", field_label(iv, "funding"), sp_intervention_funding(iv));
	printf("         %s: ", field_label(iv, "service_types"));
	print_service_types(sp_intervention_service_types(iv));
	printf("\n");
	print_outputs(iv);
	print_effects(iv);
	printf("         %s: %s\n", field_label(iv, "status"), label(SP_ENUM_STATUS, sp_intervention_status(iv), "utan status"));
	print_answer("         ", field_label(iv, "lessons"), sp_intervention_lessons(iv));
	print_answer("         ", field_label(iv, "next_year"), sp_intervention_next_year(iv));
}

static void print_action_plan(const sp_report *report, const sp_figures *figures)
{
	printf("\nHandlingsplan\n");
	for (size_t i = 0; i < sp_report_priority_area_count(report); i++) {
		const sp_priority_area *area = sp_report_priority_area(report, i);
		printf("  %lld. %s (%zu insatser)\n", (long long)sp_priority_area_number(area),
		       sp_priority_area_title(area) ? sp_priority_area_title(area) : "",
		       sp_figures_area_interventions(figures, sp_priority_area_number(area)));
		for (size_t k = 0; k < sp_priority_area_intervention_count(area); k++)
			print_intervention(sp_priority_area_intervention(area, k));
	}
	printf("  Insatser: %zu; %s %zu, %s %zu, utan status %zu\n", sp_figures_interventions(figures),
	       sp_enum_label_sv(SP_ENUM_STATUS, SP_STATUS_CONTINUING),
	       sp_figures_interventions_by_status(figures, SP_STATUS_CONTINUING),
	       sp_enum_label_sv(SP_ENUM_STATUS, SP_STATUS_COMPLETED),
	       sp_figures_interventions_by_status(figures, SP_STATUS_COMPLETED),
	       sp_figures_interventions_by_status(figures, SP_STATUS_UNSET));
}

static void print_text(const sp_report *report, const sp_figures *figures, const sp_diagnostics *found,
                       bool with_names)
{
	const sp_program *program = sp_report_program(report);
	printf("%s, uppföljning av verksamhetsår %lld\n", sp_region_name(sp_report_region(report)),
	       (long long)sp_report_year(report));
	if (sp_program_title(program))
		printf("%s\n", sp_program_title(program));
	for (size_t i = 0; i < sp_program_goal_count(program); i++) {
		const sp_goal *goal = sp_program_goal(program, i);
		char prefix[64];
		snprintf(prefix, sizeof(prefix), "  %s ", sp_goal_id(goal) ? sp_goal_id(goal) : "?");
		rsp_wrap(stdout, prefix, true, sp_goal_text(goal) ? sp_goal_text(goal) : "");
	}

	print_demand(report);
	print_free_text("Fråga 2. Framtidsspaning", sp_report_future_outlook(report));
	print_staffing(report, figures);
	print_contacts(report, with_names);
	print_free_text("Fråga 5. Arbetet med tillgänglighet till kommersiell service", sp_report_accessibility_work(report));
	print_collaboration(report);
	print_support(figures);
	print_action_plan(report, figures);

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
		"{s:s, s:I, s:o, s:o, s:{s:o, s:o, s:I}, s:{s:I, s:o, s:o, s:o}, s:o}",
		"region", sp_region_name(sp_report_region(report)), "year", (json_int_t)sp_report_year(report),
		"trends", trends, "fte", fte, "support", "decisions", per_enum(SP_ENUM_SUPPORT_TYPE, decisions_of, figures),
		"kronor", per_enum(SP_ENUM_SUPPORT_TYPE, kronor_of, figures), "outputs_without_figures",
		(json_int_t)sp_figures_outputs_without_figures(figures), "interventions", "total",
		(json_int_t)sp_figures_interventions(figures), "by_status", status, "by_service_type",
		per_enum(SP_ENUM_SERVICE_TYPE, by_service, figures), "areas", areas, "diagnostics", diagnostics);
	json_dumpf(summary, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	printf("\n");
	json_decref(summary);
}

static int run(int argc, char **argv)
{
	static const struct option options[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "with-names", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	bool as_json = false, with_names = false;
	int c;
	while ((c = rsp_next_option(&rsp_summary, argc, argv, "", options)) != -1) {
		switch (c) {
		case 'j': as_json = true; break;
		case 'n': with_names = true; break;
		default: return RSP_USAGE;
		}
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
	/* The text is the report as Tillväxtverket reads it, in the form's language, its findings too;
	 * JSON is for programs, whose messages follow the locale as elsewhere. */
	if (!as_json)
		opts.language = SP_LANGUAGE_SV;
	sp_error err;
	if (sp_report_figures(&figures, report, &err) || sp_report_validate(&found, report, &opts, &err)) {
		rsp_print_error(&err);
		rc = rsp_status_of(&err);
	} else if (as_json) {
		print_json(report, figures, found);
	} else {
		print_text(report, figures, found, with_names);
	}
	sp_diagnostics_free(found);
	sp_figures_free(figures);
	sp_report_free(report);
	return rc;
}
