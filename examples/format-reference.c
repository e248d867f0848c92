/*
 * format-reference: prints the reference of the format serviceprogram/1 and
 * the validator's rules as Markdown, from the library's own tables
 * (schema.h, validate.h), so the documentation cannot drift from what the
 * library reads, writes and checks.
 */
#include <stdio.h>

#include <serviceprogram.h>

static const char *kind_name(const sp_field *f)
{
	static char buf[64];
	switch (sp_field_kind(f)) {
	case SP_KIND_STRING: return "text";
	case SP_KIND_INTEGER: return "integer ≥ 0";
	case SP_KIND_DECIMAL: return "decimal ≥ 0, ≤ 3 places";
	case SP_KIND_BOOLEAN: return "true / false";
	case SP_KIND_ENUM: snprintf(buf, sizeof(buf), "`%s`", sp_enum_name(sp_field_enum(f))); return buf;
	case SP_KIND_ENUM_SET: snprintf(buf, sizeof(buf), "list of `%s`", sp_enum_name(sp_field_enum(f))); return buf;
	case SP_KIND_STRING_LIST: return "list of text";
	case SP_KIND_OBJECT: snprintf(buf, sizeof(buf), "%s", sp_type_name(sp_field_type(f))); return buf;
	case SP_KIND_LIST: snprintf(buf, sizeof(buf), "list of %s", sp_type_name(sp_field_type(f))); return buf;
	}
	return "?";
}

/* Prints each type once, parents before children. */
static void print_type(const sp_type *type, const sp_type **done, size_t *ndone)
{
	for (size_t i = 0; i < *ndone; i++)
		if (done[i] == type)
			return;
	done[(*ndone)++] = type;
	printf("#### %s (%s)\n\n| key | type | required | Swedish label |\n|---|---|---|---|\n", sp_type_name(type),
	       sp_type_label_sv(type));
	for (size_t i = 0; i < sp_type_field_count(type); i++) {
		const sp_field *f = sp_type_field(type, i);
		printf("| `%s` | %s | %s | %s |\n", sp_field_key(f), kind_name(f), sp_field_required(f) ? "yes" : "",
		       sp_field_label_sv(f));
	}
	printf("\n");
	for (size_t i = 0; i < sp_type_field_count(type); i++)
		if (sp_field_type(sp_type_field(type, i)))
			print_type(sp_field_type(sp_type_field(type, i)), done, ndone);
}

int main(void)
{
	const sp_type *done[32] = { NULL };
	size_t ndone = 0;
	print_type(sp_schema_report(), done, &ndone);
	printf("#### Enumerations\n\nFiles carry the token; loading also accepts the Swedish label, in any case.\n\n");
	printf("| enum | token | Swedish label |\n|---|---|---|\n");
	for (int e = 0; e < SP_ENUM_COUNT; e++)
		for (int v = 1; v <= sp_enum_max((sp_enum_id)e); v++)
			printf("| %s | `%s` | %s |\n", v == 1 ? sp_enum_name((sp_enum_id)e) : "",
			       sp_enum_token((sp_enum_id)e, v), sp_enum_label_sv((sp_enum_id)e, v));
	printf("\n#### Validation rules\n\nFindings of `sp_report_validate` and `rsp validate`, by stable code. "
	       "Rules whose description begins with submission: run only in the completeness check before sending.\n\n");
	printf("| code | severity | what it finds |\n|---|---|---|\n");
	for (size_t i = 0; i < sp_validate_rule_count(); i++) {
		sp_severity severity;
		const char *description;
		const char *code = sp_validate_rule(i, &severity, &description);
		printf("| `%s` | %s | %s |\n", code, severity == SP_SEVERITY_ERROR ? "error" : "warning", description);
	}
	return 0;
}
