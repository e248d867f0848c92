/*
 * WordprocessingML's body read into paragraphs and tables of text with
 * libxml2. Content controls (w:sdt), inserted runs and smart tags are
 * looked through; deleted text (w:delText) and field codes are not text.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "docx_document.h"
#include "form_internal.h"

typedef struct buffer {
	char *data;
	size_t len, cap;
	int failed;
} buffer;

static void buffer_add(buffer *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (b->len + n + 1 > cap)
			cap *= 2;
		char *grown = realloc(b->data, cap);
		if (!grown) {
			b->failed = 1;
			return;
		}
		b->data = grown;
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static int is_w(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0 && node->ns &&
	       node->ns->href && strstr((const char *)node->ns->href, "wordprocessingml");
}

static const xmlNode *child_w(const xmlNode *node, const char *name)
{
	for (const xmlNode *c = node->children; c; c = c->next)
		if (is_w(c, name))
			return c;
	return NULL;
}

static long attr_w_long(const xmlNode *node, const char *name, long fallback)
{
	for (xmlAttr *a = node->properties; a; a = a->next)
		if (strcmp((const char *)a->name, name) == 0 && a->children && a->children->content)
			return strtol((const char *)a->children->content, NULL, 10);
	return fallback;
}

static int has_attr_value(const xmlNode *node, const char *name, const char *value)
{
	for (xmlAttr *a = node->properties; a; a = a->next)
		if (strcmp((const char *)a->name, name) == 0 && a->children && a->children->content)
			return strcmp((const char *)a->children->content, value) == 0;
	return 0;
}

static void paragraph_text(buffer *b, const xmlNode *node)
{
	for (const xmlNode *c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_w(c, "t")) {
			xmlChar *s = xmlNodeGetContent(c);
			if (s) {
				buffer_add(b, (const char *)s, strlen((const char *)s));
				xmlFree(s);
			}
		} else if (is_w(c, "tab")) {
			buffer_add(b, "\t", 1);
		} else if (is_w(c, "br") || is_w(c, "cr")) {
			buffer_add(b, "\n", 1);
		} else if (is_w(c, "noBreakHyphen")) {
			buffer_add(b, "-", 1);
		} else if (!is_w(c, "del") && !is_w(c, "instrText") && !is_w(c, "pPr") && !is_w(c, "rPr")) {
			paragraph_text(b, c);
		}
	}
}

typedef struct parser {
	unsigned int tables;
	int failed;
} parser;

static docx_table *read_table(parser *p, const xmlNode *tbl);

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

static void read_cell_content(parser *p, docx_cell *cell, const xmlNode *node)
{
	for (const xmlNode *c = node->children; c && !p->failed; c = c->next) {
		if (is_w(c, "p")) {
			buffer b = { 0 };
			paragraph_text(&b, c);
			buffer_add(&b, "", 0);
			if (b.failed || push((void **)&cell->paragraphs, &cell->paragraph_count, sizeof(char *))) {
				free(b.data);
				p->failed = 1;
				return;
			}
			cell->paragraphs[cell->paragraph_count - 1] = b.data;
		} else if (is_w(c, "tbl")) {
			docx_table *t = read_table(p, c);
			if (!t || push((void **)&cell->tables, &cell->table_count, sizeof(docx_table *))) {
				p->failed = 1;
				return;
			}
			cell->tables[cell->table_count - 1] = t;
		} else if (is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml")) {
			read_cell_content(p, cell, c);
		}
	}
}

static void read_row_cells(parser *p, docx_row *row, const xmlNode *node, unsigned int *column)
{
	for (const xmlNode *c = node->children; c && !p->failed; c = c->next) {
		if (is_w(c, "tc")) {
			if (push((void **)&row->cells, &row->cell_count, sizeof(docx_cell))) {
				p->failed = 1;
				return;
			}
			docx_cell *cell = &row->cells[row->cell_count - 1];
			cell->column = *column;
			cell->span = 1;
			const xmlNode *pr = child_w(c, "tcPr");
			if (pr) {
				const xmlNode *span = child_w(pr, "gridSpan");
				if (span) {
					long v = attr_w_long(span, "val", 1);
					cell->span = v > 0 && v < 64 ? (unsigned int)v : 1;
				}
				const xmlNode *vm = child_w(pr, "vMerge");
				cell->merged_below = vm && !has_attr_value(vm, "val", "restart");
			}
			*column += cell->span;
			read_cell_content(p, cell, c);
		} else if (is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml")) {
			read_row_cells(p, row, c, column);
		}
	}
}

static void read_rows(parser *p, docx_table *t, const xmlNode *node)
{
	for (const xmlNode *c = node->children; c && !p->failed; c = c->next) {
		if (is_w(c, "tr")) {
			if (push((void **)&t->rows, &t->row_count, sizeof(docx_row))) {
				p->failed = 1;
				return;
			}
			unsigned int column = 0;
			const xmlNode *pr = child_w(c, "trPr");
			const xmlNode *before = pr ? child_w(pr, "gridBefore") : NULL;
			if (before)
				column = (unsigned int)attr_w_long(before, "val", 0);
			read_row_cells(p, &t->rows[t->row_count - 1], c, &column);
		} else if (is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml")) {
			read_rows(p, t, c);
		}
	}
}

static void table_free(docx_table *t);

static docx_table *read_table(parser *p, const xmlNode *tbl)
{
	docx_table *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->number = ++p->tables;
	read_rows(p, t, tbl);
	return t;
}

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

static void read_body(parser *p, docx_document *doc, const xmlNode *node)
{
	for (const xmlNode *c = node->children; c && !p->failed; c = c->next) {
		if (is_w(c, "p") || is_w(c, "tbl")) {
			if (push((void **)&doc->blocks, &doc->block_count, sizeof(docx_block))) {
				p->failed = 1;
				return;
			}
			docx_block *block = &doc->blocks[doc->block_count - 1];
			if (is_w(c, "p")) {
				buffer b = { 0 };
				paragraph_text(&b, c);
				buffer_add(&b, "", 0);
				block->text = b.data;
				p->failed = b.failed;
			} else {
				block->table = read_table(p, c);
				p->failed |= !block->table;
			}
		} else if (is_w(c, "sdt") || is_w(c, "sdtContent") || is_w(c, "customXml")) {
			read_body(p, doc, c);
		}
	}
}

int docx_document_parse(docx_document *out, const char *xml, size_t len, const char *source, sp_error *err)
{
	memset(out, 0, sizeof *out);
	if (len > INT32_MAX)
		return form_error(err, SP_ELIMIT, source, "word/document.xml is too large");
	xmlDoc *xdoc = xmlReadMemory(xml, (int)len, "document.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!xdoc) {
		const xmlError *e = xmlGetLastError();
		int rc = form_error(err, SP_ESYNTAX, source, "the form's XML (word/document.xml) is damaged");
		if (err && e)
			err->line = (unsigned int)e->line;
		return rc;
	}
	xmlNode *root = xmlDocGetRootElement(xdoc);
	const xmlNode *body = root && is_w(root, "document") ? child_w(root, "body") : NULL;
	if (!body) {
		xmlFreeDoc(xdoc);
		return form_error(err, SP_EFORMAT, source, "not a Word document: word/document.xml has no w:body");
	}
	parser p = { 0 };
	read_body(&p, out, body);
	xmlFreeDoc(xdoc);
	if (p.failed) {
		docx_document_clear(out);
		return form_error(err, SP_ENOMEM, source, "out of memory");
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
	buffer b = { 0 };
	buffer_add(&b, "", 0);
	for (size_t i = 0; cell && i < cell->paragraph_count; i++) {
		if (i)
			buffer_add(&b, "\n", 1);
		buffer_add(&b, cell->paragraphs[i], strlen(cell->paragraphs[i]));
	}
	if (b.failed) {
		free(b.data);
		return NULL;
	}
	return b.data;
}
