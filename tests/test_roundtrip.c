/* Lossless round trips between JSON and YAML, unknown keys, streams and files. */
#include <jansson.h>
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support.h"

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	rewind(f);
	char *buf = malloc((size_t)n + 1);
	ck_assert_int_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* load(first) -> save(other) -> load -> save(first) gives the bytes of save(first). */
static void round_trip(const char *text, sp_syntax first, sp_syntax other)
{
	sp_report *a = load_text(text, first);
	char *direct = save_text(a, first);
	char *across = save_text(a, other);
	sp_report *b = load_text(across, other);
	char *back = save_text(b, first);
	ck_assert_str_eq(back, direct);
	ck_assert(sp_report_equal(a, b));
	sp_free(direct);
	sp_free(across);
	sp_free(back);
	sp_report_free(a);
	sp_report_free(b);
}

START_TEST(examples_are_canonical)
{
	/* The bundled files are exactly what the library writes. */
	static const struct { const char *name; sp_syntax syntax; } files[] = {
		{ EXAMPLE_YAML, SP_SYNTAX_YAML }, { EXAMPLE_JSON, SP_SYNTAX_JSON } };
	for (size_t i = 0; i < 2; i++) {
		char *original = slurp(data_path("SP_EXAMPLES", files[i].name));
		sp_report *r = load_example(files[i].name);
		char *saved = save_text(r, files[i].syntax);
		ck_assert_str_eq(saved, original);
		sp_free(saved);
		free(original);
		sp_report_free(r);
	}
	sp_report *yaml = load_example(EXAMPLE_YAML), *json = load_example(EXAMPLE_JSON);
	char where[1024];
	ck_assert_msg(sp_report_difference(where, sizeof(where), yaml, json) < 0, "the examples differ at %s", where);
	sp_report_free(yaml);
	sp_report_free(json);
}
END_TEST

START_TEST(json_to_yaml_and_back)
{
	char *json = slurp(data_path("SP_EXAMPLES", EXAMPLE_JSON));
	round_trip(json, SP_SYNTAX_JSON, SP_SYNTAX_YAML);
	free(json);
}
END_TEST

START_TEST(yaml_to_json_and_back)
{
	char *yaml = slurp(data_path("SP_EXAMPLES", EXAMPLE_YAML));
	round_trip(yaml, SP_SYNTAX_YAML, SP_SYNTAX_JSON);
	free(yaml);
}
END_TEST

START_TEST(multi_line_text_survives_exactly)
{
	static const char *const texts[] = {
		"Rad ett\nRad två",
		"Slutar med radbrytning\n",
		"Två radbrytningar\n\n",
		"\n  inledande blanksteg och radbrytning",
		"  indrag\n    djupare\nåter",
		"tabb\there\nrad",
		"efterföljande blanksteg  \nrad",
		"- ser ut som en lista\n- två",
		"kolon: i texten\n# inte en kommentar",
		"\"citat\" och 'apostrof'\nrad",
		"tom rad\n\nmellan",
		"2023",
		"true",
		"",
		" ",
		"null",
		"1.1",
		"Windows\r\nradslut",
	};
	sp_report *r;
	sp_error err;
	ck_assert_int_eq(sp_report_new(&r, "Region", 2023, &err), 0);
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		ck_assert_int_eq(sp_report_set_future_outlook(r, texts[i], &err), 0);
		for (int syntax = SP_SYNTAX_JSON; syntax <= SP_SYNTAX_YAML; syntax++) {
			char *saved = save_text(r, (sp_syntax)syntax);
			sp_report *back = load_text(saved, (sp_syntax)syntax);
			ck_assert_msg(strcmp(sp_report_future_outlook(back), texts[i]) == 0,
			              "text %zu changed in %s:\n%s", i, syntax == SP_SYNTAX_JSON ? "JSON" : "YAML", saved);
			sp_report_free(back);
			sp_free(saved);
		}
	}
	/* Multi-line text is written as a YAML block scalar. */
	ck_assert_int_eq(sp_report_set_future_outlook(r, "Rad ett\nRad två", &err), 0);
	char *yaml = save_text(r, SP_SYNTAX_YAML);
	ck_assert_msg(strstr(yaml, "future_outlook: |-\n  Rad ett\n  Rad två\n"), "no block scalar:\n%s", yaml);
	sp_free(yaml);
	sp_report_free(r);
}
END_TEST

