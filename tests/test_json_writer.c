/*
 * The JSON writer (lib/json_writer.c, built into this test) against jansson's json_dumps, text by
 * text and container by container. Numbers are written as they are given: the model's integers
 * and decimals in the form jansson prints them too (checked over a sweep of both), the numbers of
 * kept unknown keys as they were read, which jansson must read back as the same value, whatever
 * their form (exponents, 16 and more digits, trailing zeros, a sweep of generated numbers); all
 * with a decimal comma in LC_NUMERIC too. Through the public API, test_roundtrip checks whole
 * reports.
 */
#include <jansson.h>
#include <locale.h>

#include "internal.h"
#include "support.h"

/* What the writer writes for one value, put by `write` into an array. */
static char *written(int (*write)(sp_writer *, const char *), const char *text)
{
	sp_writer *w = sp__json_writer_new(false);
	char *out = NULL;
	size_t len;
	sp_error err;
	ck_assert_ptr_nonnull(w);
	ck_assert_int_eq(w->seq_start(w), 0);
	ck_assert_int_eq(write(w, text), 0);
	ck_assert_int_eq(w->seq_end(w), 0);
	ck_assert_int_eq(w->finish(w, &out, &len, &err), 0);
	ck_assert_uint_eq(strlen(out), len);
	w->free(w);
	return out;
}

/* What jansson writes for an array of `value`, with the newline saving adds. */
static char *dumped(json_t *value)
{
	json_t *array = json_array();
	ck_assert_int_eq(json_array_append_new(array, value), 0);
	char *text = json_dumps(array, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	ck_assert_ptr_nonnull(text);
	json_decref(array);
	size_t n = strlen(text);
	char *out = malloc(n + 2);
	memcpy(out, text, n);
	memcpy(out + n, "\n", 2);
	free(text);
	return out;
}

static int write_number(sp_writer *w, const char *text) { return w->number(w, text); }
static int write_string(sp_writer *w, const char *text) { return w->string(w, text); }

/* A number is written as it is given, and jansson reads it back as the value it reads from the text. */
static void check_number(const char *text)
{
	char *ours = written(write_number, text), as_given[128];
	snprintf(as_given, sizeof(as_given), "[\n  %s\n]\n", text);
	ck_assert_msg(strcmp(ours, as_given) == 0, "%s: we write\n%s", text, ours);
	json_error_t error;
	json_t *value = json_loads(text, JSON_DECODE_ANY, &error), *back = json_loads(ours, 0, &error);
	if (value) /* else a number past a double, which jansson refuses */
		ck_assert_msg(back && json_equal(json_array_get(back, 0), value), "%s: jansson reads back %s", text, ours);
	json_decref(value);
	json_decref(back);
	free(ours);
}

/* What the model hands the writer is what jansson prints for the same value, byte for byte. */
static void check_model_number(const char *text)
{
	json_error_t error;
	json_t *value = json_loads(text, JSON_DECODE_ANY, &error);
	ck_assert_msg(value != NULL, "jansson cannot read %s: %s", text, error.text);
	char *expected = dumped(value), *ours = written(write_number, text);
	ck_assert_msg(strcmp(ours, expected) == 0, "%s: we write\n%sjansson\n%s", text, ours, expected);
	free(expected);
	free(ours);
}

START_TEST(model_numbers_as_jansson_writes_them)
{
	static const int64_t edges[] = { 0, 1, 7, 10, 999, 1000, 1001, 150, 1537062, 999999999, 1000000000,
		SP_DECIMAL_MAX, INT64_MAX / 1000, INT64_MAX };
	unsigned long long state = 2463534242ULL;
	for (size_t i = 0; i < sizeof(edges) / sizeof(edges[0]) + 20000; i++) {
		int64_t value = i < sizeof(edges) / sizeof(edges[0]) ? edges[i]
		                : (int64_t)((state ^= state << 13, state ^= state >> 7, state ^= state << 17) >> (i % 60 + 4));
		char text[32];
		snprintf(text, sizeof(text), "%lld", (long long)value); /* an integer, as saving prints it */
		check_model_number(text);
		if (value <= SP_DECIMAL_MAX) { /* a decimal (thousandths), as saving prints it */
			sp_decimal_format(text, sizeof(text), value);
			check_model_number(text);
		}
	}
}
END_TEST

static const char *const numbers[] = {
	"0", "-1", "7", "123456789012345678", "-9223372036854775808", "9223372036854775807", "999999999999999999",
	"0.1", "0.5", "-0.5", "0.15", "0.001", "1000000", "999999.999", "12345.678", "0.30000000000000004",
	"0.0001", "0.00012345", "0.00001", "0.000012345", "-0.0001", "-0.00001",
	"123456789012345.6", "12345678901234.5", "1234567890123456.5", "0.123456789012345", "0.1234567890123456",
	"0.000123456789012345", "0.0001234567890123456", "99999999999999.95", "9.999999999999999",
	"0.10", "1.000", "0.0", "-0.0", "5.0", "100.0", "1e5", "1E+2", "1e-7", "1.5e21", "2.5e-300", "1e300",
	"1e15", "1e16", "1e-320", "3.141592653589793238", "0.5e1", "-1.25E-3",
};

START_TEST(numbers_as_given)
{
	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++)
		check_number(numbers[i]);
}
END_TEST

