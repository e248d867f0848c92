/* Building, changing, copying and comparing reports; enums; the schema as data. */
#include "support.h"

/* Builds a report with every element, as a region would from nothing. */
static sp_report *build_full_report(void)
{
	sp_report *r;
	sp_error err;
	ck_assert_int_eq(sp_report_new(&r, "Region Testland", 2024, &err), 0);
	ck_assert_int_eq(sp_region_set_county_code(sp_report_region_mut(r), "07", &err), 0);
	sp_program *p = sp_report_program_mut(r);
	ck_assert_int_eq(sp_program_set_title(p, "RSP 2022-2030", &err), 0);
	ck_assert_int_eq(sp_program_set_start_year(p, 2022, &err), 0);
	ck_assert_int_eq(sp_program_set_end_year(p, 2030, &err), 0);
	sp_goal *g;
	ck_assert_int_eq(sp_program_add_goal(&g, p, &err), 0);
	ck_assert_int_eq(sp_goal_set_id(g, "1.1", &err), 0);
	ck_assert_int_eq(sp_goal_set_text(g, "Bibehållen service", &err), 0);

	sp_demand *d;
	ck_assert_int_eq(sp_report_add_demand(&d, r, &err), 0);
	ck_assert_int_eq(sp_demand_set_support_type(d, SP_SUPPORT_SERVICE_GRANT, &err), 0);
	ck_assert_int_eq(sp_demand_set_trend(d, SP_TREND_INCREASE, &err), 0);
	ck_assert_int_eq(sp_demand_set_comment(d, "Fler ansökningar", &err), 0);
	ck_assert_int_eq(sp_demand_set_budget_insufficient(d, 1, &err), 0);
	ck_assert_int_eq(sp_demand_set_not_prioritised(d, 0, &err), 0);
	ck_assert_int_eq(sp_report_set_future_outlook(r, "Semiobemannat", &err), 0);

	sp_staffing *s;
	sp_position *pos;
	ck_assert_int_eq(sp_report_add_staffing(&s, r, &err), 0);
	ck_assert_int_eq(sp_staffing_set_area(s, SP_AREA_CASE_HANDLING, &err), 0);
	ck_assert_int_eq(sp_staffing_set_note(s, "Ordinarie medel", &err), 0);
	ck_assert_int_eq(sp_staffing_add_position(&pos, s, &err), 0);
	ck_assert_int_eq(sp_position_set_name(pos, "Handläggare", &err), 0);
	ck_assert_int_eq(sp_position_set_fte(pos, 550, &err), 0);
	ck_assert_int_eq(sp_position_set_from(pos, "2024-02-29", &err), 0);
	ck_assert_int_eq(sp_position_set_funded_by(pos, "Projekt", &err), 0);

	sp_contact *c;
	ck_assert_int_eq(sp_report_add_contact(&c, r, &err), 0);
	ck_assert_int_eq(sp_contact_set_name(c, "Anna Andersson", &err), 0);
	ck_assert_int_eq(sp_contact_set_email(c, "anna@example.se", &err), 0);
	ck_assert_int_eq(sp_contact_set_roles(c, SP_BIT(SP_ROLE_PROGRAM) | SP_BIT(SP_ROLE_SUPPORT_CASES), &err), 0);
	ck_assert_int_eq(sp_report_set_accessibility_work(r, "Rad ett\nRad två\n", &err), 0);

	sp_collaboration *co;
	ck_assert_int_eq(sp_report_add_collaboration(&co, r, &err), 0);
	ck_assert_int_eq(sp_collaboration_set_actor(co, SP_ACTOR_OTHER, &err), 0);
	ck_assert_int_eq(sp_collaboration_set_label(co, "Hembygdsförbundet", &err), 0);
	ck_assert_int_eq(sp_collaboration_set_description(co, "Möten", &err), 0);
	ck_assert_int_eq(sp_collaboration_set_ladder_step(co, SP_LADDER_SHARED_VIEW, &err), 0);
	ck_assert_int_eq(sp_collaboration_set_ladder_note(co, "Samsyn i stort", &err), 0);
	ck_assert_int_eq(sp_collaboration_set_challenges(co, "Tid", &err), 0);

	sp_priority_area *a;
	sp_intervention *iv;
	sp_output *o;
	ck_assert_int_eq(sp_report_add_priority_area(&a, r, &err), 0);
	ck_assert_int_eq(sp_priority_area_set_number(a, 1, &err), 0);
	ck_assert_int_eq(sp_priority_area_set_title(a, "Tillgänglighet", &err), 0);
	ck_assert_int_eq(sp_priority_area_add_intervention(&iv, a, &err), 0);
	ck_assert_int_eq(sp_intervention_set_name(iv, "Hemsändning", &err), 0);
	ck_assert_int_eq(sp_intervention_set_description(iv, "Stöd till kommuner", &err), 0);
	ck_assert_int_eq(sp_intervention_add_goal_id(iv, "1.1", &err), 0);
	ck_assert_int_eq(sp_intervention_add_other_goal(iv, "Agenda 2030 mål 11", &err), 0);
	ck_assert_int_eq(sp_intervention_add_actor(iv, "Kommunerna", &err), 0);
	ck_assert_int_eq(sp_intervention_set_funding(iv, "Ordinarie budget", &err), 0);
	ck_assert_int_eq(sp_intervention_set_service_types(iv, SP_BIT(SP_SERVICE_GROCERIES), &err), 0);
	ck_assert_int_eq(sp_intervention_add_output(&o, iv, &err), 0);
	ck_assert_int_eq(sp_output_set_text(o, "Hemsändning 8 st 1 537 062 kr", &err), 0);
	ck_assert_int_eq(sp_output_set_support_type(o, SP_SUPPORT_HOME_DELIVERY_GRANT, &err), 0);
	ck_assert_int_eq(sp_output_set_count(o, 8, &err), 0);
	ck_assert_int_eq(sp_output_set_amount_sek(o, 1537062, &err), 0);
	sp_effects *fx = sp_intervention_effects_mut(iv);
	ck_assert_int_eq(sp_effects_set_short_term(fx, "Kunskap", &err), 0);
	ck_assert_int_eq(sp_effects_set_medium_term(fx, "Tillämpning", &err), 0);
	ck_assert_int_eq(sp_effects_set_long_term(fx, "Tillgänglighet", &err), 0);
	ck_assert_int_eq(sp_effects_set_general(fx, "Allmänt", &err), 0);
	ck_assert_int_eq(sp_effects_set_basis(fx, SP_BASIS_EXPECTED, &err), 0);
	ck_assert_int_eq(sp_intervention_set_status(iv, SP_STATUS_COMPLETED, &err), 0);
	ck_assert_int_eq(sp_intervention_set_lessons(iv, "Det tar tid", &err), 0);
	ck_assert_int_eq(sp_intervention_set_next_year(iv, "Fler kommuner", &err), 0);
	return r;
}

