/*
 * Checking a report: consistency, completeness for submission and
 * plausibility of amounts. One walk over the report, top to bottom, in the
 * canonical key order, so that findings come in the order of the file;
 * findings about the report as a whole sit where their field would be.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "serviceprogram/outputs.h"
#include "options.h"

/* ---- the rules ------------------------------------------------------- */

enum rule_id {
	R_YEAR_OUTSIDE_PROGRAM,
	R_PROGRAM_YEARS_REVERSED,
	R_DUPLICATE_AREA_NUMBER,
	R_DUPLICATE_GOAL_ID,
	R_UNKNOWN_GOAL,
	R_GOAL_OF_OTHER_AREA,
	R_DUPLICATE_SUPPORT_TYPE,
	R_BAD_EMAIL,
	R_FTE_ABOVE_ONE,
	R_EMPTY_NAME,
	R_OUTPUT_FIGURES_MISSING,
	R_OUTPUT_FIGURES_DISAGREE,
	R_OUTPUT_TEXT_UNCLEAR,
	R_MISSING_COUNTY_CODE,
	R_MISSING_DEMAND,
	R_MISSING_FUTURE_OUTLOOK,
	R_MISSING_FTE,
	R_MISSING_PROGRAM_CONTACT,
	R_MISSING_SUPPORT_CASES_CONTACT,
	R_MISSING_WORKSPACE_ACCESS_CONTACT,
	R_INCOMPLETE_CONTACT,
	R_MISSING_ACCESSIBILITY_WORK,
	R_MISSING_COLLABORATION,
	R_MISSING_COLLABORATION_DESCRIPTION,
	R_MISSING_INTERVENTIONS,
	R_MISSING_INTERVENTION_NAME,
	R_MISSING_GOAL,
	R_MISSING_SERVICE_TYPE,
	R_MISSING_RESULTS,
	R_MISSING_STATUS,
	R_DEADLINE_PASSED,
	R_IMPLAUSIBLE_SPECIAL_OPERATING_SUPPORT,
	R_IMPLAUSIBLE_SERVICE_GRANT,
	R_IMPLAUSIBLE_HOME_DELIVERY_COUNT,
	R_COUNT
};

