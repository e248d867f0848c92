/*
 * walkthrough: the program the API reference's main page (docs/mainpage.md)
 * walks through, piece by piece: load a report, read it, change it,
 * validate it and save it. The main page shows its snippets, so the code
 * readers see is code that builds and runs; the test `walkthrough` (suite
 * docs) runs it on the bundled report.
 *
 * Usage: walkthrough IN OUT
 * Loads IN (JSON or YAML), marks the first intervention completed, adds an
 * output and an FTE, prints the validator's findings and saves the report
 * to OUT (JSON when OUT ends in .json, else YAML).
 */
#include <stdio.h>
#include <string.h>

#include <serviceprogram.h>

/* Prints an error as FILE:LINE:COLUMN: error: PATH: message. */
static void print_error(const sp_error *err)
{
	char text[1024];
	sp_error_format(text, sizeof(text), err);
	fprintf(stderr, "%s\n", text);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s IN OUT\n", argv[0]);
		return 2;
	}
	const char *in = argv[1], *out = argv[2];

	//! [load]
	sp_report *report;
	sp_error err;
	if (sp_report_load_file(&report, in, NULL, &err) < 0) {
		print_error(&err); /* e.g. report.yaml:42:13: error: /priority_areas/0/...: ... */
		return 1;
	}
	//! [load]

	//! [read]
	printf("%s, %lld\n", sp_region_name(sp_report_region(report)), (long long)sp_report_year(report));
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		const sp_priority_area *area = sp_report_priority_area(report, a); /* borrowed */
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			const sp_intervention *iv = sp_priority_area_intervention(area, i);
			const char *status = sp_enum_label_sv(SP_ENUM_STATUS, sp_intervention_status(iv));
			printf("  %lld. %s (%s)\n", (long long)sp_priority_area_number(area), sp_intervention_name(iv),
			       status ? status : "utan status");
			for (size_t o = 0; o < sp_intervention_output_count(iv); o++) {
				const sp_output *output = sp_intervention_output(iv, o);
				if (sp_output_support_type(output) != SP_SUPPORT_UNSET && sp_output_amount_sek(output) >= 0)
					printf("     %s: %lld kr\n",
					       sp_enum_label_sv(SP_ENUM_SUPPORT_TYPE, sp_output_support_type(output)),
					       (long long)sp_output_amount_sek(output));
			}
		}
	}
	//! [read]

	//! [change]
	sp_intervention *iv = sp_priority_area_intervention_mut(sp_report_priority_area_mut(report, 0), 0);
	if (!iv) { /* NULL out of range: the report has no priority area, or the area no intervention */
		fprintf(stderr, "%s: no intervention to change\n", in);
		sp_report_free(report);
		return 1;
	}
	sp_output *output;     /* borrowed from the report, like every part */
	sp_staffing *staffing;
	sp_position *position;
	int64_t fte;
	if (sp_intervention_set_status(iv, SP_STATUS_COMPLETED, &err) ||
	    sp_intervention_add_output(&output, iv, &err) ||
	    sp_output_set_text(output, "Servicebidrag 2 st 150 000 kr", &err) ||
	    sp_output_set_support_type(output, SP_SUPPORT_SERVICE_GRANT, &err) ||
	    sp_output_set_count(output, 2, &err) || sp_output_set_amount_sek(output, 150000, &err) ||
	    sp_report_add_staffing(&staffing, report, &err) ||
	    sp_staffing_set_area(staffing, SP_AREA_CASE_HANDLING, &err) ||
	    sp_staffing_add_position(&position, staffing, &err) ||
	    sp_position_set_name(position, "Handläggare", &err) ||
	    sp_decimal_parse(&fte, "0,25", &err) || /* Swedish text: 250 thousandths */
	    sp_position_set_fte(position, fte, &err)) {
		print_error(&err);
		sp_report_free(report);
		return 1;
	}
	//! [change]

	//! [validate]
	sp_validate_options check = SP_VALIDATE_OPTIONS_INIT;
	check.submission = 1; /* also what must be answered before sending */
	sp_diagnostics *findings;
	if (sp_report_validate(&findings, report, &check, &err) < 0) {
		print_error(&err);
		sp_report_free(report);
		return 1;
	}
	for (size_t i = 0; i < sp_diagnostics_count(findings); i++)
		printf("%s:%u: %s: %s [%s]\n", in, sp_diagnostics_line(findings, i),
		       sp_diagnostics_severity(findings, i) == SP_SEVERITY_ERROR ? "error" : "warning",
		       sp_diagnostics_message(findings, i), sp_diagnostics_code(findings, i));
	sp_diagnostics_free(findings);
	//! [validate]

	//! [save]
	sp_save_options opts = SP_SAVE_OPTIONS_INIT; /* syntax from the name: .json, else YAML */
	int rc = sp_report_save_file(report, out, &opts, &err); /* the whole file, or none */
	if (rc < 0)
		print_error(&err);
	sp_report_free(report);
	return rc < 0 ? 1 : 0;
	//! [save]
}
