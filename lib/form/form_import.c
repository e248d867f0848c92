/*
 * Reading a filled-in follow-up form (.docx) into a report. The reader goes
 * by the form's words: question texts (or their numbers), table headings
 * and "Prioriterat område N.", and looks for columns by their headings, so
 * tables that were widened, merged or given rows still read. What it cannot
 * place becomes a finding and its text goes to the nearest text field.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <serviceprogram/enums.h>
#include <serviceprogram/outputs.h>

#include "docx_document.h"
#include "form_internal.h"
#include "form_text.h"

typedef struct finding {
	char *message;
	unsigned int table, row, column;
} finding;

struct sp_form_findings {
	finding *items;
	size_t count;
};

enum question { Q_NONE, Q_DEMAND, Q_OUTLOOK, Q_STAFFING, Q_CONTACTS, Q_ACCESSIBILITY, Q_COLLABORATION };

/* The columns of a table of part B. */
enum { C_NAME, C_GOALS, C_RESOURCES, C_GROCERIES, C_FUEL, C_AGENT, C_BROADER, C_OUTPUTS, C_EFFECTS, C_STATUS, C_COUNT };

typedef struct importer {
	sp_report *report;
	sp_form_findings *findings;
	sp_error *err;
	const char *path;
	int rc;
	enum question question;
	int part_b;
	sp_priority_area *area;
	int64_t next_area_number;
	/* The grid columns of the last table of part B and its last intervention,
	 * for the rest of that table split off without headings. */
	int area_col[C_COUNT];
	int area_cols_known;
	sp_intervention *intervention;
} importer;

static void note(importer *im, const docx_table *t, size_t row, unsigned int column, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void note(importer *im, const docx_table *t, size_t row, unsigned int column, const char *fmt, ...)
{
	if (im->rc)
		return;
	sp_form_findings *f = im->findings;
	finding *grown = realloc(f->items, (f->count + 1) * sizeof *grown);
	if (!grown) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return;
	}
	f->items = grown;
	char *msg = malloc(512);
	if (!msg) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, 512, sp_translate(form_language, fmt), ap);
	va_end(ap);
	finding *added = &f->items[f->count++];
	added->message = msg;
	added->table = t ? t->number : 0;
	added->row = t ? (unsigned int)row + 1 : 0;
	added->column = t ? column + 1 : 0;
}

static void check(importer *im, int rc)
{
	if (rc && !im->rc)
		im->rc = rc;
}

/* old + sep + add, or add alone when old is empty; NULL when out of memory. */
static char *joined(const char *old, const char *sep, const char *add)
{
	if (!old || !*old)
		return strdup(add);
	if (!*add)
		return strdup(old);
	size_t n = strlen(old) + strlen(sep) + strlen(add) + 1;
	char *s = malloc(n);
	if (s)
		snprintf(s, n, "%s%s%s", old, sep, add);
	return s;
}

/* Appends to a text field through its getter and setter. */
#define APPEND(im, obj, getter, setter, text, sep)                                              \
	do {                                                                                    \
		if (!(im)->rc && (text) && *(text)) {                                           \
			char *j_ = joined(getter(obj), (sep), (text));                          \
			if (!j_)                                                                \
				(im)->rc = form_error((im)->err, SP_ENOMEM, (im)->path, "out of memory"); \
			else                                                                    \
				check((im), setter((obj), j_, (im)->err));                      \
			free(j_);                                                               \
		}                                                                               \
	} while (0)

/* ---- cells ---- */

typedef struct cell_text {
	char *raw;    /* paragraphs joined with "\n", trimmed */
	char *folded; /* for matching */
} cell_text;

/* The cell of row r at a grid column. A cell merged across columns counts
 * only at its first column, so that one X is not read as marks in all the
 * columns it covers; a cell merged down from the row above has its text
 * (one goal written once for two interventions belongs to both). */
static const docx_cell *merged_cell(const docx_table *t, size_t r, int column)
{
	if (column < 0)
		return NULL;
	for (;;) {
		const docx_cell *cell = docx_row_cell_at(&t->rows[r], (unsigned int)column);
		if (!cell || cell->column != (unsigned int)column)
			return NULL;
		if (!cell->merged_below || r == 0)
			return cell;
		r--;
	}
}

static cell_text cell_at(importer *im, const docx_table *t, size_t r, int column)
{
	cell_text c = { NULL, NULL };
	const docx_cell *cell = merged_cell(t, r, column);
	c.raw = docx_cell_text(cell);
	c.folded = c.raw ? form_fold(form_trim(c.raw)) : NULL;
	if (!c.raw || !c.folded)
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
	return c;
}

static void cell_free(cell_text *c)
{
	free(c->raw);
	free(c->folded);
}

/* A row of white space and empty check boxes (a template's row left unfilled). */
static int row_is_empty(const docx_row *row)
{
	for (size_t i = 0; i < row->cell_count; i++) {
		for (size_t p = 0; p < row->cells[i].paragraph_count; p++) {
			const char *s = row->cells[i].paragraphs[p];
			while (isspace((unsigned char)*s))
				s++;
			if (*s && !form_is_empty_box(s))
				return 0;
		}
		if (row->cells[i].table_count)
			return 0;
	}
	return 1;
}

/* The grid column whose heading (in rows before `data_row`) matches, or -1. */
typedef int (*heading_match)(const char *folded);

static int find_column(importer *im, const docx_table *t, size_t heading_rows, heading_match match)
{
	for (size_t r = 0; r < heading_rows && r < t->row_count; r++)
		for (size_t i = 0; i < t->rows[r].cell_count; i++) {
			const docx_cell *cell = &t->rows[r].cells[i];
			char *raw = docx_cell_text(cell);
			char *folded = raw ? form_fold(raw) : NULL;
			int hit = folded && match(folded);
			free(raw);
			free(folded);
			if (!folded) {
				im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
				return -1;
			}
			if (hit)
				return (int)cell->column;
		}
	return -1;
}

/* ---- question 1 ---- */

static int h_support(const char *f) { return form_starts(f, "stödtyp"); }
static int h_decrease(const char *f) { return form_starts(f, "minskar"); }
static int h_unchanged(const char *f) { return form_starts(f, "oförändr"); }
static int h_increase(const char *f) { return form_starts(f, "ökar"); }
static int h_comment(const char *f) { return form_starts(f, "kommentar"); }

static sp_support_type support_type_of(const char *f)
{
	if (form_has(f, "dagligvaru"))
		return SP_SUPPORT_GROCERY_INVESTMENT;
	if (form_has(f, "drivmedel"))
		return SP_SUPPORT_FUEL_INVESTMENT;
	if (form_has(f, "servicebidrag"))
		return SP_SUPPORT_SERVICE_GRANT;
	if (form_has(f, "hemsändning"))
		return SP_SUPPORT_HOME_DELIVERY_GRANT;
	if (form_has(f, "driftstöd"))
		return SP_SUPPORT_SPECIAL_OPERATING_SUPPORT;
	return (sp_support_type)sp_enum_parse(SP_ENUM_SUPPORT_TYPE, f);
}

