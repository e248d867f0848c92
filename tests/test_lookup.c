/* Finding parts of a report: priority areas by number, elements by JSON
 * pointer, and the unknown keys a load kept. */
#include "support.h"

START_TEST(priority_areas_by_number)
{
	sp_report *report = load_example(EXAMPLE_YAML);
	const sp_report *r = report;
	for (int64_t n = 1; n <= 3; n++) {
		const sp_priority_area *area = sp_report_priority_area_by_number(r, n);
		ck_assert_ptr_eq(area, sp_report_priority_area(r, (size_t)n - 1));
		ck_assert_int_eq(sp_priority_area_number(area), n);
	}
	ck_assert_ptr_null(sp_report_priority_area_by_number(r, 4));
	ck_assert_ptr_null(sp_report_priority_area_by_number(r, 0));
	ck_assert_ptr_null(sp_report_priority_area_by_number(r, -1));
	ck_assert_ptr_null(sp_report_priority_area_by_number(NULL, 1));
	/* Renumbered, it is found by its new number. */
	sp_priority_area *third = sp_report_priority_area_by_number_mut(report, 3);
	ck_assert_int_eq(sp_priority_area_set_number(third, 7, NULL), 0);
	ck_assert_ptr_eq(sp_report_priority_area_by_number(r, 7), third);
	ck_assert_ptr_null(sp_report_priority_area_by_number(r, 3));
	sp_report_free(report);
}
END_TEST

START_TEST(elements_by_json_pointer)
{
	sp_report *report = load_example(EXAMPLE_YAML);
	const sp_node *root = SP_CONST_NODE(report);
	static const char *const pointers[] = {
		"", "/region", "/program", "/program/goals/0", "/priority_areas/1", "/priority_areas/1/interventions/0",
		"/priority_areas/1/interventions/0/outputs/2", "/priority_areas/1/interventions/0/effects", "/staffing/0/positions/0",
	};
	for (size_t i = 0; i < sizeof(pointers) / sizeof(pointers[0]); i++) {
		const sp_node *node = sp_node_at(root, pointers[i]);
		ck_assert_msg(node != NULL, "%s names nothing", pointers[i]);
		char back[256];
		sp_node_path(back, sizeof(back), node);
		ck_assert_str_eq(back, pointers[i]); /* the inverse of sp_node_path */
	}
	ck_assert_ptr_eq(sp_node_at(root, "/priority_areas/1/interventions/0"),
	                 SP_CONST_NODE(sp_priority_area_intervention(sp_report_priority_area(report, 1), 0)));
	static const char *const nothing[] = {
		"/year", "/region/name", "/priority_areas", "/priority_areas/9", "/priority_areas/01", "/priority_areas/-1",
		"/priority_areas/1/", "/no_such_key", "region", "/priority_areas/1/interventions/0/goals/0", "/~2",
		"/priority_areas/99999999999999999999",
	};
	for (size_t i = 0; i < sizeof(nothing) / sizeof(nothing[0]); i++)
		ck_assert_msg(sp_node_at(root, nothing[i]) == NULL, "%s names an element", nothing[i]);
	ck_assert_ptr_null(sp_node_at(NULL, ""));
	ck_assert_ptr_null(sp_node_at(root, NULL));
	/* From a part, the pointer is relative to it; _mut gives the same element to change. */
	sp_node *area = sp_node_at_mut(SP_NODE(report), "/priority_areas/0");
	ck_assert_ptr_eq(sp_node_at_mut(area, "/interventions/1"),
	                 SP_NODE(sp_priority_area_intervention_mut(sp_report_priority_area_mut(report, 0), 1)));
	sp_report_free(report);
}
END_TEST

/* Keys with '/' and '~' in them are escaped in pointers as ~1 and ~0. */
START_TEST(escaped_reference_tokens)
{
	static const char text[] = "{\"format\": \"serviceprogram/1\", \"region\": {\"name\": \"X\"}, \"year\": 2024,"
	                           " \"a/b\": {\"c~d\": 1}}";
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	sp_report *report;
	sp_error err;
	ck_assert_int_eq(sp_report_load_buffer(&report, text, strlen(text), &opts, &err), 0);
	/* Unknown keys are values, not elements: escaped or not, they name none. */
	ck_assert_ptr_null(sp_node_at(SP_CONST_NODE(report), "/a~1b"));
	ck_assert_ptr_null(sp_node_at(SP_CONST_NODE(report), "/a~1b/c~0d"));
	ck_assert_uint_eq(sp_node_unknown_count(SP_CONST_NODE(report)), 1);
	char *key;
	ck_assert_int_eq(sp_node_unknown_key(&key, SP_CONST_NODE(report), 0, NULL), 0);
	ck_assert_str_eq(key, "a/b");
	sp_free(key);
	sp_report_free(report);
}
END_TEST