static const char *with_unknown_keys =
	"format: serviceprogram/1\n"
	"region:\n  name: Gotland\n  kommun_count: 1\n"
	"year: 2023\n"
	"internal_id: {case: 'RJH 2024/17', tags: [a, 2, 2.5, true, null, '3']}\n"
	"priority_areas:\n- number: 1\n  interventions:\n  - name: X\n    ärendenummer: 12\n";

START_TEST(unknown_keys_are_an_error_by_default)
{
	sp_report *r = NULL;
	sp_error err;
	int rc = sp_report_load_buffer(&r, with_unknown_keys, strlen(with_unknown_keys), NULL, &err);
	ck_assert_int_eq(rc, SP_EUNKNOWNKEY);
	ck_assert_ptr_null(r);
	ck_assert_str_eq(err.path, "/region");
	ck_assert_uint_eq(err.line, 4);
	ck_assert_uint_eq(err.column, 3);
}
END_TEST

START_TEST(unknown_keys_kept_and_written_back)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	sp_report *r = NULL;
	sp_error err;
	ck_assert_int_eq(sp_report_load_buffer(&r, with_unknown_keys, strlen(with_unknown_keys), &opts, &err), 0);
	char *json = save_text(r, SP_SYNTAX_JSON);
	ck_assert_ptr_nonnull(strstr(json, "\"kommun_count\": 1"));
	ck_assert_ptr_nonnull(strstr(json, "\"case\": \"RJH 2024/17\""));
	ck_assert_ptr_nonnull(strstr(json, "\"ärendenummer\": 12"));
	ck_assert_ptr_nonnull(strstr(json, "2.5"));
	ck_assert_ptr_nonnull(strstr(json, "\"3\""));
	/* Kept keys survive both formats, as exactly as known ones. */
	sp_report *again = NULL;
	char *yaml = save_text(r, SP_SYNTAX_YAML);
	ck_assert_int_eq(sp_report_load_buffer(&again, yaml, strlen(yaml), &opts, &err), 0);
	char *json2 = save_text(again, SP_SYNTAX_JSON);
	ck_assert_str_eq(json2, json);
	ck_assert(sp_report_equal(r, again));
	sp_free(json);
	sp_free(json2);
	sp_free(yaml);
	sp_report_free(again);
	sp_report_free(r);
}
END_TEST

/* Kept keys belong to their node: they go with it when it is copied or removed, and a sub-object holding
 * nothing but kept keys is still written. Enough nodes have some that their map grows several times. */
START_TEST(unknown_keys_follow_their_nodes)
{
	enum { AREAS = 40 };
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	char text[8192] = "format: serviceprogram/1\nregion: {name: Gotland}\nyear: 2023\nprogram: {kept: true}\n"
	                  "priority_areas:\n";
	for (int i = 0; i < AREAS; i++)
		snprintf(text + strlen(text), sizeof(text) - strlen(text), "- {number: %d, note_%d: %d}\n", i + 1, i, i);
	sp_report *r = NULL, *copy = NULL;
	sp_error err;
	ck_assert_int_eq(sp_report_load_buffer(&r, text, strlen(text), &opts, &err), 0);
	char *json = save_text(r, SP_SYNTAX_JSON);
	ck_assert_ptr_nonnull(strstr(json, "\"program\": {\n    \"kept\": true\n  }"));

	ck_assert_int_eq(sp_report_copy(&copy, r, &err), 0);
	ck_assert(sp_report_equal(copy, r));
	char *copied = save_text(copy, SP_SYNTAX_JSON);
	ck_assert_str_eq(copied, json);
	sp_free(copied);

	/* Removed from the copy only: the reports differ, and the copy's text lacks just those keys. */
	int removed[] = { 0, 19, 37 }; /* indexes into the list as it shrinks: areas 1, 21 and 40 */
	for (size_t k = 0; k < sizeof(removed) / sizeof(removed[0]); k++)
		ck_assert_int_eq(sp_report_remove_priority_area(copy, (size_t)removed[k], &err), 0);
	ck_assert(!sp_report_equal(copy, r));
	copied = save_text(copy, SP_SYNTAX_JSON);
	for (int i = 0; i < AREAS; i++) {
		char key[32];
		snprintf(key, sizeof(key), "\"note_%d\": %d", i, i);
		ck_assert_msg((strstr(copied, key) == NULL) == (i == 0 || i == 20 || i == 39), "%s", key);
	}
	sp_free(copied);
	for (size_t k = 0; k < sizeof(removed) / sizeof(removed[0]); k++)
		ck_assert_int_eq(sp_report_remove_priority_area(r, (size_t)removed[k], &err), 0);
	ck_assert(sp_report_equal(copy, r));

	/* The copy's keys are its own. */
	char *before = save_text(r, SP_SYNTAX_YAML);
	sp_report_free(r);
	char *after = save_text(copy, SP_SYNTAX_YAML);
	ck_assert_str_eq(after, before);
	sp_free(before);
	sp_free(after);
	sp_free(json);
	sp_report_free(copy);
}
END_TEST

