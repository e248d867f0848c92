/*
 * sp-bench-gen: writes the benchmarks' synthetic reports to files, for the
 * Python benchmark and for anyone who wants to look at them or time other
 * tools on them.
 *
 *   sp-bench-gen [--seed N] report INTERVENTIONS FILE   one report (.json: JSON, else YAML)
 *   sp-bench-gen [--seed N] national DIRECTORY         21 regions x 2022..2030, as CC-YYYY.yaml
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "generate.h"

static int usage(void)
{
	fputs("usage: sp-bench-gen [--seed N] report INTERVENTIONS FILE\n"
	      "       sp-bench-gen [--seed N] national DIRECTORY\n", stderr);
	return 2;
}

static int fail(const char *what, const sp_error *err)
{
	char text[1200];
	sp_error_format(text, sizeof(text), err);
	fprintf(stderr, "sp-bench-gen: %s: %s\n", what, text);
	return 1;
}

static int write_report(const bench_params *p, const char *path)
{
	sp_report *report;
	sp_error err;
	if (bench_generate_checked(&report, p, &err) < 0)
		return fail("generating", &err);
	int rc = sp_report_save_file(report, path, NULL, &err);
	sp_report_free(report);
	return rc < 0 ? fail("saving", &err) : 0;
}

/* A whole number from `text`, or false. */
static bool parse_count(const char *text, unsigned long long *out)
{
	char *end;
	errno = 0;
	*out = strtoull(text, &end, 10);
	return errno == 0 && *text >= '0' && *text <= '9' && *end == '\0';
}

int main(int argc, char **argv)
{
	bench_params p = { BENCH_SEED, 0, 0, BENCH_FIRST_YEAR + 1 };
	unsigned long long number;
	int arg = 1;
	if (argc > 2 && strcmp(argv[1], "--seed") == 0) {
		if (!parse_count(argv[2], &number))
			return usage();
		p.seed = number;
		arg = 3;
	}
	if (argc - arg == 3 && strcmp(argv[arg], "report") == 0) {
		if (!parse_count(argv[arg + 1], &number))
			return usage();
		p.interventions = (size_t)number;
		return write_report(&p, argv[arg + 2]);
	}
	if (argc - arg == 2 && strcmp(argv[arg], "national") == 0) {
		if (mkdir(argv[arg + 1], 0777) && errno != EEXIST) {
			fprintf(stderr, "sp-bench-gen: cannot make %s: %s\n", argv[arg + 1], strerror(errno));
			return 1;
		}
		for (size_t r = 0; r < BENCH_REGION_COUNT; r++) {
			for (int64_t y = BENCH_FIRST_YEAR; y < BENCH_FIRST_YEAR + BENCH_YEAR_COUNT; y++) {
				char path[4096];
				int rc;
				p.region = r;
				p.year = y;
				p.interventions = bench_national_interventions(r, y);
				snprintf(path, sizeof(path), "%s/%s-%lld.yaml", argv[arg + 1], bench_regions[r].county_code,
				         (long long)y);
				if ((rc = write_report(&p, path)))
					return rc;
			}
		}
		return 0;
	}
	return usage();
}
