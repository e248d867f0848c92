/*
 * Comparing two reports field by field, kept unknown keys included, and
 * saying where they first differ (sp_report_equal).
 */
#include <string.h>

#include "internal.h"

static bool text_equal(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static bool extras_equal(const sp_doc *doc_a, const sp_node *a, const sp_doc *doc_b, const sp_node *b)
{
	return text_equal(sp__extras_get(doc_a, a), sp__extras_get(doc_b, b));
}

/* Whether `a` of `doc_a` and `b` of `doc_b` are equal; where not, `path` tells. */
static bool nodes_equal(const sp_doc *doc_a, const sp_node *a, const sp_doc *doc_b, const sp_node *b, char *path,
                        size_t size)
{
	size_t base = strlen(path);
	if (a->type_id != b->type_id)
		return false;
	for (size_t i = 0; i < sp__node_type(a)->field_count; i++) {
		const sp_field *f = &sp__node_type(a)->fields[i];
		const sp_value *x = &a->v[i], *y = &b->v[i];
		bool same = true;
		size_t here = sp__pointer_push_key(path, size, base, f->key, strlen(f->key));
		switch (f->kind) {
		case SP_KIND_STRING: same = text_equal(x->str, y->str); break;
		case SP_KIND_OBJECT:
			if (!nodes_equal(doc_a, x->obj, doc_b, y->obj, path, size))
				return false;
			break;
		case SP_KIND_LIST:
		case SP_KIND_STRING_LIST:
			if (sp__items_len(x->items) != sp__items_len(y->items))
				return false;
			for (size_t k = 0; k < sp__items_len(x->items); k++) {
				sp__pointer_push_index(path, size, here, k);
				if (f->kind == SP_KIND_LIST ? !nodes_equal(doc_a, x->items->at[k], doc_b, y->items->at[k], path, size)
				                            : !text_equal(x->items->at[k], y->items->at[k]))
					return false;
			}
			break;
		default: same = x->num == y->num; break;
		}
		if (!same)
			return false;
	}
	path[base] = '\0';
	return extras_equal(doc_a, a, doc_b, b);
}

bool sp__node_equal(const sp_node *a, const sp_node *b, char *path, size_t size)
{
	return nodes_equal(sp__doc_of(a), a, sp__doc_of(b), b, path, size);
}
