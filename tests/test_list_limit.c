/*
 * The most items a list holds (2^32 - 1: a node keeps its position in 32
 * bits), against a build of the library whose lists hold at most 3
 * (SP_LIST_MAX_ITEMS=3, see meson.build): loading and appending refuse a
 * fourth item with SP_ELIMIT, and leave the report as it was.
 */
#include "support.h"

static const char *header = "format: serviceprogram/1\nregion: {name: Gotland}\nyear: 2023\n";

static int load_with(const char *body, sp_error *err)
{
	char text[1024];
	sp_report *report = NULL;
	snprintf(text, sizeof(text), "%s%s", header, body);
	int rc = sp_report_load_buffer(&report, text, strlen(text), NULL, err);
	ck_assert(rc == 0 || report == NULL);
	sp_report_free(report);
	return rc;
}

START_TEST(loading)
{
	sp_error err;
	ck_assert_int_eq(load_with("priority_areas: [{number: 1}, {number: 2}, {number: 3}]\n", &err), 0);
	ck_assert_int_eq(load_with("priority_areas: [{number: 1}, {number: 2}, {number: 3}, {number: 4}]\n", &err),
	                 SP_ELIMIT);
	ck_assert_str_eq(err.path, "/priority_areas/3");
	ck_assert_ptr_nonnull(strstr(err.message, "the most a list can hold"));

	const char *actors = "priority_areas:\n- number: 1\n  interventions:\n  - actors: [a, b, c%s]\n";
	char body[256];
	snprintf(body, sizeof(body), actors, "");
	ck_assert_int_eq(load_with(body, &err), 0);
	snprintf(body, sizeof(body), actors, ", d");
	ck_assert_int_eq(load_with(body, &err), SP_ELIMIT);
	ck_assert_str_eq(err.path, "/priority_areas/0/interventions/0/actors/3");
}
END_TEST

START_TEST(appending)
{
	sp_report *report = load_text(header, SP_SYNTAX_YAML);
	sp_priority_area *area = NULL;
	sp_intervention *intervention = NULL;
	sp_error err;
	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(sp_report_add_priority_area(&area, report, &err), 0);
	area = NULL;
	ck_assert_int_eq(sp_report_add_priority_area(&area, report, &err), SP_ELIMIT);
	ck_assert_ptr_null(area);
	ck_assert_str_eq(err.path, "/priority_areas");
	ck_assert_uint_eq(sp_report_priority_area_count(report), 3);
	/* Room made is room to use. */
	ck_assert_int_eq(sp_report_remove_priority_area(report, 0, &err), 0);
	ck_assert_int_eq(sp_report_add_priority_area(&area, report, &err), 0);
	ck_assert_ptr_eq(sp_report_priority_area(report, 2), area);

	ck_assert_int_eq(sp_priority_area_add_intervention(&intervention, area, &err), 0);
	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(sp_intervention_add_actor(intervention, "Kommunen", &err), 0);
	ck_assert_int_eq(sp_intervention_add_actor(intervention, "Regionen", &err), SP_ELIMIT);
	ck_assert_str_eq(err.path, "/priority_areas/2/interventions/0/actors");
	ck_assert_uint_eq(sp_intervention_actor_count(intervention), 3);

	/* A full list copies whole. */
	sp_report *copy = NULL;
	ck_assert_int_eq(sp_report_copy(&copy, report, &err), 0);
	ck_assert(sp_report_equal(copy, report));
	sp_report_free(copy);
	sp_report_free(report);
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("list-limit");
	TCase *tc = tcase_create("list-limit");
	tcase_add_test(tc, loading);
	tcase_add_test(tc, appending);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
