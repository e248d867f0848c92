/* The messages a person reads: in the language asked for, cut on character boundaries, without the
 * report's values; the suggestions for misspelt values. */
#include "support.h"

/* A document with a misspelt key (line 4) and, once that is fixed, nothing a loader refuses. */
static const char misspelt[] = "format: serviceprogram/1\nregion: {name: G}\nyear: 2023\nyaer: 1\n";

static int load_in(sp_language language, unsigned version, sp_error *err)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.version = version;
	opts.language = language;
	sp_report *report;
	int rc = sp_report_load_buffer(&report, misspelt, sizeof(misspelt) - 1, &opts, err);
	if (!rc)
		sp_report_free(report);
	return rc;
}

/* Sets the locale variables gettext reads; NULL unsets one. */
static void environment(const char *lc_all, const char *lc_messages, const char *lang, const char *language)
{
	const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE" };
	const char *values[] = { lc_all, lc_messages, lang, language };
	for (size_t i = 0; i < 4; i++) {
		if (values[i])
			setenv(names[i], values[i], 1);
		else
			unsetenv(names[i]);
	}
}

START_TEST(load_errors_in_the_language_of_the_call)
{
	sp_error en, sv;
	environment(NULL, NULL, "sv_SE.UTF-8", NULL); /* the process's language is not the call's */
	ck_assert_int_eq(load_in(SP_LANGUAGE_EN, SP_LOAD_OPTIONS_VERSION, &en), SP_EUNKNOWNKEY);
	environment(NULL, NULL, "C.UTF-8", NULL);
	ck_assert_int_eq(load_in(SP_LANGUAGE_SV, SP_LOAD_OPTIONS_VERSION, &sv), SP_EUNKNOWNKEY);
	ck_assert_str_eq(en.message, "unknown key 'yaer' in report; did you mean 'year'?");
	ck_assert_str_eq(sv.message, "okänd nyckel 'yaer' i ”Uppföljning av regionalt serviceprogram” (report); menade du 'year'?");
	/* Everything but the words is the same. */
	ck_assert_int_eq(en.code, sv.code);
	ck_assert_uint_eq(en.line, sv.line);
	ck_assert_uint_eq(en.column, sv.column);
	ck_assert_str_eq(en.path, sv.path);
	/* Options of version 1 have no language: the field is not read, the locale decides. */
	environment(NULL, NULL, "sv_SE.UTF-8", NULL);
	ck_assert_int_eq(load_in((sp_language)99, 1, &sv), SP_EUNKNOWNKEY);
	ck_assert_str_eq(sv.message, "okänd nyckel 'yaer' i ”Uppföljning av regionalt serviceprogram” (report); menade du 'year'?");
	ck_assert_int_eq(load_in(SP_LANGUAGE_DEFAULT, SP_LOAD_OPTIONS_VERSION, &sv), SP_EUNKNOWNKEY);
	ck_assert_str_eq(sv.message, "okänd nyckel 'yaer' i ”Uppföljning av regionalt serviceprogram” (report); menade du 'year'?");
	/* A version this library does not know is refused before anything is read. */
	ck_assert_int_eq(load_in(SP_LANGUAGE_EN, SP_LOAD_OPTIONS_VERSION + 1, &en), SP_EINVAL);
	/* Errors of files that cannot be opened too. */
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.language = SP_LANGUAGE_EN;
	sp_report *report;
	ck_assert_int_eq(sp_report_load_file(&report, "/nonexistent/report.yaml", &opts, &en), SP_EIO);
	ck_assert_ptr_nonnull(strstr(en.message, "cannot open: "));
	opts.language = SP_LANGUAGE_SV;
	ck_assert_int_eq(sp_report_load_file(&report, "/nonexistent/report.yaml", &opts, &sv), SP_EIO);
	ck_assert_ptr_nonnull(strstr(sv.message, "kan inte öppna: "));
}
END_TEST

