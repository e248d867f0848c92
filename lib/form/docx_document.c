/*
 * WordprocessingML's body read into paragraphs and tables of text with
 * libxml2's streaming reader, so that no tree of the whole XML is built.
 * Content controls (w:sdt), inserted runs and smart tags are looked
 * through, as every element but those named here is; deleted text
 * (w:delText), field codes (w:instrText) and the placeholder text of a
 * content control left unfilled ("Klicka eller tryck här för att ange
 * text.", w:showingPlcHdr) are not text. A text box's paragraphs are
 * lines of the paragraph that holds it; Word writes a text box twice, as a
 * drawing and as a fallback for older readers (mc:Fallback), which is skipped.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "docx_document.h"
#include "form_buffer.h"
#include "form_internal.h"


static void table_free(docx_table *t)
{
	if (!t)
		return;
	for (size_t r = 0; r < t->row_count; r++) {
		for (size_t c = 0; c < t->rows[r].cell_count; c++) {
			docx_cell *cell = &t->rows[r].cells[c];
			for (size_t i = 0; i < cell->paragraph_count; i++)
				free(cell->paragraphs[i]);
			free(cell->paragraphs);
			for (size_t i = 0; i < cell->table_count; i++)
				table_free(cell->tables[i]);
			free(cell->tables);
		}
		free(t->rows[r].cells);
	}
	free(t->rows);
	free(t);
}

/* What is open while the reader streams through the body: the paragraph
 * whose text is being gathered, and the tables (a cell's tables nest). */
typedef struct frame {
	docx_table *table;
	int in_cell;          /* inside a w:tc of the table's last row */
	unsigned int column;  /* the grid column of the next cell of the row */
	int owned;            /* attached nowhere: freed when it ends */
} frame;

typedef struct streamer {
	docx_document *doc;
	frame stack[SP_DOCX_MAX_NESTING];
	size_t depth;           /* open tables */
	int paragraph;          /* inside a w:p (the outermost one gathers the text) */
	int in_text;            /* inside a w:t */
	int line_pending;       /* a text box's paragraph began or ended: the next text starts a line */
	unsigned int sdt;       /* open content controls */
	unsigned int placeholder; /* the depth (in content controls) of one that shows its placeholder; 0: none */
	form_buffer text;
	unsigned int tables;
	int failed, too_deep;
} streamer;

static int push(void **array, size_t *count, size_t size)
{
	void *grown = realloc(*array, (*count + 1) * size);
	if (!grown)
		return -1;
	*array = grown;
	memset((char *)grown + *count * size, 0, size);
	(*count)++;
	return 0;
}

static docx_cell *open_cell(streamer *st)
{
	if (!st->depth)
		return NULL;
	frame *f = &st->stack[st->depth - 1];
	if (!f->in_cell || !f->table->row_count)
		return NULL;
	docx_row *row = &f->table->rows[f->table->row_count - 1];
	return row->cell_count ? &row->cells[row->cell_count - 1] : NULL;
}

static long attribute_long(xmlTextReaderPtr r, const char *name, long fallback)
{
	xmlChar *v = xmlTextReaderGetAttributeNs(r, (const xmlChar *)name, xmlTextReaderConstNamespaceUri(r));
	long n = v ? strtol((const char *)v, NULL, 10) : fallback;
	xmlFree(v);
	return n;
}

static int attribute_is(xmlTextReaderPtr r, const char *name, const char *value)
{
	xmlChar *v = xmlTextReaderGetAttributeNs(r, (const xmlChar *)name, xmlTextReaderConstNamespaceUri(r));
	int is = v && strcmp((const char *)v, value) == 0;
	xmlFree(v);
	return is;
}

static void paragraph_end(streamer *st)
{
	form_buffer_add(&st->text, "", 0);
	if (st->text.failed) {
		st->failed = 1;
		return;
	}
	char *text = st->text.data;
	memset(&st->text, 0, sizeof st->text);
	st->line_pending = 0;
	docx_cell *cell = open_cell(st);
	if (cell) {
		if (push((void **)&cell->paragraphs, &cell->paragraph_count, sizeof(char *))) {
			free(text);
			st->failed = 1;
			return;
		}
		cell->paragraphs[cell->paragraph_count - 1] = text;
	} else if (!st->depth) {
		if (push((void **)&st->doc->blocks, &st->doc->block_count, sizeof(docx_block))) {
			free(text);
			st->failed = 1;
			return;
		}
		st->doc->blocks[st->doc->block_count - 1].text = text;
	} else {
		free(text); /* a paragraph of a table outside its cells: not the form's text */
	}
}