static void read_demand(importer *im, const docx_table *t)
{
	int col_label = find_column(im, t, 1, h_support);
	int col_trend[3] = { find_column(im, t, 1, h_decrease), find_column(im, t, 1, h_unchanged),
	                     find_column(im, t, 1, h_increase) };
	static const sp_trend trends[3] = { SP_TREND_DECREASE, SP_TREND_UNCHANGED, SP_TREND_INCREASE };
	int col_comment = find_column(im, t, 1, h_comment);
	if (col_label < 0)
		col_label = 0;
	sp_demand *last = NULL;
	for (size_t r = 1; r < t->row_count && !im->rc; r++) {
		const docx_row *row = &t->rows[r];
		if (row_is_empty(row))
			continue;
		cell_text label = cell_at(im, t, r, col_label), comment = cell_at(im, t, r, col_comment);
		sp_demand *d = NULL;
		if (!im->rc && !*label.raw && last) {
			d = last; /* a row added under a support type continues it */
		} else if (!im->rc) {
			check(im, sp_report_add_demand(&d, im->report, im->err));
			sp_support_type type = im->rc ? SP_SUPPORT_UNSET : support_type_of(label.folded);
			if (!im->rc && type != SP_SUPPORT_UNSET) {
				check(im, sp_demand_set_support_type(d, type, im->err));
			} else if (!im->rc) {
				note(im, t, r, (unsigned int)col_label,
				     "question 1: a support type the form does not have; its name was kept in the comment");
				check(im, sp_demand_set_support_type(d, SP_SUPPORT_OTHER, im->err));
				APPEND(im, d, sp_demand_comment, sp_demand_set_comment, label.raw, "\n");
			}
		}
		sp_trend trend = SP_TREND_UNSET;
		int marks = 0;
		for (int k = 0; k < 3 && !im->rc; k++) {
			cell_text mark = cell_at(im, t, r, col_trend[k]);
			if (!im->rc && *mark.raw && !form_is_empty_box(mark.raw)) {
				if (form_is_mark(mark.raw)) {
					trend = trends[k];
					marks++;
				} else {
					note(im, t, r, (unsigned int)col_trend[k],
					     "question 1: text where an X belongs; it was kept in the comment");
					APPEND(im, d, sp_demand_comment, sp_demand_set_comment, mark.raw, "\n");
				}
			}
			cell_free(&mark);
		}
		if (marks > 1)
			note(im, t, r, (unsigned int)col_trend[0], "question 1: more than one X in a row; no trend was read");
		else if (marks == 1)
			check(im, sp_demand_set_trend(d, trend, im->err));
		APPEND(im, d, sp_demand_comment, sp_demand_set_comment, comment.raw, "\n");
		last = d;
		cell_free(&label);
		cell_free(&comment);
	}
}

/* ---- question 3 ---- */

static sp_work_area area_of(const char *f)
{
	if (form_has(f, "processledning") || form_has(f, "koordinering"))
		return SP_AREA_COORDINATION;
	if (form_has(f, "stödhandläggning") || form_has(f, "handläggning"))
		return SP_AREA_CASE_HANDLING;
	return SP_AREA_UNSET;
}

static void add_position(importer *im, sp_staffing *s, const char *name, int64_t fte)
{
	sp_position *p = NULL;
	check(im, sp_staffing_add_position(&p, s, im->err));
	if (!im->rc && *name)
		check(im, sp_position_set_name(p, name, im->err));
	if (!im->rc)
		check(im, sp_position_set_fte(p, fte, im->err));
}

/* An FTE at p with its unit, if written: "0,1", "0,1 åa" or "10 %" (of a
 * full-time post), into thousandths; the bytes read, 0 when p holds no figure. */
static size_t fte_with_unit(const char *p, int64_t *fte)
{
	static const char *const units[] = { "\xC3\xA5" "a", "\xC3\x85" "A", "\xC3\xA5rsarbetskrafter",
	                                     "\xC3\xA5rsarbetskraft", "heltid", "tj\xC3\xA4nst" };
	size_t n = form_read_thousandths(p, fte);
	if (!n)
		return 0;
	const char *unit = p + n;
	while (*unit == ' ')
		unit++;
	if (*unit == '%') {
		*fte /= 100;
		return (size_t)(unit + 1 - p);
	}
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		if (strncasecmp(unit, units[i], strlen(units[i])) == 0)
			return (size_t)(unit + strlen(units[i]) - p);
	return n;
}

/* An FTE in parentheses at open, "(0,1)", "(0,1 åa)" or "(10 %)", into
 * thousandths; the bytes up to and with ")", 0 when there is none. */
static size_t fte_in_parentheses(const char *open, int64_t *fte)
{
	const char *p = open + 1;
	while (*p == ' ')
		p++;
	size_t n = fte_with_unit(p, fte);
	if (!n)
		return 0;
	p += n;
	while (*p == ' ')
		p++;
	return *p == ')' ? (size_t)(p + 1 - open) : 0;
}

/* "Maria Kumpula (0,1), Ville Welin (0,1) & Malin Nyqvist Ljungberg (0,3) text":
 * people with their FTE in parentheses; what is left over is returned (yours).
 * *unread is set when a parenthesis holds a figure that is no FTE. */
static char *read_people(importer *im, sp_staffing *s, const char *text, int *unread)
{
	char *rest = strdup("");
	const char *cut = text;
	*unread = 0;
	for (const char *open = strchr(text, '('); open && rest && !im->rc; open = strchr(open + 1, '(')) {
		int64_t fte;
		size_t n = fte_in_parentheses(open, &fte);
		if (!n) {
			const char *close = strchr(open, ')');
			for (const char *d = open; *d && (!close || d < close) && !*unread; d++)
				*unread = isdigit((unsigned char)*d) != 0;
			continue;
		}
		const char *name = cut;
		while (*name && (isspace((unsigned char)*name) || *name == ',' || *name == '&' || *name == ';'))
			name++;
		if (strncmp(name, "och ", 4) == 0)
			name += 4;
		char *who = strndup(name, (size_t)(open - name));
		if (!who)
			break;
		add_position(im, s, form_trim(who), fte);
		free(who);
		cut = open + n;
	}
	if (!rest) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return NULL;
	}
	free(rest);
	rest = strdup(cut);
	if (!rest)
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
	else
		form_trim(rest);
	return rest;
}

/* A row of role and FTE, in a nested table or in an added row of the table. */
static void read_role_row(importer *im, sp_staffing *s, const docx_table *t, size_t r, const docx_row *row)
{
	cell_text name = cell_at(im, t, r, (int)row->cells[0].column);
	cell_text value = row->cell_count > 1 ? cell_at(im, t, r, (int)row->cells[1].column) : (cell_text){ 0 };
	if (!im->rc) {
		int64_t fte = 0;
		const char *v = value.raw ? value.raw : "";
		const char *digits = v;
		while (*digits && !isdigit((unsigned char)*digits))
			digits++;
		/* "0,5 åa" and "10 %" are FTEs as written, no text around them ("10 %" is 0,1, not 10). */
		size_t n = *digits ? fte_with_unit(digits, &fte) : 0;
		while (n && digits[n] == ' ')
			n++;
		if (!*v) {
			add_position(im, s, name.raw, -1);
		} else if (n) {
			add_position(im, s, name.raw, fte);
			if (digits != v || digits[n]) {
				note(im, t, r, 1, "question 3: text around an FTE; it was kept in the note");
				APPEND(im, s, sp_staffing_note, sp_staffing_set_note, v, "\n");
			}
		} else {
			note(im, t, r, 0, "question 3: a row without an FTE; it was kept in the note");
			char *both = joined(name.raw, " ", v);
			APPEND(im, s, sp_staffing_note, sp_staffing_set_note, both, "\n");
			free(both);
		}
	}
	cell_free(&name);
	if (value.raw)
		cell_free(&value);
}

