/*
 * The synthetic reports of the benchmarks. Every value goes in through the
 * typed setters, which check it as a file's value would be checked, so a
 * report that builds is one the library can save and load again.
 */
#include <stdio.h>
#include <string.h>

#include "generate.h"

const bench_region bench_regions[BENCH_REGION_COUNT] = {
	{ "Stockholm", "01" },       { "Uppsala", "03" },         { "Sörmland", "04" },
	{ "Östergötland", "05" },    { "Jönköpings län", "06" },  { "Kronoberg", "07" },
	{ "Kalmar län", "08" },      { "Gotland", "09" },         { "Blekinge", "10" },
	{ "Skåne", "12" },           { "Halland", "13" },         { "Västra Götaland", "14" },
	{ "Värmland", "17" },        { "Örebro län", "18" },      { "Västmanland", "19" },
	{ "Dalarna", "20" },         { "Gävleborg", "21" },       { "Västernorrland", "22" },
	{ "Jämtland Härjedalen", "23" }, { "Västerbotten", "24" }, { "Norrbotten", "25" },
};

/* Words of the domain, rich in å, ä and ö, so that texts exercise UTF-8 everywhere. */
static const char *const words[] = {
	"kommersiell", "service", "på", "landsbygden", "dagligvarubutiken", "drivmedel", "hemsändning",
	"servicegivare", "kommunerna", "länsstyrelsen", "tillgänglighet", "samverkan", "ökad", "bibehållen",
	"utveckling", "insatser", "stödet", "ärenden", "handläggning", "näringslivet", "civilsamhället",
	"glesbygd", "förutsättningar", "möjligheter", "och", "för", "till", "med", "att", "i", "av", "under",
	"året", "genom", "värdet", "hållbarhet", "ombud", "apotek", "betaltjänster", "postombud",
	"laddinfrastruktur", "semiobemannade", "butiker", "energieffektivisering", "åtgärder", "öppettider",
	"företagsfrämjare", "särskilt", "driftstöd", "investeringsbidrag", "servicepunkter", "boende",
	"fjällvärlden", "skärgården", "älvdalen", "överenskommelse", "förstudie", "nätverksträffar",
	"Östersund", "Åre", "Älvdalen", "Överkalix", "Härjedalen", "Malmö", "Västerås", "Örebro", "Luleå",
	"Umeå", "Gävle", "Växjö", "Härnösand", "Nyköping", "Linköping", "Söderhamn", "Jämtland",
};
#define WORD_COUNT (sizeof(words) / sizeof(words[0]))

/* splitmix64: small, fast, and the same sequence on every platform. */
typedef struct rng {
	uint64_t state;
} rng;

