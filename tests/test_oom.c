/*
 * Allocation failure, as SQLite tests it: each operation is run again and
 * again, failing its 1st, 2nd, ... Nth allocation, until it runs through.
 * Every failed run must end in SP_ENOMEM with nothing leaked; the last run
 * must succeed. The failures come from replacing malloc and friends for the
 * whole process (glibc allows it), so they reach libyaml too. That is why this is a plain program,
 * not a Check suite (Check allocates as well), and why it runs in neither
 * the valgrind nor the sanitizer build.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <serviceprogram.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *ptr, size_t size);
extern void __libc_free(void *ptr);

static long countdown = -1; /* allocations left before one fails; -1: never */
static long live;           /* blocks allocated and not yet freed */
static int failed_once;

/* Whether this allocation fails; a failing one sets errno as malloc does. */
static int should_fail(void)
{
	if (countdown < 0)
		return 0;
	if (countdown-- == 0) {
		failed_once = 1;
		errno = ENOMEM;
		return 1;
	}
	return 0;
}

void *malloc(size_t size)
{
	void *p = should_fail() ? NULL : __libc_malloc(size);
	live += p != NULL;
	return p;
}

void *calloc(size_t count, size_t size)
{
	void *p = should_fail() ? NULL : __libc_calloc(count, size);
	live += p != NULL;
	return p;
}

void *realloc(void *ptr, size_t size)
{
	if (should_fail())
		return NULL;
	void *p = __libc_realloc(ptr, size);
	if (!ptr && p)
		live++;
	else if (ptr && !size && !p)
		live--; /* realloc(p, 0) freed it */
	return p;
}

void free(void *ptr)
{
	live -= ptr != NULL;
	__libc_free(ptr);
}

/* ---- the operations -------------------------------------------------- */

static char *seed_yaml, *seed_json;
static sp_report *seed, *other_year;

/* Each returns 0 or an SP_E* code and frees whatever it made. */

static int load_text(const char *text, sp_syntax syntax)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *r = NULL;
	sp_error err;
	opts.syntax = syntax;
	int rc = sp_report_load_buffer(&r, text, strlen(text), &opts, &err);
	if (!rc && (r == NULL || !sp_report_equal(r, seed)))
		rc = SP_ERROR; /* a success must be the whole report */
	sp_report_free(r);
	return rc;
}

static int op_load_yaml(void) { return load_text(seed_yaml, SP_SYNTAX_YAML); }
static int op_load_json(void) { return load_text(seed_json, SP_SYNTAX_JSON); }

/* Files, which YAML parses as it reads them: open, with buffers of their
 * own, before counting starts, so that only the library's allocations count. */
static FILE *example_yaml_file, *bad_yaml_file;

static int load_stream(FILE *file, sp_report **r, sp_error *err)
{
	rewind(file);
	return sp_report_load_stream(r, file, NULL, err);
}

static int op_load_yaml_file(void)
{
	sp_report *r = NULL;
	sp_error err;
	int rc = load_stream(example_yaml_file, &r, &err);
	if (!rc && (r == NULL || !sp_report_equal(r, seed)))
		rc = SP_ERROR;
	sp_report_free(r);
	return rc;
}

static char example_yaml_path[4096];

/* By its path: opening it allocates too. */
static int op_load_yaml_path(void)
{
	sp_report *r = NULL;
	sp_error err;
	int rc = sp_report_load_file(&r, example_yaml_path, NULL, &err);
	if (!rc && (r == NULL || !sp_report_equal(r, seed)))
		rc = SP_ERROR;
	sp_report_free(r);
	return rc;
}

/* A tab where the indentation is: its message reads the file again. */
static int op_load_bad_yaml_file(void)
{
	sp_report *r = NULL;
	sp_error err;
	int rc = load_stream(bad_yaml_file, &r, &err);
	sp_report_free(r);
	return rc == SP_ESYNTAX && strstr(err.message, "a tab") ? 0 : rc ? rc : SP_ERROR;
}

static int op_load_unknown_keys(void)
{
	/* Kept values become JSON text on loading, and are read back from it on saving, in both syntaxes. */
	static const char *text = "format: serviceprogram/1\nregion: {name: X, extra: [1, 2.5e-3, {a: b, c: [true, ~]}]}\n"
	                          "year: 2023\nmore: {x: \"y\\n\"}\n";
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_save_options save = SP_SAVE_OPTIONS_INIT;
	sp_report *r = NULL;
	sp_error err;
	char *saved = NULL;
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	int rc = sp_report_load_buffer(&r, text, strlen(text), &opts, &err);
	for (int syntax = SP_SYNTAX_JSON; !rc && syntax <= SP_SYNTAX_YAML; syntax++) {
		save.syntax = (sp_syntax)syntax;
		rc = sp_report_save_buffer(&saved, NULL, r, &save, &err);
		sp_free(saved);
	}
	sp_report_free(r);
	return rc;
}

