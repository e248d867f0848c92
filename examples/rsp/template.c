/*
 * The annotated YAML that `rsp new` and `rsp next-year` write: the report as
 * the library saves it, with the form's questions, the keys to fill in and an
 * example as YAML comments before each part, so that a region can fill it in
 * without the README. Comments live only here: the library's YAML writer
 * knows nothing of them, and JSON has none.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "rsp.h"

/*
 * One part of the report and what to tell about it. `text` is the English
 * msgid, translated through po/sv.po when written; `example` is YAML, the same
 * in both languages (the reports are Swedish), shown commented out; `choices`
 * lists the enumerations whose tokens the part takes, generated from the schema;
 * `empty_key`, when not NULL, is a key of the part written empty ("  KEY:")
 * where the report has no value for it, so that the file shows where it goes.
 */
typedef struct part_note {
	const char *key;
	const char *text;
	const char *example;
	const char *empty_key;
	struct {
		const char *key;
		sp_enum_id id;
	} choices[4];
} part_note;

#define NO_CHOICE { NULL, SP_ENUM_COUNT }

static const part_note header = {
	NULL,
	N_("Follow-up of a regional service programme: the answers to Tillväxtverket's six questions and the "
	   "account of interventions, due by 31 January of the year after the year followed up. Fill in the "
	   "value after the colon of each key; text with a colon or beginning with a special character goes "
	   "in quotes, longer text in a block after \"|\". Lines beginning with # are comments and may stay. "
	   "Check the file with: rsp validate --submission FILE"),
	NULL,
	NULL,
	{ NO_CHOICE },
};