START_TEST(a_report_built_from_nothing_survives_both_formats)
{
	sp_report *built = build_full_report();
	for (int syntax = SP_SYNTAX_JSON; syntax <= SP_SYNTAX_YAML; syntax++) {
		char *text = save_text(built, (sp_syntax)syntax);
		sp_report *loaded = load_text(text, (sp_syntax)syntax);
		char where[1024];
		ck_assert_msg(sp_report_difference(where, sizeof(where), built, loaded) < 0, "differs at %s:\n%s", where, text);
		sp_free(text);
		sp_report_free(loaded);
	}
	/* Every field of every type was set, so every key is in the file. */
	char *json = save_text(built, SP_SYNTAX_JSON);
	const sp_type *stack[16] = { sp_schema_report() };
	size_t depth = 1, checked = 0;
	while (depth) {
		const sp_type *t = stack[--depth];
		for (size_t i = 0; i < sp_type_field_count(t); i++) {
			char quoted[64];
			const sp_field *f = sp_type_field(t, i);
			snprintf(quoted, sizeof(quoted), "\"%s\":", sp_field_key(f));
			ck_assert_msg(strstr(json, quoted), "%s.%s missing from the saved file", sp_type_name(t), sp_field_key(f));
			if (sp_field_type(f))
				stack[depth++] = sp_field_type(f);
			checked++;
		}
	}
	ck_assert_int_ge(checked, 60);
	sp_free(json);
	sp_report_free(built);
}
END_TEST

