/* Decimals, counts and amounts as people write them, and back. */
#include <locale.h>

#include "support.h"

static int64_t decimal(const char *text)
{
	int64_t value = -1;
	sp_error err;
	ck_assert_msg(sp_decimal_parse(&value, text, &err) == 0, "'%s': %s", text, err.message);
	return value;
}

static int decimal_fails(const char *text)
{
	int64_t value = 12345;
	sp_error err;
	int rc = sp_decimal_parse(&value, text, &err);
	ck_assert_int_eq(value, 12345); /* left alone on failure */
	return rc;
}

static int64_t integer(const char *text)
{
	int64_t value = -1;
	sp_error err;
	ck_assert_msg(sp_integer_parse(&value, text, &err) == 0, "'%s': %s", text, err.message);
	return value;
}

static int integer_fails(const char *text)
{
	int64_t value = 0;
	sp_error err;
	return sp_integer_parse(&value, text, &err);
}

START_TEST(decimals_in_both_notations)
{
	ck_assert_int_eq(decimal("0.15"), 150);
	ck_assert_int_eq(decimal("0,15"), 150);
	ck_assert_int_eq(decimal("1"), 1000);
	ck_assert_int_eq(decimal("1.0"), 1000);
	ck_assert_int_eq(decimal(" 0,5 "), 500);
	ck_assert_int_eq(decimal("12.345"), 12345);
	ck_assert_int_eq(decimal("1 000,5"), 1000500);
	ck_assert_int_eq(decimal("1000000"), SP_DECIMAL_MAX);
}
END_TEST

START_TEST(decimals_rejected)
{
	ck_assert_int_eq(decimal_fails("0.1234"), SP_EVALUE);
	ck_assert_int_eq(decimal_fails("-0.5"), SP_ERANGE);
	ck_assert_int_eq(decimal_fails("1000000.001"), SP_ERANGE);
	ck_assert_int_eq(decimal_fails("1e-1"), SP_EVALUE);
	ck_assert_int_eq(decimal_fails("0."), SP_EVALUE);
	ck_assert_int_eq(decimal_fails(""), SP_EVALUE);
	ck_assert_int_eq(decimal_fails("abc"), SP_EVALUE);
	ck_assert_int_eq(decimal_fails("+1"), SP_EVALUE);
	ck_assert_int_eq(decimal_fails("0.1.2"), SP_EVALUE);
}
END_TEST

START_TEST(sums_of_decimals_are_exact)
{
	/* In binary floating point 0.1 + 0.2 + 0.3 is not 0.6. */
	int64_t sum = decimal("0.1") + decimal("0.2") + decimal("0.3");
	char text[32];
	sp_decimal_format(text, sizeof(text), sum);
	ck_assert_str_eq(text, "0.6");
}
END_TEST

