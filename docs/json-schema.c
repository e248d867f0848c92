/*
 * json-schema: prints the JSON Schema (draft 2020-12) of the format
 * serviceprogram/1, generated from the library's own description of it:
 * the element types and their fields (schema.h), the enumerations
 * (enums.h), the largest decimal (numbers.h) and the format's name
 * (common.h). Like format-reference, it lists no key of its own, so the
 * schema cannot drift from what the library reads and writes.
 *
 * The schema describes the canonical form, the one the library writes and
 * the one other systems should exchange: enum tokens (not the Swedish
 * labels), numbers and booleans as JSON numbers and booleans (not as
 * Swedish text), optional fields left out (not null), no unknown keys.
 * The loader also accepts those friendlier forms in hand-written files;
 * the schema's description says so, and `rsp convert` writes them out in
 * the canonical form.
 *
 * Usage: json-schema > serviceprogram-1.schema.json
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <serviceprogram.h>

/*
 * The text fields whose values the loader checks beyond "text": the rules
 * of lib/schema.c (sp__rule_format, sp__rule_county_code, sp__rule_date),
 * which schema.h does not expose. The generator fails if one of these
 * fields is no longer a text field of its type, and the schema test
 * checks each rule against the loader on edge cases.
 */
#define COUNTY_CODE_PATTERN "^(0[1-9]|1[0-9]|2[0-5])$"
/* YYYY-MM, or YYYY-MM-DD of a day that exists: 29 February only in leap years. */
#define YEAR "[0-9]{4}"
#define LEAP_YEAR "([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)"
#define DATE_PATTERN                                                                                          \
	"^(" YEAR "-(0[1-9]|1[0-2])"                                                                          \
	"|" YEAR "-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"                                                    \
	"|" YEAR "-(0[13-9]|1[0-2])-(29|30)"                                                                  \
	"|" YEAR "-(0[13578]|1[02])-31"                                                                       \
	"|" LEAP_YEAR "-02-29)$"

typedef struct text_rule {
	const char *type;    /* sp_type_name() of the element */
	const char *key;     /* its field */
	const char *constant; /* the one value allowed, or NULL */
	const char *pattern;  /* else the pattern its value matches */
	const char *what;     /* for the description */
	int used;
} text_rule;

static text_rule text_rules[] = {
	{ "report", "format", SP_FORMAT_VERSION, NULL, "The format's name and version.", 0 },
	{ "region", "county_code", NULL, COUNTY_CODE_PATTERN, "A two-digit county code (länskod) from \"01\" to \"25\".", 0 },
	{ "position", "from", NULL, DATE_PATTERN, "Since when: a date as YYYY-MM-DD or YYYY-MM; the day must exist (29 February only in leap years).", 0 },
};
#define TEXT_RULE_COUNT (sizeof(text_rules) / sizeof(text_rules[0]))

/* The names of the $defs that are not element types or enums. */
static const char *const scalar_defs[] = { "text", "integer", "decimal" };

/* FTE and other decimals are held in thousandths (schema.h: SP_KIND_DECIMAL). */
#define DECIMAL_SCALE 1000

static void die(const char *what, const char *name)
{
	fprintf(stderr, "json-schema: %s: %s\n", what, name);
	exit(1);
}

static void set(json_t *object, const char *key, json_t *value)
{
	if (!value || json_object_set_new(object, key, value))
		die("out of memory building", key);
}

static json_t *ref(const char *def)
{
	char pointer[128];
	snprintf(pointer, sizeof(pointer), "#/$defs/%s", def);
	return json_pack("{s:s}", "$ref", pointer);
}

static json_t *array_of(json_t *items, int unique)
{
	json_t *s = json_pack("{s:s, s:o}", "type", "array", "items", items);
	if (unique)
		set(s, "uniqueItems", json_true());
	return s;
}

static text_rule *rule_of(const sp_type *type, const sp_field *field)
{
	for (size_t i = 0; i < TEXT_RULE_COUNT; i++)
		if (strcmp(text_rules[i].type, sp_type_name(type)) == 0 && strcmp(text_rules[i].key, sp_field_key(field)) == 0)
			return &text_rules[i];
	return NULL;
}

