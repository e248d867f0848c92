/*
 * report-summary: prints the key figures of a follow-up report in Swedish.
 *
 * Build it against an installed library with pkg-config:
 *   cc report-summary.c $(pkg-config --cflags --libs libserviceprogram) -o report-summary
 * Run it:
 *   ./report-summary examples/data/jamtland-harjedalen-2023.yaml
 */
#include <stdio.h>
#include <string.h>

#include <serviceprogram.h>

/* 1537062 -> "1 537 062" */
static const char *kronor(char *buf, size_t size, int64_t value)
{
	char digits[32];
	int n = snprintf(digits, sizeof(digits), "%lld", (long long)value);
	size_t used = 0;
	for (int i = 0; i < n && used + 2 < size; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			buf[used++] = ' ';
		buf[used++] = digits[i];
	}
	buf[used] = '\0';
	return buf;
}

/* 850 thousandths -> "0,85" */
static const char *fte(char *buf, size_t size, int64_t thousandths)
{
	sp_decimal_format(buf, size, thousandths);
	char *dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
	return buf;
}

/* Prints "  LABEL  VALUE" with the label padded to 50 characters (not bytes). */
static void print_row(const char *label, const char *value)
{
	int width = 0;
	for (const char *c = label; *c; c++)
		width += ((unsigned char)*c & 0xC0) != 0x80;
	printf("  %s%*s %s\n", label, width < 50 ? 50 - width : 0, "", value);
}

static void print_demand(const sp_report *report)
{
	printf("\nEfterfrågan de kommande två åren (fråga 1)\n");
	for (size_t i = 0; i < sp_report_demand_count(report); i++) {
		const sp_demand *d = sp_report_demand(report, i);
		const char *trend = sp_enum_label_sv(SP_ENUM_TREND, sp_demand_trend(d));
		print_row(sp_enum_label_sv(SP_ENUM_SUPPORT_TYPE, sp_demand_support_type(d)), trend ? trend : "(ej besvarad)");
	}
}

static void print_staffing(const sp_report *report)
{
	int64_t per_area[SP_AREA_CASE_HANDLING + 1] = { 0 }, total = 0;
	char buf[32];
	for (size_t i = 0; i < sp_report_staffing_count(report); i++) {
		const sp_staffing *s = sp_report_staffing(report, i);
		for (size_t k = 0; k < sp_staffing_position_count(s); k++) {
			int64_t value = sp_position_fte(sp_staffing_position(s, k));
			if (value > 0) {
				per_area[sp_staffing_area_of(s)] += value;
				total += value;
			}
		}
	}
	printf("\nÅrsarbetskrafter (fråga 3)\n");
	for (int area = 1; area <= SP_AREA_CASE_HANDLING; area++)
		print_row(sp_enum_label_sv(SP_ENUM_STAFFING_AREA, area), fte(buf, sizeof(buf), per_area[area]));
	print_row("Totalt", fte(buf, sizeof(buf), total));
}

static void print_decisions(const sp_report *report)
{
	int64_t count[SP_SUPPORT_OTHER + 1] = { 0 }, amount[SP_SUPPORT_OTHER + 1] = { 0 };
	char buf[32];
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		const sp_priority_area *area = sp_report_priority_area(report, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			const sp_intervention *iv = sp_priority_area_intervention(area, i);
			for (size_t k = 0; k < sp_intervention_output_count(iv); k++) {
				const sp_output *o = sp_intervention_output(iv, k);
				sp_support_type type = sp_output_support_type(o);
				if (type == SP_SUPPORT_UNSET)
					continue;
				count[type] += sp_output_count(o) > 0 ? sp_output_count(o) : 0;
				amount[type] += sp_output_amount_sek(o) > 0 ? sp_output_amount_sek(o) : 0;
			}
		}
	}
	printf("\nBeslutade stöd enligt prestationerna\n");
	for (int type = 1; type <= SP_SUPPORT_OTHER; type++)
		if (count[type] || amount[type]) {
			char figures[64];
			snprintf(figures, sizeof(figures), "%4lld st %14s kr", (long long)count[type],
			         kronor(buf, sizeof(buf), amount[type]));
			print_row(sp_enum_label_sv(SP_ENUM_SUPPORT_TYPE, type), figures);
		}
}

static void print_action_plan(const sp_report *report)
{
	printf("\nInsatser per prioriterat område\n");
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		const sp_priority_area *area = sp_report_priority_area(report, a);
		size_t status[SP_STATUS_COMPLETED + 1] = { 0 };
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++)
			status[sp_intervention_status(sp_priority_area_intervention(area, i))]++;
		printf("  %lld. %s\n     %zu insatser: %zu fortsätter, %zu klara, %zu utan status\n",
		       (long long)sp_priority_area_number(area),
		       sp_priority_area_title(area) ? sp_priority_area_title(area) : "",
		       sp_priority_area_intervention_count(area), status[SP_STATUS_CONTINUING],
		       status[SP_STATUS_COMPLETED], status[SP_STATUS_UNSET]);
	}
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s REPORT.yaml|REPORT.json\n", argv[0]);
		return 2;
	}
	sp_report *report;
	sp_error err;
	if (sp_report_load_file(&report, argv[1], NULL, &err)) {
		char message[1024];
		sp_error_format(message, sizeof(message), &err);
		fprintf(stderr, "%s\n", message);
		return 1;
	}
	const char *title = sp_program_title(sp_report_program(report));
	printf("Region %s, verksamhetsår %lld%s%s%s\n", sp_region_name(sp_report_region(report)),
	       (long long)sp_report_year(report), title ? " (" : "", title ? title : "", title ? ")" : "");
	print_demand(report);
	print_staffing(report);
	print_decisions(report);
	print_action_plan(report);
	sp_report_free(report);
	return 0;
}