static uint64_t next_u64(rng *r)
{
	uint64_t z = (r->state += UINT64_C(0x9E3779B97F4A7C15));
	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* A number in [lo, hi]. */
static int64_t between(rng *r, int64_t lo, int64_t hi)
{
	return lo + (int64_t)(next_u64(r) % (uint64_t)(hi - lo + 1));
}

/* Long enough for the longest text made below (4 paragraphs of 3 sentences of 14 words). */
#define TEXT_CAP 16384

typedef struct text {
	char buf[TEXT_CAP];
	size_t len;
} text;

/* Appends `s`; a piece that would not fit is left out whole, so text never ends mid-character. */
static void append(text *t, const char *s)
{
	size_t n = strlen(s);
	if (t->len + n < TEXT_CAP) {
		memcpy(t->buf + t->len, s, n + 1);
		t->len += n;
	}
}

/* Appends a word with its first letter upper-case, å ä ö included (U+00E5, U+00E4, U+00F6). */
static void append_capitalised(text *t, const char *word)
{
	char first[64];
	snprintf(first, sizeof(first), "%s", word);
	const unsigned char *u = (const unsigned char *)first;
	if (first[0] >= 'a' && first[0] <= 'z')
		first[0] = (char)(first[0] - 'a' + 'A');
	else if (u[0] == 0xC3 && (u[1] == 0xA5 || u[1] == 0xA4 || u[1] == 0xB6))
		first[1] = (char)(u[1] - 0x20);
	append(t, first);
}

static void sentence(text *t, rng *r, int min_words, int max_words)
{
	int count = (int)between(r, min_words, max_words);
	for (int i = 0; i < count; i++) {
		const char *word = words[next_u64(r) % WORD_COUNT];
		if (i == 0) {
			append_capitalised(t, word);
			continue;
		}
		append(t, next_u64(r) % 9 == 0 ? ", " : " ");
		append(t, word);
	}
	append(t, next_u64(r) % 11 == 0 ? " – se även föregående år." : ".");
}

/* Paragraphs on lines of their own, some as "- " bullet lines, as the real forms have them. */
static const char *paragraphs(text *t, rng *r, int max_paragraphs, int max_sentences)
{
	int count = (int)between(r, 1, max_paragraphs);
	t->len = 0;
	t->buf[0] = '\0';
	for (int p = 0; p < count; p++) {
		if (p)
			append(t, "\n");
		if (p && next_u64(r) % 3 == 0)
			append(t, "- ");
		int sentences = (int)between(r, 1, max_sentences);
		for (int s = 0; s < sentences; s++) {
			if (s)
				append(t, " ");
			sentence(t, r, 3, 14);
		}
	}
	return t->buf;
}

/* One line, no full stop: a name or title. */
static const char *title(text *t, rng *r, int min_words, int max_words)
{
	t->len = 0;
	t->buf[0] = '\0';
	sentence(t, r, min_words, max_words);
	while (t->len && (t->buf[t->len - 1] == '.' || t->buf[t->len - 1] == ' '))
		t->buf[--t->len] = '\0';
	return t->buf;
}

/* 1537062 as "1 537 062", the way amounts are written in the forms. */
static void grouped(char *buf, size_t size, int64_t value)
{
	char digits[32];
	int n = snprintf(digits, sizeof(digits), "%lld", (long long)value);
	size_t used = 0;
	for (int i = 0; i < n && used + 2 < size; i++) {
		if (i && (n - i) % 3 == 0)
			buf[used++] = ' ';
		buf[used++] = digits[i];
	}
	buf[used] = '\0';
}

typedef struct gen {
	rng r;
	text t;
	sp_error *err;
	int64_t areas;
} gen;

#define TRY(expr) do { if ((rc = (expr)) < 0) return rc; } while (0)

static int make_program(gen *g, sp_report *report)
{
	int rc;
	sp_program *program = sp_report_program_mut(report);
	TRY(sp_program_set_title(program, "Regionalt serviceprogram 2022–2030", g->err));
	TRY(sp_program_set_start_year(program, BENCH_FIRST_YEAR, g->err));
	TRY(sp_program_set_end_year(program, BENCH_FIRST_YEAR + BENCH_YEAR_COUNT - 1, g->err));
	for (int64_t area = 1; area <= g->areas; area++) {
		for (int k = 1; k <= 3; k++) {
			sp_goal *goal;
			char id[32];
			snprintf(id, sizeof(id), "%lld.%d", (long long)area, k);
			TRY(sp_program_add_goal(&goal, program, g->err));
			TRY(sp_goal_set_id(goal, id, g->err));
			TRY(sp_goal_set_text(goal, paragraphs(&g->t, &g->r, 1, 2), g->err));
		}
	}
	return 0;
}

/* Question 1 for the five support types the form asks about. */
static int make_demand(gen *g, sp_report *report)
{
	static const sp_support_type types[] = { SP_SUPPORT_GROCERY_INVESTMENT, SP_SUPPORT_FUEL_INVESTMENT,
	                                         SP_SUPPORT_SERVICE_GRANT, SP_SUPPORT_HOME_DELIVERY_GRANT,
	                                         SP_SUPPORT_SPECIAL_OPERATING_SUPPORT };
	int rc;
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		sp_demand *demand;
		TRY(sp_report_add_demand(&demand, report, g->err));
		TRY(sp_demand_set_support_type(demand, types[i], g->err));
		TRY(sp_demand_set_trend(demand, (sp_trend)between(&g->r, SP_TREND_DECREASE, SP_TREND_INCREASE), g->err));
		TRY(sp_demand_set_comment(demand, paragraphs(&g->t, &g->r, 2, 3), g->err));
		TRY(sp_demand_set_budget_insufficient(demand, (int)between(&g->r, 0, 1), g->err));
	}
	return 0;
}

