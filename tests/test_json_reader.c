/*
 * The library's JSON reader against jansson, as the reference parser
 * (json_differential.c): every input that one accepts the other must
 * accept with the same values, and every input one refuses the other must
 * refuse for the same kind of reason. The inputs are the fuzz corpus, the
 * regressions and the bad-input cases, each also cut short and mutated in
 * fixed, seeded ways, and a list of corner cases of RFC 8259.
 */
#include <dirent.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "internal.h"
#include "json_differential.h"

static int compared;

static void compare(const char *data, size_t len, const char *what)
{
	char buf[1024];
	const char *disagreement = json_disagreement(data, len, buf, sizeof(buf));
	compared++;
	ck_assert_msg(disagreement == NULL, "%s: %s", what, disagreement);
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
		ck_assert_int_eq(json_reader_code(arrays, len), depth <= 2048 ? 0 : SP_ELIMIT);
		ck_assert_int_eq(json_reader_code(objects, n), depth <= 2048 ? 0 : SP_ELIMIT);
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
