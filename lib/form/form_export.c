/*
 * A report written as the follow-up form: the form's headings, questions and
 * tables in WordprocessingML, part A in portrait and part B (one table per
 * priority area) in landscape. What it writes is what form_import.c reads.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <serviceprogram/enums.h>

#include "form_buffer.h"
#include "form_internal.h"

typedef form_buffer out;

static void put_n(out *o, const char *s, size_t n)
{
	form_buffer_add(o, s, n);
}

static void put(out *o, const char *s)
{
	put_n(o, s, strlen(s));
}

static void putf(out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void putf(out *o, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n > 0)
		put_n(o, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* What stands for byte s[i] (and the bytes after it, *len in all) inside a run's <w:t>; NULL
 * for the byte itself. XML 1.0 has no control characters but tab and line ends, nor U+FFFE
 * and U+FFFF: written as they are, the document is damaged (Word repairs it, rsp import refuses
 * it), and a report's text may hold them, a vertical tab above all: Word's line break, pasted
 * from Word into a spreadsheet's cell. Word's own breaks, tab and soft hyphen are written. */
static const char *escape_of(const char *s, size_t i, size_t n, size_t *len)
{
	static const char run_break[] = "</w:t><w:br/><w:t xml:space=\"preserve\">";
	unsigned char c = (unsigned char)s[i];
	*len = 1;
	if (c == '&')
		return "&amp;";
	if (c == '<')
		return "&lt;";
	if (c == '>')
		return "&gt;";
	if (c == '\t')
		return "</w:t><w:tab/><w:t xml:space=\"preserve\">";
	if (c == '\n' || c == '\v' || c == '\f')
		return run_break;
	if (c < 0x20)
		return "";
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xAD) {
		*len = 2;
		return "</w:t><w:softHyphen/><w:t xml:space=\"preserve\">";
	}
	if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBF && ((unsigned char)s[i + 2] & 0xFE) == 0xBE) {
		*len = 3;
		return "";
	}
	return NULL;
}

/* Text inside a run's <w:t>. */
static void put_escaped(out *o, const char *s, size_t n)
{
	size_t start = 0;
	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *rep = escape_of(s, i, n, &len);
		if (rep) {
			put_n(o, s + start, i - start);
			put(o, rep);
			start = i + len;
			i += len - 1;
		}
	}
	put_n(o, s + start, n - start);
}

/* One paragraph of one run; bold when asked. */
static void para_n(out *o, const char *text, size_t n, int bold)
{
	put(o, "<w:p>");
	if (n) {
		put(o, bold ? "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" : "<w:r><w:t xml:space=\"preserve\">");
		put_escaped(o, text, n);
		put(o, "</w:t></w:r>");
	}
	put(o, "</w:p>");
}

/* A heading (a question, a priority area): bold, set off from what is above it and kept on the
 * page of what it heads, not left alone at a page's foot. The text is `text` then `more`, if any. */
static void heading(out *o, const char *text, const char *more)
{
	put(o, "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"240\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>"
	       "<w:t xml:space=\"preserve\">");
	put_escaped(o, text, strlen(text));
	if (more)
		put_escaped(o, more, strlen(more));
	put(o, "</w:t></w:r></w:p>");
}

static void question(out *o, const char *text)
{
	heading(o, text, NULL);
}

/* A paragraph per line of the text; nothing for NULL or "". */
static void paras(out *o, const char *text)
{
	while (text && *text) {
		const char *nl = strchr(text, '\n');
		size_t n = nl ? (size_t)(nl - text) : strlen(text);
		para_n(o, text, n, 0);
		text = nl ? nl + 1 : text + n;
	}
}

static void para(out *o, const char *text, int bold)
{
	para_n(o, text, strlen(text), bold);
}