/* Every finding the validator can make. The codes are stable: tools match on them. */
static const struct rule {
	const char *code;
	sp_severity severity;
	const char *description;
} rules[R_COUNT] = {
	[R_YEAR_OUTSIDE_PROGRAM] = { "year-outside-program", SP_SEVERITY_ERROR,
		N_("the report's year is before the programme's start year or after its end year") },
	[R_PROGRAM_YEARS_REVERSED] = { "program-years-reversed", SP_SEVERITY_ERROR,
		N_("the programme's start year is after its end year") },
	[R_DUPLICATE_AREA_NUMBER] = { "duplicate-area-number", SP_SEVERITY_ERROR,
		N_("two priority areas have the same number") },
	[R_DUPLICATE_GOAL_ID] = { "duplicate-goal-id", SP_SEVERITY_ERROR,
		N_("two programme goals have the same id") },
	[R_UNKNOWN_GOAL] = { "unknown-goal", SP_SEVERITY_ERROR,
		N_("an intervention names a goal id that is not among the programme's goals") },
	[R_GOAL_OF_OTHER_AREA] = { "goal-of-other-area", SP_SEVERITY_WARNING,
		N_("an intervention names a goal whose number (\"2\" in \"2.1\") is not its priority area's") },
	[R_DUPLICATE_SUPPORT_TYPE] = { "duplicate-support-type", SP_SEVERITY_ERROR,
		N_("question 1 answers a support type twice") },
	[R_BAD_EMAIL] = { "bad-email", SP_SEVERITY_ERROR,
		N_("a contact's e-mail address is not well-formed") },
	[R_FTE_ABOVE_ONE] = { "fte-above-one", SP_SEVERITY_WARNING,
		N_("a position has more than 1.0 FTE, one person's full time") },
	[R_EMPTY_NAME] = { "empty-name", SP_SEVERITY_ERROR,
		N_("a name, goal id, output text or collaboration label is empty or only white space") },
	[R_OUTPUT_FIGURES_MISSING] = { "output-figures-missing", SP_SEVERITY_WARNING,
		N_("an output's text gives a support type, count or amount that its fields lack, so the totals leave "
		   "it out (rsp fill-outputs fills them in)") },
	[R_OUTPUT_FIGURES_DISAGREE] = { "output-figures-disagree", SP_SEVERITY_WARNING,
		N_("an output's text gives another support type, count or amount than its fields hold") },
	[R_OUTPUT_TEXT_UNCLEAR] = { "output-text-unclear", SP_SEVERITY_WARNING,
		N_("an output's text gives figures that cannot be read without guessing, and its fields hold no "
		   "count or amount") },
	[R_MISSING_COUNTY_CODE] = { "missing-county-code", SP_SEVERITY_ERROR,
		N_("submission: the region has no county code (länskod)") },
	[R_MISSING_DEMAND] = { "missing-demand", SP_SEVERITY_ERROR,
		N_("submission: question 1 gives neither a trend nor \"not prioritised\" for one of its five support "
		   "types") },
	[R_MISSING_FUTURE_OUTLOOK] = { "missing-future-outlook", SP_SEVERITY_ERROR,
		N_("submission: question 2 (future outlook) is unanswered, or answered in fewer than three words other "
		   "than a plain no (\"Nej\", \"Inget att rapportera\")") },
	[R_MISSING_FTE] = { "missing-fte", SP_SEVERITY_ERROR,
		N_("submission: a staffing area of question 3 has no position with FTE (an FTE of 0 counts when the "
		   "area's note says why)") },
	[R_MISSING_PROGRAM_CONTACT] = { "missing-program-contact", SP_SEVERITY_ERROR,
		N_("submission: no contact person has the role program") },
	[R_MISSING_SUPPORT_CASES_CONTACT] = { "missing-support-cases-contact", SP_SEVERITY_ERROR,
		N_("submission: no contact person has the role support_cases") },
	[R_MISSING_WORKSPACE_ACCESS_CONTACT] = { "missing-workspace-access-contact", SP_SEVERITY_ERROR,
		N_("submission: no contact person has the role workspace_access") },
	[R_INCOMPLETE_CONTACT] = { "incomplete-contact", SP_SEVERITY_ERROR,
		N_("submission: a contact person lacks a name or an e-mail address") },
	[R_MISSING_ACCESSIBILITY_WORK] = { "missing-accessibility-work", SP_SEVERITY_ERROR,
		N_("submission: question 5 (accessibility work) is unanswered, answered in fewer than three words, or "
		   "answered with a plain no") },
	[R_MISSING_COLLABORATION] = { "missing-collaboration", SP_SEVERITY_ERROR,
		N_("submission: question 6 has no entry for an actor type") },
	[R_MISSING_COLLABORATION_DESCRIPTION] = { "missing-collaboration-description", SP_SEVERITY_ERROR,
		N_("submission: a question-6 entry has no description (an entry of the actor other without a label "
		   "says there is no other actor)") },
	[R_MISSING_INTERVENTIONS] = { "missing-interventions", SP_SEVERITY_ERROR,
		N_("submission: the action plan has no intervention") },
	[R_MISSING_INTERVENTION_NAME] = { "missing-intervention-name", SP_SEVERITY_ERROR,
		N_("submission: an intervention has no name") },
	[R_MISSING_GOAL] = { "missing-goal", SP_SEVERITY_ERROR,
		N_("submission: an intervention names no goal of the programme") },
	[R_MISSING_SERVICE_TYPE] = { "missing-service-type", SP_SEVERITY_ERROR,
		N_("submission: an intervention has no service type") },
	[R_MISSING_RESULTS] = { "missing-results", SP_SEVERITY_ERROR,
		N_("submission: an intervention has neither an output nor an effect") },
	[R_MISSING_STATUS] = { "missing-status", SP_SEVERITY_ERROR,
		N_("submission: an intervention has no status") },
	[R_DEADLINE_PASSED] = { "deadline-passed", SP_SEVERITY_WARNING,
		N_("submission: the deadline, 31 January of the following year, has passed") },
	[R_IMPLAUSIBLE_SPECIAL_OPERATING_SUPPORT] = { "implausible-special-operating-support", SP_SEVERITY_WARNING,
		N_("särskilt driftstöd averages more per decision than the year's legal maximum") },
	[R_IMPLAUSIBLE_SERVICE_GRANT] = { "implausible-service-grant", SP_SEVERITY_WARNING,
		N_("servicebidrag averages more per decision than the legal maximum") },
	[R_IMPLAUSIBLE_HOME_DELIVERY_COUNT] = { "implausible-home-delivery-count", SP_SEVERITY_WARNING,
		N_("an output counts more hemsändningsbidrag decisions than any county has kommuner") },
};

/* ---- plausibility thresholds ----------------------------------------- */

typedef enum measure_kind {
	AVERAGE_PER_DECISION, /* sum of amount_sek / sum of count over the report's outputs of the type */
	COUNT_PER_OUTPUT      /* count of one output */
} measure_kind;

#define ANY_YEAR_FROM 0
#define ANY_YEAR_TO INT64_MAX