static void read_staffing(importer *im, const docx_table *t)
{
	sp_staffing *s = NULL;
	for (size_t r = 0; r < t->row_count && !im->rc; r++) {
		const docx_row *row = &t->rows[r];
		if (row_is_empty(row) || row->cell_count == 0)
			continue;
		cell_text label = cell_at(im, t, r, (int)row->cells[0].column);
		sp_work_area area = im->rc ? SP_AREA_UNSET : area_of(label.folded);
		cell_free(&label);
		if (area != SP_AREA_UNSET) {
			check(im, sp_report_add_staffing(&s, im->report, im->err));
			if (!im->rc)
				check(im, sp_staffing_set_area(s, area, im->err));
			for (size_t i = 1; i < row->cell_count && !im->rc; i++) {
				const docx_cell *cell = &row->cells[i];
				for (size_t p = 0; p < cell->paragraph_count && !im->rc; p++) {
					int unread;
					char *rest = read_people(im, s, cell->paragraphs[p], &unread);
					if (unread) {
						note(im, t, r, cell->column, "question 3: a figure in parentheses that is not an FTE; "
						                             "the paragraph was kept in the note");
						APPEND(im, s, sp_staffing_note, sp_staffing_set_note, cell->paragraphs[p], "\n");
					} else {
						APPEND(im, s, sp_staffing_note, sp_staffing_set_note, rest, "\n");
					}
					free(rest);
				}
				for (size_t k = 0; k < cell->table_count; k++)
					for (size_t nr = 0; nr < cell->tables[k]->row_count && !im->rc; nr++)
						if (!row_is_empty(&cell->tables[k]->rows[nr]))
							read_role_row(im, s, cell->tables[k], nr, &cell->tables[k]->rows[nr]);
				/* The seed's rows repeat the nested table in the cells beside it; those are copies. */
				if (cell->table_count)
					break;
			}
		} else if (s && r > 0) {
			read_role_row(im, s, t, r, row);
		}
	}
}

/* ---- question 4 ---- */

static int h_name(const char *f) { return form_starts(f, "namn"); }
static int h_email(const char *f) { return form_starts(f, "epost") || form_starts(f, "e post"); }

static sp_contact_role role_of(const char *f)
{
	if (form_has(f, "stödärende"))
		return SP_ROLE_SUPPORT_CASES;
	if (form_has(f, "sharepoint") || form_has(f, "teams"))
		return SP_ROLE_WORKSPACE_ACCESS;
	if (form_has(f, "rsp") || form_has(f, "serviceprogram"))
		return SP_ROLE_PROGRAM;
	return SP_ROLE_UNSET;
}

static sp_contact *contact_by(importer *im, const char *name, const char *email)
{
	for (size_t i = 0; i < sp_report_contact_count(im->report); i++) {
		sp_contact *c = sp_report_contact_mut(im->report, i);
		const char *e = sp_contact_email(c), *n = sp_contact_name(c);
		if ((email && e && strcasecmp(e, email) == 0) || (!email && name && n && strcmp(n, name) == 0))
			return c;
	}
	return NULL;
}

static void give_role(importer *im, const char *name, const char *email, sp_contact_role role)
{
	sp_contact *c = contact_by(im, name, email);
	if (!c) {
		check(im, sp_report_add_contact(&c, im->report, im->err));
		if (!im->rc && name && *name)
			check(im, sp_contact_set_name(c, name, im->err));
		if (!im->rc && email)
			check(im, sp_contact_set_email(c, email, im->err));
	}
	if (!im->rc && role != SP_ROLE_UNSET)
		check(im, sp_contact_set_roles(c, sp_contact_roles(c) | SP_BIT(role), im->err));
}

static void read_contacts(importer *im, const docx_table *t)
{
	int col_name = find_column(im, t, 1, h_name), col_email = find_column(im, t, 1, h_email);
	for (size_t r = 1; r < t->row_count && !im->rc; r++) {
		const docx_row *row = &t->rows[r];
		if (row_is_empty(row))
			continue;
		cell_text label = cell_at(im, t, r, (int)row->cells[0].column);
		cell_text name = cell_at(im, t, r, col_name), email = cell_at(im, t, r, col_email);
		if (im->rc)
			break;
		sp_contact_role role = role_of(label.folded);
		if (role == SP_ROLE_UNSET)
			note(im, t, r, 0, "question 4: a role the form does not have; the contact was read without it");
		size_t emails = 0;
		for (char *save = NULL, *e = strtok_r(email.raw, " \t\n,;", &save); e && !im->rc;
		     e = strtok_r(NULL, " \t\n,;", &save), emails++)
			give_role(im, contact_by(im, NULL, e) ? NULL : name.raw, e, role);
		if (!emails) /* a role left to fill in is kept as a contact with the role alone */
			give_role(im, name.raw, NULL, role);
		cell_free(&label);
		cell_free(&name);
		cell_free(&email);
	}
}

/* ---- question 6 ---- */

static int h_actor(const char *f) { return form_starts(f, "aktör"); }
static int h_describe(const char *f) { return form_starts(f, "beskriv"); }
static int h_challenges(const char *f) { return form_has(f, "utmaningar"); }

