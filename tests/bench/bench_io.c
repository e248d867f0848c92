/*
 * bench_io: loading and saving against the bare dependency, on the same
 * bytes in the same run.
 *
 *  - JSON load: sp_report_load_file against json_load_file with the flags the
 *    library itself gives jansson (JSON_REJECT_DUPLICATES |
 *    JSON_DECODE_INT_AS_REAL), so the difference is the library's own work.
 *  - YAML load: sp_report_load_file against a bare libyaml event loop over
 *    the file (yaml_parser_set_input_file, parse, delete, to the stream end).
 *  - JSON save: sp_report_save_buffer against json_dumps (same flags as the
 *    library) of the jansson tree of the library's own output.
 *  - YAML save: sp_report_save_buffer against libyaml emitting the events of
 *    the library's own output, into a growing buffer like the library's.
 *
 * Both baselines of the saves are checked to produce exactly the library's
 * bytes; if they did not, the comparison would be unfair and the benchmark
 * fails. Saving is timed to a buffer: a file save adds an fsync, which
 * measures the disk, not the library.
 *
 * Usage: bench_io [--once] [INTERVENTIONS...]   (default: 100 and 10000)
 * --once runs each operation once, for a profiler (see profile.sh).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "bench.h"

/* ---- loading ----------------------------------------------------------- */

static void load_file(const char *path, sp_syntax syntax, double *seconds)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report;
	sp_error err;
	opts.syntax = syntax;
	double start = bench_now();
	if (sp_report_load_file(&report, path, &opts, &err) < 0)
		bench_die_sp("sp_report_load_file", &err);
	*seconds = bench_now() - start;
	sp_report_free(report);
}

/* One function per figure, so that a profiler can collect each apart (callgrind --toggle-collect);
 * the syntax, given explicitly, also keeps the compiler from folding the two into one. */
static void our_json_load(void *ctx, double *seconds) { load_file(ctx, SP_SYNTAX_JSON, seconds); }
static void our_yaml_load(void *ctx, double *seconds) { load_file(ctx, SP_SYNTAX_YAML, seconds); }

static void jansson_load(void *ctx, double *seconds)
{
	json_error_t error;
	double start = bench_now();
	json_t *root = json_load_file(ctx, JSON_REJECT_DUPLICATES | JSON_DECODE_INT_AS_REAL, &error);
	if (!root)
		bench_die("json_load_file %s: %d:%d: %s", (const char *)ctx, error.line, error.column, error.text);
	*seconds = bench_now() - start;
	json_decref(root);
}

static void libyaml_loop(void *ctx, double *seconds)
{
	yaml_parser_t parser;
	yaml_event_t event;
	double start = bench_now();
	FILE *f = fopen(ctx, "rb");
	if (!f || !yaml_parser_initialize(&parser))
		bench_die("cannot read %s", (const char *)ctx);
	yaml_parser_set_input_file(&parser, f);
	for (bool done = false; !done;) {
		if (!yaml_parser_parse(&parser, &event))
			bench_die("libyaml: %s: %s", (const char *)ctx, parser.problem);
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
	}
	yaml_parser_delete(&parser);
	fclose(f);
	*seconds = bench_now() - start;
}

/* ---- saving ------------------------------------------------------------ */

static void save_buffer(const sp_report *report, sp_syntax syntax, double *seconds)
{
	sp_save_options opts = SP_SAVE_OPTIONS_INIT;
	sp_error err;
	char *text;
	size_t len;
	opts.syntax = syntax;
	double start = bench_now();
	if (sp_report_save_buffer(&text, &len, report, &opts, &err) < 0)
		bench_die_sp("sp_report_save_buffer", &err);
	*seconds = bench_now() - start;
	sp_free(text);
}

static void our_json_save(void *ctx, double *seconds) { save_buffer(ctx, SP_SYNTAX_JSON, seconds); }
static void our_yaml_save(void *ctx, double *seconds) { save_buffer(ctx, SP_SYNTAX_YAML, seconds); }

