/*
 * Outputs understood from their text: every row of tests/outputs/phrases.tsv
 * read by sp_output_text_read(), then filling outputs' fields from their
 * text, which never overwrites a figure that is there.
 */
#include "support.h"

#define MAX_PHRASES 512

typedef struct phrase {
	int line;
	char *text;
	char *want[3]; /* support type token, count, amount; or want[0] "!CODE" */
} phrase;

static phrase phrases[MAX_PHRASES];
static int phrase_count;

static void load_phrases(void)
{
	FILE *f = fopen(data_path("SP_OUTPUT_PHRASES", "phrases.tsv"), "r");
	if (!f) {
		fprintf(stderr, "cannot open phrases.tsv (SP_OUTPUT_PHRASES)\n");
		exit(EXIT_FAILURE);
	}
	char row[4096];
	for (int line = 1; fgets(row, sizeof(row), f); line++) {
		row[strcspn(row, "\n")] = '\0';
		if (row[0] == '#')
			continue;
		if (phrase_count == MAX_PHRASES) {
			fprintf(stderr, "phrases.tsv: more than %d rows\n", MAX_PHRASES);
			exit(EXIT_FAILURE);
		}
		phrase *p = &phrases[phrase_count++];
		p->line = line;
		char *fields[4] = { row, NULL, NULL, NULL };
		int n = 1;
		for (char *tab; n < 4 && (tab = strchr(fields[n - 1], '\t'));)
			*tab = '\0', fields[n++] = tab + 1;
		if (!(n == 2 && fields[1][0] == '!') && n != 4) {
			fprintf(stderr, "phrases.tsv:%d: expected 2 or 4 tab-separated columns\n", line);
			exit(EXIT_FAILURE);
		}
		p->text = strdup(fields[0]);
		for (int k = 0; k < 3; k++)
			p->want[k] = k + 1 < n ? strdup(fields[k + 1]) : NULL;
	}
	fclose(f);
}

static void assert_number(int64_t got, const char *want, const phrase *p, const char *what)
{
	int64_t expected = strcmp(want, "-") == 0 ? -1 : strtoll(want, NULL, 10);
	ck_assert_msg(got == expected, "phrases.tsv:%d: %s: expected %s, got %lld", p->line, what, want,
	              (long long)got);
}

START_TEST(phrase_reads_as_expected)
{
	const phrase *p = &phrases[_i];
	sp_output_reading r;
	sp_error err;
	memset(&err, 0, sizeof(err));
	int rc = sp_output_text_read(&r, p->text, &err);
	if (p->want[0][0] == '!') {
		ck_assert_msg(strcmp(sp_error_code_name(rc), p->want[0] + 1) == 0,
		              "phrases.tsv:%d: expected %s, got %s (%s)", p->line, p->want[0] + 1,
		              sp_error_code_name(rc), err.message);
		ck_assert_msg(err.code == rc && err.message[0], "phrases.tsv:%d: no error message", p->line);
		ck_assert(r.support_type == SP_SUPPORT_UNSET && r.count == -1 && r.amount_sek == -1);
		return;
	}
	ck_assert_msg(rc == 0, "phrases.tsv:%d: expected a reading, got %s: %s", p->line, sp_error_code_name(rc),
	              err.message);
	const char *type = r.support_type ? sp_enum_token(SP_ENUM_SUPPORT_TYPE, (int)r.support_type) : "-";
	ck_assert_msg(strcmp(type, p->want[0]) == 0, "phrases.tsv:%d: support type: expected %s, got %s", p->line,
	              p->want[0], type);
	assert_number(r.count, p->want[1], p, "count");
	assert_number(r.amount_sek, p->want[2], p, "amount");
}
END_TEST

START_TEST(the_table_is_large_enough)
{
	ck_assert_msg(phrase_count >= 60, "the issue asks for at least 60 phrasings, the table has %d", phrase_count);
}
END_TEST

START_TEST(bad_arguments)
{
	sp_output_reading r;
	sp_error err;
	ck_assert_int_eq(sp_output_text_read(NULL, "Servicebidrag 5 st", &err), SP_EINVAL);
	ck_assert_int_eq(sp_output_text_read(&r, NULL, &err), SP_EINVAL);
	ck_assert_int_eq(err.code, SP_EINVAL);
	ck_assert_int_eq(sp_output_fill_from_text(NULL, NULL, NULL), SP_EINVAL);
	ck_assert_int_eq(sp_report_fill_outputs(NULL, NULL, NULL), SP_EINVAL);
}
END_TEST