static sp_actor actor_of(const char *f)
{
	static const struct { const char *word; sp_actor actor; } words[] = {
		{ "kommun", SP_ACTOR_MUNICIPALITIES }, { "länsstyrelse", SP_ACTOR_COUNTY_BOARD },
		{ "regionens", SP_ACTOR_REGION_OTHER }, { "näringsliv", SP_ACTOR_BUSINESS },
		{ "civilsamhälle", SP_ACTOR_CIVIL_SOCIETY }, { "leader", SP_ACTOR_LEADER },
		{ "företagsfrämja", SP_ACTOR_BUSINESS_PROMOTION },
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (form_has(f, words[i].word))
			return words[i].actor;
	return strcmp(f, "annan") == 0 ? SP_ACTOR_OTHER : SP_ACTOR_UNSET;
}

/* Bullets written inline ("… organisationer: * Energikontoret * ReDriv") become lines "- …". */
static char *bullets_as_lines(const char *text)
{
	size_t n = strlen(text);
	char *out = malloc(n * 2 + 1);
	if (!out)
		return NULL;
	size_t j = 0;
	for (size_t i = 0; i < n; i++) {
		int line_start = i == 0 || text[i - 1] == '\n';
		int inline_bullet = (text[i] == '*' || (text[i] == '-' && line_start) ||
		                     (strncmp(text + i, "\xE2\x80\xA2", 3) == 0)) &&
		                    (line_start || text[i - 1] == ' ') &&
		                    (text[i + (text[i] == '*' || text[i] == '-' ? 1 : 3)] == ' ');
		if (inline_bullet) {
			while (j > 0 && out[j - 1] == ' ')
				j--;
			if (j > 0 && out[j - 1] != '\n')
				out[j++] = '\n';
			out[j++] = '-';
			if (text[i] != '*' && text[i] != '-')
				i += 2;
		} else {
			out[j++] = text[i];
		}
	}
	out[j] = '\0';
	return out;
}

static void read_description(importer *im, sp_collaboration *c, const docx_table *t, size_t r, unsigned int col,
                             const char *raw)
{
	static const char marker[] = "steg i samverkanstrappan:";
	char *text = strdup(raw), *folded = form_fold(raw);
	if (!text || !folded) {
		free(text);
		free(folded);
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return;
	}
	/* Find the marker in the original text, case-insensitively. */
	char *at = NULL;
	for (char *p = text; *p && !at; p++)
		if (strncasecmp(p, "Steg i samverkanstrappan:", sizeof marker - 1) == 0)
			at = p;
	if (at) {
		char *step = at + sizeof marker - 1;
		char *end = strchr(step, '\n');
		char *line = strndup(step, end ? (size_t)(end - step) : strlen(step));
		if (line) {
			form_trim(line);
			char first[64] = "";
			sscanf(line, "%63[^ \t.,;]", first);
			sp_ladder_step value = (sp_ladder_step)sp_enum_parse(SP_ENUM_LADDER_STEP, first);
			if (value != SP_LADDER_UNSET)
				check(im, sp_collaboration_set_ladder_step(c, value, im->err));
			else
				note(im, t, r, col, "question 6: a step of the collaboration ladder the form does not have; "
				                    "it was kept in the ladder note");
			if (value == SP_LADDER_UNSET || strcasecmp(line, first) != 0)
				APPEND(im, c, sp_collaboration_ladder_note, sp_collaboration_set_ladder_note, line, " ");
			free(line);
		}
		/* The rest of the description: before the marker and after its line. */
		if (end)
			memmove(at, end, strlen(end) + 1);
		else
			*at = '\0';
	}
	char *lines = bullets_as_lines(form_trim(text));
	if (lines) {
		APPEND(im, c, sp_collaboration_description, sp_collaboration_set_description, form_trim(lines), "\n");
	} else {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
	}
	free(lines);
	free(text);
	free(folded);
}

static const char *sentence_sep(const char *old)
{
	size_t n = old ? strlen(old) : 0;
	return n && strchr(".:!?", old[n - 1]) ? "\n" : " ";
}

static void read_collaboration(importer *im, const docx_table *t)
{
	int col_actor = find_column(im, t, 1, h_actor), col_desc = find_column(im, t, 1, h_describe);
	int col_chal = find_column(im, t, 1, h_challenges);
	sp_collaboration *last = NULL;
	for (size_t r = 1; r < t->row_count && !im->rc; r++) {
		const docx_row *row = &t->rows[r];
		if (row_is_empty(row))
			continue;
		cell_text actor = cell_at(im, t, r, col_actor), desc = cell_at(im, t, r, col_desc),
			  chal = cell_at(im, t, r, col_chal);
		if (im->rc)
			break;
		sp_collaboration *c = last;
		if (*actor.raw || !last) {
			check(im, sp_report_add_collaboration(&c, im->report, im->err));
			sp_actor a = actor_of(actor.folded);
			if (!im->rc)
				check(im, sp_collaboration_set_actor(c, a ? a : SP_ACTOR_OTHER, im->err));
			if (!im->rc && a == SP_ACTOR_UNSET && *actor.raw)
				check(im, sp_collaboration_set_label(c, actor.raw, im->err));
			if (!im->rc && !*actor.raw)
				note(im, t, r, (unsigned int)col_actor, "question 6: a row without an actor was read as another actor");
		} else {
			/* A row added under an actor, or the rest of a row split over pages. */
			const char *d = sp_collaboration_description(c);
			char *cont = strdup(desc.raw);
			if (cont && *cont) {
				APPEND(im, c, sp_collaboration_description, sp_collaboration_set_description, cont, sentence_sep(d));
				*desc.raw = '\0';
			}
			free(cont);
		}
		if (!im->rc && *desc.raw)
			read_description(im, c, t, r, (unsigned int)col_desc, desc.raw);
		APPEND(im, c, sp_collaboration_challenges, sp_collaboration_set_challenges, chal.raw, "\n");
		last = c;
		cell_free(&actor);
		cell_free(&desc);
		cell_free(&chal);
	}
}

/* ---- part B: one table per priority area ---- */

static int h_name_col(const char *f) { return form_starts(f, "planerade insatser"); }
static int h_goals(const char *f) { return form_starts(f, "mål"); }
static int h_resources(const char *f) { return form_starts(f, "resurser"); }
/* The service types may share their heading cell with "Huvudsakligt serviceslag" when
 * a region has put the two heading rows in one. */
static int h_groceries(const char *f) { return form_has(f, "dagligvaror"); }
static int h_fuel(const char *f) { return form_has(f, "drivmedel"); }
static int h_agent(const char *f) { return form_has(f, "ombud"); }
static int h_broader(const char *f) { return form_has(f, "bredare sammanhang"); }
static int h_outputs(const char *f) { return form_has(f, "prestationer"); }
static int h_effects(const char *f) { return form_has(f, "effekter"); }
static int h_status(const char *f) { return form_starts(f, "status"); }

static int is_heading_row(const docx_row *row)
{
	static const char *const words[] = { "planerade insatser", "handlingsplan för", "dagligvaror", "markera med",
	                                     "namn och beskrivning", "vilka aktiviteter", "klar/fortsätter",
	                                     "mål i rsp", "vilka aktörer", "uppföljning av verksamhetsår" };
	for (size_t i = 0; i < row->cell_count; i++) {
		char *raw = docx_cell_text(&row->cells[i]);
		char *f = raw ? form_fold(raw) : NULL;
		int hit = 0;
		for (size_t w = 0; f && w < sizeof words / sizeof words[0] && !hit; w++)
			hit = form_has(f, words[w]);
		free(raw);
		free(f);
		if (hit)
			return 1;
	}
	return 0;
}

static int is_separator(const char *line)
{
	size_t n = strspn(line, "-_ \t");
	return n > 0 && line[n] == '\0';
}

/* A goal's id at the start of a line, "1.1" (digits, a point, digits, then
 * the end, a space, a point before a space, or one of , ; : / &), copied to
 * id; its length, 0 when there is none. */
static size_t goal_id_at(const char *line, char *id, size_t size)
{
	size_t a = strspn(line, "0123456789");
	size_t b = a && line[a] == '.' ? strspn(line + a + 1, "0123456789") : 0;
	size_t n = a + 1 + b;
	if (!b || a > 4 || b > 4)
		return 0;
	char after = line[n];
	if (after == '.' ? line[n + 1] != '\0' && !isspace((unsigned char)line[n + 1])
	                 : after != '\0' && !isspace((unsigned char)after) && !strchr(",;:/&", after))
		return 0;
	snprintf(id, size, "%.*s", (int)n, line);
	return n;
}

enum { MAX_GOALS_ON_A_LINE = 8, GOAL_ID_SIZE = 32 };

/* The goal ids a line starts with: "1.1 Text", "Mål 1.2: Text", "1.1, 1.3",
 * "1.1 och 1.2"; how many, with *text at what follows the last. */
static size_t goal_ids_of(const char *line, char ids[][GOAL_ID_SIZE], const char **text)
{
	const char *p = line;
	if (strncasecmp(p, "M\xC3\xA5l ", 5) == 0)
		p += 5;
	size_t count = 0, n;
	while (count < MAX_GOALS_ON_A_LINE && (n = goal_id_at(p, ids[count], GOAL_ID_SIZE)) > 0) {
		count++;
		p += n;
		const char *next = p;
		while (*next && (isspace((unsigned char)*next) || strchr(",;:/&.", *next)))
			next++;
		if (strncmp(next, "och ", 4) == 0)
			next += 4;
		char probe[GOAL_ID_SIZE];
		if (!goal_id_at(next, probe, sizeof probe))
			break;
		p = next;
	}
	while (*p && (isspace((unsigned char)*p) || strchr(".:", *p)))
		p++;
	*text = p;
	return count;
}

/* The goal with its text, given to the intervention and, when new, to the programme. */
static void add_goal(importer *im, sp_intervention *iv, const char *id, const char *text)
{
	sp_program *prog = sp_report_program_mut(im->report);
	int listed = 0;
	for (size_t i = 0; i < sp_intervention_goal_id_count(iv); i++)
		listed |= strcmp(sp_intervention_goal_id(iv, i), id) == 0;
	if (!listed)
		check(im, sp_intervention_add_goal_id(iv, id, im->err));
	sp_goal *g = NULL;
	for (size_t i = 0; i < sp_program_goal_count(prog) && !g; i++)
		if (strcmp(sp_goal_id(sp_program_goal(prog, i)), id) == 0)
			g = sp_program_goal_mut(prog, i);
	if (!g && !im->rc) {
		check(im, sp_program_add_goal(&g, prog, im->err));
		if (!im->rc)
			check(im, sp_goal_set_id(g, id, im->err));
	}
	/* The text where the goal is written out, also when it was first met in a list of ids. */
	const char *had = im->rc ? NULL : sp_goal_text(g);
	if (!im->rc && *text && (!had || !*had))
		check(im, sp_goal_set_text(g, text, im->err));
}

static void read_goals(importer *im, sp_intervention *iv, const char *raw, int continued)
{
	char *copy = strdup(raw);
	if (!copy) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return;
	}
	for (char *save = NULL, *line = strtok_r(copy, "\n", &save); line && !im->rc; line = strtok_r(NULL, "\n", &save)) {
		form_trim(line);
		sp_program *prog = sp_report_program_mut(im->report);
		char ids[MAX_GOALS_ON_A_LINE][GOAL_ID_SIZE];
		const char *text;
		size_t count = goal_ids_of(line, ids, &text);
		if (count) {
			/* A text after a list of ids is no one goal's: it is kept as another goal. */
			for (size_t k = 0; k < count && !im->rc; k++)
				add_goal(im, iv, ids[k], count == 1 ? text : "");
			if (count > 1 && *text && !im->rc)
				check(im, sp_intervention_add_other_goal(iv, text, im->err));
		} else if (continued && sp_intervention_goal_id_count(iv) > 0) {
			/* The rest of a goal's text on a row split over pages. */
			const char *last = sp_intervention_goal_id(iv, sp_intervention_goal_id_count(iv) - 1);
			for (size_t i = 0; i < sp_program_goal_count(prog); i++) {
				sp_goal *g = sp_program_goal_mut(prog, i);
				if (strcmp(sp_goal_id(g), last) == 0)
					APPEND(im, g, sp_goal_text, sp_goal_set_text, line, " ");
			}
		} else if (*line) {
			check(im, sp_intervention_add_other_goal(iv, line, im->err));
		}
	}
	free(copy);
}