START_TEST(findings_in_the_language_of_the_call)
{
	environment(NULL, NULL, "C.UTF-8", NULL);
	sp_report *report = load_example(EXAMPLE_YAML);
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	opts.submission = 1;
	opts.today = 20240301;
	sp_diagnostics *en, *sv;
	opts.language = SP_LANGUAGE_EN;
	ck_assert_int_eq(sp_report_validate(&en, report, &opts, NULL), 0);
	opts.language = SP_LANGUAGE_SV;
	ck_assert_int_eq(sp_report_validate(&sv, report, &opts, NULL), 0);
	ck_assert_uint_gt(sp_diagnostics_count(en), 0);
	ck_assert_uint_eq(sp_diagnostics_count(en), sp_diagnostics_count(sv));
	for (size_t i = 0; i < sp_diagnostics_count(en); i++) {
		ck_assert_str_eq(sp_diagnostics_code(en, i), sp_diagnostics_code(sv, i)); /* stable codes */
		ck_assert_str_eq(sp_diagnostics_path(en, i), sp_diagnostics_path(sv, i));
	}
	ck_assert_str_eq(sp_diagnostics_code(en, 0), "deadline-passed");
	ck_assert_str_eq(sp_diagnostics_message(en, 0), "the report was due on 2024-01-31 and is 30 days late");
	ck_assert_str_eq(sp_diagnostics_message(sv, 0), "rapporten skulle ha lämnats 2024-01-31 och är 30 dagar försenad");
	sp_diagnostics_free(en);
	sp_diagnostics_free(sv);
	sp_report_free(report);
}
END_TEST

START_TEST(default_language_as_gettext_chooses_it)
{
	struct { const char *lc_all, *lc_messages, *lang, *language; sp_language expected; } cases[] = {
		{ NULL, NULL, NULL, NULL, SP_LANGUAGE_EN },
		{ NULL, NULL, "sv_SE.UTF-8", NULL, SP_LANGUAGE_SV },
		{ NULL, NULL, "sv_FI", NULL, SP_LANGUAGE_SV },
		{ NULL, NULL, "en_GB.UTF-8", NULL, SP_LANGUAGE_EN },
		{ NULL, "sv_SE.UTF-8", "en_US.UTF-8", NULL, SP_LANGUAGE_SV },   /* LC_MESSAGES before LANG */
		{ "C", "sv_SE.UTF-8", "sv_SE.UTF-8", NULL, SP_LANGUAGE_EN },    /* LC_ALL before both */
		{ NULL, NULL, "en_US.UTF-8", "sv:en", SP_LANGUAGE_SV },         /* LANGUAGE first */
		{ NULL, NULL, "sv_SE.UTF-8", "en", SP_LANGUAGE_EN },
		{ NULL, NULL, "en_US.UTF-8", "de:sv_SE", SP_LANGUAGE_SV },      /* its first language we have */
		{ NULL, NULL, "sv_SE.UTF-8", "de", SP_LANGUAGE_EN },            /* none we have: the msgid */
		{ NULL, NULL, "C.UTF-8", "sv", SP_LANGUAGE_EN },                /* ignored under C */
		{ NULL, NULL, "POSIX", "sv", SP_LANGUAGE_EN },
		{ NULL, NULL, "svenska", NULL, SP_LANGUAGE_EN },                /* "sv" only as a language code */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		environment(cases[i].lc_all, cases[i].lc_messages, cases[i].lang, cases[i].language);
		ck_assert_msg(sp_language_default() == cases[i].expected, "case %zu", i);
	}
}
END_TEST