/* Equal short texts read into one report may share one copy: changing or removing one leaves the others. */
START_TEST(equal_texts_stay_independent)
{
	static const char *text =
		"format: serviceprogram/1\nregion: {name: Gotland}\nyear: 2023\n"
		"program: {goals: [{id: '1', text: Gotland}, {id: '2', text: Gotland}]}\n"
		"priority_areas:\n- number: 1\n  interventions:\n  - actors: [Kommunerna, Gotland]\n"
		"  - actors: [Kommunerna, Gotland]\n";
	sp_report *r = load_text(text, SP_SYNTAX_YAML), *copy = NULL;
	sp_error err;
	sp_program *program = sp_report_program_mut(r);
	ck_assert_int_eq(sp_goal_set_text(sp_program_goal_mut(program, 0), "Mål ett", &err), 0);
	ck_assert_str_eq(sp_goal_text(sp_program_goal(program, 1)), "Gotland");
	ck_assert_str_eq(sp_region_name(sp_report_region(r)), "Gotland");
	sp_priority_area *area = sp_report_priority_area_mut(r, 0);
	ck_assert_int_eq(sp_intervention_remove_actor(sp_priority_area_intervention_mut(area, 0), 0, &err), 0);
	ck_assert_str_eq(sp_intervention_actor(sp_priority_area_intervention(area, 0), 0), "Gotland");
	ck_assert_str_eq(sp_intervention_actor(sp_priority_area_intervention(area, 1), 0), "Kommunerna");
	ck_assert_int_eq(sp_report_copy(&copy, r, &err), 0);
	ck_assert(sp_report_equal(copy, r));
	sp_report_free(r);
	ck_assert_str_eq(sp_goal_text(sp_program_goal(sp_report_program(copy), 1)), "Gotland");
	sp_report_free(copy);
}
END_TEST

START_TEST(unknown_keys_dropped)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.unknown_keys = SP_UNKNOWN_KEYS_DROP;
	sp_report *r = NULL;
	sp_error err;
	ck_assert_int_eq(sp_report_load_buffer(&r, with_unknown_keys, strlen(with_unknown_keys), &opts, &err), 0);
	char *json = save_text(r, SP_SYNTAX_JSON);
	ck_assert_ptr_null(strstr(json, "kommun_count"));
	ck_assert_ptr_null(strstr(json, "internal_id"));
	ck_assert_ptr_nonnull(strstr(json, "\"name\": \"X\""));
	sp_free(json);
	sp_report_free(r);
}
END_TEST

/* ---- JSON written byte for byte as jansson writes it ---------------- */

/* Unknown keys kept with every kind of value: numbers (in the forms jansson prints them: kept
 * numbers are written as they were read, see kept_numbers_are_written_as_read), 64-bit integers,
 * empty and nested containers, and a key and text that need escaping. */