static json_t *field_schema(const sp_type *type, const sp_field *f)
{
	json_t *s;
	text_rule *rule = rule_of(type, f);
	if (rule && sp_field_kind(f) != SP_KIND_STRING)
		die("a text rule names a field that is not text", rule->key);
	switch (sp_field_kind(f)) {
	case SP_KIND_STRING:
		if (!rule)
			s = ref("text");
		else if (rule->constant)
			s = json_pack("{s:s, s:s}", "type", "string", "const", rule->constant);
		else
			s = json_pack("{s:s, s:s}", "type", "string", "pattern", rule->pattern);
		if (rule) {
			rule->used = 1;
			set(s, "description", json_string(rule->what));
		}
		break;
	case SP_KIND_INTEGER: s = ref("integer"); break;
	case SP_KIND_DECIMAL: s = ref("decimal"); break;
	case SP_KIND_BOOLEAN: s = json_pack("{s:s}", "type", "boolean"); break;
	case SP_KIND_ENUM: s = ref(sp_enum_name((sp_enum_id)sp_field_enum(f))); break;
	case SP_KIND_ENUM_SET: s = array_of(ref(sp_enum_name((sp_enum_id)sp_field_enum(f))), 1); break;
	case SP_KIND_STRING_LIST: s = array_of(ref("text"), 0); break;
	case SP_KIND_OBJECT: s = ref(sp_type_name(sp_field_type(f))); break;
	case SP_KIND_LIST: s = array_of(ref(sp_type_name(sp_field_type(f))), 0); break;
	default: die("a field of an unknown kind", sp_field_key(f)); return NULL;
	}
	/* The Swedish label as the title: what the Word form calls the field. */
	json_t *out = json_pack("{s:s}", "title", sp_field_label_sv(f));
	if (!out || json_object_update(out, s))
		die("out of memory building", sp_field_key(f));
	json_decref(s);
	return out;
}

/* An element type's members, into `s`: every field, the required ones, no others. */
static void add_object(json_t *s, const sp_type *type)
{
	json_t *properties = json_object(), *required = json_array();
	set(s, "type", json_string("object"));
	for (size_t i = 0; i < sp_type_field_count(type); i++) {
		const sp_field *f = sp_type_field(type, i);
		set(properties, sp_field_key(f), field_schema(type, f));
		if (sp_field_required(f))
			json_array_append_new(required, json_string(sp_field_key(f)));
	}
	set(s, "properties", properties);
	if (json_array_size(required))
		set(s, "required", required);
	else
		json_decref(required);
	set(s, "additionalProperties", json_false());
}

/* Adds every type below `type` to `defs`, parents before children. */
static void add_child_types(json_t *defs, const sp_type *type)
{
	for (size_t i = 0; i < sp_type_field_count(type); i++) {
		const sp_type *child = sp_field_type(sp_type_field(type, i));
		if (!child || json_object_get(defs, sp_type_name(child)))
			continue;
		json_t *s = json_pack("{s:s}", "title", sp_type_label_sv(child));
		set(defs, sp_type_name(child), s);
		add_object(s, child);
		add_child_types(defs, child);
	}
}

static json_t *enum_schema(sp_enum_id e)
{
	char description[2048];
	size_t used = (size_t)snprintf(description, sizeof(description),
	                               "The tokens, with their Swedish labels: ");
	json_t *tokens = json_array();
	for (int v = 1; v <= sp_enum_max(e); v++) {
		json_array_append_new(tokens, json_string(sp_enum_token(e, v)));
		if (used < sizeof(description))
			used += (size_t)snprintf(description + used, sizeof(description) - used, "%s%s (%s)", v > 1 ? ", " : "",
			                         sp_enum_token(e, v), sp_enum_label_sv(e, v));
	}
	if (used >= sizeof(description))
		die("the description is too long for enum", sp_enum_name(e));
	snprintf(description + used, sizeof(description) - used,
	         ". Files carry the token; the library's loader also accepts the Swedish label, in any case.");
	return json_pack("{s:s, s:s, s:s, s:o}", "title", sp_enum_name(e), "description", description, "type", "string",
	                 "enum", tokens);
}

static void add_def(json_t *defs, const char *name, json_t *schema)
{
	if (json_object_get(defs, name))
		die("two definitions share a name", name);
	set(defs, name, schema);
}

