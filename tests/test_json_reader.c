/*
 * The library's JSON reader against jansson, as the reference parser:
 * every input that one accepts the other must accept with the same values,
 * and every input one refuses the other must refuse for the same kind of
 * reason. The inputs are the fuzz corpus, the regressions and the bad-input
 * cases, each also cut short and mutated in fixed, seeded ways, and a list
 * of corner cases of RFC 8259.
 *
 * Built from the reader's own source (lib/json_source.c and what it calls),
 * as the reader is not part of the library's interface.
 */
#include <dirent.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "internal.h"

/* The kinds of refusal, in the library's terms. */
static int jansson_code(const json_error_t *error)
{
	switch (json_error_code(error)) {
	case json_error_invalid_utf8:
	case json_error_null_character: return SP_EUTF8;
	case json_error_numeric_overflow: return SP_ERANGE;
	case json_error_out_of_memory: return SP_ENOMEM;
	default:
		/* jansson calls a lone surrogate and a NUL in a key syntax errors; the library calls them bad text. */
		return strncmp(error->text, "invalid Unicode", 15) == 0 || strncmp(error->text, "NUL byte", 8) == 0 ? SP_EUTF8
		                                                                                              : SP_ESYNTAX;
	}
}

/* A jansson value from the reader's events: what the loader would be handed. */
static json_t *build(sp_source *src, sp_event *ev, int *rc, sp_error *err)
{
	switch (ev->kind) {
	case SP_EV_MAP_START: {
		json_t *object = json_object();
		for (;;) {
			if ((*rc = src->next(src, ev, err)))
				return object;
			if (ev->kind == SP_EV_MAP_END)
				return object;
			ck_assert_int_eq(ev->kind, SP_EV_SCALAR);
			ck_assert_int_eq(ev->scalar, SP_SCALAR_STRING);
			char *key = strndup(ev->text, ev->len);
			if ((*rc = src->next(src, ev, err))) {
				free(key);
				return object;
			}
			json_t *value = build(src, ev, rc, err);
			json_object_set_new(object, key, value); /* the last of duplicate keys wins, as in jansson */
			free(key);
			if (*rc)
				return object;
		}
	}
	case SP_EV_SEQ_START: {
		json_t *array = json_array();
		for (;;) {
			if ((*rc = src->next(src, ev, err)) || ev->kind == SP_EV_SEQ_END)
				return array;
			json_array_append_new(array, build(src, ev, rc, err));
			if (*rc)
				return array;
		}
	}
	case SP_EV_SCALAR:
		switch (ev->scalar) {
		case SP_SCALAR_STRING: return json_stringn(ev->text, ev->len);
		case SP_SCALAR_NUMBER: return json_loadb(ev->text, ev->len, JSON_DECODE_ANY | JSON_DECODE_INT_AS_REAL, NULL);
		case SP_SCALAR_TRUE: return json_true();
		case SP_SCALAR_FALSE: return json_false();
		case SP_SCALAR_NULL: return json_null();
		default: ck_abort_msg("a JSON reader handed out a plain scalar"); return NULL;
		}
	default:
		ck_abort_msg("event %d where a value belongs", (int)ev->kind);
		return NULL;
	}
}

static int compared;

/* Reads `data` with both parsers and checks that they agree. */
static void compare(const char *data, size_t len, const char *what)
{
	json_error_t jerror;
	json_t *expected = json_loadb(data, len, JSON_DECODE_ANY | JSON_DECODE_INT_AS_REAL, &jerror);
	sp_source *src = NULL;
	sp_error err = { 0 };
	int rc = sp__json_source_open(&src, data, len, &err);
	compared++;
	if (memchr(data, '\0', len)) {
		/* jansson 2.14 passes over a raw NUL byte as if it were not there; RFC 8259 has no place for one. */
		ck_assert_msg(rc != 0, "%s: the reader accepts a raw NUL byte", what);
		json_decref(expected);
		return;
	}
	if (!expected) {
		int code = jansson_code(&jerror);
		/* jansson's one limit, 2048 levels, counts a scalar as a level, the reader
		 * only containers: deep_nesting pins the reader's limit. */
		if (strncmp(jerror.text, "maximum parsing depth", 21) == 0 && (rc == 0 || rc == SP_ELIMIT)) {
			if (src)
				src->close(src);
			return;
		}
		ck_assert_msg(rc != 0, "%s: jansson refuses (%s at %d:%d), the reader accepts", what, jerror.text,
		              jerror.line, jerror.column);
		ck_assert_msg(rc == code, "%s: jansson refuses as %s (%s), the reader as %s (%s)", what,
		              sp_error_code_name(code), jerror.text, sp_error_code_name(rc), err.message);
		ck_assert_msg(err.line > 0 && err.column > 0, "%s: the reader's refusal has no position", what);
		return;
	}
	ck_assert_msg(rc == 0, "%s: jansson accepts, the reader refuses: %s at %u:%u %s", what, err.message, err.line,
	              err.column, err.path);
	sp_event ev;
	ck_assert_int_eq(src->next(src, &ev, &err), 0);
	json_t *got = build(src, &ev, &rc, &err);
	ck_assert_msg(rc == 0, "%s: the second pass failed where the first did not: %s", what, err.message);
	ck_assert_int_eq(src->next(src, &ev, &err), 0);
	ck_assert_int_eq(ev.kind, SP_EV_END);
	if (!json_equal(expected, got)) {
		char *a = json_dumps(expected, JSON_ENCODE_ANY), *b = json_dumps(got, JSON_ENCODE_ANY);
		ck_abort_msg("%s: different values\n  jansson: %.300s\n  reader:  %.300s", what, a, b);
	}
	json_decref(got);
	json_decref(expected);
	src->close(src);
}