/* Decimals of every shape (a sign, 0 to 17 whole digits, 1 to 18 places with leading zeros, an
 * exponent), from a fixed seed. */
START_TEST(generated_numbers_as_given)
{
	unsigned long long state = 88172645463325252ULL;
#define NEXT() (state ^= state << 13, state ^= state >> 7, state ^= state << 17, state)
	for (int i = 0; i < 20000; i++) {
		char text[64];
		size_t n = 0;
		if (NEXT() % 4 == 0)
			text[n++] = '-';
		unsigned whole = (unsigned)(NEXT() % 18);
		if (whole == 0 || NEXT() % 3 == 0) {
			text[n++] = '0';
		} else {
			text[n++] = (char)('1' + NEXT() % 9);
			for (unsigned k = 1; k < whole; k++)
				text[n++] = (char)('0' + NEXT() % 10);
		}
		unsigned shape = (unsigned)(NEXT() % 3);
		if (shape) {
			unsigned places = 1 + (unsigned)(NEXT() % 18), zeros = NEXT() % 2 ? (unsigned)(NEXT() % 6) : 0;
			text[n++] = '.';
			for (unsigned k = 0; k < places; k++)
				text[n++] = k < zeros ? '0' : (char)('0' + NEXT() % 10);
		}
		if (shape == 2 && NEXT() % 2) {
			text[n++] = 'e';
			if (NEXT() % 2)
				text[n++] = NEXT() % 2 ? '+' : '-';
			text[n++] = (char)('0' + NEXT() % 10);
			text[n++] = (char)('0' + NEXT() % 10);
		}
		text[n] = '\0';
		check_number(text);
	}
#undef NEXT
}
END_TEST

START_TEST(texts_as_jansson_writes_them)
{
	char controls[40];
	size_t n = 0;
	for (int c = 1; c < 0x20; c++)
		controls[n++] = (char)c;
	controls[n] = '\0';
	static const char *const texts[] = { "", "a", "\"", "\\", "/", "\x7f", "\"\\\"\\", "C:\\dir\\file",
		"\xe2\x80\xa8\xe2\x80\xa9", "\xf0\x9f\x98\x80", "åäö ÅÄÖ é", "tab\there\r\n", "\x1f\x01 end" };
	for (size_t i = 0; i <= sizeof(texts) / sizeof(texts[0]); i++) {
		const char *text = i < sizeof(texts) / sizeof(texts[0]) ? texts[i] : controls;
		char *expected = dumped(json_string(text)), *ours = written(write_string, text);
		ck_assert_msg(strcmp(ours, expected) == 0, "text %zu: we write\n%sjansson\n%s", i, ours, expected);
		free(expected);
		free(ours);
	}
}
END_TEST