static const part_note notes[] = {
	{ "region",
	  N_("The region: its name, and its county code (county_code), the two digits from 01 to 25 of the "
	     "county, e.g. 09 for Gotland or 23 for Jämtland; the check before sending asks for both. Example:"),
	  "region:\n"
	  "  name: Region Jämtland Härjedalen\n"
	  "  county_code: \"23\"\n",
	  "county_code",
	  { NO_CHOICE } },
	{ "program",
	  N_("The regional service programme and its goals; the interventions refer to the goals by their id. "
	     "Example:"),
	  "program:\n"
	  "  title: Regionalt serviceprogram 2023-2030\n"
	  "  start_year: 2023\n"
	  "  end_year: 2030\n"
	  "  goals:\n"
	  "  - id: \"1.1\"\n"
	  "    text: Ökad eller bibehållen tillgänglighet till befintliga servicefunktioner i länet.\n"
	  "  - id: \"2.1\"\n"
	  "    text: Bibehållen och utvecklad service på landsbygderna.\n",
	  NULL,
	  { NO_CHOICE } },
	{ "demand_outlook",
	  N_("Question 1. How does the region expect the demand for each support type to develop over the next "
	     "two years? Leave a comment that explains what your assessment that demand decreases or increases "
	     "rests on, whether the budget for a support type falls short of the demand for it, and whether a "
	     "support type is not used or not prioritised in your county. For each support type fill in trend "
	     "and comment; budget_insufficient: true when the budget falls short, not_prioritised: true when the "
	     "support type is not used or prioritised. Example:"),
	  "demand_outlook:\n"
	  "- support_type: grocery_investment\n"
	  "  trend: increase\n"
	  "  comment: En ökning av antalet ansökningar. Många satsar på semiobemannade butiker.\n"
	  "  budget_insufficient: true\n",
	  NULL,
	  { { "trend", SP_ENUM_TREND }, NO_CHOICE } },
	{ "future_outlook",
	  N_("Question 2. Is there any other outlook on the future that you would like to share? Write the "
	     "answer after future_outlook:, on the same line or as a block. Example:"),
	  "future_outlook: |\n"
	  "  Stort fokus på semiobemannat.\n"
	  "  Många butiker tittar över energieffektiviseringar.\n",
	  NULL,
	  { NO_CHOICE } },
	{ "staffing",
	  N_("Question 3. How much staff has the region devoted to the work with the regional service programme "
	     "during the year? Give full-time equivalents, half time being 0.5 and full time 1.0. List each "
	     "person or role under positions with name and fte (0.5, or 0,5 with a decimal comma); from "
	     "(year-month) and funded_by for a position added during the year with other funding. Example:"),
	  "staffing:\n"
	  "- area: coordination\n"
	  "  positions:\n"
	  "  - name: Processledare\n"
	  "    fte: 0.3\n"
	  "  - name: Projektledare\n"
	  "    fte: 0.15\n"
	  "    from: \"2023-07\"\n"
	  "    funded_by: Projekt Stärkt regional kapacitet inom kommersiell service\n",
	  NULL,
	  { { "area", SP_ENUM_STAFFING_AREA }, NO_CHOICE } },
	{ "contacts",
	  N_("Question 4. Who in the region are to be the contact persons for Tillväxtverket? Give name and "
	     "e-mail. A person with several roles is listed once with every role. Example:"),
	  "contacts:\n"
	  "- name: Anna Andersson\n"
	  "  email: anna.andersson@example.se\n"
	  "  roles:\n"
	  "  - program\n"
	  "  - support_cases\n",
	  NULL,
	  { { "roles", SP_ENUM_CONTACT_ROLE }, NO_CHOICE } },
	{ "accessibility_work",
	  N_("Question 5. Describe how the work to promote access to commercial service in sparsely served "
	     "areas was carried out during the year. Describe also any challenges or success factors. Example:"),
	  "accessibility_work: |\n"
	  "  Under året har alla kommuner besökts tillsammans med kommunens ansvarige.\n"
	  "  Utmaningen är kommunernas olika resurser för frågorna.\n",
	  NULL,
	  { NO_CHOICE } },
	{ "collaboration",
	  N_("Question 6. Which actors take part in the collaboration around the regional service programme? "
	     "Describe (where relevant) how you collaborate with the different actors and at which step of the "
	     "collaboration ladder in Metodstöd för regionala serviceprogram. Describe also any challenges or "
	     "success factors. For each actor: description, ladder_step and challenges; for actor: other, the "
	     "actor's name in label. A step not among the choices goes word for word in ladder_note. Example:"),
	  "collaboration:\n"
	  "- actor: municipalities\n"
	  "  description: Via serviceforumet. Under året har fyra fysiska möten hållits.\n"
	  "  ladder_step: joint_action\n"
	  "  challenges: Kommunernas olika resurssättning för frågorna.\n",
	  NULL,
	  { { "ladder_step", SP_ENUM_LADDER_STEP }, NO_CHOICE } },
	{ "priority_areas",
	  N_("Account of interventions: the action plan for the year, by priority area. For each intervention, "
	     "the plan: name and description, the goals in the programme it is to lead to (goals, by id; goals "
	     "in RUS and Agenda 2030 in other_goals), the actors and resources (actors, funding) and the main "
	     "service type (service_types). The follow-up: outputs, the number and extent of activities carried "
	     "out (count, and amount_sek for support decided), and effects in the short, medium and long term, "
	     "achieved or expected (basis). Next year: status, lessons (what do we take with us?) and next_year "
	     "(adaptations for the coming year). Example:"),
	  "priority_areas:\n"
	  "- number: 2\n"
	  "  title: Stärka förutsättningarna för servicegivare med stöd och rådgivning\n"
	  "  interventions:\n"
	  "  - name: Sprida kunskap om olika typer av stöd hos servicegivare i länet\n"
	  "    description: Information om stöden vid företagsbesök.\n"
	  "    goals:\n"
	  "    - \"2.1\"\n"
	  "    actors:\n"
	  "    - Regionen\n"
	  "    - Länsstyrelsen\n"
	  "    funding: Inom ordinarie budget\n"
	  "    service_types:\n"
	  "    - groceries\n"
	  "    - fuel\n"
	  "    outputs:\n"
	  "    - text: Beslutade hemsändningsbidrag\n"
	  "      support_type: home_delivery_grant\n"
	  "      count: 8\n"
	  "      amount_sek: 1537062\n"
	  "    - text: Fysiska företagsbesök\n"
	  "      count: 22\n"
	  "    effects:\n"
	  "      basis: expected\n"
	  "      short_term: Ny eller ökad kunskap och ökade finansiella resurser.\n"
	  "      medium_term: Tillämpning av ny kunskap.\n"
	  "      long_term: Bättre tillgänglighet till service.\n"
	  "    status: continuing\n"
	  "    lessons: Viktigt med återkommande insatser för servicegivare.\n"
	  "    next_year: Fler besök i de västra kommunerna.\n",
	  NULL,
	  { { "service_types", SP_ENUM_SERVICE_TYPE },
	    { "support_type", SP_ENUM_SUPPORT_TYPE },
	    { "basis", SP_ENUM_EFFECTS_BASIS },
	    { "status", SP_ENUM_STATUS } } },
};
#define NOTE_COUNT (sizeof(notes) / sizeof(notes[0]))

