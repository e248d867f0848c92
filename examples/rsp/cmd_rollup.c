/*
 * rsp rollup: the national compilation of many reports. Each table is
 * built once as rows of cells in a plain form ("1537062", "1.55"), each
 * column with its kind, then printed as aligned text, as CSV (one table,
 * RFC 4180 for programs or the Swedish spreadsheet dialect) or as JSON;
 * each output writes the numbers its own way.
 */
#include <stdarg.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "rsp.h"

static int run(int argc, char **argv);

const command rsp_rollup = {
	"rollup", N_("[--table NAME] [--csv | --excel | --json] FILE..."),
	N_("Compiles many regions' reports into the national tables, grouped by year:\n"
	   "  regions         the regions that reported\n"
	   "  trends          question 1: how many regions answered each trend per support type\n"
	   "  fte             question 3: FTE summed and the mean per region, per staffing area\n"
	   "  ladder          question 6: how many regions put each actor at each step of the samverkanstrappa\n"
	   "  support         support decisions and kronor per support type\n"
	   "  service_types   interventions per service type\n"
	   "  status          interventions per status\n"
	   "The same region twice in one year is an error: a region is known by its county code, or else by its\n"
	   "name without \"Region\" (\"Region Norrbotten\" and \"Norrbotten\" are one). A region whose name changed\n"
	   "between years, and outputs whose figures are only in their text (which the totals leave out), are\n"
	   "warned about on standard error. By default every table is printed as aligned text.\n"
	   "  --table NAME    print only this table (needed with --csv)\n"
	   "  --csv           print the table as CSV (RFC 4180, UTF-8, comma, decimal point), for programs\n"
	   "  --excel         print the table as CSV that Swedish Excel and LibreOffice Calc open as it is:\n"
	   "                  UTF-8 with a byte-order mark, semicolons, decimal commas, CRLF\n"
	   "  --json          print the tables as JSON\n"
	   "In CSV, a text cell that begins with =, +, -, @, a tab or a carriage return gets a leading ' so\n"
	   "that no report text becomes a formula. Text tables write numbers as the summary does (1,55;\n"
	   "10 443 227 kr) under a Swedish locale.\n"),
	run,
};

#define MAX_COLUMNS 16

typedef struct table table;

/* What a column holds, by a letter in table_def.kinds. */
enum {
	KIND_YEAR = 'y',
	KIND_TEXT = 't',
	KIND_COUNT = 'n',
	KIND_KRONOR = 'k',
	KIND_FTE = 'f', /* thousandths written as a decimal: "1.55" */
};

typedef struct table_def {
	const char *name;
	const char *title;
	const char *columns[MAX_COLUMNS]; /* the CSV headings and JSON keys; text tables translate them */
	size_t column_count;
	const char *kinds; /* one KIND_* a column */
	void (*fill)(table *t, const sp_rollup *r, size_t year_index, const char *year);
} table_def;

struct table {
	const table_def *def;
	char **cells; /* row-major, def->column_count a row */
	size_t row_count, cap;
};

static void out_of_memory(void)
{
	fprintf(stderr, "rsp rollup: %s\n", _("out of memory"));
	exit(RSP_USAGE);
}

/* Appends a row of t->def->column_count cells, copied. */
static void add_row(table *t, ...)
{
	va_list ap;
	if (t->row_count == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 32;
		if (!(t->cells = realloc(t->cells, t->cap * t->def->column_count * sizeof(char *))))
			out_of_memory();
	}
	va_start(ap, t);
	for (size_t c = 0; c < t->def->column_count; c++) {
		const char *cell = va_arg(ap, const char *);
		if (!(t->cells[t->row_count * t->def->column_count + c] = strdup(cell ? cell : "")))
			out_of_memory();
	}
	va_end(ap);
	t->row_count++;
}

static void free_table(table *t)
{
	for (size_t i = 0; i < t->row_count * t->def->column_count; i++)
		free(t->cells[i]);
	free(t->cells);
}

static const char *number(char *buf, int64_t value)
{
	snprintf(buf, 32, "%lld", (long long)value);
	return buf;
}

static const char *decimal(char *buf, int64_t thousandths)
{
	sp_decimal_format(buf, 32, thousandths);
	return buf;
}