START_TEST(setters_check_their_values)
{
	sp_report *r = build_full_report();
	sp_error err;
	sp_region *region = sp_report_region_mut(r);
	ck_assert_int_eq(sp_region_set_county_code(region, "26", &err), SP_EVALUE);
	ck_assert_str_eq(err.path, "/region/county_code");
	ck_assert_str_eq(sp_region_county_code(region), "07"); /* unchanged */
	ck_assert_int_eq(sp_region_set_name(region, "Bad \xC3\x28 text", &err), SP_EUTF8);
	ck_assert_int_eq(sp_region_set_name(region, NULL, &err), SP_EMISSING);
	ck_assert_str_eq(sp_region_name(region), "Region Testland");
	ck_assert_int_eq(sp_report_set_year(r, -1, &err), SP_EMISSING);
	ck_assert_int_eq(sp_report_set_year(r, -5, &err), SP_ERANGE);

	sp_output *o = sp_intervention_output_mut(sp_priority_area_intervention_mut(sp_report_priority_area_mut(r, 0), 0), 0);
	ck_assert_int_eq(sp_output_set_count(o, -2, &err), SP_ERANGE);
	ck_assert_str_eq(err.path, "/priority_areas/0/interventions/0/outputs/0/count");
	ck_assert_int_eq(sp_output_set_count(o, -1, &err), 0); /* removes */
	ck_assert_int_eq(sp_output_count(o), -1);
	ck_assert_int_eq(sp_output_set_support_type(o, (sp_support_type)99, &err), SP_ERANGE);
	ck_assert_int_eq(sp_output_set_text(o, NULL, &err), SP_EMISSING);

	sp_position *pos = sp_staffing_position_mut(sp_report_staffing_mut(r, 0), 0);
	ck_assert_int_eq(sp_position_set_from(pos, "2023-02-29", &err), SP_EVALUE);
	ck_assert_int_eq(sp_position_set_from(pos, "2023-13", &err), SP_EVALUE);
	ck_assert_int_eq(sp_position_set_fte(pos, SP_DECIMAL_MAX + 1, &err), SP_ERANGE);
	ck_assert_int_eq(sp_demand_set_budget_insufficient(sp_report_demand_mut(r, 0), 2, &err), SP_ERANGE);
	sp_intervention *iv = sp_priority_area_intervention_mut(sp_report_priority_area_mut(r, 0), 0);
	ck_assert_int_eq(sp_intervention_set_service_types(iv, SP_BIT(7), &err), SP_ERANGE);
	ck_assert_int_eq(sp_intervention_set_service_types(iv, 1u, &err), SP_ERANGE); /* bit 0 is no value */
	ck_assert_int_eq(sp_intervention_add_goal_id(iv, NULL, &err), SP_EINVAL);
	sp_report_free(r);
}
END_TEST

START_TEST(removing_elements)
{
	sp_report *r = build_full_report();
	sp_error err;
	sp_priority_area *second;
	ck_assert_int_eq(sp_report_add_priority_area(&second, r, &err), 0);
	ck_assert_int_eq(sp_priority_area_set_number(second, 2, &err), 0);
	ck_assert_int_eq(sp_report_remove_priority_area(r, 0, &err), 0);
	ck_assert_int_eq(sp_report_priority_area_count(r), 1);
	ck_assert_int_eq(sp_priority_area_number(sp_report_priority_area(r, 0)), 2);
	char path[64];
	sp_node_path(path, sizeof(path), SP_NODE(sp_report_priority_area(r, 0))); /* moved up, path follows */
	ck_assert_str_eq(path, "/priority_areas/0");
	ck_assert_int_eq(sp_report_remove_priority_area(r, 1, &err), SP_ENOTFOUND);
	ck_assert_int_eq(sp_report_remove_contact(r, 0, &err), 0);
	ck_assert_int_eq(sp_report_contact_count(r), 0);
	/* Removing the last of a list, or a text, leaves no key behind. */
	ck_assert_int_eq(sp_report_set_future_outlook(r, NULL, &err), 0);
	char *json = save_text(r, SP_SYNTAX_JSON);
	ck_assert_ptr_null(strstr(json, "\"contacts\""));
	ck_assert_ptr_null(strstr(json, "\"future_outlook\""));
	sp_free(json);
	sp_report_free(r);
}
END_TEST