static const char *tricky_json =
	"{\"format\": \"serviceprogram/1\", \"year\": 2023,\n"
	" \"region\": {\"name\": \"Gotland\", \"x\": {\"a\": [], \"b\": {}, \"c\": [[], {}, {\"d\": [[]], \"e\": {\"f\": {}}}]}},\n"
	" \"numbers\": [0.1, 1e-7, 123456789012345678, 0.3, 5.0, -0.0, 0, 100.0, 1e15,\n"
	"   1e16, 0.0001, 1e-5, 2.5e-300, 1e300, 1.5e21, 3.14159265358979, -2.5, 12345.678,\n"
	"   -9223372036854775808, 9223372036854775807, -1, 9.99988867182683e-321],\n"
	" \"k\\\"\\\\\\n\\u0001\\u001f/\\u007f\\u00e9\\u2028\\ud83d\\ude00\": \"\\u2028\\b\\f\\n\\r\\tx\\u000b\",\n"
	" \"empty\": {}, \"none\": [], \"flags\": [true, false, null, \"\"]}\n";

/* Every control character but NUL, quotes, backslashes, a slash, DEL, U+2028 and an emoji. */
static void tricky_text(char *buf)
{
	size_t n = 0;
	for (int c = 1; c < 0x20; c++)
		buf[n++] = (char)c;
	strcpy(buf + n, "\"\\/\x7f \"citat\" C:\\dir\\ \xe2\x80\xa8 \xf0\x9f\x98\x80 åäö");
}

/* jansson's own bytes for `tree`, with the flags saving promises, and the final newline. */
static char *jansson_text(const json_t *tree)
{
	char *text = json_dumps(tree, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	ck_assert_ptr_nonnull(text);
	size_t n = strlen(text);
	char *with_newline = malloc(n + 2);
	memcpy(with_newline, text, n);
	memcpy(with_newline + n, "\n", 2);
	free(text);
	return with_newline;
}

START_TEST(json_is_written_as_jansson_writes_it)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	sp_report *r = NULL;
	sp_error err;
	char text[128];
	ck_assert_int_eq(sp_report_load_buffer(&r, tricky_json, strlen(tricky_json), &opts, &err), 0);
	tricky_text(text);
	ck_assert_int_eq(sp_report_set_future_outlook(r, text, &err), 0);
	char *ours = save_text(r, SP_SYNTAX_JSON);

	/* What jansson writes for the same values: our text read back, the kept values replaced by
	 * jansson's reading of the input (so that a real written as an integer shows), the text
	 * compared with what was set. */
	json_error_t error;
	json_t *input = json_loads(tricky_json, JSON_REJECT_DUPLICATES, &error);
	ck_assert_msg(input != NULL, "%s", error.text);
	json_t *tree = json_loads(ours, JSON_REJECT_DUPLICATES, &error);
	ck_assert_msg(tree != NULL, "jansson cannot read our JSON: %s\n%s", error.text, ours);
	ck_assert_str_eq(json_string_value(json_object_get(tree, "future_outlook")), text);
	const char *key;
	json_t *value;
	json_object_foreach(input, key, value) {
		if (strcmp(key, "format") && strcmp(key, "year") && strcmp(key, "region"))
			ck_assert_int_eq(json_object_set(tree, key, value), 0);
	}
	json_t *region = json_object_get(tree, "region");
	ck_assert_int_eq(json_object_set(region, "x", json_object_get(json_object_get(input, "region"), "x")), 0);
	char *expected = jansson_text(tree);
	ck_assert_str_eq(ours, expected);
	free(expected);

	/* A few of them spelt out, as jansson 2.14 writes them. */
	static const char *const spelt[] = {
		"\n    0.1,\n", "\n    1e-7,\n", "\n    123456789012345678,\n", "\n    0.3,\n", "\n    5.0,\n",
		"\n    -0.0,\n", "\n    0,\n", "\n    100.0,\n    1e15,\n    1e16,\n    0.0001,\n    1e-5,\n",
		"\n    2.5e-300,\n    1e300,\n    1.5e21,\n    3.14159265358979,\n", "\n    -9223372036854775808,\n",
		"\n    9.99988867182683e-321\n", "\"x\": {\n      \"a\": [],\n      \"b\": {},\n      \"c\": [\n        [],\n        {},\n",
		"\"empty\": {},\n  \"none\": [],\n", "\"k\\\"\\\\\\n\\u0001\\u001F/\x7f\xc3\xa9\xe2\x80\xa8\xf0\x9f\x98\x80\": ",
		"\"future_outlook\": \"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E",
		"\\u001E\\u001F\\\"\\\\/\x7f \\\"citat\\\" C:\\\\dir\\\\ \xe2\x80\xa8 \xf0\x9f\x98\x80 åäö\"",
	};
	for (size_t i = 0; i < sizeof(spelt) / sizeof(spelt[0]); i++)
		ck_assert_msg(strstr(ours, spelt[i]), "no %s in\n%s", spelt[i], ours);

	/* The same bytes with a decimal comma in LC_NUMERIC, for the report and for the bundled one
	 * (whose FTEs are decimals of the schema). */
	sp_report *example = load_example(EXAMPLE_JSON);
	char *example_c = save_text(example, SP_SYNTAX_JSON);
	ck_assert_msg(setlocale(LC_NUMERIC, "sv_SE.UTF-8"), "no sv_SE.UTF-8 locale: run .ci/setup");
	char *ours_sv = save_text(r, SP_SYNTAX_JSON), *example_sv = save_text(example, SP_SYNTAX_JSON);
	ck_assert_str_eq(ours_sv, ours);
	ck_assert_str_eq(example_sv, example_c);
	ck_assert_ptr_nonnull(strstr(example_sv, "\"fte\": 0.15,"));
	json_t *example_tree = json_loads(example_sv, JSON_REJECT_DUPLICATES, &error);
	ck_assert_ptr_nonnull(example_tree);
	expected = jansson_text(example_tree);
	ck_assert_str_eq(example_sv, expected);
	setlocale(LC_NUMERIC, "C");

	free(expected);
	json_decref(example_tree);
	json_decref(tree);
	json_decref(input);
	sp_free(example_c);
	sp_free(example_sv);
	sp_free(ours_sv);
	sp_free(ours);
	sp_report_free(example);
	sp_report_free(r);
}
END_TEST