START_TEST(decimals_formatted_shortest)
{
	static const struct { int64_t value; const char *text; } cases[] = {
		{ 0, "0" }, { 150, "0.15" }, { 1000, "1" }, { 1500, "1.5" }, { 12345, "12.345" },
		{ 50, "0.05" }, { 1, "0.001" }, { SP_DECIMAL_MAX, "1000000" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char text[32];
		int n = sp_decimal_format(text, sizeof(text), cases[i].value);
		ck_assert_str_eq(text, cases[i].text);
		ck_assert_int_eq(n, (int)strlen(cases[i].text));
	}
}
END_TEST

START_TEST(formatting_ignores_the_locale)
{
	/* LibreOffice runs with decimal-comma locales; files must not change. */
	ck_assert_msg(setlocale(LC_NUMERIC, "sv_SE.UTF-8"), "no sv_SE.UTF-8 locale: run .ci/setup");
	ck_assert_str_eq(localeconv()->decimal_point, ",");
	char text[32];
	sp_decimal_format(text, sizeof(text), 150);
	ck_assert_str_eq(text, "0.15");
	ck_assert_int_eq(decimal("0.15"), 150);
	sp_report *report = load_example(EXAMPLE_YAML);
	char *json = save_text(report, SP_SYNTAX_JSON);
	ck_assert_ptr_nonnull(strstr(json, "\"fte\": 0.15"));
	sp_free(json);
	sp_report_free(report);
	setlocale(LC_NUMERIC, "C");
}
END_TEST

START_TEST(swedish_amounts)
{
	ck_assert_int_eq(integer("1 537 062 kr"), 1537062);
	ck_assert_int_eq(integer("1\xC2\xA0" "537\xC2\xA0" "062 kr"), 1537062); /* no-break spaces */
	ck_assert_int_eq(integer("1537062kr"), 1537062);
	ck_assert_int_eq(integer("8 st"), 8);
	ck_assert_int_eq(integer("0"), 0);
	ck_assert_int_eq(integer("9223372036854775807"), INT64_MAX);
}
END_TEST

START_TEST(amounts_rejected)
{
	ck_assert_int_eq(integer_fails("9223372036854775808"), SP_ERANGE);
	ck_assert_int_eq(integer_fails("99999999999999999999999"), SP_ERANGE);
	ck_assert_int_eq(integer_fails("-8"), SP_ERANGE);
	ck_assert_int_eq(integer_fails("8.5"), SP_EVALUE);
	ck_assert_int_eq(integer_fails("1 537 062 euro"), SP_EVALUE);
	ck_assert_int_eq(integer_fails("kr"), SP_EVALUE);
	ck_assert_int_eq(integer_fails(" 1  2"), SP_EVALUE);
	ck_assert_int_eq(sp_integer_parse(NULL, "1", NULL), SP_EINVAL);
}
END_TEST

/* The format's own checks of dates and county codes, as loading applies them. */
START_TEST(dates_and_county_codes)
{
	static const struct { const char *text; int32_t value; } dates[] = {
		{ "2024-02-29", 20240229 }, { "2023-07", 20230700 }, { "2000-02-29", 20000229 }, { "1999-12-31", 19991231 },
	};
	static const char *const bad_dates[] = {
		"2023-02-29", "1900-02-29", "2023-13", "2023-00", "2023-04-31", "2023-7", "2023-07-1", "23-07-01",
		"2023/07/01", "2023-07-01 ", "", "2023-07-00", "2023-07-0a",
	};
	sp_error err;
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		int32_t value = -1;
		ck_assert_int_eq(sp_date_parse(&value, dates[i].text, &err), 0);
		ck_assert_int_eq(value, dates[i].value);
		ck_assert_int_eq(sp_date_parse(NULL, dates[i].text, NULL), 0);
	}
	for (size_t i = 0; i < sizeof(bad_dates) / sizeof(bad_dates[0]); i++) {
		int32_t value = -1;
		ck_assert_msg(sp_date_parse(&value, bad_dates[i], &err) == SP_EVALUE, "'%s' was taken", bad_dates[i]);
		ck_assert_int_eq(value, -1);
		ck_assert_str_eq(err.message, "expected a date as YYYY-MM-DD or YYYY-MM");
	}
	ck_assert_int_eq(sp_date_parse(NULL, NULL, &err), SP_EINVAL);

	int code = 0;
	ck_assert_int_eq(sp_county_code_parse(&code, "01", &err), 0);
	ck_assert_int_eq(code, 1);
	ck_assert_int_eq(sp_county_code_parse(&code, "25", &err), 0);
	ck_assert_int_eq(code, 25);
	static const char *const bad_codes[] = { "00", "26", "1", "023", "2a", "", " 23" };
	for (size_t i = 0; i < sizeof(bad_codes) / sizeof(bad_codes[0]); i++) {
		ck_assert_msg(sp_county_code_parse(&code, bad_codes[i], &err) == SP_EVALUE, "'%s' was taken", bad_codes[i]);
		ck_assert_int_eq(code, 25);
	}
	ck_assert_int_eq(sp_county_code_parse(NULL, NULL, NULL), SP_EINVAL);
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("numbers");
	TCase *tc = tcase_create("numbers");
	tcase_add_test(tc, decimals_in_both_notations);
	tcase_add_test(tc, decimals_rejected);
	tcase_add_test(tc, dates_and_county_codes);
	tcase_add_test(tc, sums_of_decimals_are_exact);
	tcase_add_test(tc, decimals_formatted_shortest);
	tcase_add_test(tc, formatting_ignores_the_locale);
	tcase_add_test(tc, swedish_amounts);
	tcase_add_test(tc, amounts_rejected);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
