/*
 * bench_scaling: whether the cost per intervention stays the same from a
 * small report to a huge one. Every size's report is generated (not timed)
 * and kept; then, in three rounds over all sizes, each is saved, loaded,
 * validated and its figures computed. A size's figure is its best round
 * divided by its interventions: other work on the machine only ever adds
 * time, and the rounds spread it over all sizes. The table compares the
 * largest size (ours) with the smallest (theirs).
 *
 * Saving, validate and figures run on the report as loaded from its JSON
 * (how reports reach them in practice: rsp, the bindings), whose parts lie
 * in document order in the arena; JSON save, validate and figures run a
 * second time on the generated report, built part by part through the API,
 * whose parts are spread over the heap.
 *
 * Loading and saving go through buffers, so that the disk does not enter
 * the figures. The largest reports pass the default limits of loading
 * (256 MiB, 20 million elements), so the limits are raised to the input:
 * what is measured is the work, not a refusal.
 *
 * Usage: bench_scaling [INTERVENTIONS...]   (default: 1000 10000 200000;
 * at most 8; the first and the last are compared)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench.h"

enum { OP_SAVE_JSON, OP_SAVE_YAML, OP_LOAD_JSON, OP_LOAD_YAML, OP_VALIDATE, OP_FIGURES, OP_SAVE_JSON_BUILT,
       OP_VALIDATE_BUILT, OP_FIGURES_BUILT, OP_COUNT };

static const char *const op_names[OP_COUNT] = { "JSON save", "YAML save", "JSON load", "YAML load", "validate",
                                                "figures", "JSON save (built by the API)",
                                                "validate (built by the API)", "figures (built by the API)" };

typedef struct state {
	sp_report *report;          /* as generated, part by part */
	sp_report *loaded;          /* the same, loaded from its JSON */
	const sp_report *analysed;  /* the one validate and figures run on */
	size_t interventions;
	char *json, *yaml;
	size_t json_len, yaml_len;
	sp_syntax syntax;
} state;

static void save(void *ctx, double *seconds)
{
	state *s = ctx;
	sp_save_options opts = SP_SAVE_OPTIONS_INIT;
	sp_error err;
	char *text;
	size_t len;
	opts.syntax = s->syntax;
	double start = bench_now();
	if (sp_report_save_buffer(&text, &len, s->analysed, &opts, &err) < 0)
		bench_die_sp("sp_report_save_buffer", &err);
	*seconds = bench_now() - start;
	/* The last save is the input of the loads. */
	char **keep = s->syntax == SP_SYNTAX_JSON ? &s->json : &s->yaml;
	sp_free(*keep);
	*keep = text;
	*(s->syntax == SP_SYNTAX_JSON ? &s->json_len : &s->yaml_len) = len;
}

static void load(void *ctx, double *seconds)
{
	state *s = ctx;
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report;
	sp_error err;
	const char *text = s->syntax == SP_SYNTAX_JSON ? s->json : s->yaml;
	size_t len = s->syntax == SP_SYNTAX_JSON ? s->json_len : s->yaml_len;
	opts.syntax = s->syntax;
	opts.max_bytes = len;
	opts.max_elements = len; /* every element takes at least a byte */
	double start = bench_now();
	if (sp_report_load_buffer(&report, text, len, &opts, &err) < 0)
		bench_die_sp("sp_report_load_buffer", &err);
	*seconds = bench_now() - start;
	sp_report_free(report);
}

static void validate(void *ctx, double *seconds)
{
	state *s = ctx;
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	sp_diagnostics *findings;
	sp_error err;
	opts.submission = 1;
	opts.today = (int32_t)(sp_report_year(s->analysed) * 10000 + 1215);
	double start = bench_now();
	if (sp_report_validate(&findings, s->analysed, &opts, &err) < 0)
		bench_die_sp("sp_report_validate", &err);
	*seconds = bench_now() - start;
	if (sp_diagnostics_count(findings))
		bench_die("the generated report has %zu findings", sp_diagnostics_count(findings));
	sp_diagnostics_free(findings);
}

static void figures(void *ctx, double *seconds)
{
	state *s = ctx;
	sp_figures *f;
	sp_error err;
	double start = bench_now();
	if (sp_report_figures(&f, s->analysed, &err) < 0)
		bench_die_sp("sp_report_figures", &err);
	*seconds = bench_now() - start;
	if (sp_figures_interventions(f) != s->interventions)
		bench_die("the figures count %zu interventions, not %zu", sp_figures_interventions(f), s->interventions);
	sp_figures_free(f);
}

static const struct {
	bench_op op;
	sp_syntax syntax;
	bool on_built; /* on the generated report, not the loaded one */
} ops[OP_COUNT] = {
	/* The saves come first: the last save of each syntax is what the loads read. */
	[OP_SAVE_JSON] = { save, SP_SYNTAX_JSON, false }, [OP_SAVE_YAML] = { save, SP_SYNTAX_YAML, false },
	[OP_LOAD_JSON] = { load, SP_SYNTAX_JSON, false }, [OP_LOAD_YAML] = { load, SP_SYNTAX_YAML, false },
	[OP_VALIDATE] = { validate, SP_SYNTAX_AUTO, false }, [OP_FIGURES] = { figures, SP_SYNTAX_AUTO, false },
	[OP_SAVE_JSON_BUILT] = { save, SP_SYNTAX_JSON, true }, [OP_VALIDATE_BUILT] = { validate, SP_SYNTAX_AUTO, true }, [OP_FIGURES_BUILT] = { figures, SP_SYNTAX_AUTO, true },
};