/* Kept numbers are written as they were read, in JSON and in YAML, whatever a double makes of
 * them: no digit lost, none added, however large, and read back equal. */
START_TEST(kept_numbers_are_written_as_read)
{
	static const char *const numbers[] = { "0.30000000000000004", "1E+2", "0.00001", "3.141592653589793238",
		"0.5e1", "1e-320", "1.7976931348623157e308", "123456789012345678901234567890", "-0.0", "1.50",
		"-9223372036854775809" };
	char json[2048] = "{\"format\": \"serviceprogram/1\", \"year\": 2023, \"region\": {\"name\": \"G\"}, \"n\": [";
	char yaml[2048] = "format: serviceprogram/1\nyear: 2023\nregion: {name: G}\nn:\n";
	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		snprintf(json + strlen(json), sizeof(json) - strlen(json), "%s%s", i ? ", " : "", numbers[i]);
		snprintf(yaml + strlen(yaml), sizeof(yaml) - strlen(yaml), "- %s\n", numbers[i]);
	}
	strcat(json, "]}");
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	sp_error err;
	const char *inputs[] = { json, yaml };
	sp_report *loaded[2];
	for (int i = 0; i < 2; i++) {
		ck_assert_int_eq(sp_report_load_buffer(&loaded[i], inputs[i], strlen(inputs[i]), &opts, &err), 0);
		for (int syntax = SP_SYNTAX_JSON; syntax <= SP_SYNTAX_YAML; syntax++) {
			char *saved = save_text(loaded[i], (sp_syntax)syntax);
			for (size_t k = 0; k < sizeof(numbers) / sizeof(numbers[0]); k++) {
				char line[64];
				snprintf(line, sizeof(line), syntax == SP_SYNTAX_JSON ? "\n    %s" : "\n- %s\n", numbers[k]);
				ck_assert_msg(strstr(saved, line), "%s is not written as read:\n%s", numbers[k], saved);
			}
			sp_report *back = NULL;
			ck_assert_int_eq(sp_report_load_buffer(&back, saved, strlen(saved), &opts, &err), 0);
			char where[1024];
			ck_assert_msg(sp_report_difference(where, sizeof(where), back, loaded[i]) < 0, "not equal at %s", where);
			char *again = save_text(back, (sp_syntax)syntax);
			ck_assert_str_eq(again, saved);
			sp_free(again);
			sp_report_free(back);
			sp_free(saved);
		}
	}
	/* From JSON and from YAML, the same values. */
	char where[1024];
	ck_assert_msg(sp_report_difference(where, sizeof(where), loaded[0], loaded[1]) < 0, "JSON and YAML differ at %s",
	              where);
	sp_report_free(loaded[0]);
	sp_report_free(loaded[1]);
}
END_TEST