/* The limits change by year: the row for the report's year applies. */
static const struct limit {
	enum rule_id rule;
	sp_support_type support_type;
	measure_kind measure;
	int64_t first_year, last_year; /* inclusive */
	int64_t max;                   /* kronor per decision, or decisions per output */
} limits[] = {
	/* Förordning (2000:284) om stöd till kommersiell service as worded 2018–2023: särskilt
	 * driftstöd at most 300 000 kr a year per store. */
	{ R_IMPLAUSIBLE_SPECIAL_OPERATING_SUPPORT, SP_SUPPORT_SPECIAL_OPERATING_SUPPORT, AVERAGE_PER_DECISION,
	  ANY_YEAR_FROM, 2024, 300000 },
	/* Fri Köpenskap on the 2025 amount: at most 350 000 kr. */
	{ R_IMPLAUSIBLE_SPECIAL_OPERATING_SUPPORT, SP_SUPPORT_SPECIAL_OPERATING_SUPPORT, AVERAGE_PER_DECISION,
	  2025, 2025, 350000 },
	/* Fri Köpenskap on the 2026 amount: at most 370 000 kr. */
	{ R_IMPLAUSIBLE_SPECIAL_OPERATING_SUPPORT, SP_SUPPORT_SPECIAL_OPERATING_SUPPORT, AVERAGE_PER_DECISION,
	  2026, ANY_YEAR_TO, 370000 },
	/* SFS 2000:284: servicebidrag at most 250 000 kr a year per recipient, 300 000 kr for stores
	 * that are strategically important or have a well-developed basic service. */
	{ R_IMPLAUSIBLE_SERVICE_GRANT, SP_SUPPORT_SERVICE_GRANT, AVERAGE_PER_DECISION,
	  ANY_YEAR_FROM, ANY_YEAR_TO, 300000 },
	/* SFS 2000:284: the applicant for hemsändningsbidrag is a kommun, and the county with the most
	 * kommuner, Västra Götaland, has 49 (SCB). */
	{ R_IMPLAUSIBLE_HOME_DELIVERY_COUNT, SP_SUPPORT_HOME_DELIVERY_GRANT, COUNT_PER_OUTPUT,
	  ANY_YEAR_FROM, ANY_YEAR_TO, 49 },
};

static const struct limit *limit_for(sp_support_type type, measure_kind measure, int64_t year)
{
	for (size_t i = 0; i < sizeof(limits) / sizeof(limits[0]); i++) {
		const struct limit *l = &limits[i];
		if (l->support_type == type && l->measure == measure && year >= l->first_year &&
		    year <= l->last_year)
			return l;
	}
	return NULL;
}

/* The five support types question 1 asks about. */
static const sp_support_type question_1_types[] = {
	SP_SUPPORT_GROCERY_INVESTMENT, SP_SUPPORT_FUEL_INVESTMENT, SP_SUPPORT_SERVICE_GRANT,
	SP_SUPPORT_HOME_DELIVERY_GRANT, SP_SUPPORT_SPECIAL_OPERATING_SUPPORT,
};

/* ---- the rules as data ----------------------------------------------- */

SP_API size_t sp_validate_rule_count(void)
{
	return R_COUNT;
}

SP_API const char *sp_validate_rule(size_t index, sp_severity *severity, const char **description)
{
	if (index >= R_COUNT)
		return NULL;
	if (severity)
		*severity = rules[index].severity;
	if (description)
		*description = rules[index].description;
	return rules[index].code;
}

/* ---- the walk -------------------------------------------------------- */

/* The report's outputs of one support type, for the averages. */
typedef struct type_totals {
	int64_t amount, count;   /* saturated at INT64_MAX */
	const sp_output *first;  /* the first output with both a count and an amount */
} type_totals;

typedef struct walk {
	sp_diagnostics *out;
	const sp_report *report;
	int64_t year;
	bool submission;
	int32_t today;
	sp_hash_table goals; /* the programme's goal ids */
	type_totals totals[SP_SUPPORT_OTHER + 1];
	size_t interventions; /* in every priority area */
	int rc; /* the first failure; once set, nothing more is recorded */
} walk;

/* Records a finding of `rule` at `where`, plus `key` (may be NULL) and `index` (-1 for none). */
static void add_finding(walk *w, enum rule_id rule, const void *where, const char *key, long index,
                        const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void add_finding(walk *w, enum rule_id rule, const void *where, const char *key, long index,
                        const char *fmt, ...)
{
	if (w->rc)
		return;
	char path[1024], message[512];
	sp__node_pointer(path, sizeof(path), where, key, index);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), sp__tr(fmt), ap);
	va_end(ap);
	sp__utf8_trim_cut(message);
	w->rc = sp__diagnostics_add(w->out, rules[rule].code, rules[rule].severity, path, message, sp_node_line(where),
	                            sp_node_column(where));
}

/* A value of an enumeration as findings name it: its label as the form words it, and its token
 * as the file holds it ("Servicebidrag", service_grant), two arguments for "\"%s\" (%s)". */
#define NAMED(e, value) sp_enum_label_sv((e), (int)(value)), sp_enum_token((e), (int)(value))

/* ---- small text checks ----------------------------------------------- */

