/*
 * The best time of sp_form_import() on one form over several runs, in
 * seconds on standard output: the C side of bench_form.py, timed in process
 * as python-docx is, without starting a program or writing the report.
 *
 *   bench_form_import FORM.docx RUNS
 */
#include <serviceprogram/form.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: bench_form_import FORM.docx RUNS\n");
		return 2;
	}
	int runs = atoi(argv[2]);
	double best = -1;
	for (int i = 0; i < runs; i++) {
		sp_report *report;
		sp_error err;
		double start = now();
		if (sp_form_import(&report, NULL, argv[1], NULL, &err)) {
			fprintf(stderr, "%s: %s\n", argv[1], err.message);
			return 1;
		}
		double t = now() - start;
		sp_report_free(report);
		if (best < 0 || t < best)
			best = t;
	}
	printf("%.6f\n", best);
	return 0;
}