/* ---- the tables ------------------------------------------------------ */

static void fill_regions(table *t, const sp_rollup *r, size_t y, const char *year)
{
	for (size_t i = 0; i < sp_rollup_region_count(r, y); i++)
		add_row(t, year, sp_rollup_region(r, y, i));
}

/* Question 1 asks about the five support types a region itself grants, the first five. */
static bool asked_in_question_1(int support_type)
{
	return support_type >= SP_SUPPORT_GROCERY_INVESTMENT && support_type <= SP_SUPPORT_SPECIAL_OPERATING_SUPPORT;
}

static void fill_trends(table *t, const sp_rollup *r, size_t y, const char *year)
{
	char n[4][32];
	for (int s = 1; s <= sp_enum_max(SP_ENUM_SUPPORT_TYPE); s++) {
		size_t answered = 0;
		for (int trend = 0; trend <= SP_TREND_INCREASE; trend++) {
			size_t count = sp_rollup_trend_count(r, y, (sp_support_type)s, (sp_trend)trend);
			number(n[trend], (int64_t)count);
			answered += trend != SP_TREND_UNSET ? count : 0;
		}
		/* Another support type only when a report answered it anyway, so that no answer is hidden. */
		if (!asked_in_question_1(s) && !answered)
			continue;
		add_row(t, year, sp_enum_token(SP_ENUM_SUPPORT_TYPE, s), sp_enum_label_sv(SP_ENUM_SUPPORT_TYPE, s),
		        n[SP_TREND_DECREASE], n[SP_TREND_UNCHANGED], n[SP_TREND_INCREASE], n[SP_TREND_UNSET]);
	}
}

static void fill_fte(table *t, const sp_rollup *r, size_t y, const char *year)
{
	char sum[32], mean[32];
	for (int a = 1; a <= sp_enum_max(SP_ENUM_STAFFING_AREA); a++)
		add_row(t, year, sp_enum_token(SP_ENUM_STAFFING_AREA, a), sp_enum_label_sv(SP_ENUM_STAFFING_AREA, a),
		        decimal(sum, sp_rollup_fte_sum(r, y, (sp_work_area)a)),
		        decimal(mean, sp_rollup_fte_mean(r, y, (sp_work_area)a)));
	add_row(t, year, "total", "Totalt", decimal(sum, sp_rollup_fte_sum(r, y, SP_AREA_UNSET)),
	        decimal(mean, sp_rollup_fte_mean(r, y, SP_AREA_UNSET)));
}

static void fill_ladder(table *t, const sp_rollup *r, size_t y, const char *year)
{
	char n[SP_LADDER_JOINT_ACTION + 1][32];
	for (int a = 1; a <= sp_enum_max(SP_ENUM_ACTOR); a++) {
		for (int step = 0; step <= SP_LADDER_JOINT_ACTION; step++)
			number(n[step], (int64_t)sp_rollup_ladder_count(r, y, (sp_actor)a, (sp_ladder_step)step));
		add_row(t, year, sp_enum_token(SP_ENUM_ACTOR, a), sp_enum_label_sv(SP_ENUM_ACTOR, a), n[1], n[2], n[3],
		        n[4], n[5], n[6], n[0]);
	}
}

static void fill_support(table *t, const sp_rollup *r, size_t y, const char *year)
{
	char decisions[32], kronor[32];
	for (int s = 1; s <= sp_enum_max(SP_ENUM_SUPPORT_TYPE); s++)
		add_row(t, year, sp_enum_token(SP_ENUM_SUPPORT_TYPE, s), sp_enum_label_sv(SP_ENUM_SUPPORT_TYPE, s),
		        number(decisions, sp_rollup_decisions(r, y, (sp_support_type)s)),
		        number(kronor, sp_rollup_kronor(r, y, (sp_support_type)s)));
	add_row(t, year, "total", "Totalt", number(decisions, sp_rollup_decisions(r, y, SP_SUPPORT_UNSET)),
	        number(kronor, sp_rollup_kronor(r, y, SP_SUPPORT_UNSET)));
}

