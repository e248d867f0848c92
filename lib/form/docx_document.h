/* A .docx body as paragraphs and tables of text: what the form's reader needs of WordprocessingML. */
#ifndef SP_DOCX_DOCUMENT_H
#define SP_DOCX_DOCUMENT_H

#include <stddef.h>

#include <serviceprogram/common.h>

typedef struct docx_table docx_table;

/* Tables nest in cells; deeper than this is refused (the form nests one level). */
#define SP_DOCX_MAX_NESTING 16

/* A cell: its paragraphs' text (a line break inside a paragraph is "\n",
 * a tab "\t") and the tables nested in it, at its first grid column. */
typedef struct docx_cell {
	unsigned int column; /* 0-based grid column; a cell merged across columns covers column..column+span-1 */
	unsigned int span;
	int merged_below;    /* a vertically merged continuation: its text is the cell above's */
	char **paragraphs;
	size_t paragraph_count;
	docx_table **tables;
	size_t table_count;
} docx_cell;

typedef struct docx_row {
	docx_cell *cells;
	size_t cell_count;
} docx_row;

struct docx_table {
	unsigned int number; /* 1-based, in document order, nested tables included */
	docx_row *rows;
	size_t row_count;
};

/* A block of the body: a paragraph (table NULL) or a table (text NULL). */
typedef struct docx_block {
	char *text;
	docx_table *table;
} docx_block;

typedef struct docx_document {
	docx_block *blocks;
	size_t block_count;
} docx_document;

/* Parses word/document.xml; no network, no entity expansion. */
int docx_document_parse(docx_document *out, const char *xml, size_t len, const char *source, sp_error *err);
void docx_document_clear(docx_document *doc);

/* The cell of a row at a grid column, or NULL. */
const docx_cell *docx_row_cell_at(const docx_row *row, unsigned int column);
/* A cell's paragraphs joined with "\n", yours to free; "" for NULL. NULL when out of memory. */
char *docx_cell_text(const docx_cell *cell);

#endif