START_TEST(swedish_labels_and_numbers_load_canonically)
{
	static const char *doc =
		"format: serviceprogram/1\nregion: {name: Gotland}\nyear: '2023'\n"
		"demand_outlook:\n- {support_type: ' Servicebidrag ', trend: ÖKAR}\n"
		"staffing:\n- area: Stödhandläggning\n  positions:\n  - {name: Handläggare, fte: '0,15'}\n"
		"priority_areas:\n- number: 1\n  interventions:\n  - name: X\n    status: Fortsätter\n"
		"    service_types: [Dagligvaror, Bredare sammanhang]\n"
		"    outputs:\n    - {text: Hemsändning, count: 8 st, amount_sek: \"1\u00a0537\u00a0062 kr\"}\n";
	sp_report *r = load_text(doc, SP_SYNTAX_AUTO);
	char *yaml = save_text(r, SP_SYNTAX_YAML);
	ck_assert_ptr_nonnull(strstr(yaml, "support_type: service_grant\n"));
	ck_assert_ptr_nonnull(strstr(yaml, "trend: increase\n"));
	ck_assert_ptr_nonnull(strstr(yaml, "area: case_handling\n"));
	ck_assert_ptr_nonnull(strstr(yaml, "fte: 0.15\n"));
	ck_assert_ptr_nonnull(strstr(yaml, "status: continuing\n"));
	ck_assert_ptr_nonnull(strstr(yaml, "- groceries\n"));
	ck_assert_ptr_nonnull(strstr(yaml, "count: 8\n"));
	ck_assert_ptr_nonnull(strstr(yaml, "amount_sek: 1537062\n"));
	ck_assert_ptr_nonnull(strstr(yaml, "year: 2023\n"));
	sp_free(yaml);
	sp_report_free(r);
}
END_TEST

START_TEST(streams)
{
	sp_report *r = load_example(EXAMPLE_YAML), *back = NULL;
	FILE *f = tmpfile();
	sp_save_options save = SP_SAVE_OPTIONS_INIT;
	sp_error err;
	save.syntax = SP_SYNTAX_YAML;
	ck_assert_int_eq(sp_report_save_stream(f, r, &save, &err), 0);
	rewind(f);
	sp_load_options load = SP_LOAD_OPTIONS_INIT;
	load.source_name = "standard input";
	ck_assert_int_eq(sp_report_load_stream(&back, f, &load, &err), 0);
	ck_assert(sp_report_equal(r, back));
	ck_assert_str_eq(sp_report_source(back), "standard input");
	fclose(f);
	sp_report_free(back);
	sp_report_free(r);
}
END_TEST

