/*
 * The library from several threads at once, as common.h promises:
 *
 *  - writers: each thread loads its own copy of the bundled report (half
 *    of them through an allocator of their own), changes it, validates it,
 *    computes its figures, saves it to a buffer and to a file, loads those
 *    back and compares, diffs it, and makes next year's and a redacted copy;
 *  - readers: the other threads share one report, loaded before they
 *    start, and only read it (figures, validation, saving to a buffer in
 *    both syntaxes, copy and compare, diff, next year, redaction, every
 *    node's path); each result must equal the one computed before the
 *    threads started.
 *
 * All run at the same time. Built in the ordinary test suite and, to catch
 * data races, under ThreadSanitizer (meson setup -Db_sanitize=thread); see
 * .ci/run. A plain program: prints each failure and "N passed, N failed".
 * SP_THREAD_ITERATIONS (default 12) sets the rounds per thread.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <serviceprogram.h>

#define WRITERS 4
#define READERS 4

static const char *example_yaml, *example_json, *scratch_dir;
static int iterations = 12;
static atomic_int go; /* the threads spin until main sets it, so that they really overlap */

/* ---- reporting ------------------------------------------------------- */

typedef struct worker {
	pthread_t thread;
	int id;
	int passed, failed; /* rounds that ran through, rounds that did not */
	atomic_long allocations;  /* through the writer's own allocator */
} worker;