/* The notes of last year's interventions that do not continue, before priority_areas. */
static const char *const dropped_notes =
	N_("Next year: notes written last year for interventions that do not continue. They are not carried "
	   "over; copy what should stay into an intervention below.");

/* Writes `text` as comment lines, `indent` more spaces after the "#". */
static void comment(FILE *out, const char *text, int indent)
{
	char prefix[16];
	snprintf(prefix, sizeof(prefix), "#%*s ", indent, "");
	rsp_wrap(out, prefix, false, text);
}

static void example(FILE *out, const char *yaml)
{
	for (const char *line = yaml; *line;) {
		size_t len = strcspn(line, "\n");
		fprintf(out, "#   %.*s\n", (int)len, line);
		line += len + (line[len] == '\n');
	}
}

/* "trend: decrease (Minskar), unchanged (Oförändrad), increase (Ökar)" */
static void choices(FILE *out, const part_note *note)
{
	for (size_t c = 0; c < sizeof(note->choices) / sizeof(note->choices[0]) && note->choices[c].key; c++) {
		sp_enum_id id = note->choices[c].id;
		char line[1024];
		int used = snprintf(line, sizeof(line), "%s %s: ", _("Choices for"),
		                    note->choices[c].key);
		for (int v = 1; v <= sp_enum_max(id) && used > 0 && (size_t)used < sizeof(line); v++)
			used += snprintf(line + used, sizeof(line) - (size_t)used, "%s%s (%s)", v > 1 ? ", " : "",
			                 sp_enum_token(id, v), sp_enum_label_sv(id, v));
		comment(out, line, 0);
	}
}

static void describe(FILE *out, const part_note *note)
{
	fprintf(out, "\n");
	comment(out, _(note->text), 0);
	if (note->example)
		example(out, note->example);
	choices(out, note);
}

/* Interventions of `previous` that do not continue but have a next-year text. */
static void dropped_next_year_notes(FILE *out, const sp_report *previous)
{
	bool any = false;
	for (size_t a = 0; a < sp_report_priority_area_count(previous); a++) {
		const sp_priority_area *area = sp_report_priority_area(previous, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			const sp_intervention *iv = sp_priority_area_intervention(area, i);
			const char *plan = sp_intervention_next_year(iv);
			if (!plan || sp_intervention_status(iv) == SP_STATUS_CONTINUING)
				continue;
			if (!any)
				comment(out, _(dropped_notes), 0);
			any = true;
			const char *name = sp_intervention_name(iv);
			fprintf(out, "#\n#   %lld. %s\n", (long long)sp_priority_area_number(area), name ? name : "");
			comment(out, plan, 4);
		}
	}
}

/* The length of the top-level block of `yaml` that starts at `key` (a line
 * "KEY:" in column 0): up to the next line that starts another key. */