static void table_start(out *o, const unsigned int *widths, size_t n)
{
	put(o, "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>");
	static const char *const sides[] = { "top", "left", "bottom", "right", "insideH", "insideV" };
	for (size_t i = 0; i < 6; i++)
		putf(o, "<w:%s w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>", sides[i]);
	put(o, "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
	for (size_t i = 0; i < n; i++)
		putf(o, "<w:gridCol w:w=\"%u\"/>", widths[i]);
	put(o, "</w:tblGrid>");
}

enum { CELL_SHADED = 1, CELL_ROTATED = 2 };

/* A rotated cell's text runs bottom to top, as the form's narrow X columns are headed. */
static void cell_start(out *o, unsigned int width, unsigned int span, int look)
{
	putf(o, "<w:tc><w:tcPr><w:tcW w:w=\"%u\" w:type=\"dxa\"/>", width);
	if (span > 1)
		putf(o, "<w:gridSpan w:val=\"%u\"/>", span);
	if (look & CELL_SHADED)
		put(o, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>");
	if (look & CELL_ROTATED)
		put(o, "<w:textDirection w:val=\"btLr\"/>");
	put(o, "</w:tcPr>");
}

/* A cell of one text (a paragraph per line); every cell needs a paragraph. */
static void cell(out *o, unsigned int width, const char *text, int bold)
{
	cell_start(o, width, 1, bold ? CELL_SHADED : 0);
	if (text && *text) {
		if (bold)
			para(o, text, 1);
		else
			paras(o, text);
	} else {
		put(o, "<w:p/>");
	}
	put(o, "</w:tc>");
}

/* A table's first row: its column headings, shaded and bold, repeated on each page the table runs onto. */
static void heading_row(out *o, const unsigned int *widths, const char *const *labels, size_t n)
{
	put(o, "<w:tr><w:trPr><w:tblHeader/></w:trPr>");
	for (size_t i = 0; i < n; i++)
		cell(o, widths[i], labels[i], 1);
	put(o, "</w:tr>");
}

static void heading_cell(out *o, unsigned int width, unsigned int span, const char *title, const char *help)
{
	cell_start(o, width, span, CELL_SHADED);
	para(o, title, 1);
	if (help)
		paras(o, help);
	put(o, "</w:tc>");
}

/* ---- part A ---- */

static void write_demand(out *o, const sp_report *r)
{
	question(o, "1. Hur bedömer regionen att efterfrågan av respektive stödtyp kommer att utvecklas de kommande två "
	        "åren? Lämna kommentar:");
	para(o, "- som förklarar vad som ligger till grund för er bedömning att efterfrågan minskar eller ökar.", 0);
	para(o, "- om budget för en stödtyp inte räcker i förhållande till efterfrågan av stödet.", 0);
	para(o, "- om en stödtyp inte används eller inte prioriteras i ert län.", 0);
	/* The marks' headings break where the form breaks them ("Min-skar", "Oför-ändrad") when a column is narrow. */
	static const unsigned int w[] = { 2400, 1100, 1100, 1100, 3900 };
	static const char *const headings[] = { "Stödtyp", "Min\u00ADskar", "Oför\u00ADändrad", "Ökar", "Kommentar" };
	table_start(o, w, 5);
	heading_row(o, w, headings, 5);
	for (size_t i = 0; i < sp_report_demand_count(r); i++) {
		const sp_demand *d = sp_report_demand(r, i);
		sp_trend t = sp_demand_trend(d);
		const char *label = sp_enum_label_sv(SP_ENUM_SUPPORT_TYPE, sp_demand_support_type(d));
		put(o, "<w:tr>");
		cell(o, w[0], label ? label : "", 0);
		cell(o, w[1], t == SP_TREND_DECREASE ? "X" : "", 0);
		cell(o, w[2], t == SP_TREND_UNCHANGED ? "X" : "", 0);
		cell(o, w[3], t == SP_TREND_INCREASE ? "X" : "", 0);
		cell(o, w[4], sp_demand_comment(d), 0);
		put(o, "</w:tr>");
	}
	put(o, "</w:tbl>");
}

static void fte_text(char *buf, size_t size, int64_t thousandths)
{
	if (thousandths < 0) {
		buf[0] = '\0';
		return;
	}
	snprintf(buf, size, "%" PRId64 ",%02" PRId64, thousandths / 1000, (thousandths % 1000) / 10);
	if (thousandths % 10)
		snprintf(buf, size, "%" PRId64 ",%03" PRId64, thousandths / 1000, thousandths % 1000);
}

static void write_staffing(out *o, const sp_report *r)
{
	question(o, "3. Hur mycket personalresurser har regionen avsatt för arbetet med regionalt serviceprogram under "
	        "året? Ange årsarbetskrafter utifrån att en halvtid motsvarar 0,5 årsarbetskrafter och att en heltid "
	        "motsvarar 1,0 årsarbetskrafter.");
	static const unsigned int w[] = { 3000, 6000 };
	static const char *const headings[] = { "", "Årsarbetskrafter" };
	table_start(o, w, 2);
	heading_row(o, w, headings, 2);
	for (size_t i = 0; i < sp_report_staffing_count(r); i++) {
		const sp_staffing *s = sp_report_staffing(r, i);
		const char *label = sp_enum_label_sv(SP_ENUM_STAFFING_AREA, sp_staffing_area(s));
		put(o, "<w:tr>");
		cell(o, w[0], label ? label : "", 0);
		cell_start(o, w[1], 1, 0);
		paras(o, sp_staffing_note(s));
		if (sp_staffing_position_count(s)) {
			static const unsigned int nw[] = { 4000, 1500 };
			table_start(o, nw, 2);
			for (size_t p = 0; p < sp_staffing_position_count(s); p++) {
				const sp_position *pos = sp_staffing_position(s, p);
				char fte[32];
				fte_text(fte, sizeof fte, sp_position_fte(pos));
				put(o, "<w:tr>");
				cell(o, nw[0], sp_position_name(pos), 0);
				cell(o, nw[1], fte, 0);
				put(o, "</w:tr>");
			}
			put(o, "</w:tbl>");
		}
		put(o, "<w:p/></w:tc></w:tr>");
	}
	put(o, "</w:tbl>");
}

static void write_contacts(out *o, const sp_report *r)
{
	question(o, "4. Vem eller vilka personer inom regionen ska vara kontaktpersoner gentemot Tillväxtverket? Ange "
	        "namn och e-post.");
	static const unsigned int w[] = { 3000, 3000, 3000 };
	static const char *const headings[] = { "", "Namn", "E-post" };
	table_start(o, w, 3);
	heading_row(o, w, headings, 3);
	/* A row per contact and role, in the contacts' order, so that reading it back keeps their order. */
	for (size_t i = 0; i < sp_report_contact_count(r); i++) {
		const sp_contact *c = sp_report_contact(r, i);
		for (int role = 1; role <= sp_enum_max(SP_ENUM_CONTACT_ROLE); role++) {
			if (!(sp_contact_roles(c) & SP_BIT(role)))
				continue;
			put(o, "<w:tr>");
			cell(o, w[0], sp_enum_label_sv(SP_ENUM_CONTACT_ROLE, role), 0);
			cell(o, w[1], sp_contact_name(c), 0);
			cell(o, w[2], sp_contact_email(c), 0);
			put(o, "</w:tr>");
		}
	}
	put(o, "</w:tbl>");
}

static void write_collaboration(out *o, const sp_report *r)
{
	question(o, "6. Vilka aktörer ingår i samverkan kring det regionala serviceprogrammet? Beskriv (där det är "
	        "relevant) hur ni samverkar med olika aktörer och på vilket steg i samverkanstrappan som finns i "
	        "Metodstöd för regionala serviceprogram. Beskriv också eventuella utmaningar eller framgångsfaktorer.");
	static const unsigned int w[] = { 2200, 4000, 2800 };
	static const char *const headings[] = { "Aktör", "Beskriv samverkan",
	                                        "Eventuella utmaningar eller framgångsfaktorer" };
	table_start(o, w, 3);
	heading_row(o, w, headings, 3);
	for (size_t i = 0; i < sp_report_collaboration_count(r); i++) {
		const sp_collaboration *c = sp_report_collaboration(r, i);
		const char *label = sp_collaboration_label(c);
		if (!label)
			label = sp_enum_label_sv(SP_ENUM_ACTOR, sp_collaboration_actor(c));
		put(o, "<w:tr>");
		cell(o, w[0], label ? label : "", 0);
		cell_start(o, w[1], 1, 0);
		paras(o, sp_collaboration_description(c));
		sp_ladder_step step = sp_collaboration_ladder_step(c);
		const char *note = sp_collaboration_ladder_note(c);
		const char *step_label = sp_enum_label_sv(SP_ENUM_LADDER_STEP, step);
		if (step_label || note) {
			put(o, "<w:p><w:r><w:t xml:space=\"preserve\">Steg i samverkanstrappan: ");
			/* A note that starts with the step ("Samtal via kommunerna") is the whole line. */
			int note_has_step = note && step_label && strncasecmp(note, step_label, strlen(step_label)) == 0;
			if (step_label && !note_has_step) {
				put_escaped(o, step_label, strlen(step_label));
				if (note)
					put(o, " ");
			}
			if (note)
				put_escaped(o, note, strlen(note));
			put(o, "</w:t></w:r></w:p>");
		}
		if (!sp_collaboration_description(c) && !step_label && !note)
			put(o, "<w:p/>");
		put(o, "</w:tc>");
		cell(o, w[2], sp_collaboration_challenges(c), 0);
		put(o, "</w:tr>");
	}
	put(o, "</w:tbl>");
}

/* ---- part B ---- */

static const char *goal_text(const sp_report *r, const char *id)
{
	const sp_program *p = sp_report_program(r);
	for (size_t i = 0; i < sp_program_goal_count(p); i++)
		if (strcmp(sp_goal_id(sp_program_goal(p, i)), id) == 0)
			return sp_goal_text(sp_program_goal(p, i));
	return NULL;
}

enum { B_COLUMNS = 10 };
static const unsigned int b_widths[B_COLUMNS] = { 2200, 1800, 1800, 700, 700, 700, 700, 2560, 2400, 1560 };

static void write_intervention(out *o, const sp_report *r, const sp_intervention *iv)
{
	put(o, "<w:tr>");
	cell_start(o, b_widths[0], 1, 0);
	para(o, sp_intervention_name(iv) ? sp_intervention_name(iv) : "", 0);
	paras(o, sp_intervention_description(iv));
	put(o, "</w:tc>");

	cell_start(o, b_widths[1], 1, 0);
	int any = 0;
	for (size_t g = 0; g < sp_intervention_goal_id_count(iv); g++, any = 1) {
		const char *id = sp_intervention_goal_id(iv, g), *text = goal_text(r, id);
		put(o, "<w:p><w:r><w:t xml:space=\"preserve\">");
		put_escaped(o, id, strlen(id));
		if (text) {
			put(o, " ");
			put_escaped(o, text, strlen(text));
		}
		put(o, "</w:t></w:r></w:p>");
	}
	for (size_t g = 0; g < sp_intervention_other_goal_count(iv); g++, any = 1)
		paras(o, sp_intervention_other_goal(iv, g));
	if (!any)
		put(o, "<w:p/>");
	put(o, "</w:tc>");

	cell_start(o, b_widths[2], 1, 0);
	for (size_t a = 0; a < sp_intervention_actor_count(iv); a++)
		para(o, sp_intervention_actor(iv, a), 0);
	if (sp_intervention_funding(iv)) {
		/* Funding is told from actors by its words (budget, medel, projekt ...); the label makes sure. */
		put(o, "<w:p><w:r><w:t xml:space=\"preserve\">Finansiering: ");
		put_escaped(o, sp_intervention_funding(iv), strlen(sp_intervention_funding(iv)));
		put(o, "</w:t></w:r></w:p>");
	}
	if (!sp_intervention_actor_count(iv) && !sp_intervention_funding(iv))
		put(o, "<w:p/>");
	put(o, "</w:tc>");

	for (int s = SP_SERVICE_GROCERIES; s <= SP_SERVICE_BROADER_CONTEXT; s++)
		cell(o, b_widths[3 + s - SP_SERVICE_GROCERIES],
		     sp_intervention_service_types(iv) & SP_BIT(s) ? "X" : "", 0);

	cell_start(o, b_widths[7], 1, 0);
	for (size_t i = 0; i < sp_intervention_output_count(iv); i++)
		para(o, sp_output_text(sp_intervention_output(iv, i)) ? sp_output_text(sp_intervention_output(iv, i)) : "", 0);
	if (!sp_intervention_output_count(iv))
		put(o, "<w:p/>");
	put(o, "</w:tc>");

	const sp_effects *e = sp_intervention_effects(iv);
	cell_start(o, b_widths[8], 1, 0);
	paras(o, sp_effects_general(e));
	static const char *const names[3] = { "Kort sikt: ", "Medellång sikt: ", "Lång sikt: " };
	const char *values[3] = { sp_effects_short_term(e), sp_effects_medium_term(e), sp_effects_long_term(e) };
	for (int k = 0; k < 3; k++) {
		if (!values[k])
			continue;
		put(o, "<w:p><w:r><w:t xml:space=\"preserve\">");
		put(o, names[k]);
		put_escaped(o, values[k], strlen(values[k]));
		put(o, "</w:t></w:r></w:p>");
	}
	if (!sp_effects_general(e) && !values[0] && !values[1] && !values[2])
		put(o, "<w:p/>");
	put(o, "</w:tc>");

	cell_start(o, b_widths[9], 1, 0);
	const char *status = sp_enum_label_sv(SP_ENUM_STATUS, sp_intervention_status(iv));
	if (sp_intervention_status(iv) != SP_STATUS_UNSET && status)
		para(o, status, 1);
	paras(o, sp_intervention_lessons(iv));
	if (sp_intervention_status(iv) == SP_STATUS_UNSET && !sp_intervention_lessons(iv))
		put(o, "<w:p/>");
	put(o, "</w:tc></w:tr>");
}

static void write_area(out *o, const sp_report *r, const sp_priority_area *a)
{
	char title[64];
	int64_t year = sp_report_year(r);
	snprintf(title, sizeof title, "Prioriterat område %" PRId64 ". ", sp_priority_area_number(a));
	heading(o, title, sp_priority_area_title(a));
	const unsigned int *w = b_widths;
	table_start(o, w, B_COLUMNS);
	char h[96];
	put(o, "<w:tr><w:trPr><w:tblHeader/></w:trPr>");
	snprintf(h, sizeof h, "Handlingsplan för verksamhetsår %" PRId64, year);
	heading_cell(o, w[0] + w[1] + w[2] + 4 * w[3], 7, h, NULL);
	snprintf(h, sizeof h, "Uppföljning av verksamhetsår %" PRId64, year);
	heading_cell(o, w[7] + w[8], 2, h, NULL);
	snprintf(h, sizeof h, "Till nästa år, %" PRId64, year + 1);
	heading_cell(o, w[9], 1, h, NULL);
	put(o, "</w:tr><w:tr><w:trPr><w:tblHeader/></w:trPr>");
	heading_cell(o, w[0], 1, "Planerade insatser", "Namn och beskrivning.");
	heading_cell(o, w[1], 1, "Mål", "Mål i RSP (samt ev. i RUS och Agenda 2030) som insatsen ska leda till.");
	heading_cell(o, w[2], 1, "Resurser", "Vilka aktörer ska genomföra insatsen och med vilka resurser?");
	heading_cell(o, 4 * w[3], 4, "Huvudsakligt serviceslag", "Markera med X.");
	heading_cell(o, w[7], 1, "Resultat i form av prestationer", "Vilka aktiviteter har genomförts?");
	heading_cell(o, w[8], 1, "Resultat/förväntade resultat i form av effekter på kort, medellång och lång sikt",
	             "Vad har förändrats? Eller, vad tror vi kommer att förändras?");
	heading_cell(o, w[9], 1, "Status", "Klar/Fortsätter\nVad tar vi med oss?");
	/* The service types run up their narrow columns, as in the form; written across, a column
	 * breaks them a letter or two a line, a heading half a page high on every page. */
	put(o, "</w:tr><w:tr><w:trPr><w:tblHeader/><w:trHeight w:val=\"2500\" w:hRule=\"atLeast\"/></w:trPr>");
	for (int k = 0; k < 3; k++)
		cell(o, w[k], "", 1);
	for (int s = SP_SERVICE_GROCERIES; s <= SP_SERVICE_BROADER_CONTEXT; s++) {
		const char *label = sp_enum_label_sv(SP_ENUM_SERVICE_TYPE, s);
		cell_start(o, w[3 + s - SP_SERVICE_GROCERIES], 1, CELL_SHADED | CELL_ROTATED);
		put(o, "<w:p><w:r><w:rPr><w:b/><w:sz w:val=\"16\"/></w:rPr><w:t xml:space=\"preserve\">");
		put_escaped(o, label, strlen(label));
		put(o, "</w:t></w:r></w:p></w:tc>");
	}
	for (int k = 7; k < B_COLUMNS; k++)
		cell(o, w[k], "", 1);
	put(o, "</w:tr>");
	for (size_t i = 0; i < sp_priority_area_intervention_count(a); i++)
		write_intervention(o, r, sp_priority_area_intervention(a, i));
	put(o, "</w:tbl><w:p/>");
}

/* ---- the document ---- */

static const char portrait[] = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                               "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" "
                               "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>";
static const char landscape[] = "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                                "<w:pgMar w:top=\"850\" w:right=\"850\" w:bottom=\"850\" w:left=\"850\" "
                                "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>";

static void write_document(out *o, const sp_report *r)
{
	put(o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
	para(o, "Frågor för uppföljning av regionala serviceprogram", 1);
	para(o, "De regioner som väljer att ta fram och genomföra regionala serviceprogram ska årligen till "
	        "Tillväxtverket redovisa hur arbetet fortlöper.", 0);
	const char *region = sp_region_name(sp_report_region(r));
	put(o, "<w:p><w:r><w:t xml:space=\"preserve\">Region: ");
	if (region)
		put_escaped(o, region, strlen(region));
	put(o, "</w:t></w:r></w:p>");
	write_demand(o, r);
	question(o, "2. Har ni någon annan framtidsspaning som ni vill dela med er av?");
	paras(o, sp_report_future_outlook(r));
	write_staffing(o, r);
	write_contacts(o, r);
	question(o, "5. Beskriv hur arbetet med att främja tillgänglighet till kommersiell service i serviceglesa områden "
	        "genomförts under året. Beskriv även eventuella utmaningar eller framgångsfaktorer.");
	paras(o, sp_report_accessibility_work(r));
	write_collaboration(o, r);
	/* Part A ends with a portrait section; part B is the document's last, landscape section. */
	put(o, "<w:p><w:pPr><w:sectPr>");
	put(o, portrait);
	put(o, "</w:sectPr></w:pPr></w:p>");
	para(o, "Uppföljning och redovisning av insatser i regionalt serviceprogram", 1);
	char year[64];
	snprintf(year, sizeof year, "Uppföljning av verksamhetsår %" PRId64, sp_report_year(r));
	para(o, year, 0);
	put(o, "<w:p><w:r><w:t xml:space=\"preserve\">Region: ");
	if (region)
		put_escaped(o, region, strlen(region));
	put(o, "</w:t></w:r></w:p>");
	for (size_t i = 0; i < sp_report_priority_area_count(r); i++)
		write_area(o, r, sp_report_priority_area(r, i));
	put(o, "<w:sectPr>");
	put(o, landscape);
	put(o, "</w:sectPr></w:body></w:document>");
}

static const char content_types[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
	"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
	"<Override PartName=\"/word/document.xml\" "
	"ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
	"<Override PartName=\"/word/styles.xml\" "
	"ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
	"</Types>";

static const char package_rels[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" "
	"Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
	"Target=\"word/document.xml\"/></Relationships>";

static const char document_rels[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
	"Target=\"styles.xml\"/></Relationships>";

static const char styles[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
	"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>"
	"<w:sz w:val=\"20\"/><w:lang w:val=\"sv-SE\"/></w:rPr></w:rPrDefault>"
	"<w:pPrDefault><w:pPr><w:spacing w:after=\"80\"/></w:pPr></w:pPrDefault></w:docDefaults>"
	"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
	"</w:styles>";

SP_EXTERN int sp_form_export(const sp_report *report, const char *path, const sp_form_options *opts, sp_error *err)
{
	form_limits limits;
	int rc = form_limits_of(&limits, opts, err);
	if (rc)
		return rc;
	if (!report || !path)
		return form_error(err, SP_EINVAL, NULL, "sp_form_export needs a report and a path");
	out o = { 0 };
	write_document(&o, report);
	if (o.failed) {
		free(o.data);
		return form_error(err, SP_ENOMEM, path, "out of memory");
	}
	const docx_part parts[] = {
		{ "[Content_Types].xml", content_types, sizeof content_types - 1 },
		{ "_rels/.rels", package_rels, sizeof package_rels - 1 },
		{ "word/document.xml", o.data, o.len },
		{ "word/_rels/document.xml.rels", document_rels, sizeof document_rels - 1 },
		{ "word/styles.xml", styles, sizeof styles - 1 },
	};
	rc = docx_write(path, parts, sizeof parts / sizeof parts[0], err);
	free(o.data);
	return rc;
}
