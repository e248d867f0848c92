/*
 * The format serviceprogram/1 as data: every element's fields with key,
 * kind, Swedish label, whether required, and enum or child type. Loading,
 * saving, copying, comparing and the generic accessors all walk these
 * tables; nothing else in the library lists the format's keys.
 */
#include <stdlib.h>
#include <string.h>

#include "fields.h"

#define TEXT(k, label) { .key = (k), .label_sv = (label), .kind = SP_KIND_STRING, .enum_id = -1 }
#define TEXT_RULE(k, label, r) { .key = (k), .label_sv = (label), .kind = SP_KIND_STRING, .enum_id = -1, .rule = (r) }
#define INTEGER(k, label) { .key = (k), .label_sv = (label), .kind = SP_KIND_INTEGER, .enum_id = -1 }
#define DECIMAL(k, label) { .key = (k), .label_sv = (label), .kind = SP_KIND_DECIMAL, .enum_id = -1 }
#define BOOLEAN(k, label) { .key = (k), .label_sv = (label), .kind = SP_KIND_BOOLEAN, .enum_id = -1 }
#define ENUM(k, label, e) { .key = (k), .label_sv = (label), .kind = SP_KIND_ENUM, .enum_id = (e) }
#define ENUM_SET(k, label, e) { .key = (k), .label_sv = (label), .kind = SP_KIND_ENUM_SET, .enum_id = (e) }
#define TEXT_LIST(k, label) { .key = (k), .label_sv = (label), .kind = SP_KIND_STRING_LIST, .enum_id = -1 }
#define OBJECT(k, label, t) { .key = (k), .label_sv = (label), .kind = SP_KIND_OBJECT, .enum_id = -1, .child = &(t) }
#define LIST(k, label, t) { .key = (k), .label_sv = (label), .kind = SP_KIND_LIST, .enum_id = -1, .child = &(t) }
#define REQUIRED .required = true

static const sp_field region_fields[F_REGION_FIELDS] = {
	[F_REGION_NAME] = { .key = "name", .label_sv = "Region", .kind = SP_KIND_STRING, .enum_id = -1, REQUIRED },
	[F_REGION_COUNTY_CODE] = TEXT_RULE("county_code", "Länskod", sp__rule_county_code),
};

static const sp_field goal_fields[F_GOAL_FIELDS] = {
	[F_GOAL_ID] = { .key = "id", .label_sv = "Nummer", .kind = SP_KIND_STRING, .enum_id = -1, REQUIRED },
	[F_GOAL_TEXT] = TEXT("text", "Mål"),
};

static const sp_field program_fields[F_PROGRAM_FIELDS] = {
	[F_PROGRAM_TITLE] = TEXT("title", "Titel"),
	[F_PROGRAM_START_YEAR] = INTEGER("start_year", "Startår"),
	[F_PROGRAM_END_YEAR] = INTEGER("end_year", "Slutår"),
	[F_PROGRAM_GOALS] = LIST("goals", "Mål", sp__goal_type),
};

static const sp_field demand_fields[F_DEMAND_FIELDS] = {
	[F_DEMAND_SUPPORT_TYPE] = { .key = "support_type", .label_sv = "Stödtyp", .kind = SP_KIND_ENUM,
	                            .enum_id = SP_ENUM_SUPPORT_TYPE, REQUIRED },
	[F_DEMAND_TREND] = ENUM("trend", "Bedömning", SP_ENUM_TREND),
	[F_DEMAND_COMMENT] = TEXT("comment", "Kommentar"),
	[F_DEMAND_BUDGET_INSUFFICIENT] = BOOLEAN("budget_insufficient", "Budgeten räcker inte"),
	[F_DEMAND_NOT_PRIORITISED] = BOOLEAN("not_prioritised", "Används eller prioriteras inte"),
};