START_TEST(copies_are_deep_and_equal)
{
	sp_report *r = build_full_report(), *copy;
	sp_error err;
	ck_assert_int_eq(sp_report_copy(&copy, r, &err), 0);
	ck_assert(sp_report_equal(r, copy));
	sp_output *o = sp_intervention_output_mut(sp_priority_area_intervention_mut(sp_report_priority_area_mut(copy, 0), 0), 0);
	ck_assert_int_eq(sp_output_set_amount_sek(o, 1, &err), 0);
	ck_assert(!sp_report_equal(r, copy));
	char where[1024];
	ck_assert_int_eq(sp_report_difference(where, sizeof(where), r, copy), 54);
	ck_assert_str_eq(where, "/priority_areas/0/interventions/0/outputs/0/amount_sek");
	ck_assert_int_eq(sp_report_difference(where, 10, r, copy), 54); /* cut short, as snprintf */
	ck_assert_str_eq(where, "/priority");
	ck_assert_int_eq(sp_report_difference(NULL, 0, r, r), -1);
	ck_assert_int_eq(sp_report_difference(where, sizeof(where), r, NULL), 0);
	ck_assert_str_eq(where, "");
	ck_assert_int_eq(sp_output_amount_sek(sp_intervention_output(sp_priority_area_intervention(sp_report_priority_area(r, 0), 0), 0)), 1537062);
	sp_report_free(copy);
	sp_report_free(r);
}
END_TEST

START_TEST(enums_have_tokens_and_swedish_labels)
{
	ck_assert_str_eq(sp_enum_token(SP_ENUM_TREND, SP_TREND_INCREASE), "increase");
	ck_assert_str_eq(sp_enum_label_sv(SP_ENUM_TREND, SP_TREND_UNCHANGED), "Oförändrad");
	ck_assert_str_eq(sp_enum_label_sv(SP_ENUM_LADDER_STEP, SP_LADDER_JOINT_ACTION), "Samhandling");
	ck_assert_ptr_null(sp_enum_token(SP_ENUM_TREND, 0));
	ck_assert_ptr_null(sp_enum_token(SP_ENUM_TREND, 4));
	ck_assert_ptr_null(sp_enum_token(SP_ENUM_COUNT, 1));
	ck_assert_int_eq(sp_enum_max(SP_ENUM_SUPPORT_TYPE), 8);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, "ökar"), SP_TREND_INCREASE);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, "  OFÖRÄNDRAD \n"), SP_TREND_UNCHANGED);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_TREND, "Decrease"), SP_TREND_DECREASE);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_STATUS, "klar"), SP_STATUS_COMPLETED);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_STATUS, "klart"), 0);
	ck_assert_int_eq(sp_enum_parse(SP_ENUM_STATUS, NULL), 0);
	/* Every enum: tokens and labels present and distinct. */
	for (int e = 0; e < SP_ENUM_COUNT; e++) {
		ck_assert_ptr_nonnull(sp_enum_name((sp_enum_id)e));
		for (int v = 1; v <= sp_enum_max((sp_enum_id)e); v++) {
			ck_assert_int_eq(sp_enum_parse((sp_enum_id)e, sp_enum_token((sp_enum_id)e, v)), v);
			ck_assert_int_eq(sp_enum_parse((sp_enum_id)e, sp_enum_label_sv((sp_enum_id)e, v)), v);
		}
	}
}
END_TEST

