/*
 * Synthetic reports for the benchmarks: valid by construction (built with
 * the library's builder API, so the library itself checks every value),
 * deterministic (a fixed seed gives the same report, byte for byte, on
 * every machine), and of any size.
 */
#ifndef SP_BENCH_GENERATE_H
#define SP_BENCH_GENERATE_H

#include <stddef.h>
#include <stdint.h>

#include <serviceprogram.h>

/* The 21 regions of Sweden, with their county codes. */
#define BENCH_REGION_COUNT 21
#define BENCH_FIRST_YEAR 2022
#define BENCH_YEAR_COUNT 9 /* 2022..2030, the programme period */

typedef struct bench_region {
	const char *name;
	const char *county_code;
} bench_region;

extern const bench_region bench_regions[BENCH_REGION_COUNT];

typedef struct bench_params {
	uint64_t seed;
	size_t interventions; /* spread evenly over the priority areas */
	size_t region;        /* index into bench_regions */
	int64_t year;
} bench_params;

/* The seed every benchmark uses unless told otherwise. */
#define BENCH_SEED UINT64_C(20240131)

/*
 * Builds a report of p->interventions interventions in 3 + interventions / 500
 * priority areas, each intervention with long multi-line Swedish texts and
 * one to five outputs, and every question of the form answered. Yours to free.
 */
int bench_generate(sp_report **out, const bench_params *p, sp_error *err);

/*
 * The same, then checked with sp_report_validate (submission checks included, on a
 * day before the deadline): fails with SP_EVALUE naming the first finding if
 * the report is not clean, so a benchmark never measures a broken input.
 */
int bench_generate_checked(sp_report **out, const bench_params *p, sp_error *err);

/* Interventions of the national dataset's report of one region and year: 20..59. */
size_t bench_national_interventions(size_t region, int64_t year);

#endif