static size_t block_length(const char *key)
{
	const char *end = key;
	do {
		end += strcspn(end, "\n");
		end += *end == '\n';
	} while (*end && (*end == ' ' || *end == '-' || *end == '#' || *end == '\n'));
	return (size_t)(end - key);
}

/* The top-level block for `key` in `yaml`, or NULL. */
static const char *find_block(const char *yaml, const char *key)
{
	size_t len = strlen(key);
	for (const char *line = yaml; *line; line += block_length(line))
		if (strncmp(line, key, len) == 0 && line[len] == ':')
			return line;
	return NULL;
}

/* Whether the block of `len` bytes has `key` among the keys of its mapping (a line "  KEY:"). */
static bool has_key(const char *block, size_t len, const char *key)
{
	size_t key_len = strlen(key);
	for (const char *line = block; line < block + len; line += strcspn(line, "\n") + 1)
		if (strncmp(line, "  ", 2) == 0 && strncmp(line + 2, key, key_len) == 0 && line[2 + key_len] == ':')
			return true;
	return false;
}

static const part_note *note_of(const char *key)
{
	for (size_t i = 0; i < NOTE_COUNT; i++)
		if (strcmp(notes[i].key, key) == 0)
			return &notes[i];
	return NULL;
}

static void write_annotated(FILE *out, const char *yaml, const sp_report *previous)
{
	comment(out, _(header.text), 0);
	const sp_type *report = sp_schema_report();
	/* Parts in the schema's order, which is the saved text's; an unanswered question gets its key alone.
	 * Templates and next year's reports are built through setters: they have no unknown keys to keep. */
	for (size_t f = 0; f < sp_type_field_count(report); f++) {
		const char *key = sp_field_key(sp_type_field(report, f));
		const part_note *note = note_of(key);
		const char *block = find_block(yaml, key);
		if (note)
			describe(out, note);
		if (note && previous && strcmp(key, "priority_areas") == 0)
			dropped_next_year_notes(out, previous);
		if (block)
			fwrite(block, 1, block_length(block), out);
		else if (note)
			fprintf(out, "%s:\n", key);
		if (block && note && note->empty_key && !has_key(block, block_length(block), note->empty_key))
			fprintf(out, "  %s:\n", note->empty_key);
	}
}

/* Writes all of `text` to PATH ("-": standard output) as the library saves a report. */
static int write_text(const char *path, const char *text, size_t len)
{
	if (strcmp(path, "-") == 0) {
		if (fwrite(text, 1, len, stdout) == len && fflush(stdout) == 0)
			return RSP_OK;
		fprintf(stderr, _("rsp: cannot write standard output: %s\n"), strerror(errno));
		return RSP_USAGE;
	}
	sp_error err;
	if (sp_file_save_text(path, text, len, &err)) {
		if (!err.source[0])
			snprintf(err.source, sizeof(err.source), "%s", path);
		rsp_print_error(&err);
		return RSP_USAGE;
	}
	return RSP_OK;
}

int rsp_save_annotated(const sp_report *report, const char *path, const sp_report *previous)
{
	size_t plen = strlen(path);
	if (plen >= 5 && strcmp(path + plen - 5, ".json") == 0)
		return rsp_save(report, path, SP_SYNTAX_JSON);
	sp_save_options opts = SP_SAVE_OPTIONS_INIT;
	opts.syntax = SP_SYNTAX_YAML;
	sp_error err;
	char *yaml, *text = NULL;
	size_t len = 0;
	if (sp_report_save_buffer(&yaml, NULL, report, &opts, &err)) {
		rsp_print_error(&err);
		return rsp_status_of(&err);
	}
	FILE *out = open_memstream(&text, &len);
	if (out) {
		write_annotated(out, yaml, previous);
		if (fclose(out))
			out = NULL;
	}
	sp_free(yaml);
	int rc = RSP_USAGE;
	if (out)
		rc = write_text(path, text, len);
	else
		perror("rsp");
	free(text);
	return rc;
}