START_TEST(a_long_text_is_read_whole)
{
	char text[4096];
	memset(text, 'x', sizeof(text));
	memcpy(text, "Servicebidrag ", 14);
	memcpy(text + 3000, " 7 st ", 6);
	text[sizeof(text) - 1] = '\0';
	sp_output_reading r;
	ck_assert_int_eq(sp_output_text_read(&r, text, NULL), 0);
	ck_assert_int_eq(r.support_type, SP_SUPPORT_SERVICE_GRANT);
	ck_assert_int_eq(r.count, 7);
}
END_TEST

START_TEST(invalid_utf8_is_read_around)
{
	sp_output_reading r;
	ck_assert_int_eq(sp_output_text_read(&r, "Servicebidrag \xff 5 st", NULL), 0);
	ck_assert_int_eq(r.support_type, SP_SUPPORT_SERVICE_GRANT);
	ck_assert_int_eq(r.count, 5);
}
END_TEST

/* A report with one intervention whose outputs have the given texts. */
static sp_report *report_with_outputs(const char *const *texts, size_t n, sp_intervention **iv)
{
	sp_report *report;
	sp_priority_area *area;
	ck_assert_int_eq(sp_report_new(&report, "Gotland", 2024, NULL), 0);
	ck_assert_int_eq(sp_report_add_priority_area(&area, report, NULL), 0);
	ck_assert_int_eq(sp_priority_area_set_number(area, 1, NULL), 0);
	ck_assert_int_eq(sp_priority_area_add_intervention(iv, area, NULL), 0);
	ck_assert_int_eq(sp_intervention_set_name(*iv, "Stöd", NULL), 0);
	for (size_t k = 0; k < n; k++) {
		sp_output *o;
		ck_assert_int_eq(sp_intervention_add_output(&o, *iv, NULL), 0);
		ck_assert_int_eq(sp_output_set_text(o, texts[k], NULL), 0);
	}
	return report;
}

START_TEST(fill_fills_only_what_is_absent_and_agrees)
{
	const char *texts[] = {
		"Hemsändning 8 st 1 537 062 kr", /* all absent: filled */
		"Servicebidrag 7st 1 007 710 kr", /* count set and agreeing: the rest filled */
		"Investeringsbidrag 12 st, 3 482 980 kr", /* amount disagrees: left alone */
		"Servicebidrag 5 st och hemsändning 3 st", /* cannot be read: left alone */
		"Invigning av två SOT-punkter", /* no figures */
	};
	sp_intervention *iv;
	sp_report *report = report_with_outputs(texts, 5, &iv);
	ck_assert_int_eq(sp_output_set_count(sp_intervention_output_mut(iv, 1), 7, NULL), 0);
	ck_assert_int_eq(sp_output_set_amount_sek(sp_intervention_output_mut(iv, 2), 3482000, NULL), 0);

	size_t filled = 99;
	ck_assert_int_eq(sp_report_fill_outputs(&filled, report, NULL), 0);
	ck_assert_uint_eq(filled, 2);

	const sp_output *o = sp_intervention_output(iv, 0);
	ck_assert_int_eq(sp_output_support_type(o), SP_SUPPORT_HOME_DELIVERY_GRANT);
	ck_assert_int_eq(sp_output_count(o), 8);
	ck_assert_int_eq(sp_output_amount_sek(o), 1537062);
	o = sp_intervention_output(iv, 1);
	ck_assert_int_eq(sp_output_support_type(o), SP_SUPPORT_SERVICE_GRANT);
	ck_assert_int_eq(sp_output_amount_sek(o), 1007710);
	o = sp_intervention_output(iv, 2);
	ck_assert_int_eq(sp_output_support_type(o), SP_SUPPORT_UNSET);
	ck_assert_int_eq(sp_output_count(o), -1);
	ck_assert_int_eq(sp_output_amount_sek(o), 3482000);
	for (size_t k = 3; k < 5; k++) {
		o = sp_intervention_output(iv, k);
		ck_assert(sp_output_support_type(o) == SP_SUPPORT_UNSET && sp_output_count(o) == -1 &&
		          sp_output_amount_sek(o) == -1);
	}

	/* A second pass finds nothing more to fill. */
	ck_assert_int_eq(sp_report_fill_outputs(&filled, report, NULL), 0);
	ck_assert_uint_eq(filled, 0);
	sp_report_free(report);
}
END_TEST