static const sp_field position_fields[F_POSITION_FIELDS] = {
	[F_POSITION_NAME] = TEXT("name", "Namn eller roll"),
	[F_POSITION_FTE] = DECIMAL("fte", "Årsarbetskrafter"),
	[F_POSITION_FROM] = TEXT_RULE("from", "Från", sp__rule_date),
	[F_POSITION_FUNDED_BY] = TEXT("funded_by", "Finansiering"),
};

static const sp_field staffing_fields[F_STAFFING_FIELDS] = {
	[F_STAFFING_AREA] = { .key = "area", .label_sv = "Område", .kind = SP_KIND_ENUM,
	                      .enum_id = SP_ENUM_STAFFING_AREA, REQUIRED },
	[F_STAFFING_NOTE] = TEXT("note", "Kommentar"),
	[F_STAFFING_POSITIONS] = LIST("positions", "Tjänster", sp__position_type),
};

static const sp_field contact_fields[F_CONTACT_FIELDS] = {
	[F_CONTACT_NAME] = TEXT("name", "Namn"),
	[F_CONTACT_EMAIL] = TEXT("email", "E-post"),
	[F_CONTACT_ROLES] = ENUM_SET("roles", "Roller", SP_ENUM_CONTACT_ROLE),
};

static const sp_field collaboration_fields[F_COLLABORATION_FIELDS] = {
	[F_COLLABORATION_ACTOR] = { .key = "actor", .label_sv = "Aktör", .kind = SP_KIND_ENUM,
	                            .enum_id = SP_ENUM_ACTOR, REQUIRED },
	[F_COLLABORATION_LABEL] = TEXT("label", "Aktörens namn"),
	[F_COLLABORATION_DESCRIPTION] = TEXT("description", "Beskriv samverkan"),
	[F_COLLABORATION_LADDER_STEP] = ENUM("ladder_step", "Steg i samverkanstrappan", SP_ENUM_LADDER_STEP),
	[F_COLLABORATION_LADDER_NOTE] = TEXT("ladder_note", "Steg i samverkanstrappan, som skrivet"),
	[F_COLLABORATION_CHALLENGES] = TEXT("challenges", "Eventuella utmaningar eller framgångsfaktorer"),
};

static const sp_field output_fields[F_OUTPUT_FIELDS] = {
	[F_OUTPUT_TEXT] = { .key = "text", .label_sv = "Prestation", .kind = SP_KIND_STRING, .enum_id = -1, REQUIRED },
	[F_OUTPUT_SUPPORT_TYPE] = ENUM("support_type", "Stödtyp", SP_ENUM_SUPPORT_TYPE),
	[F_OUTPUT_COUNT] = INTEGER("count", "Antal"),
	[F_OUTPUT_AMOUNT_SEK] = INTEGER("amount_sek", "Belopp (kr)"),
};

static const sp_field effects_fields[F_EFFECTS_FIELDS] = {
	[F_EFFECTS_SHORT_TERM] = TEXT("short_term", "Kort sikt"),
	[F_EFFECTS_MEDIUM_TERM] = TEXT("medium_term", "Medellång sikt"),
	[F_EFFECTS_LONG_TERM] = TEXT("long_term", "Lång sikt"),
	[F_EFFECTS_GENERAL] = TEXT("general", "Effekter"),
	[F_EFFECTS_BASIS] = ENUM("basis", "Uppnådda eller förväntade", SP_ENUM_EFFECTS_BASIS),
};

static const sp_field intervention_fields[F_INTERVENTION_FIELDS] = {
	[F_INTERVENTION_NAME] = TEXT("name", "Planerad insats"),
	[F_INTERVENTION_DESCRIPTION] = TEXT("description", "Beskrivning"),
	[F_INTERVENTION_GOALS] = TEXT_LIST("goals", "Mål i RSP"),
	[F_INTERVENTION_OTHER_GOALS] = TEXT_LIST("other_goals", "Mål i RUS och Agenda 2030"),
	[F_INTERVENTION_ACTORS] = TEXT_LIST("actors", "Aktörer"),
	[F_INTERVENTION_FUNDING] = TEXT("funding", "Resurser"),
	[F_INTERVENTION_SERVICE_TYPES] = ENUM_SET("service_types", "Huvudsakligt serviceslag", SP_ENUM_SERVICE_TYPE),
	[F_INTERVENTION_OUTPUTS] = LIST("outputs", "Resultat i form av prestationer", sp__output_type),
	[F_INTERVENTION_EFFECTS] = OBJECT("effects", "Resultat i form av effekter", sp__effects_type),
	[F_INTERVENTION_STATUS] = ENUM("status", "Status", SP_ENUM_STATUS),
	[F_INTERVENTION_LESSONS] = TEXT("lessons", "Vad tar vi med oss?"),
	[F_INTERVENTION_NEXT_YEAR] = TEXT("next_year", "Till nästa år"),
};