/* A small, seeded generator: the same mutations on every run and machine. */
static uint64_t next_random(uint64_t *state)
{
	*state = *state * 6364136223846793005u + 1442695040888963407u;
	return *state >> 33;
}

/* What breaks JSON most interestingly. */
static const char *const splices[] = {
	"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\u0000", "\\ud83d\\ude00", "\\x",
	"1e999", "-0", "01", "1.", ".5", "1e", "-", "tru", "nul", "NaN", "\xC3", "\xC3\xA5", "\xED\xA0\x80",
	"\xF4\x90\x80\x80", "\xC0\xAF", "\t", "\n", "\x01", "\x7F", "\xEF\xBB\xBF", " ", "", "1e308", "1.8e308",
	"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
};

static void mutate_and_compare(const char *data, size_t len, const char *name, uint64_t seed)
{
	char what[4200];
	for (size_t cut = 0; cut < len; cut += len / 7 + 1) {
		snprintf(what, sizeof(what), "%s cut at %zu", name, cut);
		compare(data, cut, what);
	}
	char *buf = malloc(len + 1024);
	ck_assert_ptr_nonnull(buf);
	for (int round = 0; round < 24; round++) {
		uint64_t state = seed * 1000003u + (uint64_t)round;
		size_t at = len ? next_random(&state) % (len + 1) : 0;
		size_t removed = next_random(&state) % 3;
		if (at + removed > len)
			removed = len - at;
		const char *splice = splices[next_random(&state) % (sizeof(splices) / sizeof(splices[0]))];
		size_t n = strlen(splice);
		memcpy(buf, data, at);
		memcpy(buf + at, splice, n);
		memcpy(buf + at + n, data + at + removed, len - at - removed);
		snprintf(what, sizeof(what), "%s with \"%.20s\" at %zu for %zu bytes", name, splice, at, removed);
		compare(buf, len - removed + n, what);
	}
	free(buf);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *data = malloc((size_t)size + 1);
	ck_assert_ptr_nonnull(data);
	*len = fread(data, 1, (size_t)size, f);
	fclose(f);
	return data;
}

/* Every .json file of a directory, whole, cut short and mutated. */
static void compare_directory(const char *dir)
{
	DIR *d = opendir(dir);
	ck_assert_msg(d != NULL, "cannot open %s", dir);
	int files = 0;
	struct dirent *entry;
	while ((entry = readdir(d))) {
		const char *name = entry->d_name;
		size_t n = strlen(name);
		if (entry->d_name[0] == '.' || (strstr(dir, "corpus") == NULL && (n < 5 || strcmp(name + n - 5, ".json"))))
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", dir, name);
		size_t len;
		char *data = slurp(path, &len);
		compare(data, len, path);
		mutate_and_compare(data, len, path, (uint64_t)files + 1);
		free(data);
		files++;
	}
	closedir(d);
	ck_assert_msg(files > 0, "no JSON files in %s", dir);
}