int main(void)
{
	const sp_type *report = sp_schema_report();
	char description[2048];
	int n = snprintf(description, sizeof(description),
	         "A region's yearly follow-up of its regional service programme (regionalt serviceprogram, RSP), in "
	         "the format %s of libserviceprogram, as the library writes it: the canonical form, which is what "
	         "systems should exchange. Keys are written in the order listed here, and optional fields that have "
	         "no value are left out. For files written by hand, the library's loader is more lenient than this "
	         "schema: it also accepts an enumeration's Swedish label, in any case and with surrounding white space; "
	         "numbers written as Swedish text (\"0,15\", \"1 537 062 kr\"); booleans written as text (\"ja\", "
	         "\"nej\"); null for an optional field; and, with its load option unknown_keys, unknown keys. "
	         "`rsp convert` writes such a file in the canonical form. The loader refuses integers written with a "
	         "fraction or an exponent (8.0, 1e3) and decimals with more than three places however written "
	         "(0.1500), which a schema cannot tell apart by value. It also reads drafts in the older format "
	         "serviceprogram/0 and brings them up to date; this schema is of %s alone.",
	         SP_FORMAT_VERSION, SP_FORMAT_VERSION);
	if (n < 0 || (size_t)n >= sizeof(description))
		die("the description is too long for", "the report");

	json_t *root = json_object();
	set(root, "$schema", json_string("https://json-schema.org/draft/2020-12/schema"));
	set(root, "$comment",
	    json_pack("s++", "Generated by docs/json-schema.c from the tables of libserviceprogram ", SP_VERSION_STRING,
	              "; do not edit."));
	set(root, "title", json_pack("s++", SP_FORMAT_VERSION, ": ", sp_type_label_sv(report)));
	set(root, "description", json_string(description));
	add_object(root, report);

	json_t *defs = json_object();
	add_child_types(defs, report);
	for (int e = 0; e < SP_ENUM_COUNT; e++)
		add_def(defs, sp_enum_name((sp_enum_id)e), enum_schema((sp_enum_id)e));
	add_def(defs, scalar_defs[0],
	        json_pack("{s:s, s:s, s:s}", "description", "UTF-8 text without NUL characters (U+0000).", "type", "string",
	                  "pattern", "^[^\\u0000]*$"));
	add_def(defs, scalar_defs[1],
	        json_pack("{s:s, s:s, s:I, s:I}", "description",
	                  "A whole number from 0 to 9223372036854775807, the largest signed 64-bit integer (counts, kronor, "
	                  "years). Written as a plain JSON integer, without a fraction or an exponent.",
	                  "type", "integer", "minimum", (json_int_t)0, "maximum", (json_int_t)INT64_MAX));
	char decimal[1024];
	n = snprintf(decimal, sizeof(decimal),
	         "A decimal number from 0 to %" PRId64 " with at most three decimal places (FTE, årsarbetskrafter; the "
	         "library holds them exactly, in thousandths). multipleOf is exact where the validator computes in "
	         "decimal; a validator that divides binary floating-point numbers may wrongly refuse a value such as "
	         "0.15, so validate with exact decimals (in Python: json.load(..., parse_float=decimal.Decimal)).",
	         SP_DECIMAL_MAX / DECIMAL_SCALE);
	if (n < 0 || (size_t)n >= sizeof(decimal))
		die("the description is too long for", "decimal");
	add_def(defs, scalar_defs[2],
	        json_pack("{s:s, s:s, s:i, s:I, s:f}", "description", decimal, "type", "number", "minimum", 0, "maximum",
	                  (json_int_t)(SP_DECIMAL_MAX / DECIMAL_SCALE), "multipleOf", 1.0 / DECIMAL_SCALE));
	set(root, "$defs", defs);

	for (size_t i = 0; i < TEXT_RULE_COUNT; i++)
		if (!text_rules[i].used)
			die("a text rule names a field the format does not have", text_rules[i].key);

	if (json_dumpf(root, stdout, JSON_INDENT(2)) || printf("\n") < 0 || fflush(stdout))
		die("cannot write", "standard output");
	json_decref(root);
	return 0;
}