START_TEST(the_schema_describes_every_field)
{
	const sp_type *report = sp_schema_report();
	ck_assert_str_eq(sp_type_name(report), "report");
	const sp_field *year = sp_type_field_by_key(report, "year");
	ck_assert_ptr_nonnull(year);
	ck_assert_int_eq(sp_field_kind(year), SP_KIND_INTEGER);
	ck_assert(sp_field_required(year));
	ck_assert_str_eq(sp_field_label_sv(year), "Verksamhetsår");
	ck_assert_ptr_null(sp_type_field_by_key(report, "yeer"));
	ck_assert_ptr_null(sp_type_field(report, sp_type_field_count(report)));
	const sp_type *area = sp_field_type(sp_type_field_by_key(report, "priority_areas"));
	const sp_type *iv = sp_field_type(sp_type_field_by_key(area, "interventions"));
	const sp_field *status = sp_type_field_by_key(iv, "status");
	ck_assert_int_eq(sp_field_enum(status), SP_ENUM_STATUS);
	ck_assert_str_eq(sp_type_label_sv(iv), "Insats");

	/* The generic accessors reach what the typed ones do. */
	sp_report *r = build_full_report();
	sp_node *node = SP_NODE(sp_priority_area_intervention(sp_report_priority_area(r, 0), 0));
	ck_assert_ptr_eq(sp_node_type(node), iv);
	ck_assert_int_eq(sp_node_number(node, status), SP_STATUS_COMPLETED);
	ck_assert_str_eq(sp_node_string(node, sp_type_field_by_key(iv, "name")), "Hemsändning");
	ck_assert_str_eq(sp_node_item_string(node, sp_type_field_by_key(iv, "goals"), 0), "1.1");
	ck_assert_ptr_null(sp_node_string(node, year)); /* a field of another type */
	sp_error err;
	ck_assert_int_eq(sp_node_set_string(node, year, "x", &err), SP_EINVAL);
	ck_assert_int_eq(sp_node_set_string(node, status, "x", &err), SP_EINVAL); /* wrong kind */
	sp_node *parent = sp_node_parent_mut(node);
	ck_assert_ptr_eq(parent, SP_NODE(sp_report_priority_area(r, 0)));
	/* A typed getter given an element of another type (through a cast) reads nothing from it. */
	const sp_intervention *intervention = (const sp_intervention *)node;
	ck_assert_str_eq(sp_intervention_name(intervention), "Hemsändning");
	ck_assert_ptr_null(sp_goal_id((const sp_goal *)intervention));
	ck_assert_int_eq(sp_output_count((const sp_output *)intervention), -1);
	ck_assert_int_eq(sp_output_support_type((const sp_output *)intervention), SP_SUPPORT_UNSET);
	ck_assert_uint_eq(sp_contact_roles((const sp_contact *)intervention), 0);
	ck_assert_ptr_null(sp_report_region((const sp_report *)intervention));
	ck_assert_uint_eq(sp_program_goal_count((const sp_program *)intervention), 0);
	ck_assert_ptr_null(sp_program_goal((const sp_program *)intervention, 0));
	ck_assert_uint_eq(sp_intervention_goal_id_count((const sp_intervention *)parent), 0);
	ck_assert_ptr_null(sp_intervention_goal_id((const sp_intervention *)parent, 0));
	sp_report_free(r);
}
END_TEST

START_TEST(null_arguments_are_safe)
{
	sp_report_free(NULL);
	sp_free(NULL);
	ck_assert_ptr_null(sp_region_name(NULL));
	ck_assert_int_eq(sp_report_year(NULL), -1);
	ck_assert_int_eq(sp_report_priority_area_count(NULL), 0);
	ck_assert_int_eq(sp_report_new(NULL, "x", 2023, NULL), SP_EINVAL);
	ck_assert_int_eq(sp_report_copy(NULL, NULL, NULL), SP_EINVAL);
	ck_assert_int_eq(sp_report_load_file(NULL, "x", NULL, NULL), SP_EINVAL);
	ck_assert_int_eq(sp_report_save_buffer(NULL, NULL, NULL, NULL, NULL), SP_EINVAL);
	ck_assert(!sp_report_equal(NULL, NULL));
}
END_TEST

START_TEST(version_and_error_names)
{
	int major, minor, patch;
	ck_assert_str_eq(sp_version(&major, &minor, &patch), SP_VERSION_STRING);
	ck_assert_int_eq(major, SP_VERSION_MAJOR);
	ck_assert_str_eq(SP_VERSION_STRING, getenv("SP_PROJECT_VERSION"));
	ck_assert_str_eq(sp_error_code_name(SP_ETYPE), "SP_ETYPE");
	ck_assert_str_eq(sp_error_code_name(SP_ELIMIT), "SP_ELIMIT");
	ck_assert_str_eq(sp_error_code_name(-99), "SP_EUNKNOWN");
	sp_error err = { .code = SP_ETYPE, .line = 3, .column = 7, .source = "a.yaml", .path = "/year", .message = "expected a whole number" };
	char text[256];
	sp_error_format(text, sizeof(text), &err);
	ck_assert_str_eq(text, "a.yaml:3:7: error: /year: expected a whole number");
}
END_TEST

/* An allocator that counts, and can be told to fail. */
typedef struct counting {
	long allocations, live, fail_after; /* fail_after < 0: never */
	size_t bytes;                       /* asked for by malloc and realloc */
} counting;

static void *counting_malloc(size_t size, void *context)
{
	counting *c = context;
	if (c->fail_after == 0)
		return NULL;
	if (c->fail_after > 0)
		c->fail_after--;
	void *p = malloc(size);
	c->bytes += p ? size : 0;
	c->allocations += p != NULL;
	c->live += p != NULL;
	return p;
}