START_TEST(corner_cases)
{
	static const char *const inputs[] = {
		"{}", "[]", "\"\"", "0", "-0", "-0.0e-0", "1E+2", "[1,2,]", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":}", "{,}",
		"[,1]", "{\"a\":1 \"b\":2}", "{\"a\":1}}", "{\"a\":1}]", "[1]x", "[1] ", " \t\r\n[1] \n", "[\"a\\/b\"]",
		"[\"\\b\\f\\n\\r\\t\\\"\\\\\"]", "[\"\\u00e5\\u00C5\"]", "[\"\\uD83D\\uDE00\"]", "[\"\\uDE00\\uD83D\"]",
		"[\"\\uD83Dx\"]", "[\"\\uD83D\\u0041\"]", "[\"\\u12\"]", "[\"\\u00G0\"]", "[\"a\tb\"]", "[\"a\nb\"]",
		"[\"a\x7F\"]", "[\"\xF0\x9F\x98\x80\"]", "[\"\xF0\x9F\x98\"]", "[\"\xE2\x82\"]", "[\"\xC3\"]", "[\"\xFF\"]",
		"[\xC3\xA5]", "[1.5e308]", "[1.7976931348623157e308]", "[1.7976931348623159e308]", "[-1.8e308]",
		"[0.00001e-400]", "[4.9e-324]", "[1e-400]", "[123456789012345678901234567890]", "[1.0e+]", "[.1]",
		"[1.]", "[+1]", "[0x10]", "[00]", "[-]", "[--1]", "[1e5.5]", "[true,false,null]", "[True]", "[nulll]",
		"[truefalse]", "{\"a\":{\"b\":[{\"c\":\"\\u0000\"}]}}", "{\"\\u0000\":1}", "{\"a\":1,\"a\":2}",
		"{\"k\\u00e5\":1}", "{1:2}", "{\"a\":1", "[\"abc", "[\"abc\\", "[", "{", "", " ", "\xEF\xBB\xBF{}",
	};
	char what[64];
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		snprintf(what, sizeof(what), "corner case %zu", i);
		compare(inputs[i], strlen(inputs[i]), what);
	}
	compare("[\"a\0b\"]", 7, "a raw NUL in a string");
	compare("[1]\0", 4, "a raw NUL after the document");
}
END_TEST

/* The reader's answer for `data`: 0 or the error code. */
static int reader_code(const char *data, size_t len)
{
	sp_source *src = NULL;
	int rc = sp__json_source_open(&src, data, len, NULL);
	if (src)
		src->close(src);
	return rc;
}

START_TEST(deep_nesting)
{
	/* Up to jansson's limit and one past it, in arrays and in objects; the reader takes 2048 containers. */
	for (size_t depth = 2047; depth <= 2049; depth++) {
		size_t len = 2 * depth;
		char *arrays = malloc(len), *objects = malloc(6 * depth + 2);
		memset(arrays, '[', depth);
		memset(arrays + depth, ']', depth);
		size_t n = 0;
		for (size_t i = 0; i < depth; i++)
			memcpy(objects + n, "{\"a\":", 5), n += 5;
		objects[n++] = '1';
		memset(objects + n, '}', depth), n += depth;
		compare(arrays, len, "deep arrays");
		compare(objects, n, "deep objects");
		ck_assert_int_eq(reader_code(arrays, len), depth <= 2048 ? 0 : SP_ELIMIT);
		ck_assert_int_eq(reader_code(objects, n), depth <= 2048 ? 0 : SP_ELIMIT);
		free(arrays);
		free(objects);
	}
}
END_TEST

START_TEST(corpora)
{
	for (const char *const *dir = (const char *const[]){ SP_FUZZ_DIR "/corpus/json", SP_FUZZ_DIR "/regressions",
	                                                     SP_CASES_DIR, SP_EXAMPLES_DIR, NULL };
	     *dir; dir++)
		compare_directory(*dir);
	ck_assert_int_gt(compared, 10000);
}
END_TEST

START_TEST(decimal_point_of_the_locale)
{
	/* Numbers near the double limit are read with strtod: the locale's decimal comma must not matter. */
	if (!setlocale(LC_NUMERIC, "sv_SE.UTF-8"))
		ck_abort_msg("the sv_SE.UTF-8 locale is missing: .ci/setup generates it");
	compare("[1.7976931348623157e308]", 24, "DBL_MAX in sv_SE");
	compare("[17976931348623159.0e292]", 25, "past DBL_MAX in sv_SE");
	compare("[0.5e309]", 9, "0.5e309 in sv_SE");
	setlocale(LC_NUMERIC, "C");
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("JSON reader against jansson");
	TCase *tc = tcase_create("differential");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, corner_cases);
	tcase_add_test(tc, deep_nesting);
	tcase_add_test(tc, corpora);
	tcase_add_test(tc, decimal_point_of_the_locale);
	suite_add_tcase(suite, tc);
	SRunner *runner = srunner_create(suite);
	srunner_run_all(runner, CK_NORMAL);
	int failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