/* Length of the white-space character at `s` (ASCII, no-break space, narrow no-break space), else 0. */
static size_t space_at(const char *s)
{
	if (*s && strchr(" \t\n\r\f\v", *s))
		return 1;
	if (strncmp(s, "\xC2\xA0", 2) == 0)
		return 2;
	if (strncmp(s, "\xE2\x80\xAF", 3) == 0)
		return 3;
	return 0;
}

static bool is_blank(const char *text)
{
	size_t n;
	for (; *text; text += n)
		if (!(n = space_at(text)))
			return false;
	return true;
}

static bool has_space(const char *text)
{
	for (; *text; text++)
		if (space_at(text))
			return true;
	return false;
}

/* NULL when `email` is well-formed, else what is wrong, without repeating the address. */
static const char *email_problem(const char *email)
{
	const char *at = strchr(email, '@');
	if (!at)
		return N_("it has no '@'");
	if (strchr(at + 1, '@'))
		return N_("it has more than one '@'");
	if (at == email)
		return N_("nothing comes before the '@'");
	if (has_space(email))
		return N_("it contains white space");
	const char *domain = at + 1;
	size_t len = strlen(domain);
	if (!strchr(domain, '.'))
		return N_("the part after the '@' has no dot");
	if (domain[0] == '.' || domain[len - 1] == '.')
		return N_("the part after the '@' begins or ends with a dot");
	return NULL;
}

/* Reports `what` when it says nothing: blank, or absent where the format requires it
 * (a report built with the typed API may not have filled it in yet). */
static void check_name(walk *w, const void *where, const char *key, const char *text, const char *what)
{
	if (text ? is_blank(text) : sp_field_required(sp_type_field_by_key(sp_node_type(where), key)))
		add_finding(w, R_EMPTY_NAME, where, key, -1, "the %s is empty or only white space", _(what));
}

/* The number of words: runs of letters and digits (any byte of a UTF-8 letter counts as one). */
static size_t word_count(const char *text)
{
	size_t words = 0;
	for (bool in_word = false; *text; text++) {
		bool letter = ((unsigned char)*text >= 0x80) || (*text >= '0' && *text <= '9') ||
		              ((*text | 0x20) >= 'a' && (*text | 0x20) <= 'z');
		words += letter && !in_word;
		in_word = letter;
	}
	return words;
}

/* Whether the text is a plain no, as "Inget att rapportera." or "Nej": case, spaces and the
 * punctuation around it aside. */
static bool plain_no(const char *text)
{
	static const char *const answers[] = { "nej", "inget", "inga", "inget att rapportera",
		                                   "inget nytt att rapportera", "nej, inget att rapportera" };
	while (*text && (space_at(text) || *text == '-'))
		text += space_at(text) ? space_at(text) : 1;
	size_t len = strlen(text);
	while (len && strchr(" .!\t\n\r", text[len - 1]))
		len--;
	for (size_t i = 0; i < sizeof(answers) / sizeof(answers[0]); i++)
		if (sp__text_equal_folded(text, len, answers[i]))
			return true;
	return false;
}

/* For submission: reports a question left unanswered, blank or answered in fewer than three
 * words; where `no_allowed`, a plain no is an answer. */
static void check_answered(walk *w, enum rule_id rule, const char *key, const char *text, int question,
                           bool no_allowed)
{
	if (!w->submission)
		return;
	if (!text || is_blank(text))
		add_finding(w, rule, w->report, key, -1, "question %d is not answered", question);
	else if (!no_allowed && plain_no(text))
		add_finding(w, rule, w->report, key, -1,
		            "question %d asks how the work was done: describe it in a sentence or more", question);
	else if (word_count(text) < 3 && !(no_allowed && plain_no(text)))
		add_finding(w, rule, w->report, key, -1, no_allowed ?
		            N_("question %d is answered in fewer than three words: write a sentence, or "
		               "\"Inget att rapportera\"") : N_("question %d is answered in fewer than three words: "
		                                              "describe the work in a sentence or more"), question);
}

/* ---- region, year and programme --------------------------------------- */

static void check_region(walk *w)
{
	const sp_region *region = sp_report_region(w->report);
	check_name(w, region, "name", sp_region_name(region), "region's name");
	if (w->submission && !sp_region_county_code(region))
		add_finding(w, R_MISSING_COUNTY_CODE, region, "county_code", -1,
		            "the region has no county code (länskod), such as \"23\"");
}

static void check_year(walk *w)
{
	const sp_program *program = sp_report_program(w->report);
	int64_t start = sp_program_start_year(program), end = sp_program_end_year(program);
	if (start >= 0 && w->year < start)
		add_finding(w, R_YEAR_OUTSIDE_PROGRAM, w->report, "year", -1,
		            "the report's year is before the programme's start year");
	if (end >= 0 && w->year > end)
		add_finding(w, R_YEAR_OUTSIDE_PROGRAM, w->report, "year", -1,
		            "the report's year is after the programme's end year");
}