static void fill_service_types(table *t, const sp_rollup *r, size_t y, const char *year)
{
	char n[32];
	for (int s = 1; s <= sp_enum_max(SP_ENUM_SERVICE_TYPE); s++)
		add_row(t, year, sp_enum_token(SP_ENUM_SERVICE_TYPE, s), sp_enum_label_sv(SP_ENUM_SERVICE_TYPE, s),
		        number(n, (int64_t)sp_rollup_interventions_by_service(r, y, (sp_service_type)s)));
}

static void fill_status(table *t, const sp_rollup *r, size_t y, const char *year)
{
	char n[32];
	for (int s = 1; s <= sp_enum_max(SP_ENUM_STATUS); s++)
		add_row(t, year, sp_enum_token(SP_ENUM_STATUS, s), sp_enum_label_sv(SP_ENUM_STATUS, s),
		        number(n, (int64_t)sp_rollup_interventions_by_status(r, y, (sp_status)s)));
	add_row(t, year, "none", "Utan status", number(n, (int64_t)sp_rollup_interventions_by_status(r, y, SP_STATUS_UNSET)));
}

static const table_def tables[] = {
	{ "regions", "Regioner", { N_("year"), N_("region") }, 2, "yt", fill_regions },
	{ "trends", "Efterfrågan de kommande två åren (fråga 1), antal regioner",
	  { N_("year"), N_("support_type"), N_("label"), N_("decrease"), N_("unchanged"), N_("increase"),
	    N_("unanswered") },
	  7, "yttnnnn", fill_trends },
	{ "fte", "Årsarbetskrafter (fråga 3)", { N_("year"), N_("area"), N_("label"), N_("sum"), N_("mean") }, 5,
	  "yttff", fill_fte },
	{ "ladder", "Samverkanstrappan (fråga 6), antal regioner",
	  { N_("year"), N_("actor"), N_("label"), N_("conversation"), N_("consultation"), N_("shared_view"),
	    N_("cooperation"), N_("collaboration"), N_("joint_action"), N_("no_step") },
	  10, "yttnnnnnnn", fill_ladder },
	{ "support", "Beslutade stöd", { N_("year"), N_("support_type"), N_("label"), N_("decisions"), N_("kronor") },
	  5, "yttnk", fill_support },
	{ "service_types", "Insatser per serviceslag", { N_("year"), N_("service_type"), N_("label"), N_("interventions") },
	  4, "yttn", fill_service_types },
	{ "status", "Insatser per status", { N_("year"), N_("status"), N_("label"), N_("interventions") }, 4, "yttn",
	  fill_status },
};
#define TABLE_COUNT (sizeof(tables) / sizeof(tables[0]))

static table build(const table_def *def, const sp_rollup *rollup)
{
	table t = { def, NULL, 0, 0 };
	for (size_t y = 0; y < sp_rollup_year_count(rollup); y++) {
		char year[32];
		def->fill(&t, rollup, y, number(year, sp_rollup_year(rollup, y)));
	}
	return t;
}

/* ---- output ---------------------------------------------------------- */

static int width_of(const char *text)
{
	int chars = 0;
	for (; *text; text++)
		chars += ((unsigned char)*text & 0xC0) != 0x80;
	return chars;
}

static void print_cell(const char *text, int width, bool last)
{
	printf("%s%*s", text, last ? 0 : width - width_of(text) + 2, "");
}

/* A cell as the text table shows it: counts and kronor grouped by thousands, FTE with a
 * decimal comma, as the summary does, under a Swedish locale; as they are otherwise. */
static const char *text_cell(char *buf, size_t size, const char *cell, char kind, bool swedish)
{
	if (!swedish || (kind != KIND_COUNT && kind != KIND_KRONOR && kind != KIND_FTE))
		return cell;
	if (kind == KIND_FTE) {
		snprintf(buf, size, "%s", cell);
		char *dot = strchr(buf, '.');
		if (dot)
			*dot = ',';
		return buf;
	}
	char grouped[48];
	/* NOLINTNEXTLINE(cert-err34-c): a number this program wrote */
	rsp_kronor(grouped, sizeof(grouped), atoll(cell));
	snprintf(buf, size, "%s%s", grouped, kind == KIND_KRONOR ? " kr" : "");
	return buf;
}

