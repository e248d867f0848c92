/*
 * Deep copies of reports (sp_report_copy), into an arena of their own as a
 * load makes, so that a copy is laid out in document order.
 */
#include <string.h>

#include "internal.h"

static char *copy_text(sp_doc *doc, const char *s)
{
	return s ? sp__doc_text(doc, s, strlen(s)) : NULL;
}

static sp_node *copy_node(const sp_doc *from_doc, const sp_node *node, sp_doc *doc, sp_node *parent);

/* Copies the values and unknown keys of `node` (of `from_doc`) into the
 * empty `copy`; on failure, `copy` holds part of them, which freeing it frees. */
static bool copy_values(const sp_doc *from_doc, const sp_node *node, sp_doc *doc, sp_node *copy)
{
	const char *keys = sp__extras_get(from_doc, node);
	char *copied = NULL;
	if (keys && (!(copied = copy_text(doc, keys)) || sp__extras_put(doc, copy, copied)))
		return false;
	for (size_t i = 0; i < sp__node_type(node)->field_count; i++) {
		const sp_value *from = &node->v[i];
		sp_value *to = &copy->v[i];
		sp_kind kind = sp__node_type(node)->fields[i].kind;
		switch (kind) {
		case SP_KIND_STRING:
			if (from->str && !(to->str = copy_text(doc, from->str)))
				return false;
			break;
		case SP_KIND_OBJECT:
			if (!(to->obj = copy_node(from_doc, from->obj, doc, copy)))
				return false;
			break;
		case SP_KIND_LIST:
		case SP_KIND_STRING_LIST:
			if (!sp__items_len(from->items))
				break;
			if (!(to->items = sp__items_new(doc, from->items->len)))
				return false;
			for (size_t k = 0; k < from->items->len; k++) {
				void *item = kind == SP_KIND_LIST ? (void *)copy_node(from_doc, from->items->at[k], doc, copy)
				                                  : (void *)copy_text(doc, from->items->at[k]);
				if (!item)
					return false;
				to->items->at[to->items->len++] = item;
			}
			break;
		default:
			to->num = from->num;
			break;
		}
	}
	return true;
}

/* A copy of `node` (not a report) of `from_doc`, in `doc`, held by `parent`. */
static sp_node *copy_node(const sp_doc *from_doc, const sp_node *node, sp_doc *doc, sp_node *parent)
{
	sp_node *copy = sp__node_alloc(doc, sp__node_type(node), parent);
	if (!copy)
		return NULL;
	copy->field = node->field;
	copy->index = node->index;
	copy->line = node->line;
	copy->column = node->column;
	if (!copy_values(from_doc, node, doc, copy)) {
		sp__node_free_in_doc(doc, copy);
		return NULL;
	}
	return copy;
}

sp_node *sp__report_copy(const sp_node *report)
{
	const sp_doc *from = sp__doc_of(report);
	sp_doc *doc = sp__doc_new(&from->allocator);
	if (!doc)
		return NULL;
	sp_node *copy = sp__report_of(doc);
	copy->line = report->line;
	copy->column = report->column;
	sp__doc_fill_arena(doc, true);
	bool copied = (!from->source || (doc->source = sp__doc_strndup(doc, from->source, strlen(from->source)))) &&
	              copy_values(from, report, doc, copy);
	sp__doc_fill_arena(doc, false);
	if (!copied) {
		sp__node_free(copy);
		return NULL;
	}
	return copy;
}