/* A stream's load, from where the stream stands, gives what a load of the same bytes from a buffer gives. */
static void stream_matches_buffer(FILE *stream, const char *text)
{
	sp_report *from_buffer = NULL, *from_stream = NULL;
	sp_error buffer_err = { 0 }, stream_err = { 0 };
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.source_name = "input";
	int buffer_rc = sp_report_load_buffer(&from_buffer, text, strlen(text), &opts, &buffer_err);
	int stream_rc = sp_report_load_stream(&from_stream, stream, &opts, &stream_err);
	ck_assert_int_eq(stream_rc, buffer_rc);
	if (buffer_rc == 0) {
		ck_assert(sp_report_equal(from_buffer, from_stream));
	} else {
		ck_assert_uint_eq(stream_err.line, buffer_err.line);
		ck_assert_uint_eq(stream_err.column, buffer_err.column);
		ck_assert_str_eq(stream_err.path, buffer_err.path);
		ck_assert_str_eq(stream_err.message, buffer_err.message);
	}
	sp_report_free(from_buffer);
	sp_report_free(from_stream);
}

/* YAML in a file is parsed as it is read; in a pipe, read whole first. Either way the
 * result, and every error with its place and message, is that of the same bytes in a buffer. */
START_TEST(streams_load_as_buffers_do)
{
	static const char *const texts[] = {
		"format: serviceprogram/1\nregion: {name: Gotland}\nyear: 2023\n",
		"\xEF\xBB\xBF" "format: serviceprogram/1\nregion: {name: Gotland}\nyear: 2023\n",
		"\xEF\xBB\xBF" "format: serviceprogram/1\nregion:\n\tname: Gotland\nyear: 2023\n",
		"format: serviceprogram/1\nregion:\n  name: Gotland\n\tcounty_code: \"09\"\nyear: 2023\n",
		"format: serviceprogram/1\nregion: {name: \"Got\xC3land\"}\nyear: 2023\n",
		"format: serviceprogram/1\nregion: {name: Gotland}\nyear: 2023\nfuture_outlook: \"\xFF\"\n",
		"format: serviceprogram/1\nregion: {name: Gotland}\nyear: [2023\n",
		"  \n{\"format\": \"serviceprogram/1\", \"region\": {\"name\": \"Gotland\"}, \"year\": 2023}",
		"{format: serviceprogram/1, region: {name: Gotland}, year: 2023}",
		"",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		/* A file, read from where it stands: after some text that is not the report's. */
		FILE *file = tmpfile();
		ck_assert_ptr_nonnull(file);
		fputs("not the report\n", file);
		fputs(texts[i], file);
		fseek(file, (long)strlen("not the report\n"), SEEK_SET);
		stream_matches_buffer(file, texts[i]);
		fclose(file);

		int ends[2];
		ck_assert_int_eq(pipe(ends), 0);
		ck_assert_int_eq(write(ends[1], texts[i], strlen(texts[i])), (ssize_t)strlen(texts[i]));
		close(ends[1]);
		FILE *pipe_stream = fdopen(ends[0], "rb");
		ck_assert_ptr_nonnull(pipe_stream);
		stream_matches_buffer(pipe_stream, texts[i]);
		fclose(pipe_stream);
	}
}
END_TEST

START_TEST(files_are_replaced_whole_and_keep_their_mode)
{
	char dir[] = "/tmp/sp-test-XXXXXX", path[256], missing[256];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/report.json", dir);
	sp_report *r = load_example(EXAMPLE_YAML), *back = NULL;
	sp_error err;
	FILE *f = fopen(path, "w");
	fputs("old", f);
	fclose(f);
	ck_assert_int_eq(chmod(path, 0640), 0);
	ck_assert_int_eq(sp_report_save_file(r, path, NULL, &err), 0); /* .json: JSON */
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0640);
	char *text = slurp(path);
	ck_assert_int_eq(text[0], '{');
	free(text);
	ck_assert_int_eq(sp_report_load_file(&back, path, NULL, &err), 0);
	ck_assert(sp_report_equal(r, back));
	sp_report_free(back);

	snprintf(missing, sizeof(missing), "%s/no/such/dir/report.yaml", dir);
	ck_assert_int_eq(sp_report_save_file(r, missing, NULL, &err), SP_EIO);
	ck_assert_str_eq(err.source, missing);
	ck_assert_int_eq(sp_report_load_file(&back, missing, NULL, &err), SP_EIO);
	ck_assert_ptr_null(back);
	unlink(path);
	ck_assert_int_eq(rmdir(dir), 0); /* no temporary file left behind */
	sp_report_free(r);
}
END_TEST