/* Kept keys on enough nodes that their map grows, copied with their nodes and forgotten with a removed one. */
static int op_copy_unknown_keys(void)
{
	char text[2048] = "format: serviceprogram/1\nregion: {name: X, extra: 1}\nyear: 2023\npriority_areas:\n";
	for (int i = 1; i <= 20; i++)
		snprintf(text + strlen(text), sizeof(text) - strlen(text), "- {number: %d, note: [%d]}\n", i, i);
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *r = NULL, *copy = NULL;
	sp_error err;
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	int rc = sp_report_load_buffer(&r, text, strlen(text), &opts, &err);
	if (!rc)
		rc = sp_report_copy(&copy, r, &err);
	if (!rc && !sp_report_equal(copy, r))
		rc = SP_ERROR;
	if (!rc)
		rc = sp_report_remove_priority_area(copy, 3, &err);
	sp_report_free(copy);
	sp_report_free(r);
	return rc;
}

static int save(sp_syntax syntax)
{
	sp_save_options opts = SP_SAVE_OPTIONS_INIT;
	char *out = NULL;
	sp_error err;
	opts.syntax = syntax;
	int rc = sp_report_save_buffer(&out, NULL, seed, &opts, &err);
	sp_free(out);
	return rc;
}

static int op_save_json(void) { return save(SP_SYNTAX_JSON); }
static int op_save_yaml(void) { return save(SP_SYNTAX_YAML); }

static int op_validate(void)
{
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	sp_diagnostics *d = NULL;
	sp_error err;
	opts.submission = 1;
	opts.today = 20240115;
	int rc = sp_report_validate(&d, seed, &opts, &err);
	if (!rc && sp_diagnostics_count(d) != 3)
		rc = SP_ERROR;
	sp_diagnostics_free(d);
	return rc;
}

static int op_figures(void)
{
	sp_figures *f = NULL;
	sp_error err;
	int rc = sp_report_figures(&f, seed, &err);
	if (!rc && sp_figures_kronor(f, SP_SUPPORT_UNSET) != 7773227)
		rc = SP_ERROR;
	sp_figures_free(f);
	return rc;
}

static int op_rollup(void)
{
	sp_rollup *r = NULL;
	sp_error err;
	int rc = sp_rollup_new(&r, &err);
	if (!rc)
		rc = sp_rollup_add(r, seed, &err);
	if (!rc)
		rc = sp_rollup_add(r, other_year, &err);
	if (!rc && sp_rollup_year_count(r) != 2)
		rc = SP_ERROR;
	sp_rollup_free(r);
	return rc;
}

static int op_copy(void)
{
	sp_report *copy = NULL;
	sp_error err;
	int rc = sp_report_copy(&copy, seed, &err);
	if (!rc && !sp_report_equal(copy, seed))
		rc = SP_ERROR;
	sp_report_free(copy);
	return rc;
}

static int op_diff(void)
{
	sp_diff *d = NULL;
	sp_error err;
	int rc = sp_report_diff(&d, seed, other_year, &err);
	sp_diff_free(d);
	return rc;
}

static int derive(int (*make)(sp_report **, const sp_report *, sp_error *))
{
	sp_report *made = NULL;
	sp_error err;
	int rc = make(&made, seed, &err);
	sp_report_free(made);
	return rc;
}

static int op_next_year(void) { return derive(sp_report_next_year); }
static int op_redact(void) { return derive(sp_report_redact); }

static int op_template(void)
{
	sp_report *r = NULL;
	sp_error err;
	int rc = sp_report_template(&r, "Region Gotland", 2025, &err);
	sp_report_free(r);
	return rc;
}

/* A copy of the seed with one more output, whose text is long enough for
 * the reader to allocate, filled from its text. */
static int op_fill_outputs(void)
{
	sp_report *copy = NULL;
	sp_output *output;
	sp_error err;
	char text[1024];
	memset(text, '.', sizeof(text) - 1);
	memcpy(text, "Servicebidrag 7 st 1 007 710 kr", 31);
	text[sizeof(text) - 1] = '\0';
	size_t filled = 0;
	int rc = sp_report_copy(&copy, seed, &err);
	sp_intervention *iv = rc ? NULL : sp_priority_area_intervention_mut(sp_report_priority_area_mut(copy, 0), 0);
	if (!rc)
		rc = sp_intervention_add_output(&output, iv, &err);
	if (!rc)
		rc = sp_output_set_text(output, text, &err);
	if (!rc)
		rc = sp_report_fill_outputs(&filled, copy, &err);
	if (!rc && (filled != 1 || sp_output_amount_sek(output) != 1007710))
		rc = SP_ERROR;
	sp_report_free(copy);
	return rc;
}

