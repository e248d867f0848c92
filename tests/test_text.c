/* The library's text comparison, built in from lib/text.c: case folding beyond Latin-1, NFC
 * composition of accented letters, edit distance, and cutting a message on a character boundary. */
#include "support.h"
#include "internal.h"

#define EQUAL(a, b) sp__text_equal_folded(a, strlen(a), b)

START_TEST(case_folding)
{
	ck_assert(EQUAL("ÅÄÖÉ", "åäöé"));
	ck_assert(EQUAL("ŁUKASZ ŻÓŁW", "łukasz żółw"));     /* Latin Extended-A, odd and even pairs */
	ck_assert(EQUAL("ĹŇŹŽ", "ĺňźž"));
	ck_assert(EQUAL("ΑΒΓΔ", "αβγδ"));
	ck_assert(EQUAL("ΟΔΟΣ", "οδος"));
	ck_assert(EQUAL("οδος", "οδος"));
	ck_assert(EQUAL("ЁЛКА МОСКВА", "ёлка москва"));      /* Cyrillic, both ranges */
	ck_assert(EQUAL("×", "÷") == false);                  /* Latin-1 signs are not letters */
	ck_assert(EQUAL("ab", "abc") == false);
	ck_assert(EQUAL("\xFF", "\xFF") == false);           /* not UTF-8: equal to nothing */
}
END_TEST

START_TEST(composition)
{
	ck_assert(EQUAL("A\xCC\x8A" "A\xCC\x88O\xCC\x88" "E\xCC\x81", "åäöé"));
	ck_assert(EQUAL("n\xCC\x83", "ñ"));
	ck_assert(EQUAL("c\xCC\xA7", "Ç"));
	ck_assert(EQUAL("u\xCC\x88", "ü"));
	ck_assert(EQUAL("o\xCC\x88", "o") == false);
	ck_assert(EQUAL("x\xCC\x88", "x") == false);          /* no composed x with diaeresis: stays two */
}
END_TEST

START_TEST(distance)
{
	ck_assert_uint_eq(sp__text_distance_folded("Fortsatter", 10, "Fortsätter"), 1);
	ck_assert_uint_eq(sp__text_distance_folded("FORTSA\xCC\x88TTER", 12, "Fortsätter"), 0);
	ck_assert_uint_eq(sp__text_distance_folded("", 0, "Klar"), 4);
	ck_assert_uint_eq(sp__text_distance_folded("kalr", 4, "Klar"), 2);
	ck_assert_uint_eq(sp__text_distance_folded("\xFF", 1, "Klar"), SIZE_MAX);
	char long_text[80];
	memset(long_text, 'a', sizeof(long_text));
	ck_assert_uint_eq(sp__text_distance_folded(long_text, sizeof(long_text), "Klar"), SIZE_MAX);
	ck_assert_uint_eq(sp__text_length("Ökar", strlen("Ökar")), 4);
}
END_TEST

START_TEST(trim_cut)
{
	char text[] = "ab\xC3\xB6\xE2\x82"; /* "abö" and the first two bytes of "€" */
	sp__utf8_trim_cut(text);
	ck_assert_str_eq(text, "ab\xC3\xB6");
	sp__utf8_trim_cut(text); /* whole: unchanged */
	ck_assert_str_eq(text, "ab\xC3\xB6");
	char lone[] = "\xC3";
	sp__utf8_trim_cut(lone);
	ck_assert_str_eq(lone, "");
	char empty[] = "";
	sp__utf8_trim_cut(empty);
	ck_assert_str_eq(empty, "");
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("text");
	TCase *tc = tcase_create("text");
	tcase_add_test(tc, case_folding);
	tcase_add_test(tc, composition);
	tcase_add_test(tc, distance);
	tcase_add_test(tc, trim_cut);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