static void print_text(const table *t)
{
	bool swedish = sp_language_default() == SP_LANGUAGE_SV;
	size_t columns = t->def->column_count;
	int widths[MAX_COLUMNS] = { 0 };
	char buf[64];
	printf("%s\n", t->def->title);
	for (size_t c = 0; c < columns; c++) {
		widths[c] = width_of(_(t->def->columns[c]));
		for (size_t r = 0; r < t->row_count; r++) {
			int w = width_of(text_cell(buf, sizeof(buf), t->cells[r * columns + c], t->def->kinds[c], swedish));
			widths[c] = w > widths[c] ? w : widths[c];
		}
	}
	for (size_t c = 0; c < columns; c++)
		print_cell(_(t->def->columns[c]), widths[c], c + 1 == columns);
	printf("\n");
	for (size_t r = 0; r < t->row_count; r++) {
		for (size_t c = 0; c < columns; c++) {
			const char *cell = text_cell(buf, sizeof(buf), t->cells[r * columns + c], t->def->kinds[c], swedish);
			/* Numbers right-aligned, so that their digits line up. */
			if (t->def->kinds[c] != KIND_TEXT && t->def->kinds[c] != KIND_YEAR)
				printf("%*s", widths[c] - width_of(cell), "");
			print_cell(cell, t->def->kinds[c] != KIND_TEXT && t->def->kinds[c] != KIND_YEAR ? width_of(cell)
			                                                                                : widths[c],
			           c + 1 == columns);
		}
		printf("\n");
	}
	printf("\n");
}

/* The two CSV dialects: RFC 4180 for programs, and what Swedish Excel and Calc open as it is. */
typedef struct csv_dialect {
	char separator;
	char decimal_mark;
	bool byte_order_mark;
} csv_dialect;

static const csv_dialect rfc4180 = { ',', '.', false };
static const csv_dialect swedish_excel = { ';', ',', true };

/* A text cell that a spreadsheet would read as a formula (=, +, -, @) or that begins with a
 * tab or carriage return gets a leading ', so that report text never runs as a formula. */
static bool needs_neutralising(const char *text)
{
	return text[0] && strchr("=+-@\t\r", text[0]);
}

/* Quotes a field holding the separator, a quote or a line break; doubles its quotes. */
static void print_csv_field(const char *text, char kind, const csv_dialect *dialect, bool last)
{
	bool neutralise = kind == KIND_TEXT && needs_neutralising(text);
	bool quote = strchr(text, dialect->separator) || strpbrk(text, "\"\r\n");
	if (quote)
		putchar('"');
	if (neutralise)
		putchar('\'');
	for (; *text; text++) {
		if (*text == '"')
			putchar('"');
		putchar(kind == KIND_FTE && *text == '.' ? dialect->decimal_mark : *text);
	}
	if (quote)
		putchar('"');
	if (last)
		fputs("\r\n", stdout);
	else
		putchar(dialect->separator);
}

static void print_csv(const table *t, const csv_dialect *dialect)
{
	size_t columns = t->def->column_count;
	if (dialect->byte_order_mark)
		fputs("\xEF\xBB\xBF", stdout);
	for (size_t c = 0; c < columns; c++)
		print_csv_field(t->def->columns[c], KIND_TEXT, dialect, c + 1 == columns);
	for (size_t r = 0; r < t->row_count; r++)
		for (size_t c = 0; c < columns; c++)
			print_csv_field(t->cells[r * columns + c], t->def->kinds[c], dialect, c + 1 == columns);
}

/* Cells that are numbers become JSON numbers (exact: parsed by jansson from their text). */
static json_t *json_cell(const char *text)
{
	json_t *value = text[0] && strspn(text, "0123456789.") == strlen(text)
		? json_loads(text, JSON_DECODE_ANY, NULL) : NULL;
	return value ? value : json_string(text);
}

static json_t *table_json(const table *t)
{
	json_t *rows = json_array();
	for (size_t r = 0; r < t->row_count; r++) {
		json_t *row = json_object();
		for (size_t c = 0; c < t->def->column_count; c++)
			json_object_set_new(row, t->def->columns[c],
			                    /* NOLINTNEXTLINE(cert-err34-c): the year column holds a year this program wrote */
			                    c == 0 ? json_integer(atoll(t->cells[r * t->def->column_count]))
			                           : json_cell(t->cells[r * t->def->column_count + c]));
		json_array_append_new(rows, row);
	}
	return rows;
}