static int make_staffing(gen *g, sp_report *report, int64_t year)
{
	int rc;
	for (int area = SP_AREA_COORDINATION; area <= SP_AREA_CASE_HANDLING; area++) {
		sp_staffing *staffing;
		TRY(sp_report_add_staffing(&staffing, report, g->err));
		TRY(sp_staffing_set_area(staffing, (sp_work_area)area, g->err));
		TRY(sp_staffing_set_note(staffing, paragraphs(&g->t, &g->r, 2, 2), g->err));
		for (int64_t k = between(&g->r, 2, 6); k > 0; k--) {
			sp_position *position;
			char from[16];
			TRY(sp_staffing_add_position(&position, staffing, g->err));
			TRY(sp_position_set_name(position, title(&g->t, &g->r, 1, 3), g->err));
			/* At most one FTE, so that no position draws the fte-above-one warning. */
			TRY(sp_position_set_fte(position, between(&g->r, 1, 20) * 50, g->err));
			if (k % 2) {
				snprintf(from, sizeof(from), "%lld-%02lld", (long long)year, (long long)between(&g->r, 1, 12));
				TRY(sp_position_set_from(position, from, g->err));
				TRY(sp_position_set_funded_by(position, title(&g->t, &g->r, 3, 8), g->err));
			}
		}
	}
	return 0;
}

static int make_contacts(gen *g, sp_report *report, const bench_region *region)
{
	static const char *const names[] = { "Åsa Lindqvist", "Örjan Bäckström" };
	static const unsigned roles[] = { SP_BIT(SP_ROLE_PROGRAM) | SP_BIT(SP_ROLE_WORKSPACE_ACCESS),
	                                  SP_BIT(SP_ROLE_SUPPORT_CASES) | SP_BIT(SP_ROLE_WORKSPACE_ACCESS) };
	int rc;
	for (size_t i = 0; i < 2; i++) {
		sp_contact *contact;
		char email[64];
		snprintf(email, sizeof(email), "rsp.kontakt%zu@region%s.se", i + 1, region->county_code);
		TRY(sp_report_add_contact(&contact, report, g->err));
		TRY(sp_contact_set_name(contact, names[i], g->err));
		TRY(sp_contact_set_email(contact, email, g->err));
		TRY(sp_contact_set_roles(contact, roles[i], g->err));
	}
	return 0;
}

/* One entry per actor type, as the submission check wants. */
static int make_collaboration(gen *g, sp_report *report)
{
	int rc;
	for (int actor = SP_ACTOR_MUNICIPALITIES; actor <= SP_ACTOR_OTHER; actor++) {
		sp_collaboration *c;
		TRY(sp_report_add_collaboration(&c, report, g->err));
		TRY(sp_collaboration_set_actor(c, (sp_actor)actor, g->err));
		if (actor == SP_ACTOR_OTHER)
			TRY(sp_collaboration_set_label(c, "Trafikverket och Postnord", g->err));
		TRY(sp_collaboration_set_description(c, paragraphs(&g->t, &g->r, 3, 3), g->err));
		TRY(sp_collaboration_set_ladder_step(c, (sp_ladder_step)between(&g->r, SP_LADDER_CONVERSATION,
		                                                                  SP_LADDER_JOINT_ACTION), g->err));
		if (actor % 3 == 0)
			TRY(sp_collaboration_set_ladder_note(c, title(&g->t, &g->r, 2, 5), g->err));
		if (actor % 2 == 0)
			TRY(sp_collaboration_set_challenges(c, paragraphs(&g->t, &g->r, 2, 3), g->err));
	}
	return 0;
}

