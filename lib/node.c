/*
 * Nodes: making, filling with their defaults, freeing and appending any
 * element by walking its type's fields, and the doc that the nodes of a
 * report share.
 */
#include <string.h>

#include "internal.h"

static size_t node_size(const sp_type *type)
{
	return sizeof(sp_node) + type->field_count * sizeof(sp_value);
}

/* Gives a new node its absent numbers and its (always present) sub-objects. */
static bool node_init(sp_doc *doc, sp_node *node)
{
	for (size_t i = 0; i < sp__node_type(node)->field_count; i++) {
		const sp_field *f = &sp__node_type(node)->fields[i];
		if (sp__is_number_kind(f->kind))
			node->v[i].num = -1;
		else if (f->kind == SP_KIND_OBJECT && !(node->v[i].obj = sp__node_new(doc, f->child, node, f)))
			return false;
	}
	return true;
}

static void free_values(sp_doc *doc, sp_node *node);

static void doc_free(sp_doc *doc)
{
	sp__free(doc, doc->source);
	sp__extras_clear(doc);
	sp__arena_free(doc);
	sp_allocator allocator = doc->allocator;
	allocator.free(doc, allocator.context);
}

sp_doc *sp__doc_new(const sp_allocator *allocator)
{
	if (!allocator)
		allocator = &sp__libc_allocator;
	sp_doc *doc = allocator->malloc(sizeof(sp_doc) + node_size(&sp__report_type), allocator->context);
	if (doc) {
		memset(doc, 0, sizeof(sp_doc) + node_size(&sp__report_type));
		doc->allocator = *allocator;
		doc->extras.keys = SP_HASH_ADDRESSES;
		sp__report_of(doc)->type_id = SP_TYPE_REPORT;
	}
	return doc;
}

sp_node *sp__report_node_new(const sp_allocator *allocator)
{
	sp_doc *doc = sp__doc_new(allocator);
	if (!doc)
		return NULL;
	sp_node *report = sp__report_of(doc);
	if (node_init(doc, report))
		return report;
	sp__node_free(report); /* frees the doc too */
	return NULL;
}

sp_node *sp__node_alloc(sp_doc *doc, const sp_type *type, sp_node *parent)
{
	sp_node *node = sp__doc_alloc(doc, node_size(type));
	if (node) {
		memset(node, 0, node_size(type));
		node->type_id = (uint8_t)(type - sp__types);
		node->parent = parent;
	}
	return node;
}

sp_node *sp__node_new(sp_doc *doc, const sp_type *type, sp_node *parent, const sp_field *field)
{
	sp_node *node = sp__node_alloc(doc, type, parent);
	if (!node)
		return NULL;
	node->field = sp__field_index(sp__node_type(parent), field);
	if (!node_init(doc, node)) {
		sp__node_free_in_doc(doc, node);
		return NULL;
	}
	return node;
}

void sp__item_free(sp_doc *doc, void *item, sp_kind kind)
{
	if (kind == SP_KIND_LIST)
		sp__node_free_in_doc(doc, item);
	else
		sp__free(doc, item);
}

static void items_free(sp_doc *doc, sp_items *items, sp_kind kind)
{
	for (size_t i = 0; i < sp__items_len(items); i++)
		sp__item_free(doc, items->at[i], kind);
	sp__free(doc, items);
}

/* Frees what a node holds, but not the node. */
static void free_values(sp_doc *doc, sp_node *node)
{
	for (size_t i = 0; i < sp__node_type(node)->field_count; i++) {
		switch (sp__node_type(node)->fields[i].kind) {
		case SP_KIND_STRING: sp__free(doc, node->v[i].str); break;
		case SP_KIND_OBJECT: if (node->v[i].obj) sp__node_free_in_doc(doc, node->v[i].obj); break;
		case SP_KIND_LIST:
		case SP_KIND_STRING_LIST: items_free(doc, node->v[i].items, sp__node_type(node)->fields[i].kind); break;
		default: break;
		}
	}
	sp__extras_forget(doc, node);
}

void sp__node_free_in_doc(sp_doc *doc, sp_node *node)
{
	free_values(doc, node);
	sp__free(doc, node);
}

void sp__node_free(sp_node *node)
{
	if (!node)
		return;
	sp_doc *doc = sp__doc_of(node);
	if (node->parent) {
		sp__node_free_in_doc(doc, node);
		return;
	}
	/* The report's node is part of its doc's block. */
	free_values(doc, node);
	doc_free(doc);
}

sp_node *sp__node_append(sp_node *parent, const sp_field *field)
{
	sp_doc *doc = sp__doc_of(parent);
	sp_items **items = &parent->v[sp__field_index(sp__node_type(parent), field)].items;
	sp_node *child = sp__node_new(doc, field->child, parent, field);
	if (!child)
		return NULL;
	child->index = (uint32_t)sp__items_len(*items); /* below SP_LIST_MAX_ITEMS: sp_node_append checks */
	if (sp__items_push(doc, items, child)) {
		sp__node_free_in_doc(doc, child);
		return NULL;
	}
	return child;
}

bool sp__field_present(const sp_field *f, const sp_value *v)
{
	switch (f->kind) {
	case SP_KIND_STRING: return v->str != NULL;
	case SP_KIND_OBJECT: return sp__node_has_content(v->obj);
	case SP_KIND_LIST:
	case SP_KIND_STRING_LIST: return sp__items_len(v->items) > 0;
	case SP_KIND_ENUM_SET: return v->num != 0;
	default: return v->num >= 0;
	}
}

bool sp__node_has_content(const sp_node *node)
{
	for (size_t i = 0; i < sp__node_type(node)->field_count; i++)
		if (sp__field_present(&sp__node_type(node)->fields[i], &node->v[i]))
			return true;
	return sp__extras_get(sp__doc_of(node), node) != NULL;
}