/* The report as loaded from its JSON, with the limits raised to the input. */
static sp_report *loaded_copy(const sp_report *report)
{
	sp_save_options save_opts = SP_SAVE_OPTIONS_INIT;
	sp_load_options load_opts = SP_LOAD_OPTIONS_INIT;
	sp_report *loaded;
	sp_error err;
	char *text;
	size_t len;
	if (sp_report_save_buffer(&text, &len, report, &save_opts, &err) < 0)
		bench_die_sp("sp_report_save_buffer", &err);
	load_opts.max_bytes = len;
	load_opts.max_elements = len;
	if (sp_report_load_buffer(&loaded, text, len, &load_opts, &err) < 0)
		bench_die_sp("sp_report_load_buffer", &err);
	sp_free(text);
	return loaded;
}

/* Rounds over all sizes; each size's figure is its best round. */
#define ROUNDS 3
/* A measurement is a batch of runs worth about this many interventions, so that
 * a small report's figure is not one short run, easily upset. */
#define BATCH_INTERVENTIONS 20000

typedef struct size_run {
	state s;
	size_t batch;
	double best[OP_COUNT]; /* seconds per intervention */
} size_run;

static void measure(size_run *run, int op)
{
	double total = 0;
	run->s.syntax = ops[op].syntax;
	run->s.analysed = ops[op].on_built ? run->s.report : run->s.loaded;
	for (size_t i = 0; i < run->batch; i++) {
		double seconds;
		ops[op].op(&run->s, &seconds);
		total += seconds;
	}
	double per_intervention = total / (double)run->batch / (double)run->s.interventions;
	if (per_intervention < run->best[op])
		run->best[op] = per_intervention;
}

int main(int argc, char **argv)
{
	static const size_t default_sizes[] = { 1000, 10000, 200000 };
	size_run runs[8];
	size_t count = 0;
	for (int i = 1; i < argc && count < sizeof(runs) / sizeof(runs[0]); i++)
		runs[count++].s.interventions = (size_t)strtoull(argv[i], NULL, 10);
	if (argc == 1)
		for (; count < sizeof(default_sizes) / sizeof(default_sizes[0]); count++)
			runs[count].s.interventions = default_sizes[count];
	if (count < 2)
		bench_die("give at least two sizes");
	for (size_t i = 0; i < count; i++) {
		size_t n = runs[i].s.interventions;
		if (n == 0)
			bench_die("a size must be above 0");
		runs[i].s = (state){ .report = bench_report(n, 18, 2023), .interventions = n };
		runs[i].s.loaded = loaded_copy(runs[i].s.report);
		runs[i].batch = n >= BATCH_INTERVENTIONS ? 1 : BATCH_INTERVENTIONS / n;
		for (int op = 0; op < OP_COUNT; op++)
			runs[i].best[op] = HUGE_VAL;
	}

	bench_table("Linear scaling: time per intervention (best of 3 rounds), largest report (ours) against smallest "
	            "(theirs)");
	/* Round after round over every size, so that other work on the machine falls on all sizes alike. */
	for (int round = 0; round < ROUNDS; round++)
		for (size_t i = 0; i < count; i++)
			for (int op = 0; op < OP_COUNT; op++)
				measure(&runs[i], op);

	for (size_t i = 0; i < count; i++) {
		printf("|   %zu interventions:", runs[i].s.interventions);
		for (int op = 0; op < OP_COUNT; op++)
			printf(" %s %.2f µs", op_names[op], runs[i].best[op] * 1e6);
		printf(" (per intervention; JSON %.1f MiB, YAML %.1f MiB) | | | | | |\n",
		       (double)runs[i].s.json_len / (1 << 20), (double)runs[i].s.yaml_len / (1 << 20));
	}
	const size_run *first = &runs[0], *last = &runs[count - 1];
	for (int op = 0; op < OP_COUNT; op++) {
		char figure[128], a[48], b[48];
		snprintf(figure, sizeof(figure), "%s per intervention, %zu vs %zu interventions", op_names[op],
		         last->s.interventions, first->s.interventions);
		snprintf(a, sizeof(a), "%.2f µs", last->best[op] * 1e6);
		snprintf(b, sizeof(b), "%.2f µs", first->best[op] * 1e6);
		bench_row(figure, a, b, last->best[op] / first->best[op], 1.5);
	}
	bench_table_end();
	for (size_t i = 0; i < count; i++) {
		sp_free(runs[i].s.json);
		sp_free(runs[i].s.yaml);
		sp_report_free(runs[i].s.report);
		sp_report_free(runs[i].s.loaded);
	}
	return 0;
}
