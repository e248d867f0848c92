/* The format's enumerations: token and Swedish label of every value. */
#include <string.h>

#include "internal.h"

typedef struct enum_value {
	const char *token;
	const char *label_sv;
} enum_value;

typedef struct enum_def {
	const char *name;
	const enum_value *values; /* values[0] is value 1 */
	int max;
} enum_def;

#define ENUM_DEF(name, values) { (name), (values), (int)(sizeof(values) / sizeof((values)[0])) }

static const enum_value trends[] = {
	{ "decrease", "Minskar" },
	{ "unchanged", "Oförändrad" },
	{ "increase", "Ökar" },
};

static const enum_value support_types[] = {
	{ "grocery_investment", "Investeringar kopplat till dagligvarubutiker" },
	{ "fuel_investment", "Investeringar kopplat till drivmedelsförsäljning" },
	{ "service_grant", "Servicebidrag" },
	{ "home_delivery_grant", "Hemsändningsbidrag" },
	{ "special_operating_support", "Särskilt driftstöd" },
	{ "investment_grant", "Investeringsbidrag" },
	{ "corrosion_protection", "Stöd till korrosionsskydd" },
	{ "other", "Annat" },
};

static const enum_value staffing_areas[] = {
	{ "coordination", "Processledning/koordinering" },
	{ "case_handling", "Stödhandläggning" },
};

static const enum_value contact_roles[] = {
	{ "program", "Kontaktperson för RSP" },
	{ "support_cases", "Kontaktperson för stödärenden" },
	{ "workspace_access", "Tillgång till sharepoint/teams" },
};

static const enum_value actors[] = {
	{ "municipalities", "Kommuner" },
	{ "county_board", "Länsstyrelse" },
	{ "region_other", "Annan del av regionens organisation" },
	{ "business", "Näringsliv" },
	{ "civil_society", "Civilsamhälle" },
	{ "leader", "Leader" },
	{ "business_promotion", "Företagsfrämjare" },
	{ "other", "Annan" },
};

static const enum_value ladder_steps[] = {
	{ "conversation", "Samtal" },
	{ "consultation", "Samråd" },
	{ "shared_view", "Samsyn" },
	{ "cooperation", "Samarbete" },
	{ "collaboration", "Samverkan" },
	{ "joint_action", "Samhandling" },
};

static const enum_value service_types[] = {
	{ "groceries", "Dagligvaror" },
	{ "fuel", "Drivmedel" },
	{ "agent_services", "Ombud för posttjänst, betaltjänst eller apotek" },
	{ "broader_context", "Bredare sammanhang" },
};

static const enum_value statuses[] = {
	{ "continuing", "Fortsätter" },
	{ "completed", "Klar" },
};

static const enum_value bases[] = {
	{ "achieved", "Uppnådda" },
	{ "expected", "Förväntade" },
};