static int make_output(gen *g, sp_intervention *iv)
{
	static const char *const kinds[] = { "", "Investering dagligvaror", "Investering drivmedel", "Servicebidrag",
	                                     "Hemsändning", "Särskilt driftstöd", "Investeringsbidrag",
	                                     "Korrosionsskydd", "Annat stöd" };
	int rc;
	sp_output *o;
	TRY(sp_intervention_add_output(&o, iv, g->err));
	if (next_u64(&g->r) % 4 == 0) { /* an output that is no support decision: text only */
		TRY(sp_output_set_text(o, title(&g->t, &g->r, 3, 10), g->err));
		return 0;
	}
	sp_support_type type = (sp_support_type)between(&g->r, SP_SUPPORT_GROCERY_INVESTMENT, SP_SUPPORT_OTHER);
	/* Below every plausibility limit: at most 49 home-delivery decisions, at most 250 000 kr each. */
	int64_t count = between(&g->r, 1, 30);
	int64_t amount = count * between(&g->r, 2000, 250000);
	char text[160], kronor[48];
	grouped(kronor, sizeof(kronor), amount);
	snprintf(text, sizeof(text), "%s %lld st %s kr", kinds[type], (long long)count, kronor);
	TRY(sp_output_set_text(o, text, g->err));
	TRY(sp_output_set_support_type(o, type, g->err));
	TRY(sp_output_set_count(o, count, g->err));
	TRY(sp_output_set_amount_sek(o, amount, g->err));
	return 0;
}

static int make_intervention(gen *g, sp_priority_area *area, int64_t number, const bench_region *region)
{
	static const char *const actors[] = { "Kommunerna", "Länsstyrelsen", "Leaderområdet Höga Kusten",
	                                      "Hela Sverige ska leva", "Företagarna", "Coompanion" };
	int rc;
	sp_intervention *iv;
	char goal[32];
	TRY(sp_priority_area_add_intervention(&iv, area, g->err));
	TRY(sp_intervention_set_name(iv, title(&g->t, &g->r, 4, 12), g->err));
	TRY(sp_intervention_set_description(iv, paragraphs(&g->t, &g->r, 2, 2), g->err));
	for (int64_t k = between(&g->r, 1, 2), first = between(&g->r, 1, 3); k > 0; k--) {
		snprintf(goal, sizeof(goal), "%lld.%lld", (long long)number, (long long)((first + k) % 3 + 1));
		TRY(sp_intervention_add_goal_id(iv, goal, g->err));
	}
	if (next_u64(&g->r) % 2)
		TRY(sp_intervention_add_other_goal(iv, "Agenda 2030 mål 11: hållbara städer och samhällen", g->err));
	for (int64_t k = between(&g->r, 1, 3); k > 0; k--) {
		const char *actor = actors[next_u64(&g->r) % (sizeof(actors) / sizeof(actors[0]))];
		TRY(sp_intervention_add_actor(iv, k == 1 ? region->name : actor, g->err));
	}
	TRY(sp_intervention_set_funding(iv, title(&g->t, &g->r, 3, 9), g->err));
	TRY(sp_intervention_set_service_types(iv, (unsigned)between(&g->r, 1, 15) << 1, g->err));
	for (int64_t k = between(&g->r, 1, 5); k > 0; k--)
		TRY(make_output(g, iv));
	sp_effects *effects = sp_intervention_effects_mut(iv);
	TRY(sp_effects_set_short_term(effects, paragraphs(&g->t, &g->r, 2, 1), g->err));
	if (next_u64(&g->r) % 4 == 0) {
		TRY(sp_effects_set_medium_term(effects, paragraphs(&g->t, &g->r, 1, 2), g->err));
		TRY(sp_effects_set_long_term(effects, paragraphs(&g->t, &g->r, 1, 2), g->err));
	}
	TRY(sp_effects_set_basis(effects, (sp_basis)between(&g->r, SP_BASIS_ACHIEVED, SP_BASIS_EXPECTED),
	                         g->err));
	TRY(sp_intervention_set_status(iv, (sp_status)between(&g->r, SP_STATUS_CONTINUING, SP_STATUS_COMPLETED),
	                               g->err));
	if (next_u64(&g->r) % 4 == 0)
		TRY(sp_intervention_set_lessons(iv, paragraphs(&g->t, &g->r, 2, 2), g->err));
	if (next_u64(&g->r) % 4 == 0)
		TRY(sp_intervention_set_next_year(iv, paragraphs(&g->t, &g->r, 1, 2), g->err));
	return 0;
}