static int is_funding(const char *folded)
{
	return form_has(folded, "budget") || form_has(folded, "inom ") || form_has(folded, "medel") ||
	       form_has(folded, "finansier") || form_starts(folded, "projekt");
}

static void read_resources(importer *im, sp_intervention *iv, const char *raw)
{
	char *copy = strdup(raw);
	if (!copy) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return;
	}
	for (char *save = NULL, *line = strtok_r(copy, "\n", &save); line && !im->rc; line = strtok_r(NULL, "\n", &save)) {
		form_trim(line);
		char *f = form_fold(line);
		if (!f) {
			im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
			break;
		}
		if (form_starts(f, "finansiering:"))
			APPEND(im, iv, sp_intervention_funding, sp_intervention_set_funding,
			       form_trim(line + strlen("Finansiering:")), "\n");
		else if (*line && is_funding(f))
			APPEND(im, iv, sp_intervention_funding, sp_intervention_set_funding, line, "\n");
		else if (*line)
			check(im, sp_intervention_add_actor(iv, line, im->err));
		free(f);
	}
	free(copy);
}

static void add_output(importer *im, sp_intervention *iv, const char *text)
{
	sp_output *o = NULL;
	check(im, sp_intervention_add_output(&o, iv, im->err));
	if (!im->rc)
		check(im, sp_output_set_text(o, text, im->err));
	sp_output_reading reading;
	if (!im->rc && sp_output_text_read(&reading, text, NULL) == 0) {
		if (reading.support_type != SP_SUPPORT_UNSET)
			check(im, sp_output_set_support_type(o, reading.support_type, im->err));
		if (!im->rc && reading.count >= 0)
			check(im, sp_output_set_count(o, reading.count, im->err));
		if (!im->rc && reading.amount_sek >= 0)
			check(im, sp_output_set_amount_sek(o, reading.amount_sek, im->err));
	}
}

/* Whether the word that ends at `end` (exclusive; punctuation after it left
 * out) is the unit of a figure, the last word of an output such as
 * "Hemsändning 8 st 1 537 062 kr". */
static int ends_with_unit(const char *line, size_t end)
{
	static const char *const units[] = { "kr", "kronor", "sek", "tkr", "mkr", "msek", ":-", "st", "stycken",
	                                     "beslut", "\xC3\xA4renden", "bidrag" };
	while (end > 0 && strchr(".,;", line[end - 1]))
		end--;
	size_t start = end;
	while (start > 0 && !isspace((unsigned char)line[start - 1]))
		start--;
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		if (end - start == strlen(units[i]) && strncasecmp(line + start, units[i], end - start) == 0)
			return 1;
	return 0;
}

static int starts_capital(const char *s)
{
	unsigned char c = (unsigned char)s[0], d = (unsigned char)s[1];
	return (c >= 'A' && c <= 'Z') || (c == 0xC3 && (d == 0x85 || d == 0x84 || d == 0x96));
}

/* A line that holds outputs run together without bullets, as when two lines
 * are joined ("Hemsändning 8 st 1 537 062 kr Servicebidrag 7st 1 007 710 kr"):
 * cut (in place, at the space before each) where a capitalised word follows
 * the unit of a figure, when each piece can then be read without guessing.
 * Returns the number of pieces, 1 when the line was left whole. */
static size_t split_run_together(char *line)
{
	size_t cuts[64], n = 0;
	for (size_t i = 1; line[i] && n < sizeof cuts / sizeof cuts[0]; i++)
		if (line[i - 1] == ' ' && starts_capital(line + i) && ends_with_unit(line, i - 1))
			cuts[n++] = i - 1;
	for (size_t k = 0; k < n; k++)
		line[cuts[k]] = '\0';
	int readable = n > 0;
	const char *piece = line;
	for (size_t k = 0; k <= n && readable; k++) {
		sp_output_reading reading;
		readable = sp_output_text_read(&reading, piece, NULL) != SP_EVALUE;
		piece += strlen(piece) + 1;
	}
	if (!readable)
		for (size_t k = 0; k < n; k++)
			line[cuts[k]] = ' ';
	return readable ? n + 1 : 1;
}

static void read_outputs(importer *im, sp_intervention *iv, const docx_table *t, size_t r, unsigned int col,
                         const char *raw)
{
	char *lines = bullets_as_lines(raw);
	if (!lines) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return;
	}
	for (char *save = NULL, *line = strtok_r(lines, "\n", &save); line && !im->rc; line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '-' && line[1] == ' ' && !is_separator(line))
			line += 2;
		form_trim(line);
		if (!*line || is_separator(line))
			continue;
		sp_output_reading reading;
		size_t pieces = 1;
		if (sp_output_text_read(&reading, line, NULL) == SP_EVALUE) {
			pieces = split_run_together(line);
			if (pieces > 1)
				note(im, t, r, col, "part B: outputs written on one line were read as separate outputs");
			else
				note(im, t, r, col, "part B: an output whose figures cannot be read without guessing; "
				                    "it was kept as text without figures");
		}
		const char *piece = line;
		for (size_t k = 0; k < pieces && !im->rc; k++, piece += strlen(piece) + 1)
			add_output(im, iv, piece);
	}
	free(lines);
}

/* The length of an effect's marker at p in text, "Kort sikt:", "Medellång
 * sikt –" or "Lång sikt -" (the words, then a colon, or a dash and a space),
 * with *which set to 0, 1 or 2 for short, medium and long term; 0 when there is none. */