START_TEST(fill_keeps_a_different_support_type)
{
	const char *texts[] = { "Servicebidrag 7 st" };
	sp_intervention *iv;
	sp_report *report = report_with_outputs(texts, 1, &iv);
	sp_output *o = sp_intervention_output_mut(iv, 0);
	ck_assert_int_eq(sp_output_set_support_type(o, SP_SUPPORT_OTHER, NULL), 0);
	int filled = -1;
	ck_assert_int_eq(sp_output_fill_from_text(&filled, o, NULL), 0);
	ck_assert_int_eq(filled, 0);
	ck_assert_int_eq(sp_output_count(o), -1);
	sp_report_free(report);
}
END_TEST

START_TEST(compare_tells_each_case)
{
	const char *texts[] = {
		"Invigning av två SOT-punkter",
		"Servicebidrag 7 st",
		"Servicebidrag 7 st 100 000 kr",
		"Servicebidrag 7 st",
		"Servicebidrag 5 st och hemsändning 3 st",
	};
	sp_intervention *iv;
	sp_report *report = report_with_outputs(texts, 5, &iv);
	ck_assert_int_eq(sp_output_set_support_type(sp_intervention_output_mut(iv, 1), SP_SUPPORT_SERVICE_GRANT, NULL), 0);
	ck_assert_int_eq(sp_output_set_count(sp_intervention_output_mut(iv, 1), 7, NULL), 0);
	ck_assert_int_eq(sp_output_set_count(sp_intervention_output_mut(iv, 2), 7, NULL), 0);
	ck_assert_int_eq(sp_output_set_count(sp_intervention_output_mut(iv, 3), 8, NULL), 0);
	static const sp_output_text_match want[] = { SP_OUTPUT_TEXT_NO_FIGURES, SP_OUTPUT_TEXT_AGREES,
		SP_OUTPUT_TEXT_FIELDS_LACK, SP_OUTPUT_TEXT_DISAGREES, SP_OUTPUT_TEXT_UNCLEAR };
	for (size_t k = 0; k < 5; k++) {
		sp_output_reading r;
		sp_output_text_match match;
		ck_assert_int_eq(sp_output_text_compare(&match, &r, sp_intervention_output(iv, k), NULL), 0);
		ck_assert_int_eq(match, want[k]);
		ck_assert_int_eq(r.count, k == 0 || k == 4 ? -1 : 7);
	}
	sp_output_text_match match;
	ck_assert_int_eq(sp_output_text_compare(&match, NULL, NULL, NULL), SP_EINVAL);
	ck_assert_int_eq(sp_output_text_compare(NULL, NULL, sp_intervention_output(iv, 0), NULL), SP_EINVAL);
	sp_report_free(report);
}
END_TEST

/* The seed's outputs, once filled, give the figures the seed's form gives. */
START_TEST(the_seed_reads_the_same_from_its_texts)
{
	sp_report *report = load_example(EXAMPLE_YAML);
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		const sp_priority_area *area = sp_report_priority_area(report, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			const sp_intervention *iv = sp_priority_area_intervention(area, i);
			for (size_t k = 0; k < sp_intervention_output_count(iv); k++) {
				const sp_output *o = sp_intervention_output(iv, k);
				if (sp_output_support_type(o) == SP_SUPPORT_UNSET)
					continue;
				sp_output_reading r;
				ck_assert_int_eq(sp_output_text_read(&r, sp_output_text(o), NULL), 0);
				ck_assert_int_eq(r.support_type, sp_output_support_type(o));
				ck_assert_int_eq(r.count, sp_output_count(o));
				ck_assert_int_eq(r.amount_sek, sp_output_amount_sek(o));
			}
		}
	}
	sp_report_free(report);
}
END_TEST

int main(void)
{
	load_phrases();
	Suite *suite = suite_create("outputs");
	TCase *tc = tcase_create("reading");
	tcase_add_loop_test(tc, phrase_reads_as_expected, 0, phrase_count);
	tcase_add_test(tc, the_table_is_large_enough);
	tcase_add_test(tc, bad_arguments);
	tcase_add_test(tc, invalid_utf8_is_read_around);
	tcase_add_test(tc, a_long_text_is_read_whole);
	suite_add_tcase(suite, tc);
	tc = tcase_create("filling");
	tcase_add_test(tc, fill_fills_only_what_is_absent_and_agrees);
	tcase_add_test(tc, fill_keeps_a_different_support_type);
	tcase_add_test(tc, compare_tells_each_case);
	tcase_add_test(tc, the_seed_reads_the_same_from_its_texts);
	suite_add_tcase(suite, tc);
	int status = run_suite(suite);
	for (int i = 0; i < phrase_count; i++) {
		free(phrases[i].text);
		for (int k = 0; k < 3; k++)
			free(phrases[i].want[k]);
	}
	return status;
}