START_TEST(an_incomplete_report_is_not_saved)
{
	sp_report *r;
	sp_priority_area *area;
	sp_intervention *iv;
	sp_output *o;
	sp_error err;
	char *out = NULL;
	ck_assert_int_eq(sp_report_new(&r, "Gotland", 2023, &err), 0);
	ck_assert_int_eq(sp_report_add_priority_area(&area, r, &err), 0);
	ck_assert_int_eq(sp_report_save_buffer(&out, NULL, r, NULL, &err), SP_EMISSING);
	ck_assert_str_eq(err.path, "/priority_areas/0/number");
	ck_assert_ptr_null(out);
	ck_assert_int_eq(sp_priority_area_set_number(area, 1, &err), 0);
	ck_assert_int_eq(sp_priority_area_add_intervention(&iv, area, &err), 0);
	ck_assert_int_eq(sp_intervention_add_output(&o, iv, &err), 0);
	ck_assert_int_eq(sp_report_save_file(r, "/nonexistent-dir/x.yaml", NULL, &err), SP_EMISSING);
	ck_assert_str_eq(err.path, "/priority_areas/0/interventions/0/outputs/0/text");
	ck_assert_int_eq(sp_output_set_text(o, "Hemsändning", &err), 0);
	ck_assert_int_eq(sp_report_save_buffer(&out, NULL, r, NULL, &err), 0);
	sp_free(out);
	sp_report_free(r);
}
END_TEST

START_TEST(an_older_format_is_migrated)
{
	static const char *draft =
		"format: serviceprogram/0\nregion: {name: Gotland}\nyear: 2023\n"
		"staffing: [{area: coordination, positions: [{name: Samordnare, fte_share: 0.5}]}]\n"
		"areas: [{number: 1, interventions: [{name: X, outputs: [{text: T, amount: 100}]}]}]\n";
	static const char *current =
		"format: serviceprogram/1\nregion: {name: Gotland}\nyear: 2023\n"
		"staffing: [{area: coordination, positions: [{name: Samordnare, fte: 0.5}]}]\n"
		"priority_areas: [{number: 1, interventions: [{name: X, outputs: [{text: T, amount_sek: 100}]}]}]\n";
	sp_report *old = load_text(draft, SP_SYNTAX_YAML), *now = load_text(current, SP_SYNTAX_YAML);
	char where[1024];
	ck_assert_msg(sp_report_difference(where, sizeof(where), old, now) < 0, "differ at %s", where);
	char *saved = save_text(old, SP_SYNTAX_YAML);
	ck_assert_ptr_nonnull(strstr(saved, "format: serviceprogram/1\n")); /* saved as the current version */
	ck_assert_ptr_nonnull(strstr(saved, "amount_sek: 100"));
	sp_free(saved);
	sp_report_free(old);
	sp_report_free(now);
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("roundtrip");
	TCase *tc = tcase_create("roundtrip");
	tcase_add_test(tc, examples_are_canonical);
	tcase_add_test(tc, json_to_yaml_and_back);
	tcase_add_test(tc, yaml_to_json_and_back);
	tcase_add_test(tc, multi_line_text_survives_exactly);
	tcase_add_test(tc, unknown_keys_are_an_error_by_default);
	tcase_add_test(tc, unknown_keys_kept_and_written_back);
	tcase_add_test(tc, unknown_keys_follow_their_nodes);
	tcase_add_test(tc, equal_texts_stay_independent);
	tcase_add_test(tc, unknown_keys_dropped);
	tcase_add_test(tc, kept_numbers_are_written_as_read);
	tcase_add_test(tc, json_is_written_as_jansson_writes_it);
	tcase_add_test(tc, swedish_labels_and_numbers_load_canonically);
	tcase_add_test(tc, streams);
	tcase_add_test(tc, streams_load_as_buffers_do);
	tcase_add_test(tc, files_are_replaced_whole_and_keep_their_mode);
	tcase_add_test(tc, an_incomplete_report_is_not_saved);
	tcase_add_test(tc, an_older_format_is_migrated);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