/* What a reader of the tables should know: renamed regions, totals that leave outputs out. */
static void warn_about(const sp_rollup *rollup)
{
	for (size_t y = 0; y < sp_rollup_year_count(rollup); y++) {
		long long year = (long long)sp_rollup_year(rollup, y);
		for (size_t i = 0; i < sp_rollup_region_count(rollup, y); i++) {
			const char *earlier = sp_rollup_region_earlier_name(rollup, y, i);
			const char *source = sp_rollup_region_source(rollup, y, i);
			if (earlier)
				/* The names themselves are the reports' values: the tables show them. */
				fprintf(stderr, _("%s: warning: /region/name: in %lld the region has another name than in an "
				                  "earlier year\n"), source ? source : "-", year);
		}
		size_t left_out = sp_rollup_outputs_without_figures(rollup, y);
		if (left_out)
			fprintf(stderr, left_out == 1 ? _("rsp rollup: warning: %lld: %zu output gives figures only in the "
			                                  "text, which the totals leave out (rsp fill-outputs fills them in)\n")
			                              : _("rsp rollup: warning: %lld: %zu outputs give figures only in the "
			                                  "text, which the totals leave out (rsp fill-outputs fills them in)\n"),
			        year, left_out);
	}
}

static int run(int argc, char **argv)
{
	static const struct option options[] = {
		{ "csv", no_argument, NULL, 'c' },
		{ "excel", no_argument, NULL, 'e' },
		{ "json", no_argument, NULL, 'j' },
		{ "table", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	const csv_dialect *as_csv = NULL;
	bool as_json = false;
	const table_def *only = NULL;
	int c;
	while ((c = rsp_next_option(&rsp_rollup, argc, argv, "", options)) != -1) {
		switch (c) {
		case 'c':
		case 'e':
			if (as_csv)
				return rsp_usage_error(&rsp_rollup, "choose --csv or --excel");
			as_csv = c == 'c' ? &rfc4180 : &swedish_excel;
			break;
		case 'j': as_json = true; break;
		case 't':
			for (size_t i = 0; i < TABLE_COUNT; i++)
				if (strcmp(optarg, tables[i].name) == 0)
					only = &tables[i];
			if (!only)
				return rsp_usage_error(&rsp_rollup, "no table '%s'; the tables are regions, trends, fte, ladder, "
				                       "support, service_types, status", optarg);
			break;
		default: return RSP_USAGE;
		}
	}
	if (as_csv && as_json)
		return rsp_usage_error(&rsp_rollup, "choose CSV or --json");
	if (as_csv && !only)
		return rsp_usage_error(&rsp_rollup, "CSV is one table: name it with --table");
	if (optind == argc)
		return rsp_usage_error(&rsp_rollup, "no report files");

	sp_rollup *rollup;
	sp_error err;
	if (sp_rollup_new(&rollup, &err)) {
		rsp_print_error(&err);
		return RSP_USAGE;
	}
	int status = RSP_OK;
	for (int i = optind; i < argc; i++) {
		sp_report *report;
		int rc = rsp_load(&report, argv[i]);
		if (rc == RSP_OK) {
			if (sp_rollup_add(rollup, report, &err)) {
				snprintf(err.source, sizeof(err.source), "%s", argv[i]);
				rsp_print_error(&err);
				rc = rsp_status_of(&err);
			}
			sp_report_free(report);
		}
		status = rc > status ? rc : status;
	}
	if (status == RSP_OK) {
		warn_about(rollup);
		json_t *all = as_json ? json_object() : NULL;
		for (size_t i = 0; i < TABLE_COUNT; i++) {
			if (only && only != &tables[i])
				continue;
			table t = build(&tables[i], rollup);
			if (as_csv)
				print_csv(&t, as_csv);
			else if (all)
				json_object_set_new(all, t.def->name, table_json(&t));
			else
				print_text(&t);
			free_table(&t);
		}
		if (all) {
			json_dumpf(all, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
			printf("\n");
			json_decref(all);
		}
	}
	sp_rollup_free(rollup);
	return status;
}
