/* The harness the benchmarks share: timing, the table, temporary files (see bench.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void bench_die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("benchmark error: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(EXIT_FAILURE);
}

void bench_die_sp(const char *what, const sp_error *err)
{
	char text[1200];
	sp_error_format(text, sizeof(text), err);
	bench_die("%s: %s", what, text);
}

void *bench_alloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		bench_die("out of memory (%zu bytes)", size);
	return p;
}

/* ---- timing ----------------------------------------------------------- */

#define MAX_RUNS 64

static int compare_doubles(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static bench_stats stats(double *samples, int n)
{
	qsort(samples, (size_t)n, sizeof(*samples), compare_doubles);
	return (bench_stats){ n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2, samples[0] };
}

static int clamp_runs(int runs)
{
	return runs < 1 ? 1 : runs > MAX_RUNS ? MAX_RUNS : runs;
}

bench_stats bench_measure(bench_op op, void *ctx, bench_reps reps)
{
	double samples[MAX_RUNS], spent = 0;
	int n = 0, max_runs = clamp_runs(reps.max_runs);
	while (n < max_runs && (n < reps.min_runs || spent < reps.min_seconds)) {
		op(ctx, &samples[n]);
		spent += samples[n++];
	}
	return stats(samples, n);
}

void bench_pair(bench_stats *ours, bench_op our_op, void *our_ctx, bench_stats *theirs, bench_op their_op,
                void *their_ctx, bench_reps reps)
{
	double a[MAX_RUNS], b[MAX_RUNS], spent = 0;
	int n = 0, max_runs = clamp_runs(reps.max_runs);
	while (n < max_runs && (n < reps.min_runs || spent < reps.min_seconds)) {
		our_op(our_ctx, &a[n]);
		their_op(their_ctx, &b[n]);
		spent += a[n] + b[n];
		n++;
	}
	*ours = stats(a, n);
	*theirs = stats(b, n);
}

/* ---- the table -------------------------------------------------------- */

static int rows, rows_met;

void bench_table(const char *title)
{
	/* Other work on the machine slows both sides of a ratio, but not always alike: say how busy it was. */
	char load[64] = "unknown";
	FILE *f = fopen("/proc/loadavg", "r");
	if (f) {
		if (!fgets(load, sizeof(load), f))
			snprintf(load, sizeof(load), "unknown");
		load[strcspn(load, "\n")] = '\0';
		fclose(f);
	}
	printf("\n%s\n\nmachine: %ld CPUs online; load average (1, 5, 15 min; runnable/total; last pid): %s\n\n", title,
	       sysconf(_SC_NPROCESSORS_ONLN), load);
	printf("| figure | ours | theirs | ratio | target | met |\n");
	printf("|---|---:|---:|---:|---:|---|\n");
	rows = rows_met = 0;
}

void bench_row(const char *figure, const char *ours, const char *theirs, double ratio, double target)
{
	bool met = ratio <= target;
	printf("| %s | %s | %s | %.3g | ≤ %.2g | %s |\n", figure, ours, theirs, ratio, target,
	       met ? "met" : "**not met**");
	fflush(stdout);
	rows++;
	rows_met += met;
}

void bench_table_end(void)
{
	printf("\n%d of %d figures met their targets.\n", rows_met, rows);
}

const char *bench_time_text(char *buf, size_t size, double seconds)
{
	if (seconds >= 1)
		snprintf(buf, size, "%.2f s", seconds);
	else if (seconds >= 1e-3)
		snprintf(buf, size, "%.3g ms", seconds * 1e3);
	else
		snprintf(buf, size, "%.3g µs", seconds * 1e6);
	return buf;
}

const char *bench_bytes_text(char *buf, size_t size, double bytes)
{
	if (bytes >= 1 << 20)
		snprintf(buf, size, "%.1f MiB", bytes / (1 << 20));
	else
		snprintf(buf, size, "%.0f KiB", bytes / (1 << 10));
	return buf;
}

/* ---- reports and files ------------------------------------------------ */

sp_report *bench_report(size_t interventions, size_t region, int64_t year)
{
	bench_params p = { BENCH_SEED, interventions, region, year };
	sp_report *report;
	sp_error err;
	if (bench_generate_checked(&report, &p, &err) < 0)
		bench_die_sp("generating a report", &err);
	return report;
}

char *bench_save(size_t *len, const sp_report *report, sp_syntax syntax)
{
	sp_save_options opts = SP_SAVE_OPTIONS_INIT;
	sp_error err;
	char *text;
	opts.syntax = syntax;
	if (sp_report_save_buffer(&text, len, report, &opts, &err) < 0)
		bench_die_sp("saving a report", &err);
	return text;
}

/* This run's temporary directory and the files made in it, removed at exit. */
static char temp_dir[4096];
static char **temp_files;
static size_t temp_count;

static void remove_temp_files(void)
{
	for (size_t i = 0; i < temp_count; i++) {
		unlink(temp_files[i]);
		free(temp_files[i]);
	}
	free(temp_files);
	if (temp_dir[0])
		rmdir(temp_dir);
}

char *bench_temp_path(const char *name)
{
	if (!temp_dir[0]) {
		const char *base = getenv("TMPDIR");
		snprintf(temp_dir, sizeof(temp_dir), "%s/sp-bench-XXXXXX", base && *base ? base : "/tmp");
		if (!mkdtemp(temp_dir))
			bench_die("cannot make a temporary directory in %s", base && *base ? base : "/tmp");
		atexit(remove_temp_files);
	}
	size_t size = strlen(temp_dir) + strlen(name) + 2;
	char *path = bench_alloc(size);
	char **bigger = realloc(temp_files, (temp_count + 1) * sizeof(*bigger));
	if (!bigger)
		bench_die("out of memory");
	snprintf(path, size, "%s/%s", temp_dir, name);
	temp_files = bigger;
	temp_files[temp_count] = bench_alloc(size);
	memcpy(temp_files[temp_count++], path, size);
	return path;
}

void bench_write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f))
		bench_die("cannot write %s", path);
}