static const struct {
	const char *name;
	int (*run)(void);
} operations[] = {
	{ "load YAML", op_load_yaml }, { "load JSON", op_load_json }, { "load unknown keys", op_load_unknown_keys },
	{ "copy unknown keys", op_copy_unknown_keys },
	{ "load YAML file", op_load_yaml_file }, { "load YAML file by its path", op_load_yaml_path },
	{ "load YAML file with an error", op_load_bad_yaml_file },
	{ "save JSON", op_save_json }, { "save YAML", op_save_yaml }, { "validate", op_validate },
	{ "figures", op_figures }, { "rollup", op_rollup }, { "copy", op_copy }, { "diff", op_diff },
	{ "next year", op_next_year }, { "redact", op_redact }, { "template", op_template },
	{ "fill outputs", op_fill_outputs },
};

/* Runs `run` failing its 1st, 2nd, ... allocation; returns how many runs went wrong. */
static int exhaust(const char *name, int (*run)(void))
{
	int problems = 0;
	for (long n = 0;; n++) {
		long before = live;
		failed_once = 0;
		countdown = n;
		int rc = run();
		countdown = -1;
		if (!failed_once) {
			if (rc != 0) {
				printf("FAIL %s: %s without any allocation failing\n", name, sp_error_code_name(rc));
				problems++;
			}
			if (live != before) {
				printf("FAIL %s: %ld blocks leaked on success\n", name, live - before);
				problems++;
			}
			printf("%s %s: %ld allocation failures, each a clean SP_ENOMEM without a crash or leak\n",
			       problems ? "FAIL" : "ok", name, n);
			return problems;
		}
		if (rc != SP_ENOMEM) {
			printf("FAIL %s: allocation %ld failed and gave %s\n", name, n + 1, sp_error_code_name(rc));
			problems++;
		}
		if (live != before) {
			printf("FAIL %s: allocation %ld failed and %ld blocks leaked\n", name, n + 1, live - before);
			problems++;
		}
		if (problems > 20)
			return problems;
	}
}

static char *slurp(const char *name)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", getenv("SP_EXAMPLES") ? getenv("SP_EXAMPLES") : ".", name);
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	rewind(f);
	char *buf = __libc_malloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		__libc_free(buf);
		return NULL;
	}
	buf[n] = '\0';
	fclose(f);
	return buf;
}

int main(void)
{
	sp_error err;
	seed_yaml = slurp("jamtland-harjedalen-2023.yaml");
	seed_json = slurp("jamtland-harjedalen-2023.json");
	if (!seed_yaml || !seed_json || sp_report_load_buffer(&seed, seed_yaml, strlen(seed_yaml), NULL, &err) ||
	    sp_report_load_buffer(&other_year, seed_yaml, strlen(seed_yaml), NULL, &err) ||
	    sp_report_set_year(other_year, 2024, &err)) {
		printf("cannot load the bundled report (SP_EXAMPLES)\n");
		return 1;
	}
	static char example_buffer[BUFSIZ], bad_buffer[BUFSIZ];
	static const char bad_yaml[] = "format: serviceprogram/1\nregion:\n\tname: X\nyear: 2023\n";
	snprintf(example_yaml_path, sizeof(example_yaml_path), "%s/jamtland-harjedalen-2023.yaml",
	         getenv("SP_EXAMPLES") ? getenv("SP_EXAMPLES") : ".");
	example_yaml_file = fopen(example_yaml_path, "rb");
	bad_yaml_file = tmpfile();
	if (!example_yaml_file || !bad_yaml_file || setvbuf(example_yaml_file, example_buffer, _IOFBF, BUFSIZ) ||
	    setvbuf(bad_yaml_file, bad_buffer, _IOFBF, BUFSIZ) || fputs(bad_yaml, bad_yaml_file) < 0) {
		printf("cannot open the test files\n");
		return 1;
	}
	int passed = 0, failed = 0;
	for (size_t i = 0; i < sizeof(operations) / sizeof(operations[0]); i++) {
		if (exhaust(operations[i].name, operations[i].run))
			failed++;
		else
			passed++;
	}
	sp_report_free(seed);
	sp_report_free(other_year);
	__libc_free(seed_yaml);
	__libc_free(seed_json);
	fclose(example_yaml_file);
	fclose(bad_yaml_file);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