static void check_deadline(walk *w)
{
	int32_t due = sp__deadline_of(w->year);
	if (!w->submission || !due)
		return;
	int64_t late = sp__day_number(w->today) - sp__day_number(due);
	if (late == 1)
		add_finding(w, R_DEADLINE_PASSED, w->report, "year", -1,
		            "the report was due on %04ld-%02ld-%02ld and is 1 day late", (long)(due / 10000),
		            (long)(due / 100 % 100), (long)(due % 100));
	else if (late > 1)
		add_finding(w, R_DEADLINE_PASSED, w->report, "year", -1,
		            "the report was due on %04ld-%02ld-%02ld and is %lld days late", (long)(due / 10000),
		            (long)(due / 100 % 100), (long)(due % 100), (long long)late);
}

static void check_program(walk *w)
{
	const sp_program *program = sp_report_program(w->report);
	int64_t start = sp_program_start_year(program), end = sp_program_end_year(program);
	if (start >= 0 && end >= 0 && start > end)
		add_finding(w, R_PROGRAM_YEARS_REVERSED, program, "start_year", -1,
		            "the programme's start year is after its end year");

	for (size_t i = 0; i < sp_program_goal_count(program); i++) {
		const sp_goal *goal = sp_program_goal(program, i);
		const char *id = sp_goal_id(goal);
		check_name(w, goal, "id", id, "goal id");
		if (id && sp__hash_find(&w->goals, id))
			add_finding(w, R_DUPLICATE_GOAL_ID, goal, "id", -1, "this goal id is given twice");
		else if (id && sp__hash_add(NULL, &w->goals, id, NULL))
			w->rc = SP_ENOMEM;
	}
}

/* ---- question 1 -------------------------------------------------------- */

static bool is_question_1_type(sp_support_type type)
{
	for (size_t i = 0; i < sizeof(question_1_types) / sizeof(question_1_types[0]); i++)
		if (question_1_types[i] == type)
			return true;
	return false;
}

/* Whether some entry of question 1 gives `type` a trend. */
static bool demand_answered(const sp_report *report, sp_support_type type)
{
	for (size_t i = 0; i < sp_report_demand_count(report); i++) {
		const sp_demand *d = sp_report_demand(report, i);
		if (sp_demand_support_type(d) == type &&
		    (sp_demand_trend(d) != SP_TREND_UNSET || sp_demand_not_prioritised(d) == 1))
			return true;
	}
	return false;
}

static void check_demand(walk *w)
{
	unsigned int seen = 0;
	for (size_t i = 0; i < sp_report_demand_count(w->report); i++) {
		const sp_demand *d = sp_report_demand(w->report, i);
		sp_support_type type = sp_demand_support_type(d);
		if (!sp_enum_token(SP_ENUM_SUPPORT_TYPE, type))
			continue; /* built with the typed API, and not yet given its type */
		if (seen & SP_BIT(type))
			add_finding(w, R_DUPLICATE_SUPPORT_TYPE, d, "support_type", -1,
			            "the support type \"%s\" (%s) is answered more than once",
			            NAMED(SP_ENUM_SUPPORT_TYPE, type));
		else if (w->submission && is_question_1_type(type) && !demand_answered(w->report, type))
			add_finding(w, R_MISSING_DEMAND, d, NULL, -1,
			            "the support type \"%s\" (%s) has no trend, and is not marked as not prioritised",
			            NAMED(SP_ENUM_SUPPORT_TYPE, type));
		seen |= SP_BIT(type);
	}
	if (!w->submission)
		return;
	for (size_t i = 0; i < sizeof(question_1_types) / sizeof(question_1_types[0]); i++)
		if (!(seen & SP_BIT(question_1_types[i])))
			add_finding(w, R_MISSING_DEMAND, w->report, "demand_outlook", -1,
			            "question 1 does not answer the support type \"%s\" (%s)",
			            NAMED(SP_ENUM_SUPPORT_TYPE, question_1_types[i]));
}

/* ---- questions 3, 4 and 6 ---------------------------------------------- */

static void check_position(walk *w, const sp_position *position)
{
	check_name(w, position, "name", sp_position_name(position), "position's name");
	int64_t fte = sp_position_fte(position);
	if (fte > 1000)
		add_finding(w, R_FTE_ABOVE_ONE, position, "fte", -1, "the FTE is more than one person's full time (1.0)");
}

/* Whether an area's entry counts as answered: a position with FTE, or an FTE of 0 that the note explains. */
static bool staffing_answered(const sp_staffing *staffing)
{
	bool explained = sp_staffing_note(staffing) && !is_blank(sp_staffing_note(staffing));
	for (size_t k = 0; k < sp_staffing_position_count(staffing); k++) {
		int64_t fte = sp_position_fte(sp_staffing_position(staffing, k));
		if (fte > 0 || (fte == 0 && explained))
			return true;
	}
	return false;
}