static void jansson_dump(void *ctx, double *seconds)
{
	double start = bench_now();
	char *text = json_dumps(ctx, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	if (!text)
		bench_die("json_dumps failed");
	*seconds = bench_now() - start;
	free(text);
}

/* The libyaml baseline of a YAML save: the events of a document, to emit again. */
typedef struct event_list {
	yaml_event_t *items;
	size_t count;
} event_list;

typedef struct growing {
	char *buf;
	size_t len, cap;
} growing;

static int collect(void *data, unsigned char *bytes, size_t size)
{
	growing *g = data;
	if (g->len + size + 1 > g->cap) {
		size_t cap = g->cap ? g->cap : 4096;
		while (cap < g->len + size + 1)
			cap *= 2;
		char *bigger = realloc(g->buf, cap);
		if (!bigger)
			return 0;
		g->buf = bigger, g->cap = cap;
	}
	memcpy(g->buf + g->len, bytes, size);
	g->len += size;
	return 1;
}

static event_list record_events(const char *text, size_t len)
{
	yaml_parser_t parser;
	event_list list = { 0 };
	size_t cap = 0;
	if (!yaml_parser_initialize(&parser))
		bench_die("out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	for (bool done = false; !done;) {
		if (list.count == cap) {
			cap = cap ? cap * 2 : 1024;
			yaml_event_t *bigger = realloc(list.items, cap * sizeof(*bigger));
			if (!bigger)
				bench_die("out of memory");
			list.items = bigger;
		}
		if (!yaml_parser_parse(&parser, &list.items[list.count]))
			bench_die("libyaml cannot read the library's own output: %s", parser.problem);
		done = list.items[list.count++].type == YAML_STREAM_END_EVENT;
	}
	yaml_parser_delete(&parser);
	return list;
}

/* A fresh event like `e` (the emitter takes and frees what it is given, as the library's writer does). */
static int remake(yaml_event_t *out, const yaml_event_t *e)
{
	switch (e->type) {
	case YAML_STREAM_START_EVENT: return yaml_stream_start_event_initialize(out, YAML_UTF8_ENCODING);
	case YAML_STREAM_END_EVENT: return yaml_stream_end_event_initialize(out);
	case YAML_DOCUMENT_START_EVENT:
		return yaml_document_start_event_initialize(out, NULL, NULL, NULL, e->data.document_start.implicit);
	case YAML_DOCUMENT_END_EVENT: return yaml_document_end_event_initialize(out, e->data.document_end.implicit);
	case YAML_MAPPING_START_EVENT:
		return yaml_mapping_start_event_initialize(out, NULL, NULL, e->data.mapping_start.implicit,
		                                           e->data.mapping_start.style);
	case YAML_MAPPING_END_EVENT: return yaml_mapping_end_event_initialize(out);
	case YAML_SEQUENCE_START_EVENT:
		return yaml_sequence_start_event_initialize(out, NULL, NULL, e->data.sequence_start.implicit,
		                                            e->data.sequence_start.style);
	case YAML_SEQUENCE_END_EVENT: return yaml_sequence_end_event_initialize(out);
	case YAML_SCALAR_EVENT:
		return yaml_scalar_event_initialize(out, NULL, NULL, e->data.scalar.value, (int)e->data.scalar.length,
		                                    e->data.scalar.plain_implicit, e->data.scalar.quoted_implicit,
		                                    e->data.scalar.style);
	default: return 0;
	}
}

/* Emits the events with the library's emitter settings; the output is yours to free. */
static char *emit_events(const event_list *list, size_t *len)
{
	yaml_emitter_t emitter;
	growing out = { 0 };
	if (!yaml_emitter_initialize(&emitter))
		bench_die("out of memory");
	yaml_emitter_set_output(&emitter, collect, &out);
	yaml_emitter_set_unicode(&emitter, 1);
	yaml_emitter_set_width(&emitter, -1);
	yaml_emitter_set_indent(&emitter, 2);
	for (size_t i = 0; i < list->count; i++) {
		yaml_event_t event;
		if (!remake(&event, &list->items[i]) || !yaml_emitter_emit(&emitter, &event))
			bench_die("libyaml cannot emit event %zu: %s", i, emitter.problem ? emitter.problem : "no memory");
	}
	if (!yaml_emitter_flush(&emitter) || !out.buf)
		bench_die("libyaml cannot flush its output");
	yaml_emitter_delete(&emitter);
	*len = out.len;
	return out.buf;
}

static void libyaml_emit(void *ctx, double *seconds)
{
	size_t len;
	double start = bench_now();
	char *text = emit_events(ctx, &len);
	*seconds = bench_now() - start;
	free(text);
}

/* ---- one size ---------------------------------------------------------- */

static bool once;

static bench_reps reps_for(size_t bytes)
{
	if (once)
		return (bench_reps){ 1, 1, 0 };
	/* Small inputs take a millisecond or so: many runs; large ones a fraction of a second: fewer. */
	return bytes < (1 << 20) ? (bench_reps){ 9, 64, 0.3 } : (bench_reps){ 5, 11, 1.5 };
}

static void compare(const char *what, size_t interventions, size_t bytes, bench_op ours, void *our_ctx,
                    bench_op theirs, void *their_ctx, double target)
{
	char figure[160], a[32], b[32], size[32];
	bench_stats s_ours, s_theirs;
	bench_pair(&s_ours, ours, our_ctx, &s_theirs, theirs, their_ctx, reps_for(bytes));
	double t_ours = s_ours.median, t_theirs = s_theirs.median;
	snprintf(figure, sizeof(figure), "%s, %zu interventions (%s)", what, interventions,
	         bench_bytes_text(size, sizeof(size), (double)bytes));
	bench_row(figure, bench_time_text(a, sizeof(a), t_ours), bench_time_text(b, sizeof(b), t_theirs),
	          t_ours / t_theirs, target);
}

static void run_size(size_t interventions)
{
	char name[64];
	size_t json_len, yaml_len;
	sp_report *report = bench_report(interventions, 18, 2023);
	char *json = bench_save(&json_len, report, SP_SYNTAX_JSON);
	char *yaml = bench_save(&yaml_len, report, SP_SYNTAX_YAML);
	snprintf(name, sizeof(name), "report-%zu.json", interventions);
	char *json_path = bench_temp_path(name);
	snprintf(name, sizeof(name), "report-%zu.yaml", interventions);
	char *yaml_path = bench_temp_path(name);
	bench_write_file(json_path, json, json_len);
	bench_write_file(yaml_path, yaml, yaml_len);

	/* The baselines of the saves, checked to give the library's bytes exactly. */
	json_error_t error;
	json_t *tree = json_loadb(json, json_len, JSON_REJECT_DUPLICATES, &error);
	if (!tree)
		bench_die("jansson cannot read the library's own output: %s", error.text);
	char *dumped = json_dumps(tree, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	if (!dumped || strlen(dumped) + 1 != json_len || memcmp(dumped, json, json_len - 1))
		bench_die("json_dumps does not give the library's JSON bytes; the comparison would be unfair");
	free(dumped);
	event_list events = record_events(yaml, yaml_len);
	size_t emitted_len;
	char *emitted = emit_events(&events, &emitted_len);
	if (emitted_len != yaml_len || memcmp(emitted, yaml, yaml_len))
		bench_die("libyaml does not emit the library's YAML bytes; the comparison would be unfair");
	free(emitted);

	compare("JSON load vs json_load_file", interventions, json_len, our_json_load, json_path, jansson_load, json_path,
	        1.3);
	compare("YAML load vs libyaml event loop", interventions, yaml_len, our_yaml_load, yaml_path, libyaml_loop,
	        yaml_path, 1.3);
	compare("JSON save vs json_dumps", interventions, json_len, our_json_save, report, jansson_dump, tree, 1.3);
	compare("YAML save vs libyaml emitter", interventions, yaml_len, our_yaml_save, report, libyaml_emit, &events,
	        1.3);

	for (size_t i = 0; i < events.count; i++)
		yaml_event_delete(&events.items[i]);
	free(events.items);
	json_decref(tree);
	free(json_path);
	free(yaml_path);
	sp_free(json);
	sp_free(yaml);
	sp_report_free(report);
}

int main(int argc, char **argv)
{
	static const size_t default_sizes[] = { 100, 10000 };
	int first = 1;
	if (argc > 1 && strcmp(argv[1], "--once") == 0)
		once = true, first = 2;
	bench_table("Loading and saving against jansson and libyaml alone (median times; ratio = ours / theirs)");
	if (argc > first) {
		for (int i = first; i < argc; i++)
			run_size((size_t)strtoull(argv[i], NULL, 10));
	} else {
		for (size_t i = 0; i < sizeof(default_sizes) / sizeof(default_sizes[0]); i++)
			run_size(default_sizes[i]);
	}
	bench_table_end();
	return 0;
}
