/*
 * What the benchmarks share: a monotonic clock, medians and bests of repeated runs,
 * temporary files, and the table every benchmark prints. A benchmark
 * reports a missed target and still exits 0; any real error (a load or a
 * save failing, memory running out, a baseline that does not produce the
 * same bytes) ends it with a message and exit status 1.
 */
#ifndef SP_BENCH_H
#define SP_BENCH_H

#include <stdbool.h>
#include <stddef.h>

#include <serviceprogram.h>

#include "generate.h"

/* Seconds on CLOCK_MONOTONIC. */
double bench_now(void);

_Noreturn void bench_die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Dies with the library's formatted error. */
_Noreturn void bench_die_sp(const char *what, const sp_error *err);
/* malloc that dies instead of returning NULL. */
void *bench_alloc(size_t size);

/*
 * One measured operation: does its work once and puts in *seconds the time
 * of the part that counts (setting up and freeing can stay outside). It
 * dies on any failure.
 */
typedef void (*bench_op)(void *ctx, double *seconds);

/* How often to repeat: at least min_runs, then until min_seconds have passed, at most max_runs. */
typedef struct bench_reps {
	int min_runs, max_runs;
	double min_seconds;
} bench_reps;

/* The median and the best of the times of the runs. */
typedef struct bench_stats {
	double median, best;
} bench_stats;

bench_stats bench_measure(bench_op op, void *ctx, bench_reps reps);
/*
 * Two operations run alternately, ours then theirs, so that a change of
 * clock speed or of load on the machine during the run hits both alike.
 */
void bench_pair(bench_stats *ours, bench_op our_op, void *our_ctx, bench_stats *theirs, bench_op their_op,
                void *their_ctx, bench_reps reps);

/* ---- the table -------------------------------------------------------- */

/* Prints the title and the table's head (Markdown, so it can go into the README as it is). */
void bench_table(const char *title);
/* One figure, met when ratio <= target (every C benchmark's target is an upper bound). */
void bench_row(const char *figure, const char *ours, const char *theirs, double ratio, double target);
/* Ends the table: how many figures met their targets. */
void bench_table_end(void);

/* "12.3 ms", "850 µs", "1.23 s" into buf; returns buf. */
const char *bench_time_text(char *buf, size_t size, double seconds);
/* "12.3 MiB" / "850 KiB"; returns buf. */
const char *bench_bytes_text(char *buf, size_t size, double bytes);

/* ---- reports and files ------------------------------------------------ */

/* A generated, validated report (dies if it cannot be made). */
sp_report *bench_report(size_t interventions, size_t region, int64_t year);
/* Saves to a new buffer (dies on failure); free it with sp_free. */
char *bench_save(size_t *len, const sp_report *report, sp_syntax syntax);
/* A path in this run's temporary directory; the file is removed at exit. Yours to free. */
char *bench_temp_path(const char *name);
/* Writes a whole file, dying on failure. */
void bench_write_file(const char *path, const char *data, size_t len);

#endif