START_TEST(the_same_with_a_decimal_comma)
{
	ck_assert_msg(setlocale(LC_NUMERIC, "sv_SE.UTF-8"), "no sv_SE.UTF-8 locale: run .ci/setup");
	ck_assert_str_eq(localeconv()->decimal_point, ",");
	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++)
		check_number(numbers[i]);
	setlocale(LC_NUMERIC, "C");
}
END_TEST

/* Containers (empty ones, nesting, members after containers) as jansson writes them with `flags`,
 * indented with a final newline, or compact (for kept unknown keys) without one. */
static void check_containers(bool compact, size_t flags)
{
	sp_writer *w = sp__json_writer_new(compact);
	char *out = NULL;
	size_t len;
	sp_error err;
	ck_assert_int_eq(w->map_start(w), 0);
	ck_assert_int_eq(w->key(w, "a"), 0);
	ck_assert_int_eq(w->seq_start(w), 0);
	ck_assert_int_eq(w->seq_end(w), 0);
	ck_assert_int_eq(w->key(w, "b\n\""), 0);
	ck_assert_int_eq(w->map_start(w), 0);
	ck_assert_int_eq(w->map_end(w), 0);
	ck_assert_int_eq(w->key(w, "c"), 0);
	ck_assert_int_eq(w->seq_start(w), 0);
	ck_assert_int_eq(w->seq_start(w), 0);
	ck_assert_int_eq(w->seq_end(w), 0);
	ck_assert_int_eq(w->map_start(w), 0);
	ck_assert_int_eq(w->key(w, "d"), 0);
	ck_assert_int_eq(w->null(w), 0);
	ck_assert_int_eq(w->key(w, "e"), 0);
	ck_assert_int_eq(w->boolean(w, true), 0);
	ck_assert_int_eq(w->map_end(w), 0);
	ck_assert_int_eq(w->boolean(w, false), 0);
	ck_assert_int_eq(w->seq_end(w), 0);
	ck_assert_int_eq(w->key(w, "f"), 0);
	ck_assert_int_eq(w->number(w, "1"), 0);
	ck_assert_int_eq(w->map_end(w), 0);
	ck_assert_int_eq(w->finish(w, &out, &len, &err), 0);
	w->free(w);
	json_t *tree = json_pack("{s:[], s:{}, s:[[], {s:n, s:b}, b], s:i}", "a", "b\n\"", "c", "d", "e", 1, 0, "f", 1);
	ck_assert_ptr_nonnull(tree);
	char *expected = json_dumps(tree, flags);
	size_t n = strlen(expected);
	ck_assert_msg(len == n + !compact && memcmp(out, expected, n) == 0 && (compact || out[n] == '\n'),
	              "we write\n%s\njansson\n%s\n", out, expected);
	json_decref(tree);
	free(expected);
	free(out);
}

START_TEST(containers_as_jansson_writes_them)
{
	check_containers(false, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
}
END_TEST

START_TEST(compact_as_jansson_writes_it)
{
	check_containers(true, JSON_COMPACT);
}
END_TEST

START_TEST(what_is_no_number_is_refused)
{
	static const char *const texts[] = { "", "-", "01", "1.", ".5", "1e", "+1", "0x10", "NaN", "1 ", "1,5" };
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		sp_writer *w = sp__json_writer_new(false);
		ck_assert_int_eq(w->seq_start(w), 0);
		ck_assert_msg(w->number(w, texts[i]) == SP_EVALUE, "'%s' written as a number", texts[i]);
		w->free(w);
	}
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("json_writer");
	TCase *tc = tcase_create("json_writer");
	tcase_add_test(tc, model_numbers_as_jansson_writes_them);
	tcase_add_test(tc, numbers_as_given);
	tcase_add_test(tc, generated_numbers_as_given);
	tcase_add_test(tc, what_is_no_number_is_refused);
	tcase_add_test(tc, compact_as_jansson_writes_it);
	tcase_add_test(tc, texts_as_jansson_writes_them);
	tcase_add_test(tc, the_same_with_a_decimal_comma);
	tcase_add_test(tc, containers_as_jansson_writes_them);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