START_TEST(translate_from_the_catalogue)
{
	const char *english = "out of memory";
	ck_assert_str_eq(sp_translate(SP_LANGUAGE_SV, english), "minnet räcker inte");
	ck_assert_ptr_eq(sp_translate(SP_LANGUAGE_EN, english), english);
	const char *unknown = "not in the catalogue";
	ck_assert_ptr_eq(sp_translate(SP_LANGUAGE_SV, unknown), unknown);
	ck_assert_ptr_null(sp_translate(SP_LANGUAGE_SV, NULL));
	environment(NULL, NULL, "sv_SE.UTF-8", NULL);
	ck_assert_str_eq(sp_translate(SP_LANGUAGE_DEFAULT, english), "minnet räcker inte");
	/* sp_error_format's own word follows the locale. */
	sp_error err;
	ck_assert_int_eq(load_in(SP_LANGUAGE_SV, SP_LOAD_OPTIONS_VERSION, &err), SP_EUNKNOWNKEY);
	char text[600];
	sp_error_format(text, sizeof(text), &err);
	ck_assert_str_eq(text, "<buffer>:4:1: fel: okänd nyckel 'yaer' i ”Uppföljning av regionalt serviceprogram” (report); menade du 'year'?");
	environment(NULL, NULL, "C.UTF-8", NULL);
	sp_error_format(text, sizeof(text), &err);
	ck_assert_str_eq(text, "<buffer>:4:1: error: okänd nyckel 'yaer' i ”Uppföljning av regionalt serviceprogram” (report); menade du 'year'?");
}
END_TEST

START_TEST(labels_in_any_case_and_composition)
{
	/* "Ökar" with its Ö as O and a combining diaeresis, in capitals and not. */
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, "O\xCC\x88kar"), SP_TREND_INCREASE);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, "O\xCC\x88KAR"), SP_TREND_INCREASE);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, "o\xCC\x88kar"), SP_TREND_INCREASE);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, "\xC3\x96KAR"), SP_TREND_INCREASE);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, " OFO\xCC\x88RA\xCC\x88NDRAD "), SP_TREND_UNCHANGED);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_STAFFING_AREA, "STO\xCC\x88" "DHANDLA\xCC\x88GGNING"),
	                 SP_AREA_CASE_HANDLING);
	/* A mark that composes with nothing stays: not a label. */
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, "O\xCC\x88\xCC\x88kar"), 0);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, "Okar"), 0);
}
END_TEST

START_TEST(suggestions_for_misspelt_values)
{
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_STATUS, "Fortsatter"), SP_STATUS_CONTINUING);
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_STATUS, "continung"), SP_STATUS_CONTINUING);
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_TREND, "okar"), SP_TREND_INCREASE);
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_TREND, "Oforandrad"), SP_TREND_UNCHANGED);
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_SUPPORT_TYPE, "Hemsandningsbidrag"), SP_SUPPORT_HOME_DELIVERY_GRANT);
	/* A value, or text that is no attempt at one, gets none. */
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_STATUS, "Klar"), 0);
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_STATUS, "Anna Andersson"), 0);
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_STATUS, "anna.andersson@example.se"), 0);
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_STATUS, "\xFF\xFE"), 0);
	ck_assert_int_eq(sp_enum_suggest(SP_ENUM_STATUS, NULL), 0);
	ck_assert_int_eq(sp_enum_suggest((sp_enum_id)99, "Klar"), 0);
	/* The loader's message names the suggestion with its label and token, in both languages. */
	static const char text[] = "format: serviceprogram/1\nregion: {name: G}\nyear: 2023\n"
	                           "priority_areas:\n- number: 1\n  interventions:\n  - status: Fortsatter\n";
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_report *report;
	sp_error err;
	opts.language = SP_LANGUAGE_EN;
	ck_assert_int_eq(sp_report_load_buffer(&report, text, sizeof(text) - 1, &opts, &err), SP_EENUM);
	ck_assert_str_eq(err.message, "\"Fortsatter\": did you mean \"Fortsätter\" (continuing)?");
	opts.language = SP_LANGUAGE_SV;
	ck_assert_int_eq(sp_report_load_buffer(&report, text, sizeof(text) - 1, &opts, &err), SP_EENUM);
	ck_assert_str_eq(err.message, "\"Fortsatter\": menade du \"Fortsätter\" (continuing)?");
}
END_TEST

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
	tcase_add_test(tc, load_errors_in_the_language_of_the_call);
	tcase_add_test(tc, findings_in_the_language_of_the_call);
	tcase_add_test(tc, default_language_as_gettext_chooses_it);
	tcase_add_test(tc, translate_from_the_catalogue);
	tcase_add_test(tc, labels_in_any_case_and_composition);
	tcase_add_test(tc, suggestions_for_misspelt_values);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