/* For submission: every staffing area answered (staffing_answered) in one of its entries. */
static void check_staffing_areas(walk *w)
{
	for (int area = 1; area <= sp_enum_max(SP_ENUM_STAFFING_AREA); area++) {
		const sp_staffing *first = NULL;
		bool answered = false;
		for (size_t i = 0; i < sp_report_staffing_count(w->report) && !answered; i++) {
			const sp_staffing *staffing = sp_report_staffing(w->report, i);
			if ((int)sp_staffing_area(staffing) != area)
				continue;
			first = first ? first : staffing;
			answered = staffing_answered(staffing);
		}
		if (!answered && first)
			add_finding(w, R_MISSING_FTE, first, "positions", -1,
			            "no position of the area \"%s\" (%s) has FTE (an FTE of 0 needs the area's note to say "
			            "why)", NAMED(SP_ENUM_STAFFING_AREA, area));
		else if (!answered)
			add_finding(w, R_MISSING_FTE, w->report, "staffing", -1,
			            "question 3 gives no staff for the area \"%s\" (%s) (an FTE of 0 needs a note to say why)",
			            NAMED(SP_ENUM_STAFFING_AREA, area));
	}
}

static void check_staffing(walk *w)
{
	for (size_t i = 0; i < sp_report_staffing_count(w->report); i++) {
		const sp_staffing *staffing = sp_report_staffing(w->report, i);
		for (size_t k = 0; k < sp_staffing_position_count(staffing); k++)
			check_position(w, sp_staffing_position(staffing, k));
	}
	if (w->submission)
		check_staffing_areas(w);
}

static void check_contacts(walk *w)
{
	unsigned int roles = 0;
	for (size_t i = 0; i < sp_report_contact_count(w->report); i++) {
		const sp_contact *contact = sp_report_contact(w->report, i);
		const char *email = sp_contact_email(contact), *why;
		check_name(w, contact, "name", sp_contact_name(contact), "contact's name");
		if (email && (why = email_problem(email)))
			add_finding(w, R_BAD_EMAIL, contact, "email", -1,
			            "the e-mail address of this contact is not well-formed: %s", _(why));
		if (w->submission && !sp_contact_name(contact))
			add_finding(w, R_INCOMPLETE_CONTACT, contact, "name", -1, "the contact person has no name");
		if (w->submission && (!email || is_blank(email)))
			add_finding(w, R_INCOMPLETE_CONTACT, contact, "email", -1, "the contact person has no e-mail address");
		roles |= sp_contact_roles(contact);
	}
	if (!w->submission)
		return;
	if (!(roles & SP_BIT(SP_ROLE_PROGRAM)))
		add_finding(w, R_MISSING_PROGRAM_CONTACT, w->report, "contacts", -1,
		            "no contact person has the role program (kontaktperson för RSP)");
	if (!(roles & SP_BIT(SP_ROLE_SUPPORT_CASES)))
		add_finding(w, R_MISSING_SUPPORT_CASES_CONTACT, w->report, "contacts", -1,
		            "no contact person has the role support_cases (kontaktperson för stödärenden)");
	if (!(roles & SP_BIT(SP_ROLE_WORKSPACE_ACCESS)))
		add_finding(w, R_MISSING_WORKSPACE_ACCESS_CONTACT, w->report, "contacts", -1,
		            "no contact person has the role workspace_access (tillgång till sharepoint/teams)");
}

static void check_collaboration(walk *w)
{
	unsigned int actors = 0;
	for (size_t i = 0; i < sp_report_collaboration_count(w->report); i++) {
		const sp_collaboration *c = sp_report_collaboration(w->report, i);
		check_name(w, c, "label", sp_collaboration_label(c), "collaboration's label");
		const char *description = sp_collaboration_description(c);
		if (w->submission && (!description || is_blank(description)) &&
		    (sp_collaboration_actor(c) != SP_ACTOR_OTHER || sp_collaboration_label(c)))
			add_finding(w, R_MISSING_COLLABORATION_DESCRIPTION, c, "description", -1,
			            "the collaboration with \"%s\" (%s) is not described",
			            NAMED(SP_ENUM_ACTOR, sp_collaboration_actor(c)));
		actors |= SP_BIT(sp_collaboration_actor(c));
	}
	if (!w->submission)
		return;
	for (int actor = 1; actor <= sp_enum_max(SP_ENUM_ACTOR); actor++)
		if (!(actors & SP_BIT(actor)))
			add_finding(w, R_MISSING_COLLABORATION, w->report, "collaboration", -1,
			            "question 6 has no entry for the actor \"%s\" (%s) (an entry with only the actor "
			            "says there was no collaboration)", NAMED(SP_ENUM_ACTOR, actor));
}

