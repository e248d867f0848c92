/*
 * bench_rollup: the national rollup against loading the national dataset,
 * 21 regions x 9 years (2022..2030) of 20..59 interventions each, as
 * `rsp rollup` does it: every file loaded, then every report added to one
 * rollup. The rollup's part (sp_rollup_new, 189 sp_rollup_add, reading a
 * total, sp_rollup_free) is timed against the loads of the 189 files, in
 * YAML and in JSON.
 */
#include <stdio.h>
#include <stdlib.h>

#include "bench.h"

#define REPORTS (BENCH_REGION_COUNT * BENCH_YEAR_COUNT)

typedef struct dataset {
	char *paths[REPORTS];
	sp_report *loaded[REPORTS];
	size_t interventions; /* over all reports */
} dataset;

static void load_all(void *ctx, double *seconds)
{
	dataset *d = ctx;
	sp_report *reports[REPORTS];
	sp_error err;
	double start = bench_now();
	for (size_t i = 0; i < REPORTS; i++)
		if (sp_report_load_file(&reports[i], d->paths[i], NULL, &err) < 0)
			bench_die_sp("sp_report_load_file", &err);
	*seconds = bench_now() - start;
	for (size_t i = 0; i < REPORTS; i++)
		sp_report_free(reports[i]);
}

static void roll_up(void *ctx, double *seconds)
{
	dataset *d = ctx;
	sp_rollup *rollup;
	sp_error err;
	size_t interventions = 0;
	double start = bench_now();
	if (sp_rollup_new(&rollup, &err) < 0)
		bench_die_sp("sp_rollup_new", &err);
	for (size_t i = 0; i < REPORTS; i++)
		if (sp_rollup_add(rollup, d->loaded[i], &err) < 0)
			bench_die_sp("sp_rollup_add", &err);
	for (size_t y = 0; y < sp_rollup_year_count(rollup); y++)
		for (int status = SP_STATUS_UNSET; status <= SP_STATUS_COMPLETED; status++)
			interventions += sp_rollup_interventions_by_status(rollup, y, (sp_status)status);
	size_t years = sp_rollup_year_count(rollup), regions = sp_rollup_region_count(rollup, 0);
	sp_rollup_free(rollup);
	*seconds = bench_now() - start;
	if (years != BENCH_YEAR_COUNT || regions != BENCH_REGION_COUNT || interventions != d->interventions)
		bench_die("the rollup has %zu years, %zu regions and %zu interventions; expected %d, %d and %zu", years,
		          regions, interventions, BENCH_YEAR_COUNT, BENCH_REGION_COUNT, d->interventions);
}

/* Generates the dataset and writes it in `syntax`; the paths go into d. */
static size_t write_dataset(dataset *d, sp_syntax syntax)
{
	size_t bytes = 0;
	d->interventions = 0;
	for (size_t r = 0; r < BENCH_REGION_COUNT; r++) {
		for (int64_t y = 0; y < BENCH_YEAR_COUNT; y++) {
			size_t i = r * BENCH_YEAR_COUNT + (size_t)y, len;
			char name[64];
			size_t interventions = bench_national_interventions(r, BENCH_FIRST_YEAR + y);
			sp_report *report = bench_report(interventions, r, BENCH_FIRST_YEAR + y);
			char *text = bench_save(&len, report, syntax);
			snprintf(name, sizeof(name), "%s-%lld.%s", bench_regions[r].county_code,
			         (long long)(BENCH_FIRST_YEAR + y), syntax == SP_SYNTAX_JSON ? "json" : "yaml");
			d->paths[i] = bench_temp_path(name);
			bench_write_file(d->paths[i], text, len);
			bytes += len;
			d->interventions += interventions;
			sp_free(text);
			sp_report_free(report);
		}
	}
	return bytes;
}

static void compare(dataset *d, const char *syntax_name, size_t bytes)
{
	char figure[160], a[32], b[32], size[32];
	bench_reps reps = { 5, 21, 1.0 };
	sp_error err;
	for (size_t i = 0; i < REPORTS; i++)
		if (sp_report_load_file(&d->loaded[i], d->paths[i], NULL, &err) < 0)
			bench_die_sp("sp_report_load_file", &err);
	bench_stats rollup, load;
	bench_pair(&rollup, roll_up, d, &load, load_all, d, reps);
	snprintf(figure, sizeof(figure), "rollup vs %s load of the national dataset (%d reports, %s)", syntax_name,
	         REPORTS, bench_bytes_text(size, sizeof(size), (double)bytes));
	bench_row(figure, bench_time_text(a, sizeof(a), rollup.median), bench_time_text(b, sizeof(b), load.median),
	          rollup.median / load.median, 0.2);
	for (size_t i = 0; i < REPORTS; i++) {
		sp_report_free(d->loaded[i]);
		free(d->paths[i]);
	}
}

int main(void)
{
	static dataset d;
	bench_table("The national rollup against loading its reports (median times; ratio = rollup / load)");
	size_t bytes = write_dataset(&d, SP_SYNTAX_YAML);
	compare(&d, "YAML", bytes);
	bytes = write_dataset(&d, SP_SYNTAX_JSON);
	compare(&d, "JSON", bytes);
	bench_table_end();
	return 0;
}