static void table_start(streamer *st)
{
	if (st->depth == SP_DOCX_MAX_NESTING) {
		st->too_deep = 1;
		return;
	}
	docx_table *t = calloc(1, sizeof *t);
	if (!t) {
		st->failed = 1;
		return;
	}
	t->number = ++st->tables;
	docx_cell *cell = open_cell(st);
	int owned = 0;
	if (cell) {
		if (push((void **)&cell->tables, &cell->table_count, sizeof(docx_table *)))
			st->failed = 1;
		else
			cell->tables[cell->table_count - 1] = t;
	} else if (!st->depth) {
		if (push((void **)&st->doc->blocks, &st->doc->block_count, sizeof(docx_block)))
			st->failed = 1;
		else
			st->doc->blocks[st->doc->block_count - 1].table = t;
	} else {
		owned = 1; /* a table between a table's rows, outside cells: malformed, read and dropped */
	}
	if (st->failed) {
		table_free(t);
		return;
	}
	frame *f = &st->stack[st->depth++];
	f->table = t;
	f->in_cell = 0;
	f->column = 0;
	f->owned = owned;
}

static void element_start(streamer *st, xmlTextReaderPtr r, const char *name)
{
	frame *f = st->depth ? &st->stack[st->depth - 1] : NULL;
	if (strcmp(name, "p") == 0) {
		if (st->paragraph++ == 0)
			form_buffer_add(&st->text, "", 0);
		else
			st->line_pending = 1;
	} else if (strcmp(name, "t") == 0 && st->paragraph) {
		st->in_text = !st->placeholder;
	} else if (strcmp(name, "sdt") == 0) {
		st->sdt++;
	} else if (strcmp(name, "showingPlcHdr") == 0 && st->sdt && !st->placeholder &&
	           !attribute_is(r, "val", "0") && !attribute_is(r, "val", "false")) {
		st->placeholder = st->sdt;
	} else if (strcmp(name, "tab") == 0 && st->paragraph) {
		form_buffer_add(&st->text, "\t", 1);
	} else if ((strcmp(name, "br") == 0 || strcmp(name, "cr") == 0) && st->paragraph) {
		form_buffer_add(&st->text, "\n", 1);
	} else if (strcmp(name, "noBreakHyphen") == 0 && st->paragraph) {
		form_buffer_add(&st->text, "-", 1);
	} else if (strcmp(name, "tbl") == 0 && !st->paragraph) {
		table_start(st);
	} else if (f && strcmp(name, "tr") == 0 && !f->in_cell) {
		if (push((void **)&f->table->rows, &f->table->row_count, sizeof(docx_row)))
			st->failed = 1;
		f->column = 0;
	} else if (f && strcmp(name, "gridBefore") == 0 && !f->in_cell) {
		long v = attribute_long(r, "val", 0);
		f->column = v > 0 && v < 64 ? (unsigned int)v : 0;
	} else if (f && strcmp(name, "tc") == 0 && !f->in_cell && f->table->row_count) {
		docx_row *row = &f->table->rows[f->table->row_count - 1];
		if (push((void **)&row->cells, &row->cell_count, sizeof(docx_cell))) {
			st->failed = 1;
			return;
		}
		row->cells[row->cell_count - 1].column = f->column;
		row->cells[row->cell_count - 1].span = 1;
		f->column++;
		f->in_cell = 1;
	} else if (f && f->in_cell && strcmp(name, "gridSpan") == 0) {
		docx_cell *cell = open_cell(st);
		long v = attribute_long(r, "val", 1);
		if (cell && v > 1 && v < 64) {
			f->column += (unsigned int)v - cell->span;
			cell->span = (unsigned int)v;
		}
	} else if (f && f->in_cell && strcmp(name, "vMerge") == 0) {
		docx_cell *cell = open_cell(st);
		if (cell)
			cell->merged_below = !attribute_is(r, "val", "restart");
	}
}

static void element_end(streamer *st, const char *name)
{
	frame *f = st->depth ? &st->stack[st->depth - 1] : NULL;
	if (strcmp(name, "p") == 0 && st->paragraph) {
		if (--st->paragraph == 0)
			paragraph_end(st);
		else
			st->line_pending = 1;
	} else if (strcmp(name, "t") == 0) {
		st->in_text = 0;
	} else if (strcmp(name, "sdt") == 0 && st->sdt) {
		if (st->placeholder == st->sdt)
			st->placeholder = 0;
		st->sdt--;
	} else if (strcmp(name, "tbl") == 0 && f && !st->paragraph) {
		if (f->owned)
			table_free(f->table);
		st->depth--;
	} else if (f && strcmp(name, "tc") == 0) {
		f->in_cell = 0;
	}
}