#define SLOTS_MATCH(values, slots) \
	_Static_assert(sizeof(values) / sizeof((values)[0]) + 1 == (slots), #values " and the header's enum differ")
SLOTS_MATCH(trends, SP_TREND_SLOTS);
SLOTS_MATCH(support_types, SP_SUPPORT_SLOTS);
SLOTS_MATCH(staffing_areas, SP_AREA_SLOTS);
SLOTS_MATCH(contact_roles, SP_ROLE_SLOTS);
SLOTS_MATCH(actors, SP_ACTOR_SLOTS);
SLOTS_MATCH(ladder_steps, SP_LADDER_SLOTS);
SLOTS_MATCH(service_types, SP_SERVICE_SLOTS);
SLOTS_MATCH(statuses, SP_STATUS_SLOTS);
SLOTS_MATCH(bases, SP_BASIS_SLOTS);

static const enum_def enums[SP_ENUM_COUNT] = {
	[SP_ENUM_TREND] = ENUM_DEF("trend", trends),
	[SP_ENUM_SUPPORT_TYPE] = ENUM_DEF("support_type", support_types),
	[SP_ENUM_STAFFING_AREA] = ENUM_DEF("staffing_area", staffing_areas),
	[SP_ENUM_CONTACT_ROLE] = ENUM_DEF("contact_role", contact_roles),
	[SP_ENUM_ACTOR] = ENUM_DEF("actor", actors),
	[SP_ENUM_LADDER_STEP] = ENUM_DEF("ladder_step", ladder_steps),
	[SP_ENUM_SERVICE_TYPE] = ENUM_DEF("service_type", service_types),
	[SP_ENUM_STATUS] = ENUM_DEF("status", statuses),
	[SP_ENUM_EFFECTS_BASIS] = ENUM_DEF("effects_basis", bases),
};

static const enum_def *find(int e)
{
	return e >= 0 && e < SP_ENUM_COUNT ? &enums[e] : NULL;
}

SP_API const char *sp_enum_name(sp_enum_id e)
{
	const enum_def *d = find((int)e);
	return d ? d->name : NULL;
}

SP_API int sp_enum_count(void)
{
	return SP_ENUM_COUNT;
}

SP_API int sp_enum_max(sp_enum_id e)
{
	const enum_def *d = find((int)e);
	return d ? d->max : 0;
}

static const enum_value *value_of(int e, int value)
{
	const enum_def *d = find(e);
	return d && value >= 1 && value <= d->max ? &d->values[value - 1] : NULL;
}

SP_API const char *sp_enum_token(sp_enum_id e, int value)
{
	const enum_value *v = value_of((int)e, value);
	return v ? v->token : NULL;
}

SP_API const char *sp_enum_label_sv(sp_enum_id e, int value)
{
	const enum_value *v = value_of((int)e, value);
	return v ? v->label_sv : NULL;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int sp__enum_parse_n(int e, const char *text, size_t len)
{
	const enum_def *d = find(e);
	if (!d || !text)
		return 0;
	while (len && is_space(*text))
		text++, len--;
	while (len && is_space(text[len - 1]))
		len--;
	/* Files written by the library hold the tokens as they are: those first, the cheap way. */
	for (int i = 0; i < d->max; i++)
		if (strlen(d->values[i].token) == len && memcmp(d->values[i].token, text, len) == 0)
			return i + 1;
	for (int i = 0; i < d->max; i++)
		if (sp__text_equal_folded(text, len, d->values[i].token) ||
		    sp__text_equal_folded(text, len, d->values[i].label_sv))
			return i + 1;
	return 0;
}

SP_API int sp_enum_parse(sp_enum_id e, const char *text)
{
	return text ? sp__enum_parse_n((int)e, text, strlen(text)) : 0;
}

int sp__enum_suggest_n(int e, const char *text, size_t len)
{
	const enum_def *d = find(e);
	if (!d || !text || sp__enum_parse_n(e, text, len))
		return 0;
	while (len && is_space(*text))
		text++, len--;
	while (len && is_space(text[len - 1]))
		len--;
	int best = 0;
	size_t best_distance = SIZE_MAX;
	for (int i = 0; i < d->max; i++) {
		size_t to_token = sp__text_distance_folded(text, len, d->values[i].token);
		size_t to_label = sp__text_distance_folded(text, len, d->values[i].label_sv);
		size_t distance = to_token < to_label ? to_token : to_label;
		if (distance < best_distance)
			best = i + 1, best_distance = distance;
	}
	/* As for keys: further off than a third of what was written helps nobody. */
	return best_distance <= 1 + sp__text_length(text, len) / 3 ? best : 0;
}

SP_API int sp_enum_suggest(sp_enum_id e, const char *text)
{
	return text ? sp__enum_suggest_n((int)e, text, strlen(text)) : 0;
}

void sp__enum_choice_list(char *buf, size_t size, int e)
{
	const enum_def *d = find(e);
	size_t used = 0;
	buf[0] = '\0';
	for (int i = 0; d && i < d->max && used < size; i++) {
		int n = snprintf(buf + used, size - used, "%s\"%s\" (%s)", i ? ", " : "", d->values[i].label_sv,
		                 d->values[i].token);
		if (n < 0)
			break;
		used += (size_t)n;
	}
	sp__utf8_trim_cut(buf);
}
