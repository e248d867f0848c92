/* The messages a person reads: cut on character boundaries, without the report's values. */
#include "support.h"

/* Whether `s` is well-formed UTF-8 (what JSON output and a terminal need). */
static int is_utf8(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	while (*u) {
		size_t extra = *u < 0x80 ? 0 : (*u & 0xE0) == 0xC0 ? 1 : (*u & 0xF0) == 0xE0 ? 2 : (*u & 0xF8) == 0xF0 ? 3 : 9;
		if (extra == 9)
			return 0;
		for (size_t k = 1; k <= extra; k++)
			if ((u[k] & 0xC0) != 0x80)
				return 0;
		u += extra + 1;
	}
	return 1;
}

START_TEST(source_name_cut_on_characters)
{
	/* "xy" and 149 "ö": a cut at 255 bytes falls inside a character. */
	char name[302] = "xy";
	for (size_t i = 2; i + 2 < sizeof(name); i += 2)
		memcpy(name + i, "\xC3\xB6", 2);
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.source_name = name;
	sp_report *report;
	sp_error err;
	const char *text = "format: serviceprogram/1\nregion: [1]\n";
	ck_assert_int_eq(sp_report_load_buffer(&report, text, strlen(text), &opts, &err), SP_ETYPE);
	ck_assert_msg(is_utf8(err.source), "the source name is cut inside a character");
	ck_assert_uint_gt(strlen(err.source), 250);
	char formatted[600];
	sp_error_format(formatted, sizeof(formatted), &err);
	ck_assert(is_utf8(formatted));
	/* A buffer too small for the text: cut, still whole characters. */
	sp_error_format(formatted, 20, &err);
	ck_assert(is_utf8(formatted));
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("messages");
	TCase *tc = tcase_create("text");
	tcase_add_test(tc, source_name_cut_on_characters);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