static int is_wordprocessingml(xmlTextReaderPtr r)
{
	const xmlChar *ns = xmlTextReaderConstNamespaceUri(r);
	return ns && strstr((const char *)ns, "wordprocessingml");
}

static int is_fallback(xmlTextReaderPtr r)
{
	const xmlChar *ns = xmlTextReaderConstNamespaceUri(r);
	return ns && strcmp((const char *)ns, "http://schemas.openxmlformats.org/markup-compatibility/2006") == 0 &&
	       strcmp((const char *)xmlTextReaderConstLocalName(r), "Fallback") == 0;
}

int docx_document_parse(docx_document *out, const char *xml, size_t len, const char *source, sp_error *err)
{
	memset(out, 0, sizeof *out);
	if (len > INT32_MAX)
		return form_error(err, SP_ELIMIT, source, "word/document.xml is too large");
	xmlTextReaderPtr r = xmlReaderForMemory(xml, (int)len, "document.xml", NULL,
	                                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!r)
		return form_error(err, SP_ENOMEM, source, "out of memory");
	streamer st = { .doc = out };
	int body = 0, document = 0, rc;
	unsigned int fallback = 0; /* open mc:Fallback elements: what they hold is read once already */
	while (!st.failed && !st.too_deep && (rc = xmlTextReaderRead(r)) == 1) {
		int type = xmlTextReaderNodeType(r);
		if (is_fallback(r) && !xmlTextReaderIsEmptyElement(r)) {
			if (type == XML_READER_TYPE_ELEMENT)
				fallback++;
			else if (type == XML_READER_TYPE_END_ELEMENT && fallback)
				fallback--;
		} else if (fallback) {
			continue;
		} else if (type == XML_READER_TYPE_ELEMENT && is_wordprocessingml(r)) {
			const char *name = (const char *)xmlTextReaderConstLocalName(r);
			int empty = xmlTextReaderIsEmptyElement(r);
			if (!document) {
				document = strcmp(name, "document") == 0 ? 1 : -1;
				if (document < 0)
					break;
			} else if (strcmp(name, "body") == 0) {
				body = 1;
			} else if (body) {
				element_start(&st, r, name);
				if (empty)
					element_end(&st, name);
			}
		} else if (type == XML_READER_TYPE_END_ELEMENT && body && is_wordprocessingml(r)) {
			element_end(&st, (const char *)xmlTextReaderConstLocalName(r));
		} else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
		            type == XML_READER_TYPE_CDATA) && st.in_text && st.paragraph) {
			const char *v = (const char *)xmlTextReaderConstValue(r);
			if (v && st.line_pending && st.text.len) /* a text box's paragraph: a line of its own */
				form_buffer_add(&st.text, "\n", 1);
			st.line_pending = 0;
			if (v)
				form_buffer_add(&st.text, v, strlen(v));
		}
	}
	xmlFreeTextReader(r);
	free(st.text.data);
	for (size_t i = 0; i < st.depth; i++)
		if (st.stack[i].owned)
			table_free(st.stack[i].table);
	if (st.failed) {
		docx_document_clear(out);
		return form_error(err, SP_ENOMEM, source, "out of memory");
	}
	if (st.too_deep) {
		docx_document_clear(out);
		return form_error(err, SP_ELIMIT, source, "tables nest deeper than %d", SP_DOCX_MAX_NESTING);
	}
	if (rc < 0) {
		docx_document_clear(out);
		return form_error(err, SP_ESYNTAX, source, "the form's XML (word/document.xml) is damaged");
	}
	if (document != 1 || !body) {
		docx_document_clear(out);
		return form_error(err, SP_EFORMAT, source, "not a Word document: word/document.xml has no w:body");
	}
	return 0;
}

void docx_document_clear(docx_document *doc)
{
	for (size_t i = 0; i < doc->block_count; i++) {
		free(doc->blocks[i].text);
		table_free(doc->blocks[i].table);
	}
	free(doc->blocks);
	memset(doc, 0, sizeof *doc);
}

const docx_cell *docx_row_cell_at(const docx_row *row, unsigned int column)
{
	for (size_t i = 0; i < row->cell_count; i++)
		if (column >= row->cells[i].column && column < row->cells[i].column + row->cells[i].span)
			return &row->cells[i];
	return NULL;
}

char *docx_cell_text(const docx_cell *cell)
{
	form_buffer b = { 0 };
	form_buffer_add(&b, "", 0);
	for (size_t i = 0; cell && i < cell->paragraph_count; i++) {
		if (i)
			form_buffer_add(&b, "\n", 1);
		form_buffer_add(&b, cell->paragraphs[i], strlen(cell->paragraphs[i]));
	}
	if (b.failed) {
		free(b.data);
		return NULL;
	}
	return b.data;
}
