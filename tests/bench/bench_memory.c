/*
 * bench_memory: the peak memory of a load, counted by the malloc
 * interposer of count_malloc.c in this same process: every byte that the
 * library, jansson and libyaml allocate, from the call's start to its end.
 *
 *  - JSON: sp_report_load_file's peak against json_load_file's (the tree
 *    jansson builds of the same file, with the library's flags).
 *  - YAML: sp_report_load_file's peak against the file's size.
 *
 * Below the table, for reading the ratios: what each load keeps when done
 * (the model; jansson's tree) and the peak of a bare libyaml event loop.
 *
 * Usage: bench_memory [INTERVENTIONS...]   (default: 100 and 10000)
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

#include "bench.h"
#include "count_malloc.h"

typedef struct usage {
	size_t peak, kept;
} usage;

static usage our_load(const char *path)
{
	sp_report *report;
	sp_error err;
	size_t base = count_malloc_start();
	if (sp_report_load_file(&report, path, NULL, &err) < 0)
		bench_die_sp("sp_report_load_file", &err);
	usage u = { count_malloc_peak() - base, count_malloc_live() - base };
	sp_report_free(report);
	return u;
}

static usage jansson_load(const char *path)
{
	json_error_t error;
	size_t base = count_malloc_start();
	json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES | JSON_DECODE_INT_AS_REAL, &error);
	if (!root)
		bench_die("json_load_file %s: %s", path, error.text);
	usage u = { count_malloc_peak() - base, count_malloc_live() - base };
	json_decref(root);
	return u;
}

static usage libyaml_loop(const char *path)
{
	yaml_parser_t parser;
	yaml_event_t event;
	size_t base = count_malloc_start();
	FILE *f = fopen(path, "rb");
	if (!f || !yaml_parser_initialize(&parser))
		bench_die("cannot read %s", path);
	yaml_parser_set_input_file(&parser, f);
	for (bool done = false; !done;) {
		if (!yaml_parser_parse(&parser, &event))
			bench_die("libyaml: %s: %s", path, parser.problem);
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
	}
	yaml_parser_delete(&parser);
	fclose(f);
	return (usage){ count_malloc_peak() - base, count_malloc_live() - base };
}

/* The interposer must see the allocations, or every figure below would be 0. */
static void check_counting(void)
{
	/* Through a volatile pointer, so that the compiler cannot drop the malloc and free as unused. */
	static void *volatile block;
	size_t base = count_malloc_start();
	block = malloc(1 << 20);
	if (!block || count_malloc_live() - base < (1 << 20))
		bench_die("the counting malloc interposer is not in use; memory cannot be measured");
	free(block);
}

static void run_size(size_t interventions)
{
	char name[64], figure[160], a[32], b[32];
	size_t json_len, yaml_len;
	sp_report *report = bench_report(interventions, 18, 2023);
	char *json = bench_save(&json_len, report, SP_SYNTAX_JSON);
	char *yaml = bench_save(&yaml_len, report, SP_SYNTAX_YAML);
	snprintf(name, sizeof(name), "memory-%zu.json", interventions);
	char *json_path = bench_temp_path(name);
	snprintf(name, sizeof(name), "memory-%zu.yaml", interventions);
	char *yaml_path = bench_temp_path(name);
	bench_write_file(json_path, json, json_len);
	bench_write_file(yaml_path, yaml, yaml_len);
	/* Nothing of the generated report stays live: each measurement starts from the same state. */
	sp_free(json);
	sp_free(yaml);
	sp_report_free(report);

	usage theirs = jansson_load(json_path), ours = our_load(json_path);
	snprintf(figure, sizeof(figure), "JSON load peak vs jansson's tree, %zu interventions", interventions);
	bench_row(figure, bench_bytes_text(a, sizeof(a), (double)ours.peak),
	          bench_bytes_text(b, sizeof(b), (double)theirs.peak), (double)ours.peak / (double)theirs.peak, 1.5);
	usage yaml_ours = our_load(yaml_path), loop = libyaml_loop(yaml_path);
	snprintf(figure, sizeof(figure), "YAML load peak vs file size, %zu interventions", interventions);
	bench_row(figure, bench_bytes_text(a, sizeof(a), (double)yaml_ours.peak),
	          bench_bytes_text(b, sizeof(b), (double)yaml_len), (double)yaml_ours.peak / (double)yaml_len, 1.5);
	printf("|   %zu interventions: model kept after load %.1f MiB (%.2f x YAML file, %.2f x jansson's tree); "
	       "JSON file %.1f MiB; bare libyaml loop peak %.0f KiB | | | | | |\n",
	       interventions, (double)ours.kept / (1 << 20), (double)ours.kept / (double)yaml_len,
	       (double)ours.kept / (double)theirs.kept, (double)json_len / (1 << 20), (double)loop.peak / (1 << 10));
	free(json_path);
	free(yaml_path);
}

int main(int argc, char **argv)
{
	static const size_t default_sizes[] = { 100, 10000 };
	check_counting();
	bench_table("Peak memory of a load (counting malloc interposer; ratio = ours / theirs)");
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			run_size((size_t)strtoull(argv[i], NULL, 10));
	} else {
		for (size_t i = 0; i < sizeof(default_sizes) / sizeof(default_sizes[0]); i++)
			run_size(default_sizes[i]);
	}
	bench_table_end();
	return 0;
}