static void *counting_realloc(void *ptr, size_t size, void *context)
{
	counting *c = context;
	if (!ptr)
		return counting_malloc(size, context);
	if (c->fail_after == 0)
		return NULL;
	void *p = realloc(ptr, size);
	c->bytes += p ? size : 0;
	return p;
}

static void counting_free(void *ptr, void *context)
{
	counting *c = context;
	c->live -= ptr != NULL;
	free(ptr);
}

START_TEST(reports_use_the_callers_allocator)
{
	counting c = { 0, 0, -1, 0 };
	sp_allocator allocator = { counting_malloc, counting_realloc, counting_free, &c };
	sp_report *r, *copy, *loaded;
	sp_error err;
	ck_assert_int_eq(sp_report_new_with(&r, "Gotland", 2023, &allocator, &err), 0);
	long after_new = c.allocations;
	ck_assert_int_gt(after_new, 0);
	ck_assert_int_eq(sp_report_set_future_outlook(r, "Mer av allt", &err), 0);
	ck_assert_int_gt(c.allocations, after_new);
	ck_assert_int_eq(sp_report_copy(&copy, r, &err), 0); /* the copy uses it too */
	sp_report_free(r);
	ck_assert_int_gt(c.live, 0);
	sp_report_free(copy);
	ck_assert_int_eq(c.live, 0);

	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.allocator = &allocator;
	size_t before_load = c.bytes;
	ck_assert_int_eq(sp_report_load_file(&loaded, data_path("SP_EXAMPLES", EXAMPLE_YAML), &opts, &err), 0);
	/* Every node and text of the report: more than the file's 19 KiB of YAML hold in texts. */
	ck_assert_int_gt(c.live, 0);
	ck_assert_uint_gt(c.bytes - before_load, 16 << 10);
	sp_report_free(loaded);
	ck_assert_int_eq(c.live, 0);

	/* When it fails, the load fails cleanly, whichever allocation it was. */
	for (long n = 0; n < 400; n += 7) {
		c.fail_after = n;
		int rc = sp_report_load_file(&loaded, data_path("SP_EXAMPLES", EXAMPLE_YAML), &opts, &err);
		if (rc == 0) {
			sp_report_free(loaded);
		} else {
			ck_assert_int_eq(rc, SP_ENOMEM);
			ck_assert_ptr_null(loaded);
		}
		ck_assert_int_eq(c.live, 0);
	}
}
END_TEST

#if defined(__SANITIZE_ADDRESS__)
#define ARENA_POISON_TEST 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_POISON_TEST 1
#endif
#endif
#ifdef ARENA_POISON_TEST
#include <sanitizer/asan_interface.h>

/* In a sanitizer build, the texts and nodes a load lays out side by side
 * in the arena are fenced off from each other as malloc'd blocks are. */
START_TEST(arena_blocks_are_fenced_under_asan)
{
	sp_report *r = load_example("jamtland-harjedalen-2023.yaml");
	const sp_priority_area *area = sp_report_priority_area(r, 0);
	const sp_intervention *iv = sp_priority_area_intervention(area, 0);
	const char *texts[] = { sp_region_name(sp_report_region(r)), sp_intervention_name(iv),
	                        sp_report_future_outlook(r) };
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		size_t n = strlen(texts[i]);
		ck_assert_msg(!__asan_region_is_poisoned((void *)texts[i], n + 1), "text %zu is not all readable", i);
		ck_assert_msg(__asan_address_is_poisoned(texts[i] + n + 1), "nothing fences text %zu off", i);
	}
	sp_report_free(r);
}
END_TEST
#endif

int main(void)
{
	Suite *suite = suite_create("model");
	TCase *tc = tcase_create("model");
	tcase_add_test(tc, a_report_built_from_nothing_survives_both_formats);
	tcase_add_test(tc, setters_check_their_values);
	tcase_add_test(tc, removing_elements);
	tcase_add_test(tc, copies_are_deep_and_equal);
	tcase_add_test(tc, enums_have_tokens_and_swedish_labels);
	tcase_add_test(tc, the_schema_describes_every_field);
	tcase_add_test(tc, null_arguments_are_safe);
	tcase_add_test(tc, version_and_error_names);
	tcase_add_test(tc, reports_use_the_callers_allocator);
#ifdef ARENA_POISON_TEST
	tcase_add_test(tc, arena_blocks_are_fenced_under_asan);
#endif
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
