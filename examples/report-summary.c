/*
 * report-summary: the smallest useful program on libserviceprogram. It
 * loads a report and prints its key figures.
 *
 * Build it against an installed library with pkg-config:
 *   cc report-summary.c $(pkg-config --cflags --libs libserviceprogram) -o report-summary
 * Run it:
 *   ./report-summary examples/data/jamtland-harjedalen-2023.yaml
 * (`rsp summary` does the same, and more.)
 */
#include <stdio.h>

#include <serviceprogram.h>

int main(int argc, char **argv)
{
	sp_report *report;
	sp_figures *figures;
	sp_error err;
	char fte[32], message[1024];
	if (argc != 2) {
		fprintf(stderr, "usage: %s REPORT.yaml|REPORT.json\n", argv[0]);
		return 2;
	}
	if (sp_report_load_file(&report, argv[1], NULL, &err) || sp_report_figures(&figures, report, &err)) {
		sp_error_format(message, sizeof(message), &err);
		fprintf(stderr, "%s\n", message);
		return 1;
	}
	printf("Region %s, verksamhetsår %lld\n", sp_region_name(sp_report_region(report)),
	       (long long)sp_report_year(report));
	sp_decimal_format(fte, sizeof(fte), sp_figures_fte(figures, SP_AREA_UNSET));
	printf("Årsarbetskrafter: %s\n", fte);
	for (int type = 1; type <= sp_enum_max(SP_ENUM_SUPPORT_TYPE); type++)
		if (sp_figures_decisions(figures, (sp_support_type)type))
			printf("%s: %lld st, %lld kr\n", sp_enum_label_sv(SP_ENUM_SUPPORT_TYPE, type),
			       (long long)sp_figures_decisions(figures, (sp_support_type)type),
			       (long long)sp_figures_kronor(figures, (sp_support_type)type));
	printf("Insatser: %zu, varav %zu fortsätter\n", sp_figures_interventions(figures),
	       sp_figures_interventions_by_status(figures, SP_STATUS_CONTINUING));
	sp_figures_free(figures);
	sp_report_free(report);
	return 0;
}