static size_t effect_marker(const char *text, const char *p, int *which)
{
	static const char *const words[3] = { "kort sikt", "medell\xC3\xA5ng sikt", "l\xC3\xA5ng sikt" };
	for (int k = 0; k < 3; k++) {
		size_t n = strlen(words[k]);
		if (strncasecmp(p, words[k], n) != 0 && !(k == 2 && strncasecmp(p, "L\xC3\x85NG SIKT", n) == 0))
			continue;
		if (k == 2 && p - text >= 5 && strncasecmp(p - 5, "medel", 5) == 0)
			continue; /* the end of "medellång sikt" */
		const char *q = p + n;
		while (*q == ' ')
			q++;
		if (*q == ':' || (*q == '-' && q[1] == ' '))
			q++;
		else if (strncmp(q, "\xE2\x80\x93", 3) == 0 && q[3] == ' ') /* an en dash */
			q += 3;
		else
			continue;
		*which = k;
		return (size_t)(q - p);
	}
	return 0;
}

/* "Kort sikt: … Medellång sikt: … Lång sikt: …"; the rest is the general text. */
static void read_effects(importer *im, sp_intervention *iv, const docx_table *t, size_t r, unsigned int col,
                         const char *raw)
{
	sp_effects *e = sp_intervention_effects_mut(iv);
	char *copy = strdup(raw);
	if (!copy) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return;
	}
	/* Positions of the markers (the first of each), found case-insensitively in the original text. */
	char *at[3] = { NULL, NULL, NULL };
	size_t marker_len[3] = { 0, 0, 0 };
	for (char *p = copy; *p; p++) {
		int k;
		size_t n = effect_marker(copy, p, &k);
		if (n && !at[k]) {
			at[k] = p;
			marker_len[k] = n;
		}
	}
	/* Each part runs to the next marker or to the end of its paragraph... up to the next marker. */
	char *ends[3];
	for (int k = 0; k < 3; k++) {
		ends[k] = NULL;
		if (!at[k])
			continue;
		char *end = copy + strlen(copy);
		for (int m = 0; m < 3; m++)
			if (at[m] && at[m] > at[k] && at[m] < end)
				end = at[m];
		ends[k] = end;
	}
	char *general = strdup("");
	char *cursor = copy;
	char *first = copy + strlen(copy);
	for (int k = 0; k < 3; k++)
		if (at[k] && at[k] < first)
			first = at[k];
	if (general && first > cursor) {
		char *before = strndup(cursor, (size_t)(first - cursor));
		if (before) {
			free(general);
			general = before;
		}
	}
	for (int k = 0; k < 3 && !im->rc; k++) {
		if (!at[k])
			continue;
		char *value = strndup(at[k] + marker_len[k], (size_t)(ends[k] - at[k] - marker_len[k]));
		if (!value)
			break;
		/* Paragraphs after the long-term effect that are not one of the three are general text. */
		char *nl = strchr(form_trim(value), '\n');
		if (nl && k == 2) {
			char *tail = joined(general, "\n", form_trim(nl + 1));
			*nl = '\0';
			free(general);
			general = tail;
		}
		form_trim(value);
		if (k == 0)
			APPEND(im, e, sp_effects_short_term, sp_effects_set_short_term, value, "\n");
		else if (k == 1)
			APPEND(im, e, sp_effects_medium_term, sp_effects_set_medium_term, value, "\n");
		else
			APPEND(im, e, sp_effects_long_term, sp_effects_set_long_term, value, "\n");
		free(value);
	}
	if (!general) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
	} else {
		/* The general text without separator lines. */
		char *kept = strdup("");
		for (char *save = NULL, *line = strtok_r(general, "\n", &save); line && kept; line = strtok_r(NULL, "\n", &save)) {
			form_trim(line);
			if (!*line || is_separator(line))
				continue;
			char *j = joined(kept, "\n", line);
			free(kept);
			kept = j;
		}
		if (kept)
			APPEND(im, e, sp_effects_general, sp_effects_set_general, kept, "\n");
		free(kept);
	}
	(void)t;
	(void)r;
	(void)col;
	free(general);
	free(copy);
}

static void read_status(importer *im, sp_intervention *iv, const docx_table *t, size_t r, unsigned int col,
                        const char *raw, int continued)
{
	const char *rest = raw;
	sp_status status = SP_STATUS_UNSET;
	static const char continuing[] = "Forts\xC3\xA4tter";
	if (strncasecmp(raw, continuing, sizeof continuing - 1) == 0) {
		status = SP_STATUS_CONTINUING;
		rest = raw + sizeof continuing - 1;
	} else if (strncasecmp(raw, "Klar", 4) == 0 && !isalpha((unsigned char)raw[4])) {
		status = SP_STATUS_COMPLETED;
		rest = raw + 4;
	} else if (strncasecmp(raw, "Avslutad", 8) == 0) {
		status = SP_STATUS_COMPLETED;
		rest = raw + 8;
	}
	if (status != SP_STATUS_UNSET && sp_intervention_status(iv) == SP_STATUS_UNSET)
		check(im, sp_intervention_set_status(iv, status, im->err));
	else if (status == SP_STATUS_UNSET && *raw && !continued)
		note(im, t, r, col, "part B: a status that does not start with Fortsätter or Klar; the text was kept "
		                    "in the lessons");
	while (*rest && (isspace((unsigned char)*rest) || *rest == '.' || *rest == ',' || *rest == ':'))
		rest++;
	APPEND(im, iv, sp_intervention_lessons, sp_intervention_set_lessons, rest, continued ? " " : "\n");
}

/* A name cell that goes on with the sentence above ("post- och" /
 * "paketutdelning där …") is the rest of a row split over pages. */
static int continues_sentence(const char *before, const char *text)
{
	size_t n = before ? strlen(before) : 0;
	if (!n || strchr(".!?", before[n - 1]))
		return 0;
	unsigned char c = (unsigned char)text[0], d = (unsigned char)text[1];
	return (c >= 'a' && c <= 'z') || (c == 0xC3 && (d == 0xA5 || d == 0xA4 || d == 0xB6));
}

/* Text in a column that is none of the form's (a column a region added, or
 * one whose heading was not recognised) goes to the description. */
static void keep_other_columns(importer *im, sp_intervention *iv, const docx_table *t, size_t r, const int *col)
{
	const docx_row *row = &t->rows[r];
	for (size_t i = 0; i < row->cell_count && !im->rc; i++) {
		const docx_cell *cell = &row->cells[i];
		int known = cell->merged_below;
		for (int k = 0; k < C_COUNT && !known; k++)
			known = col[k] >= 0 && cell->column == (unsigned int)col[k];
		if (known)
			continue;
		char *raw = docx_cell_text(cell);
		if (!raw) {
			im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
			return;
		}
		if (*form_trim(raw)) {
			note(im, t, r, cell->column, "part B: text in a column the form does not have; it was kept in the "
			                             "description");
			APPEND(im, iv, sp_intervention_description, sp_intervention_set_description, raw, "\n");
		}
		free(raw);
	}
}

static void read_interventions(importer *im, const docx_table *t, size_t first_row);

static void read_area(importer *im, const docx_table *t)
{
	if (!im->area) {
		check(im, sp_report_add_priority_area(&im->area, im->report, im->err));
		if (!im->rc)
			check(im, sp_priority_area_set_number(im->area, im->next_area_number++, im->err));
		note(im, t, 0, 0, "part B: a table of interventions without \"Prioriterat område N.\" above it");
		if (im->rc)
			return;
	}
	size_t heading_rows = 0;
	while (heading_rows < t->row_count && is_heading_row(&t->rows[heading_rows]))
		heading_rows++;
	static const heading_match matches[C_COUNT] = { h_name_col, h_goals, h_resources, h_groceries, h_fuel,
	                                                h_agent,    h_broader, h_outputs,  h_effects,   h_status };
	int *col = im->area_col;
	for (int k = 0; k < C_COUNT; k++)
		col[k] = find_column(im, t, heading_rows, matches[k]);
	if (col[C_NAME] < 0)
		col[C_NAME] = 0;
	im->area_cols_known = 1;
	im->intervention = NULL;
	read_interventions(im, t, heading_rows);
}