START_TEST(kept_unknown_keys_are_read_and_removed)
{
	static const char text[] =
		"format: serviceprogram/1\n"
		"region: {name: Gotland, kommentar: intern}\n"
		"year: 2024\n"
		"extra_b: [1, 2.5, {x: true}]\n"
		"extra_a: text\n"
		"priority_areas:\n- number: 1\n  egen: 3\n";
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
	opts.syntax = SP_SYNTAX_YAML;
	sp_report *report;
	sp_error err;
	ck_assert_int_eq(sp_report_load_buffer(&report, text, strlen(text), &opts, &err), 0);
	const sp_node *root = SP_CONST_NODE(report);
	ck_assert_uint_eq(sp_node_unknown_count(root), 2);
	char *key;
	ck_assert_int_eq(sp_node_unknown_key(&key, root, 0, NULL), 0);
	ck_assert_str_eq(key, "extra_b"); /* in the file's order */
	sp_free(key);
	ck_assert_int_eq(sp_node_unknown_key(&key, root, 1, NULL), 0);
	ck_assert_str_eq(key, "extra_a");
	sp_free(key);
	ck_assert_int_eq(sp_node_unknown_key(&key, root, 2, NULL), SP_ENOTFOUND);
	ck_assert_ptr_null(key);
	ck_assert_uint_eq(sp_node_unknown_count(sp_node_at(root, "/region")), 1);
	ck_assert_uint_eq(sp_node_unknown_count(sp_node_at(root, "/priority_areas/0")), 1);
	ck_assert_uint_eq(sp_node_unknown_count(sp_node_at(root, "/program")), 0);

	char *value = NULL;
	ck_assert_int_eq(sp_node_unknown_value(&value, root, "extra_b", &err), 0);
	ck_assert_str_eq(value, "[1,2.5,{\"x\":true}]");
	sp_free(value);
	ck_assert_int_eq(sp_node_unknown_value(&value, root, "extra_a", &err), 0);
	ck_assert_str_eq(value, "\"text\"");
	sp_free(value);
	ck_assert_int_eq(sp_node_unknown_value(&value, sp_node_at(root, "/priority_areas/0"), "egen", &err), 0);
	ck_assert_str_eq(value, "3");
	sp_free(value);
	value = (char *)"untouched";
	ck_assert_int_eq(sp_node_unknown_value(&value, root, "year", &err), SP_ENOTFOUND);
	ck_assert_ptr_null(value);
	ck_assert_str_eq(err.message, "no such unknown key was kept here");
	ck_assert_int_eq(sp_node_unknown_value(NULL, root, "extra_a", &err), SP_EINVAL);

	/* Removed keys are no longer saved; the rest are. */
	ck_assert_int_eq(sp_node_remove_unknown(SP_NODE(report), "extra_b", &err), 0);
	ck_assert_int_eq(sp_node_remove_unknown(SP_NODE(report), "extra_b", &err), SP_ENOTFOUND);
	ck_assert_int_eq(sp_node_remove_unknown(sp_node_at_mut(SP_NODE(report), "/region"), "kommentar", &err), 0);
	ck_assert_uint_eq(sp_node_unknown_count(sp_node_at(root, "/region")), 0);
	ck_assert_int_eq(sp_node_remove_unknown(sp_node_at_mut(SP_NODE(report), "/region"), "kommentar", &err),
	                 SP_ENOTFOUND);
	ck_assert_uint_eq(sp_node_unknown_count(root), 1);
	char *saved = save_text(report, SP_SYNTAX_YAML);
	ck_assert_ptr_null(strstr(saved, "extra_b"));
	ck_assert_ptr_null(strstr(saved, "kommentar"));
	ck_assert_ptr_nonnull(strstr(saved, "extra_a: text"));
	ck_assert_ptr_nonnull(strstr(saved, "egen: 3"));
	sp_free(saved);

	/* A report without any kept key, removed to the last one, equals one loaded without them. */
	ck_assert_int_eq(sp_node_remove_unknown(SP_NODE(report), "extra_a", &err), 0);
	ck_assert_int_eq(sp_node_remove_unknown(sp_node_at_mut(SP_NODE(report), "/priority_areas/0"), "egen", &err), 0);
	sp_report *dropped;
	opts.unknown_keys = SP_UNKNOWN_KEYS_DROP;
	ck_assert_int_eq(sp_report_load_buffer(&dropped, text, strlen(text), &opts, &err), 0);
	ck_assert(sp_report_equal(report, dropped));
	sp_report_free(dropped);
	sp_report_free(report);
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("lookup");
	TCase *tc = tcase_create("lookup");
	tcase_add_test(tc, priority_areas_by_number);
	tcase_add_test(tc, elements_by_json_pointer);
	tcase_add_test(tc, escaped_reference_tokens);
	tcase_add_test(tc, kept_unknown_keys_are_read_and_removed);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