static void fail(worker *w, int round, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void fail(worker *w, int round, const char *fmt, ...)
{
	char text[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	fprintf(stderr, "thread %d, round %d: %s\n", w->id, round, text);
}

#define TRY(cond, ...)                              \
	do {                                        \
		if (!(cond)) {                      \
			fail(w, round, __VA_ARGS__); \
			goto out;                   \
		}                                   \
	} while (0)

/* ---- a writer's own allocator ---------------------------------------- */

static void *counting_malloc(size_t size, void *context)
{
	atomic_fetch_add(&((worker *)context)->allocations, 1);
	return malloc(size);
}

static void *counting_realloc(void *ptr, size_t size, void *context)
{
	atomic_fetch_add(&((worker *)context)->allocations, 1);
	return realloc(ptr, size);
}

static void counting_free(void *ptr, void *context)
{
	(void)context;
	free(ptr);
}

/* ---- what both kinds of thread compute ------------------------------- */

typedef struct results {
	char *json, *yaml;
	size_t json_len, yaml_len;
	size_t findings, submission_findings;
	int64_t fte, decisions, kronor;
	size_t interventions;
	size_t next_year_diff;
	char last_path[256];
} results;

static void results_free(results *r)
{
	sp_free(r->json);
	sp_free(r->yaml);
	memset(r, 0, sizeof(*r));
}

static size_t count_findings(const sp_report *report, int submission, sp_error *err)
{
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	sp_diagnostics *d;
	opts.submission = submission;
	opts.today = 20240115;
	if (sp_report_validate(&d, report, &opts, err))
		return (size_t)-1;
	size_t n = sp_diagnostics_count(d);
	sp_diagnostics_free(d);
	return n;
}

/* Everything a reader may do with a report; 0 or an SP_E* code with err filled. */
static int compute(results *out, const sp_report *report, sp_error *err)
{
	sp_save_options json = SP_SAVE_OPTIONS_INIT, yaml = SP_SAVE_OPTIONS_INIT;
	sp_figures *f = NULL;
	sp_report *next = NULL, *redacted = NULL, *copy = NULL;
	sp_diff *diff = NULL;
	int rc;
	memset(out, 0, sizeof(*out));
	json.syntax = SP_SYNTAX_JSON;
	yaml.syntax = SP_SYNTAX_YAML;
	if ((rc = sp_report_save_buffer(&out->json, &out->json_len, report, &json, err)) ||
	    (rc = sp_report_save_buffer(&out->yaml, &out->yaml_len, report, &yaml, err)) ||
	    (rc = sp_report_figures(&f, report, err)) || (rc = sp_report_next_year(&next, report, err)) ||
	    (rc = sp_report_diff(&diff, report, next, err)) || (rc = sp_report_redact(&redacted, report, err)) ||
	    (rc = sp_report_copy(&copy, report, err)))
		goto out;
	if ((out->findings = count_findings(report, 0, err)) == (size_t)-1 ||
	    (out->submission_findings = count_findings(report, 1, err)) == (size_t)-1) {
		rc = err->code;
		goto out;
	}
	if (!sp_report_equal(report, copy)) {
		rc = err->code = SP_ERROR;
		snprintf(err->message, sizeof(err->message), "the copy differs from the report");
		goto out;
	}
	out->fte = sp_figures_fte(f, SP_AREA_UNSET);
	out->decisions = sp_figures_decisions(f, SP_SUPPORT_UNSET);
	out->kronor = sp_figures_kronor(f, SP_SUPPORT_UNSET);
	out->interventions = sp_figures_interventions(f);
	out->next_year_diff = sp_diff_count(diff);
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		const sp_priority_area *area = sp_report_priority_area(report, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++)
			sp_node_path(out->last_path, sizeof(out->last_path), SP_NODE(sp_priority_area_intervention(area, i)));
	}
out:
	sp_report_free(copy);
	sp_report_free(redacted);
	sp_diff_free(diff);
	sp_report_free(next);
	sp_figures_free(f);
	if (rc)
		results_free(out);
	return rc;
}

static int same_results(const results *a, const results *b)
{
	return a->json_len == b->json_len && memcmp(a->json, b->json, a->json_len) == 0 && a->yaml_len == b->yaml_len &&
	       memcmp(a->yaml, b->yaml, a->yaml_len) == 0 && a->findings == b->findings &&
	       a->submission_findings == b->submission_findings && a->fte == b->fte && a->decisions == b->decisions &&
	       a->kronor == b->kronor && a->interventions == b->interventions &&
	       a->next_year_diff == b->next_year_diff && strcmp(a->last_path, b->last_path) == 0;
}

/* ---- readers of one shared report ------------------------------------ */

static const sp_report *shared;
static results expected;

/* Whether a load error comes in the language the call asked for: threads that overlap, each with
 * its own language, as a case-handling server serving users of both. */
static int message_in_own_language(const worker *w)
{
	static const char text[] = "format: serviceprogram/1\nregion: {name: G}\nyear: 2023\nyaer: 1\n";
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.language = w->id % 2 ? SP_LANGUAGE_SV : SP_LANGUAGE_EN;
	sp_report *report;
	sp_error err;
	if (sp_report_load_buffer(&report, text, sizeof(text) - 1, &opts, &err) != SP_EUNKNOWNKEY)
		return 0;
	return strstr(err.message, w->id % 2 ? "menade du 'year'" : "did you mean 'year'") != NULL;
}

static void *reader(void *arg)
{
	worker *w = arg;
	while (!atomic_load(&go))
		;
	for (int round = 0; round < iterations; round++) {
		results got;
		sp_error err;
		int rc = compute(&got, shared, &err);
		if (rc) {
			fail(w, round, "reading the shared report failed: %s", err.message);
			w->failed++;
			continue;
		}
		if (same_results(&got, &expected))
			w->passed++;
		else {
			fail(w, round, "reading the shared report gave other results than before the threads started");
			w->failed++;
		}
		results_free(&got);
		/* Static tables, read by everybody. */
		(void)sp_version(NULL, NULL, NULL);
		(void)sp_enum_parse(SP_ENUM_STATUS, "Klar");
		(void)sp_type_field_by_key(sp_schema_report(), "priority_areas");
		if (!message_in_own_language(w)) {
			fail(w, round, "a load error came in the other language");
			w->failed++;
		}
	}
	return NULL;
}

/* ---- writers, each of its own report --------------------------------- */

static int load_own(sp_report **out, worker *w, const char *path, sp_error *err)
{
	sp_allocator allocator = { counting_malloc, counting_realloc, counting_free, w };
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	if (w->id % 2)
		opts.allocator = &allocator; /* the library keeps a copy */
	return sp_report_load_file(out, path, &opts, err);
}

static void *writer(void *arg)
{
	worker *w = arg;
	char path[4096], name[64], where[1024];
	while (!atomic_load(&go))
		;
	for (int round = 0; round < iterations; round++) {
		sp_report *report = NULL, *original = NULL, *again = NULL, *from_file = NULL;
		sp_priority_area *area;
		sp_intervention *iv;
		sp_output *output;
		sp_diff *diff = NULL;
		sp_figures *f = NULL;
		results got = { 0 };
		sp_error err;
		int64_t before;

		TRY(!load_own(&report, w, round % 2 ? example_json : example_yaml, &err), "load: %s", err.message);
		TRY(!load_own(&original, w, example_yaml, &err), "load: %s", err.message);
		TRY(!sp_report_figures(&f, report, &err), "figures: %s", err.message);
		before = sp_figures_decisions(f, SP_SUPPORT_HOME_DELIVERY_GRANT);
		sp_figures_free(f);
		f = NULL;

		/* Change it: a region and year of its own, a new area with an intervention and an output. */
		snprintf(name, sizeof(name), "Region %d", w->id);
		TRY(!sp_region_set_name(sp_report_region_mut(report), name, &err), "set name: %s", err.message);
		TRY(!sp_report_set_year(report, 2023 + w->id, &err), "set year: %s", err.message);
		TRY(!sp_report_add_priority_area(&area, report, &err) &&
		        !sp_priority_area_set_number(area, 100 + w->id, &err) &&
		        !sp_priority_area_add_intervention(&iv, area, &err),
		    "add area: %s", err.message);
		snprintf(name, sizeof(name), "Insats %d/%d", w->id, round);
		TRY(!sp_intervention_set_name(iv, name, &err) && !sp_intervention_set_status(iv, SP_STATUS_CONTINUING, &err) &&
		        !sp_intervention_add_output(&output, iv, &err) && !sp_output_set_text(output, "Hemsändning", &err) &&
		        !sp_output_set_support_type(output, SP_SUPPORT_HOME_DELIVERY_GRANT, &err) &&
		        !sp_output_set_count(output, w->id + 1, &err) && !sp_output_set_amount_sek(output, 1000 * round, &err),
		    "add intervention: %s", err.message);
		if (sp_report_staffing_count(report) && sp_staffing_position_count(sp_report_staffing(report, 0)))
			TRY(!sp_position_set_fte(sp_staffing_position_mut(sp_report_staffing_mut(report, 0), 0), 10 * w->id, &err),
			    "set fte: %s", err.message);

		TRY(!sp_report_figures(&f, report, &err), "figures: %s", err.message);
		TRY(sp_figures_decisions(f, SP_SUPPORT_HOME_DELIVERY_GRANT) == before + w->id + 1,
		    "the new output's decisions are not counted");
		TRY(count_findings(report, 1, &err) != (size_t)-1, "validate: %s", err.message);

		/* Through a buffer and through a file, and back. */
		TRY(!compute(&got, report, &err), "compute: %s", err.message);
		TRY(!sp_report_load_buffer(&again, got.json, got.json_len, NULL, &err), "load back: %s", err.message);
		TRY(sp_report_difference(where, sizeof(where), report, again) < 0, "differs after a JSON round trip at %s", where);
		snprintf(path, sizeof(path), "%s/report-%d.yaml", scratch_dir, w->id);
		TRY(!sp_report_save_file(report, path, NULL, &err), "save %s: %s", path, err.message);
		TRY(!sp_report_load_file(&from_file, path, NULL, &err), "load %s: %s", path, err.message);
		TRY(sp_report_difference(where, sizeof(where), report, from_file) < 0, "differs after a YAML file at %s", where);

		TRY(!sp_report_diff(&diff, original, report, &err), "diff: %s", err.message);
		TRY(sp_diff_count(diff) > 0, "no change found");
		w->passed++;
		goto done;
	out:
		w->failed++;
	done:
		results_free(&got);
		sp_diff_free(diff);
		sp_figures_free(f);
		sp_report_free(from_file);
		sp_report_free(again);
		sp_report_free(original);
		sp_report_free(report);
	}
	return NULL;
}

int main(void)
{
	static char yaml_path[4096], json_path[4096], scratch[] = "/tmp/sp-threads-XXXXXX";
	const char *dir = getenv("SP_EXAMPLES"), *n = getenv("SP_THREAD_ITERATIONS");
	worker workers[WRITERS + READERS];
	sp_report *report;
	sp_error err;
	int passed = 0, failed = 0;

	if (n && atoi(n) > 0)
		iterations = atoi(n);
	snprintf(yaml_path, sizeof(yaml_path), "%s/jamtland-harjedalen-2023.yaml", dir ? dir : "examples/data");
	snprintf(json_path, sizeof(json_path), "%s/jamtland-harjedalen-2023.json", dir ? dir : "examples/data");
	example_yaml = yaml_path;
	example_json = json_path;
	if (!(scratch_dir = mkdtemp(scratch))) {
		perror("mkdtemp");
		return 1;
	}

	if (sp_report_load_file(&report, example_yaml, NULL, &err) || compute(&expected, report, &err)) {
		fprintf(stderr, "%s: %s\n", example_yaml, err.message);
		return 1;
	}
	shared = report;

	memset(workers, 0, sizeof(workers));
	for (int i = 0; i < WRITERS + READERS; i++) {
		workers[i].id = i;
		if (pthread_create(&workers[i].thread, NULL, i < WRITERS ? writer : reader, &workers[i])) {
			fprintf(stderr, "cannot start thread %d\n", i);
			return 1;
		}
	}
	atomic_store(&go, 1);
	for (int i = 0; i < WRITERS + READERS; i++) {
		pthread_join(workers[i].thread, NULL);
		passed += workers[i].passed;
		failed += workers[i].failed;
		if (i < WRITERS && i % 2 && atomic_load(&workers[i].allocations) == 0) {
			fprintf(stderr, "thread %d: its report's allocator was never used\n", i);
			failed++;
		}
	}

	for (int i = 0; i < WRITERS; i++) {
		char path[4200];
		snprintf(path, sizeof(path), "%s/report-%d.yaml", scratch_dir, i);
		remove(path);
	}
	rmdir(scratch_dir);
	results_free(&expected);
	sp_report_free(report);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