/* The rows of interventions from first_row on, in the columns of im->area_col. */
static void read_interventions(importer *im, const docx_table *t, size_t first_row)
{
	static const sp_service_type services[4] = { SP_SERVICE_GROCERIES, SP_SERVICE_FUEL, SP_SERVICE_AGENT_SERVICES,
	                                             SP_SERVICE_BROADER_CONTEXT };
	const int *col = im->area_col;
	sp_intervention *iv = im->intervention;
	for (size_t r = first_row; r < t->row_count && !im->rc; r++) {
		const docx_row *row = &t->rows[r];
		if (row_is_empty(row))
			continue;
		cell_text cell[C_COUNT];
		for (int k = 0; k < C_COUNT; k++)
			cell[k] = cell_at(im, t, r, col[k]);
		if (im->rc) {
			for (int k = 0; k < C_COUNT; k++)
				cell_free(&cell[k]);
			break;
		}
		/* A row without a name of its own (empty, or merged down from the one
		 * above) continues the intervention above: an added row, or a row
		 * split over pages. Its cells merged down from above were read there. */
		const docx_cell *own_name = docx_row_cell_at(row, (unsigned int)col[C_NAME]);
		int continued = iv && (!*cell[C_NAME].raw || (own_name && own_name->merged_below) ||
		                       continues_sentence(sp_intervention_name(iv), cell[C_NAME].raw));
		for (int k = 0; continued && k < C_COUNT; k++) {
			const docx_cell *own = col[k] >= 0 ? docx_row_cell_at(row, (unsigned int)col[k]) : NULL;
			if (own && own->merged_below)
				*cell[k].raw = '\0';
		}
		if (!continued) {
			check(im, sp_priority_area_add_intervention(&iv, im->area, im->err));
			if (!im->rc && !*cell[C_NAME].raw)
				note(im, t, r, (unsigned int)col[C_NAME], "part B: an intervention without a name");
			char *nl = strchr(cell[C_NAME].raw, '\n');
			if (nl)
				*nl = '\0';
			if (!im->rc && *cell[C_NAME].raw)
				check(im, sp_intervention_set_name(iv, form_trim(cell[C_NAME].raw), im->err));
			if (nl)
				APPEND(im, iv, sp_intervention_description, sp_intervention_set_description, form_trim(nl + 1), "\n");
		}
		if (im->rc)
			break;
		if (continued)
			APPEND(im, iv, sp_intervention_name, sp_intervention_set_name, cell[C_NAME].raw, " ");
		read_goals(im, iv, cell[C_GOALS].raw, continued);
		read_resources(im, iv, cell[C_RESOURCES].raw);
		unsigned int types = sp_intervention_service_types(iv);
		for (int k = 0; k < 4 && !im->rc; k++) {
			const char *m = cell[C_GROCERIES + k].raw;
			if (form_is_mark(m))
				types |= SP_BIT(services[k]);
			else if (*m && !form_is_empty_box(m)) {
				note(im, t, r, (unsigned int)col[C_GROCERIES + k],
				     "part B: text where an X belongs; it was kept in the description");
				APPEND(im, iv, sp_intervention_description, sp_intervention_set_description, m, "\n");
			}
		}
		if (!im->rc && types != sp_intervention_service_types(iv))
			check(im, sp_intervention_set_service_types(iv, types, im->err));
		if (!im->rc)
			read_outputs(im, iv, t, r, (unsigned int)col[C_OUTPUTS], cell[C_OUTPUTS].raw);
		if (!im->rc && *cell[C_EFFECTS].raw)
			read_effects(im, iv, t, r, (unsigned int)col[C_EFFECTS], cell[C_EFFECTS].raw);
		if (!im->rc && *cell[C_STATUS].raw)
			read_status(im, iv, t, r, (unsigned int)col[C_STATUS], cell[C_STATUS].raw, continued);
		keep_other_columns(im, iv, t, r, col);
		for (int k = 0; k < C_COUNT; k++)
			cell_free(&cell[k]);
	}
	im->intervention = iv;
}

/* ---- the document ---- */

enum table_kind { T_UNKNOWN, T_DEMAND, T_STAFFING, T_CONTACTS, T_COLLABORATION, T_AREA };

static enum table_kind kind_of(importer *im, const docx_table *t)
{
	if (t->row_count == 0)
		return T_UNKNOWN;
	char *all = strdup("");
	for (size_t r = 0; r < t->row_count && r < 3 && all; r++)
		for (size_t i = 0; i < t->rows[r].cell_count && all; i++) {
			char *raw = docx_cell_text(&t->rows[r].cells[i]);
			char *j = raw ? joined(all, " | ", raw) : NULL;
			free(raw);
			free(all);
			all = j;
		}
	char *f = all ? form_fold(all) : NULL;
	free(all);
	if (!f) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return T_UNKNOWN;
	}
	enum table_kind kind = T_UNKNOWN;
	if (form_has(f, "planerade insatser"))
		kind = T_AREA;
	else if (form_has(f, "stödtyp") && form_has(f, "ökar"))
		kind = T_DEMAND;
	else if (form_has(f, "årsarbetskrafter"))
		kind = T_STAFFING;
	else if (form_has(f, "namn") && form_has(f, "epost"))
		kind = T_CONTACTS;
	else if (form_has(f, "aktör") && form_has(f, "samverkan"))
		kind = T_COLLABORATION;
	free(f);
	return kind;
}

static enum question question_of(const char *f)
{
	/* Each question by two of its words (the second may be the first again),
	 * so that a question a region reworded a little still reads. */
	static const struct { const char *word, *also; enum question q; } questions[] = {
		{ "efterfrågan", "efterfrågan", Q_DEMAND },         { "framtidsspaning", "framtidsspaning", Q_OUTLOOK },
		{ "personalresurser", "personalresurser", Q_STAFFING }, { "kontaktperson", "kontaktperson", Q_CONTACTS },
		{ "främja", "tillgänglighet", Q_ACCESSIBILITY },    { "aktörer", "samverkan", Q_COLLABORATION },
	};
	/* "3. Hur mycket …": the number written out; where Word numbers the
	 * questions itself the number is not in the text, and the question's
	 * words with its question mark, or its "Beskriv" (question 5 asks with
	 * no question mark), tell it. */
	int number = f[0] >= '1' && f[0] <= '6' && f[1] == '.' ? f[0] - '0' : 0;
	int asks = number || strchr(f, '?') || form_starts(f, "beskriv");
	for (size_t i = 0; i < sizeof questions / sizeof questions[0]; i++)
		if (form_has(f, questions[i].word) && form_has(f, questions[i].also) && asks)
			return questions[i].q;
	return (enum question)number;
}