static const sp_field priority_area_fields[F_AREA_FIELDS] = {
	[F_AREA_NUMBER] = { .key = "number", .label_sv = "Nummer", .kind = SP_KIND_INTEGER, .enum_id = -1, REQUIRED },
	[F_AREA_TITLE] = TEXT("title", "Prioriterat område"),
	[F_AREA_INTERVENTIONS] = LIST("interventions", "Insatser", sp__intervention_type),
};

static const sp_field report_fields[F_REPORT_FIELDS] = {
	[F_REPORT_FORMAT] = { .key = "format", .label_sv = "Format", .kind = SP_KIND_STRING, .enum_id = -1,
	                      .rule = sp__rule_format, REQUIRED },
	[F_REPORT_REGION] = { .key = "region", .label_sv = "Region", .kind = SP_KIND_OBJECT, .enum_id = -1,
	                      .child = &sp__region_type, REQUIRED },
	[F_REPORT_YEAR] = { .key = "year", .label_sv = "Verksamhetsår", .kind = SP_KIND_INTEGER, .enum_id = -1, REQUIRED },
	[F_REPORT_PROGRAM] = OBJECT("program", "Regionalt serviceprogram", sp__program_type),
	[F_REPORT_DEMAND_OUTLOOK] = LIST("demand_outlook", "Efterfrågan per stödtyp (fråga 1)", sp__demand_type),
	[F_REPORT_FUTURE_OUTLOOK] = TEXT("future_outlook", "Framtidsspaning (fråga 2)"),
	[F_REPORT_STAFFING] = LIST("staffing", "Personalresurser (fråga 3)", sp__staffing_type),
	[F_REPORT_CONTACTS] = LIST("contacts", "Kontaktpersoner (fråga 4)", sp__contact_type),
	[F_REPORT_ACCESSIBILITY_WORK] = TEXT("accessibility_work", "Arbetet med tillgänglighet (fråga 5)"),
	[F_REPORT_COLLABORATION] = LIST("collaboration", "Samverkan (fråga 6)", sp__collaboration_type),
	[F_REPORT_PRIORITY_AREAS] = LIST("priority_areas", "Prioriterade områden", sp__priority_area_type),
};

#define TYPE(name, label, fields) { (name), (label), (fields), sizeof(fields) / sizeof((fields)[0]) }

/* Every element type, at its id: a node keeps the id, not a pointer (see sp_node). */
const sp_type sp__types[SP_TYPE_COUNT] = {
	[SP_TYPE_REPORT] = TYPE("report", "Uppföljning av regionalt serviceprogram", report_fields),
	[SP_TYPE_REGION] = TYPE("region", "Region", region_fields),
	[SP_TYPE_GOAL] = TYPE("goal", "Mål", goal_fields),
	[SP_TYPE_PROGRAM] = TYPE("program", "Regionalt serviceprogram", program_fields),
	[SP_TYPE_DEMAND] = TYPE("demand", "Efterfrågan", demand_fields),
	[SP_TYPE_POSITION] = TYPE("position", "Tjänst", position_fields),
	[SP_TYPE_STAFFING] = TYPE("staffing", "Personalresurser", staffing_fields),
	[SP_TYPE_CONTACT] = TYPE("contact", "Kontaktperson", contact_fields),
	[SP_TYPE_COLLABORATION] = TYPE("collaboration", "Samverkan", collaboration_fields),
	[SP_TYPE_OUTPUT] = TYPE("output", "Prestation", output_fields),
	[SP_TYPE_EFFECTS] = TYPE("effects", "Effekter", effects_fields),
	[SP_TYPE_INTERVENTION] = TYPE("intervention", "Insats", intervention_fields),
	[SP_TYPE_PRIORITY_AREA] = TYPE("priority_area", "Prioriterat område", priority_area_fields),
};