static int fill(gen *g, sp_report *report, const bench_params *p)
{
	const bench_region *region = &bench_regions[p->region];
	int rc;
	TRY(sp_region_set_county_code(sp_report_region_mut(report), region->county_code, g->err));
	TRY(make_program(g, report));
	TRY(make_demand(g, report));
	TRY(sp_report_set_future_outlook(report, paragraphs(&g->t, &g->r, 4, 3), g->err));
	TRY(make_staffing(g, report, p->year));
	TRY(make_contacts(g, report, region));
	TRY(sp_report_set_accessibility_work(report, paragraphs(&g->t, &g->r, 4, 3), g->err));
	TRY(make_collaboration(g, report));
	for (int64_t a = 0; a < g->areas; a++) {
		sp_priority_area *area;
		/* Interventions spread evenly: the first areas take one more when they do not divide. */
		size_t share = p->interventions / (size_t)g->areas + ((size_t)a < p->interventions % (size_t)g->areas);
		TRY(sp_report_add_priority_area(&area, report, g->err));
		TRY(sp_priority_area_set_number(area, a + 1, g->err));
		TRY(sp_priority_area_set_title(area, title(&g->t, &g->r, 4, 10), g->err));
		for (size_t i = 0; i < share; i++)
			TRY(make_intervention(g, area, a + 1, region));
	}
	return 0;
}

/* Fills err (may be NULL) for a failure of the generator's own, as the library would. */
static int fail(sp_error *err, int code, const char *message)
{
	if (err) {
		memset(err, 0, sizeof(*err));
		err->code = code;
		snprintf(err->message, sizeof(err->message), "%s", message);
	}
	return code;
}

int bench_generate(sp_report **out, const bench_params *p, sp_error *err)
{
	sp_report *report;
	if (p->region >= BENCH_REGION_COUNT)
		return fail(err, SP_EINVAL, "no such region");
	gen g = { .r = { p->seed ^ ((uint64_t)p->region << 32) ^ (uint64_t)p->year }, .err = err,
	           .areas = 3 + (int64_t)(p->interventions / 500) };
	int rc = sp_report_new(&report, bench_regions[p->region].name, p->year, err);
	if (rc < 0)
		return rc;
	if ((rc = fill(&g, report, p)) < 0) {
		sp_report_free(report);
		return rc;
	}
	*out = report;
	return 0;
}

int bench_generate_checked(sp_report **out, const bench_params *p, sp_error *err)
{
	sp_validate_options opts = SP_VALIDATE_OPTIONS_INIT;
	sp_diagnostics *findings;
	int rc = bench_generate(out, p, err);
	if (rc < 0)
		return rc;
	opts.submission = 1;
	opts.today = (int32_t)(p->year * 10000 + 1215); /* 15 December: the deadline is still ahead */
	if ((rc = sp_report_validate(&findings, *out, &opts, err)) < 0) {
		sp_report_free(*out);
		return rc;
	}
	if (sp_diagnostics_count(findings)) {
		char message[512];
		snprintf(message, sizeof(message), "the generated report is not clean: %s: %s",
		         sp_diagnostics_path(findings, 0), sp_diagnostics_message(findings, 0));
		rc = fail(err, SP_EVALUE, message);
		sp_report_free(*out);
	}
	sp_diagnostics_free(findings);
	return rc;
}

size_t bench_national_interventions(size_t region, int64_t year)
{
	rng r = { BENCH_SEED ^ (region * 131) ^ (uint64_t)year };
	return (size_t)between(&r, 20, 59);
}