/* ---- the action plan ---------------------------------------------------- */

static int64_t saturated_add(int64_t a, int64_t b)
{
	return a > INT64_MAX - b ? INT64_MAX : a + b;
}

/* Sums every output's count and amount per support type, ahead of the walk,
 * so that an average can be reported at the first output it concerns. */
static void sum_outputs(walk *w)
{
	for (size_t a = 0; a < sp_report_priority_area_count(w->report); a++) {
		const sp_priority_area *area = sp_report_priority_area(w->report, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			const sp_intervention *iv = sp_priority_area_intervention(area, i);
			for (size_t k = 0; k < sp_intervention_output_count(iv); k++) {
				const sp_output *o = sp_intervention_output(iv, k);
				int64_t count = sp_output_count(o), amount = sp_output_amount_sek(o);
				type_totals *t = &w->totals[sp_output_support_type(o)];
				if (count < 0 || amount < 0)
					continue;
				t->count = saturated_add(t->count, count);
				t->amount = saturated_add(t->amount, amount);
				if (!t->first)
					t->first = o;
			}
		}
	}
}

/* Whether amount / count exceeds max, without rounding or overflow. */
static bool average_above(const type_totals *t, int64_t max)
{
	if (t->count == 0)
		return false;
	int64_t average = t->amount / t->count;
	return average > max || (average == max && t->amount % t->count > 0);
}

/* The output's fields against what its text gives (sp_output_text_compare). */
static void check_output_text(walk *w, const sp_output *o)
{
	sp_output_text_match match;
	if (sp_output_text_compare(&match, NULL, o, NULL)) {
		w->rc = w->rc ? w->rc : SP_ENOMEM;
		return;
	}
	if (match == SP_OUTPUT_TEXT_FIELDS_LACK)
		add_finding(w, R_OUTPUT_FIGURES_MISSING, o, "text", -1,
		            "the text gives figures that the fields support_type, count or amount_sek lack, so the "
		            "totals leave them out (rsp fill-outputs fills them in)");
	else if (match == SP_OUTPUT_TEXT_DISAGREES)
		add_finding(w, R_OUTPUT_FIGURES_DISAGREE, o, "text", -1,
		            "the text gives another support type, count or amount than the fields hold");
	else if (match == SP_OUTPUT_TEXT_UNCLEAR && sp_output_count(o) < 0 && sp_output_amount_sek(o) < 0)
		add_finding(w, R_OUTPUT_TEXT_UNCLEAR, o, "text", -1,
		            "the text gives figures that cannot be read without guessing: fill in support_type, count "
		            "and amount_sek, or one output a line");
}

static void check_output(walk *w, const sp_output *o)
{
	sp_support_type type = sp_output_support_type(o);
	const struct limit *limit;
	check_name(w, o, "text", sp_output_text(o), "output's text");
	check_output_text(w, o);
	if ((limit = limit_for(type, COUNT_PER_OUTPUT, w->year)) && sp_output_count(o) > limit->max)
		add_finding(w, limit->rule, o, "count", -1,
		            "one output counts more decisions of \"%s\" (%s) than the %lld kommuner of the county "
		            "with the most", NAMED(SP_ENUM_SUPPORT_TYPE, type), (long long)limit->max);
	const type_totals *t = &w->totals[type];
	if (t->first == o && (limit = limit_for(type, AVERAGE_PER_DECISION, w->year)) &&
	    average_above(t, limit->max))
		add_finding(w, limit->rule, o, "amount_sek", -1,
		            "\"%s\" (%s) averages more per decision in this report than the most one recipient may "
		            "get in the report's year, %lld kr", NAMED(SP_ENUM_SUPPORT_TYPE, type), (long long)limit->max);
}

/* The number before the first '.' of a goal id ("2" in "2.1"), or -1 when there is none. */
static int64_t goal_area(const char *id)
{
	int64_t number = 0;
	const char *s = id;
	for (; *s >= '0' && *s <= '9' && s - id < 18; s++)
		number = number * 10 + (*s - '0');
	return s > id && *s == '.' ? number : -1;
}

static void check_goals(walk *w, const sp_intervention *iv, int64_t area_number)
{
	size_t count = sp_intervention_goal_id_count(iv);
	if (w->submission && count == 0)
		add_finding(w, R_MISSING_GOAL, iv, "goals", -1, "the intervention names no goal of the programme");
	for (size_t k = 0; k < count; k++) {
		const char *id = sp_intervention_goal_id(iv, k);
		int64_t area = goal_area(id);
		/* an unknown goal has no area to compare: one finding says all */
		if (!sp__hash_find(&w->goals, id))
			add_finding(w, R_UNKNOWN_GOAL, iv, "goals", (long)k,
			            "this goal is not among the programme's goals");
		else if (area >= 0 && area != area_number)
			add_finding(w, R_GOAL_OF_OTHER_AREA, iv, "goals", (long)k,
			            "this goal belongs to another priority area than the intervention");
	}
}