/* ---- rules of particular text fields -------------------------------- */

const char *sp__rule_format(const char *text)
{
	return strcmp(text, SP_FORMAT_VERSION) == 0 ? NULL : "\"" SP_FORMAT_VERSION "\", the format this library reads";
}

static bool digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

const char *sp__rule_county_code(const char *text)
{
	static const char *expected = N_("a two-digit county code from \"01\" to \"25\"");
	if (strlen(text) != 2 || !digits(text, 2))
		return expected;
	int code = (text[0] - '0') * 10 + (text[1] - '0');
	return code >= 1 && code <= 25 ? NULL : expected;
}

int sp__days_in_month(int64_t year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return month == 2 && leap ? 29 : days[month - 1];
}

const char *sp__rule_date(const char *text)
{
	static const char *expected = N_("a date as YYYY-MM-DD or YYYY-MM");
	size_t n = strlen(text);
	if ((n != 7 && n != 10) || !digits(text, 4) || text[4] != '-' || !digits(text + 5, 2))
		return expected;
	/* NOLINTNEXTLINE(cert-err34-c): four digits, checked above */
	int year = atoi(text), month = (text[5] - '0') * 10 + (text[6] - '0');
	if (month < 1 || month > 12)
		return expected;
	if (n == 7)
		return NULL;
	if (text[7] != '-' || !digits(text + 8, 2))
		return expected;
	int day = (text[8] - '0') * 10 + (text[9] - '0');
	return day >= 1 && day <= sp__days_in_month(year, month) ? NULL : expected;
}

/* ---- introspection --------------------------------------------------- */

const char *sp__closest_key(const sp_type *type, const char *key)
{
	const char *best = NULL;
	size_t best_distance = (size_t)-1;
	for (size_t i = 0; i < type->field_count; i++) {
		size_t d = sp__text_distance_folded(key, strlen(key), type->fields[i].key);
		if (d < best_distance)
			best = type->fields[i].key, best_distance = d;
	}
	/* A suggestion further off than a third of the key helps nobody. */
	return best && best_distance <= 1 + strlen(key) / 3 ? best : NULL;
}

SP_API const sp_type *sp_schema_report(void) { return &sp__report_type; }
SP_API const char *sp_type_name(const sp_type *type) { return type ? type->name : NULL; }
SP_API const char *sp_type_label_sv(const sp_type *type) { return type ? type->label_sv : NULL; }
SP_API size_t sp_type_field_count(const sp_type *type) { return type ? type->field_count : 0; }

SP_API const sp_field *sp_type_field(const sp_type *type, size_t index)
{
	return type && index < type->field_count ? &type->fields[index] : NULL;
}

SP_API const sp_field *sp_type_field_by_key(const sp_type *type, const char *key)
{
	for (size_t i = 0; type && key && i < type->field_count; i++)
		if (strcmp(type->fields[i].key, key) == 0)
			return &type->fields[i];
	return NULL;
}

SP_API const char *sp_field_key(const sp_field *f) { return f ? f->key : NULL; }
SP_API sp_kind sp_field_kind(const sp_field *f) { return f ? f->kind : SP_KIND_STRING; }
SP_API const char *sp_field_label_sv(const sp_field *f) { return f ? f->label_sv : NULL; }
SP_API int sp_field_required(const sp_field *f) { return f && f->required; }
SP_API int sp_field_enum(const sp_field *f) { return f ? f->enum_id : -1; }
SP_API const sp_type *sp_field_type(const sp_field *f) { return f ? f->child : NULL; }