static void read_paragraph(importer *im, const char *text)
{
	char *f = form_fold(text);
	if (!f) {
		im->rc = form_error(im->err, SP_ENOMEM, im->path, "out of memory");
		return;
	}
	enum question q = im->part_b ? Q_NONE : question_of(f);
	if (q != Q_NONE) {
		im->question = q;
	} else if (form_starts(f, "uppföljning och redovisning av insatser")) {
		im->part_b = 1;
		im->question = Q_NONE;
	} else if (form_starts(f, "prioriterat område")) {
		long number = strtol(f + strlen("prioriterat område"), NULL, 10);
		const char *title = strchr(text, '.');
		check(im, sp_report_add_priority_area(&im->area, im->report, im->err));
		im->intervention = NULL;
		if (!im->rc)
			check(im, sp_priority_area_set_number(im->area, number > 0 ? number : im->next_area_number, im->err));
		im->next_area_number = (number > 0 ? number : im->next_area_number) + 1;
		if (title && !im->rc) {
			char *copy = strdup(title + 1);
			if (copy && *form_trim(copy))
				check(im, sp_priority_area_set_title(im->area, copy, im->err));
			free(copy);
		}
		im->part_b = 1;
	} else if (!im->part_b && *f && !form_starts(f, "region:")) {
		char *copy = strdup(text);
		if (copy && *form_trim(copy)) {
			if (im->question == Q_OUTLOOK)
				APPEND(im, im->report, sp_report_future_outlook, sp_report_set_future_outlook, copy, "\n");
			else if (im->question == Q_ACCESSIBILITY)
				APPEND(im, im->report, sp_report_accessibility_work, sp_report_set_accessibility_work, copy, "\n");
		}
		free(copy);
	}
	free(f);
}

static int table_is_empty(const docx_table *t)
{
	for (size_t r = 0; r < t->row_count; r++)
		if (!row_is_empty(&t->rows[r]))
			return 0;
	return 1;
}

static void read_table(importer *im, const docx_table *t)
{
	if (table_is_empty(t))
		return; /* nothing to read, nothing to lose */
	enum table_kind kind = kind_of(im, t);
	/* In part B a table without headings is the rest of the table above,
	 * split in two (its words are not headings, whatever they say). */
	if (kind != T_AREA && im->part_b && im->area_cols_known && !is_heading_row(&t->rows[0])) {
		note(im, t, 0, 0, "part B: a table without headings was read as the rest of the table above it");
		read_interventions(im, t, 0);
		return;
	}
	switch (kind) {
	case T_DEMAND: read_demand(im, t); break;
	case T_STAFFING: read_staffing(im, t); break;
	case T_CONTACTS: read_contacts(im, t); break;
	case T_COLLABORATION: read_collaboration(im, t); break;
	case T_AREA: read_area(im, t); break;
	case T_UNKNOWN:
		if (!im->rc)
			note(im, t, 0, 0, "a table the form does not have was not read");
		break;
	}
}

/* The year written after a phrase that ends at text: "verksamhetsår 2023",
 * "verksamhetsåret: 2023", "verksamhetsår (2023)"; 0 when there is none. */
static int64_t year_after(const char *text)
{
	size_t skip = 0;
	while (text[skip] && !isdigit((unsigned char)text[skip]) && skip < 8)
		skip++;
	if (strspn(text + skip, "0123456789") != 4)
		return 0;
	return strtol(text + skip, NULL, 10);
}

/* Region from "Region: …", the year from "Handlingsplan för verksamhetsår YYYY". */
static int find_identity(const docx_document *doc, char **region, int64_t *year)
{
	*region = NULL;
	*year = 0;
	for (size_t i = 0; i < doc->block_count; i++) {
		const docx_block *b = &doc->blocks[i];
		if (b->text && !*region && strncasecmp(b->text, "Region:", 7) == 0) {
			*region = strdup(b->text + 7);
			if (!*region)
				return SP_ENOMEM;
			form_trim(*region);
		}
		/* "Uppföljning av verksamhetsår YYYY" above part B, when no table gives the year. */
		if (b->text && !*year) {
			char *f = form_fold(b->text);
			if (!f)
				return SP_ENOMEM;
			if (form_starts(f, "uppföljning av verksamhetsår"))
				*year = year_after(f + strlen("uppföljning av verksamhetsår"));
			free(f);
		}
		for (size_t r = 0; b->table && r < b->table->row_count && !*year; r++)
			for (size_t c = 0; c < b->table->rows[r].cell_count && !*year; c++) {
				char *raw = docx_cell_text(&b->table->rows[r].cells[c]);
				char *f = raw ? form_fold(raw) : NULL;
				const char *at = f ? strstr(f, "handlingsplan för verksamhetsår") : NULL;
				if (at)
					*year = year_after(at + strlen("handlingsplan för verksamhetsår"));
				free(raw);
				free(f);
			}
	}
	return 0;
}

static int import_document(importer *im, const docx_document *doc)
{
	char *region = NULL;
	int64_t year = 0;
	if (find_identity(doc, &region, &year))
		return form_error(im->err, SP_ENOMEM, im->path, "out of memory");
	if (!region) {
		free(region);
		return form_error(im->err, SP_EFORMAT, im->path,
		                  "not the follow-up form: no \"Region:\" line was found");
	}
	if (year < 1000 || year > 9999) {
		free(region);
		return form_error(im->err, SP_EFORMAT, im->path,
		                  "not the follow-up form: no year was found (\"Handlingsplan för verksamhetsår\")");
	}
	int rc = sp_report_new(&im->report, region, year, im->err);
	free(region);
	if (rc)
		return rc;
	im->next_area_number = 1;
	for (size_t i = 0; i < doc->block_count && !im->rc; i++) {
		if (doc->blocks[i].text)
			read_paragraph(im, doc->blocks[i].text);
		else
			read_table(im, doc->blocks[i].table);
	}
	return im->rc;
}

SP_EXTERN int sp_form_import(sp_report **out, sp_form_findings **findings, const char *path,
                             const sp_form_options *opts, sp_error *err)
{
	if (out)
		*out = NULL;
	if (findings)
		*findings = NULL;
	form_limits limits;
	int rc = form_limits_of(&limits, opts, err);
	if (rc)
		return rc;
	if (!out || !path)
		return form_error(err, SP_EINVAL, NULL, "sp_form_import needs out and path");
	char *xml = NULL;
	size_t len = 0;
	rc = docx_read_document(&xml, &len, path, &limits, err);
	if (rc)
		return rc;
	docx_document doc;
	rc = docx_document_parse(&doc, xml, len, path, err);
	free(xml);
	if (rc)
		return rc;
	importer im = { .err = err, .path = path };
	im.findings = calloc(1, sizeof *im.findings);
	rc = im.findings ? import_document(&im, &doc) : form_error(err, SP_ENOMEM, path, "out of memory");
	docx_document_clear(&doc);
	if (rc) {
		sp_report_free(im.report);
		sp_form_findings_free(im.findings);
		return rc;
	}
	*out = im.report;
	if (findings)
		*findings = im.findings;
	else
		sp_form_findings_free(im.findings);
	return 0;
}

SP_EXTERN void sp_form_findings_free(sp_form_findings *findings)
{
	if (!findings)
		return;
	for (size_t i = 0; i < findings->count; i++)
		free(findings->items[i].message);
	free(findings->items);
	free(findings);
}

SP_EXTERN size_t sp_form_findings_count(const sp_form_findings *findings)
{
	return findings ? findings->count : 0;
}

SP_EXTERN const char *sp_form_finding_message(const sp_form_findings *findings, size_t index)
{
	return findings && index < findings->count ? findings->items[index].message : NULL;
}

SP_EXTERN int sp_form_finding_place(const sp_form_findings *findings, size_t index, unsigned int *table,
                                    unsigned int *row, unsigned int *column)
{
	if (!findings || index >= findings->count)
		return SP_ENOTFOUND;
	if (table)
		*table = findings->items[index].table;
	if (row)
		*row = findings->items[index].row;
	if (column)
		*column = findings->items[index].column;
	return 0;
}