/* Whether the intervention gives any effect in words. */
static bool has_effects(const sp_intervention *iv)
{
	const sp_effects *e = sp_intervention_effects(iv);
	const char *texts[] = { sp_effects_short_term(e), sp_effects_medium_term(e), sp_effects_long_term(e),
		                    sp_effects_general(e) };
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		if (texts[i] && !is_blank(texts[i]))
			return true;
	return false;
}

static void check_intervention(walk *w, const sp_intervention *iv, int64_t area_number)
{
	check_name(w, iv, "name", sp_intervention_name(iv), "intervention's name");
	if (w->submission && !sp_intervention_name(iv))
		add_finding(w, R_MISSING_INTERVENTION_NAME, iv, "name", -1, "the intervention has no name");
	check_goals(w, iv, area_number);
	if (w->submission && sp_intervention_service_types(iv) == 0)
		add_finding(w, R_MISSING_SERVICE_TYPE, iv, "service_types", -1, "the intervention has no service type");
	for (size_t k = 0; k < sp_intervention_output_count(iv); k++)
		check_output(w, sp_intervention_output(iv, k));
	if (w->submission && sp_intervention_output_count(iv) == 0 && !has_effects(iv))
		add_finding(w, R_MISSING_RESULTS, iv, "outputs", -1,
		            "the intervention has neither an output nor an effect");
	if (w->submission && sp_intervention_status(iv) == SP_STATUS_UNSET)
		add_finding(w, R_MISSING_STATUS, iv, "status", -1, "the intervention has no status");
}

static void check_priority_areas(walk *w)
{
	size_t count = sp_report_priority_area_count(w->report);
	sp_hash_table seen = { .keys = SP_HASH_NUMBERS }; /* keys: the numbers, in `numbers` */
	int64_t *numbers = malloc((count ? count : 1) * sizeof(*numbers));
	if (!numbers) {
		w->rc = SP_ENOMEM;
		return;
	}
	for (size_t a = 0; a < count; a++) {
		const sp_priority_area *area = sp_report_priority_area(w->report, a);
		int64_t number = numbers[a] = sp_priority_area_number(area);
		if (number >= 0 && sp__hash_find(&seen, &numbers[a]))
			add_finding(w, R_DUPLICATE_AREA_NUMBER, area, "number", -1,
			            "this priority area's number is given to another one too");
		else if (number >= 0 && sp__hash_add(NULL, &seen, &numbers[a], NULL))
			w->rc = SP_ENOMEM;
		w->interventions += sp_priority_area_intervention_count(area);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++)
			check_intervention(w, sp_priority_area_intervention(area, i), number);
	}
	sp__hash_free(NULL, &seen);
	free(numbers);
	if (w->submission && !w->interventions)
		add_finding(w, R_MISSING_INTERVENTIONS, w->report, "priority_areas", -1,
		            "the action plan has no intervention: each priority area lists its interventions");
}

/* ---- validating ------------------------------------------------------- */

/* In the canonical key order of a report. */
static void check_report(walk *w)
{
	check_region(w);
	check_year(w);
	check_deadline(w);
	check_program(w);
	check_demand(w);
	check_answered(w, R_MISSING_FUTURE_OUTLOOK, "future_outlook", sp_report_future_outlook(w->report), 2, true);
	check_staffing(w);
	check_contacts(w);
	check_answered(w, R_MISSING_ACCESSIBILITY_WORK, "accessibility_work",
	               sp_report_accessibility_work(w->report), 5, false);
	check_collaboration(w);
	check_priority_areas(w);
}

SP_API int sp_report_validate(sp_diagnostics **out, const sp_report *report, const sp_validate_options *opts,
                       sp_error *err)
{
	SP__IN_LANGUAGE(sp__validate_options_language(opts));
	if (out)
		*out = NULL;
	if (!out || !report) {
		sp__error(err, SP_EINVAL, "sp_report_validate needs somewhere to put the findings and a report");
		return SP_EINVAL;
	}
	sp_validate_options current;
	if (sp__validate_options_read(&current, opts, err))
		return SP_EINVAL;
	opts = &current;
	walk w = { .report = report, .year = sp_report_year(report), .submission = opts->submission != 0,
	           .goals = { .keys = SP_HASH_TEXTS } };
	int rc = sp__resolve_today(&w.today, opts->today, err);
	if (rc)
		return rc;
	if (!(w.out = sp__diagnostics_new())) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	sum_outputs(&w);
	check_report(&w);
	sp__hash_free(NULL, &w.goals);
	if (w.rc) {
		sp_diagnostics_free(w.out);
		sp__error(err, w.rc, "out of memory");
		return w.rc;
	}
	*out = w.out;
	return 0;
}
