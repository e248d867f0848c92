/*
 * Nodes: creation, freeing, copying and comparing any element by walking
 * its type's fields, and the generic accessors of schema.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static bool is_number_kind(sp_kind kind)
{
	return kind == SP_KIND_INTEGER || kind == SP_KIND_DECIMAL || kind == SP_KIND_BOOLEAN ||
	       kind == SP_KIND_ENUM;
}

/* ---- memory ---------------------------------------------------------- */

static void *libc_malloc(size_t size, void *context)
{
	(void)context;
	return malloc(size);
}

static void *libc_realloc(void *ptr, size_t size, void *context)
{
	(void)context;
	return realloc(ptr, size);
}

static void libc_free(void *ptr, void *context)
{
	(void)context;
	free(ptr);
}

static const sp_allocator libc_allocator = { libc_malloc, libc_realloc, libc_free, NULL };

static const sp_allocator *allocator_of(const sp_doc *doc)
{
	return doc ? &doc->allocator : &libc_allocator;
}

void *sp__malloc(const sp_doc *doc, size_t size)
{
	const sp_allocator *a = allocator_of(doc);
	return a->malloc(size ? size : 1, a->context);
}

void *sp__calloc(const sp_doc *doc, size_t size)
{
	void *ptr = sp__malloc(doc, size);
	if (ptr)
		memset(ptr, 0, size);
	return ptr;
}

void *sp__realloc(const sp_doc *doc, void *ptr, size_t size)
{
	const sp_allocator *a = allocator_of(doc);
	return a->realloc(ptr, size ? size : 1, a->context);
}

void sp__free(const sp_doc *doc, void *ptr)
{
	const sp_allocator *a = allocator_of(doc);
	if (ptr)
		a->free(ptr, a->context);
}

char *sp__doc_strndup(const sp_doc *doc, const char *s, size_t len)
{
	char *copy = len < SIZE_MAX ? sp__malloc(doc, len + 1) : NULL;
	if (copy) {
		memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

/* ---- nodes ----------------------------------------------------------- */

static sp_node *node_alloc(sp_doc *doc, const sp_type *type)
{
	sp_node *node = sp__calloc(doc, sizeof(*node) + type->field_count * sizeof(sp_value));
	if (node) {
		node->type = type;
		node->doc = doc;
	}
	return node;
}

static sp_doc *doc_new(const sp_allocator *allocator)
{
	if (!allocator)
		allocator = &libc_allocator;
	sp_doc *doc = allocator->malloc(sizeof(*doc), allocator->context);
	if (doc) {
		doc->allocator = *allocator;
		doc->source = NULL;
	}
	return doc;
}

static void doc_free(sp_doc *doc)
{
	sp__free(doc, doc->source);
	sp_allocator allocator = doc->allocator;
	allocator.free(doc, allocator.context);
}

/* Gives a new node its absent numbers and its (always present) sub-objects. */
static bool node_init(sp_node *node)
{
	for (size_t i = 0; i < node->type->field_count; i++) {
		const sp_field *f = &node->type->fields[i];
		if (is_number_kind(f->kind))
			node->v[i].num = -1;
		else if (f->kind == SP_KIND_OBJECT && !(node->v[i].obj = sp__node_new(f->child, node, f)))
			return false;
	}
	return true;
}

sp_node *sp__report_node_new(const sp_allocator *allocator)
{
	sp_doc *doc = doc_new(allocator);
	sp_node *report = doc ? node_alloc(doc, &sp__report_type) : NULL;
	if (report && node_init(report))
		return report;
	if (report)
		sp__node_free(report); /* frees the doc too */
	else if (doc)
		doc_free(doc);
	return NULL;
}

sp_node *sp__node_new(const sp_type *type, sp_node *parent, const sp_field *field)
{
	sp_node *node = node_alloc(parent->doc, type);
	if (!node)
		return NULL;
	node->parent = parent;
	node->field = field;
	if (!node_init(node)) {
		sp__node_free(node);
		return NULL;
	}
	return node;
}

static void node_free_in_doc(sp_node *node);

static void list_clear(const sp_doc *doc, sp_list *list, sp_kind kind)
{
	for (size_t i = 0; i < list->len; i++) {
		if (kind == SP_KIND_LIST)
			node_free_in_doc(list->items[i]);
		else
			sp__free(doc, list->items[i]);
	}
	sp__free(doc, list->items);
	memset(list, 0, sizeof(*list));
}

/* Frees a node and what it holds, but never the doc. */
static void node_free_in_doc(sp_node *node)
{
	sp_doc *doc = node->doc;
	for (size_t i = 0; i < node->type->field_count; i++) {
		switch (node->type->fields[i].kind) {
		case SP_KIND_STRING: sp__free(doc, node->v[i].str); break;
		case SP_KIND_OBJECT: if (node->v[i].obj) node_free_in_doc(node->v[i].obj); break;
		case SP_KIND_LIST:
		case SP_KIND_STRING_LIST: list_clear(doc, &node->v[i].list, node->type->fields[i].kind); break;
		default: break;
		}
	}
	json_decref(node->extra);
	sp__free(doc, node);
}

void sp__node_free(sp_node *node)
{
	if (!node)
		return;
	sp_doc *doc = node->doc;
	bool owns_doc = node->parent == NULL; /* a report owns its doc */
	node_free_in_doc(node);
	if (owns_doc)
		doc_free(doc);
}

sp_node *sp__node_append(sp_node *parent, const sp_field *field)
{
	sp_list *list = &parent->v[sp__field_index(parent->type, field)].list;
	sp_node *child = sp__node_new(field->child, parent, field);
	if (!child)
		return NULL;
	child->index = list->len;
	if (sp__list_push(parent->doc, list, child)) {
		sp__node_free(child);
		return NULL;
	}
	return child;
}

int sp__list_push(const sp_doc *doc, sp_list *list, void *item)
{
	if (list->len == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 4;
		void **items = sp__realloc(doc, list->items, cap * sizeof(*items));
		if (!items)
			return SP_ENOMEM;
		list->items = items;
		list->cap = cap;
	}
	list->items[list->len++] = item;
	return 0;
}

static char *copy_text(const sp_doc *doc, const char *s)
{
	return s ? sp__doc_strndup(doc, s, strlen(s)) : NULL;
}

/* A copy of `node` in `doc`, held by `parent` (NULL: `node` is a report, and the copy a new one). */
static sp_node *copy_into(const sp_node *node, sp_doc *doc, sp_node *parent)
{
	sp_node *copy = node_alloc(doc, node->type);
	if (!copy)
		return NULL;
	copy->parent = parent;
	copy->field = node->field;
	copy->index = node->index;
	copy->line = node->line;
	copy->column = node->column;
	if (node->extra && !(copy->extra = json_deep_copy(node->extra)))
		goto fail;
	for (size_t i = 0; i < node->type->field_count; i++) {
		const sp_value *from = &node->v[i];
		sp_value *to = &copy->v[i];
		sp_kind kind = node->type->fields[i].kind;
		switch (kind) {
		case SP_KIND_STRING:
			if (from->str && !(to->str = copy_text(doc, from->str)))
				goto fail;
			break;
		case SP_KIND_OBJECT:
			if (!(to->obj = copy_into(from->obj, doc, copy)))
				goto fail;
			break;
		case SP_KIND_LIST:
		case SP_KIND_STRING_LIST:
			for (size_t k = 0; k < from->list.len; k++) {
				void *item = kind == SP_KIND_LIST ? (void *)copy_into(from->list.items[k], doc, copy)
				                                  : (void *)copy_text(doc, from->list.items[k]);
				if (!item)
					goto fail;
				if (sp__list_push(doc, &to->list, item)) {
					if (kind == SP_KIND_LIST)
						node_free_in_doc(item);
					else
						sp__free(doc, item);
					goto fail;
				}
			}
			break;
		default:
			to->num = from->num;
			break;
		}
	}
	return copy;
fail:
	node_free_in_doc(copy);
	return NULL;
}

sp_node *sp__report_copy(const sp_node *report)
{
	sp_doc *doc = doc_new(&report->doc->allocator);
	if (!doc)
		return NULL;
	if (report->doc->source && !(doc->source = copy_text(doc, report->doc->source))) {
		doc_free(doc);
		return NULL;
	}
	sp_node *copy = copy_into(report, doc, NULL);
	if (!copy)
		doc_free(doc);
	return copy;
}

static bool text_equal(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* Appends "/segment" to the path in buf; keeps buf NUL-terminated. */
static void path_push(char *buf, size_t size, const char *key, long index)
{
	size_t used = strlen(buf);
	if (used >= size)
		return;
	if (key)
		snprintf(buf + used, size - used, "/%s", key);
	else
		snprintf(buf + used, size - used, "/%ld", index);
}

bool sp__node_equal(const sp_node *a, const sp_node *b, char *path, size_t size)
{
	size_t base = strlen(path);
	if (a->type != b->type)
		return false;
	for (size_t i = 0; i < a->type->field_count; i++) {
		const sp_field *f = &a->type->fields[i];
		const sp_value *x = &a->v[i], *y = &b->v[i];
		bool same = true;
		path[base] = '\0';
		path_push(path, size, f->key, 0);
		switch (f->kind) {
		case SP_KIND_STRING: same = text_equal(x->str, y->str); break;
		case SP_KIND_OBJECT:
			if (!sp__node_equal(x->obj, y->obj, path, size))
				return false;
			break;
		case SP_KIND_LIST:
		case SP_KIND_STRING_LIST:
			if (x->list.len != y->list.len)
				return false;
			for (size_t k = 0; k < x->list.len; k++) {
				size_t here = strlen(path);
				path_push(path, size, NULL, (long)k);
				if (f->kind == SP_KIND_LIST ? !sp__node_equal(x->list.items[k], y->list.items[k], path, size)
				                            : !text_equal(x->list.items[k], y->list.items[k]))
					return false;
				path[here] = '\0';
			}
			break;
		default: same = x->num == y->num; break;
		}
		if (!same)
			return false;
	}
	path[base] = '\0';
	if ((a->extra || b->extra) && !(a->extra && b->extra && json_equal(a->extra, b->extra)))
		return false;
	return true;
}

bool sp__field_present(const sp_field *f, const sp_value *v)
{
	switch (f->kind) {
	case SP_KIND_STRING: return v->str != NULL;
	case SP_KIND_OBJECT: return sp__node_has_content(v->obj);
	case SP_KIND_LIST:
	case SP_KIND_STRING_LIST: return v->list.len > 0;
	case SP_KIND_ENUM_SET: return v->num != 0;
	default: return v->num >= 0;
	}
}

bool sp__node_has_content(const sp_node *node)
{
	if (node->extra && json_object_size(node->extra))
		return true;
	for (size_t i = 0; i < node->type->field_count; i++)
		if (sp__field_present(&node->type->fields[i], &node->v[i]))
			return true;
	return false;
}

/* ---- paths ----------------------------------------------------------- */

SP_API int sp_node_path(char *buf, size_t size, const sp_node *node)
{
	char path[1024] = "";
	const sp_node *chain[32];
	size_t depth = 0;
	for (const sp_node *n = node; n && n->parent && depth < 32; n = n->parent)
		chain[depth++] = n;
	while (depth--) {
		path_push(path, sizeof(path), chain[depth]->field->key, 0);
		if (chain[depth]->field->kind == SP_KIND_LIST)
			path_push(path, sizeof(path), NULL, (long)chain[depth]->index);
	}
	return snprintf(buf, size, "%s", path);
}

/* ---- generic accessors ----------------------------------------------- */

static bool owns(const sp_node *node, const sp_field *field)
{
	return node && field && field >= node->type->fields &&
	       field < node->type->fields + node->type->field_count;
}

static const sp_value *value_of(const sp_node *node, const sp_field *field, sp_kind kind)
{
	return owns(node, field) && field->kind == kind ? &node->v[sp__field_index(node->type, field)] : NULL;
}

static int field_error(sp_error *err, const sp_node *node, const sp_field *field, int code,
                       const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int field_error(sp_error *err, const sp_node *node, const sp_field *field, int code,
                       const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sp__verror(err, code, fmt, ap);
	va_end(ap);
	if (err && node) {
		int n = sp_node_path(err->path, sizeof(err->path), node);
		if (field && n >= 0 && (size_t)n < sizeof(err->path))
			snprintf(err->path + n, sizeof(err->path) - (size_t)n, "/%s", field->key);
	}
	return code;
}

#define KIND(k) (1u << (k))
#define NUMBER_KINDS (KIND(SP_KIND_INTEGER) | KIND(SP_KIND_DECIMAL) | KIND(SP_KIND_BOOLEAN) | \
                      KIND(SP_KIND_ENUM) | KIND(SP_KIND_ENUM_SET))

/* 0 when `field` is one of `node`'s fields and of one of the `kinds`. */
static int check_field(sp_error *err, const sp_node *node, const sp_field *field, unsigned kinds)
{
	if (!owns(node, field))
		return field_error(err, NULL, NULL, SP_EINVAL, "the field does not belong to this element");
	if (!(kinds & KIND(field->kind)))
		return field_error(err, node, field, SP_EINVAL, "'%s' is not a field of this kind", field->key);
	return 0;
}

SP_API const sp_type *sp_node_type(const sp_node *node) { return node ? node->type : NULL; }
SP_API sp_node *sp_node_parent(const sp_node *node) { return node ? node->parent : NULL; }
SP_API unsigned int sp_node_line(const sp_node *node) { return node ? node->line : 0; }
SP_API unsigned int sp_node_column(const sp_node *node) { return node ? node->column : 0; }

SP_API const char *sp_node_string(const sp_node *node, const sp_field *field)
{
	const sp_value *v = value_of(node, field, SP_KIND_STRING);
	return v ? v->str : NULL;
}

/* Puts a checked copy of `value` for `field` in *out. */
static int checked_text(char **out, sp_error *err, const sp_node *node, const sp_field *field,
                        const char *value)
{
	size_t len = strlen(value);
	const char *why = sp__utf8_problem(value, len);
	if (why)
		return field_error(err, node, field, SP_EUTF8, "%s", why);
	if (field->rule && (why = field->rule(value)))
		return field_error(err, node, field, field->rule == sp__rule_format ? SP_EFORMAT : SP_EVALUE,
		                   "expected %s", why);
	if (!(*out = sp__doc_strndup(node->doc, value, len)))
		return field_error(err, node, field, SP_ENOMEM, "out of memory");
	return 0;
}

SP_API int sp_node_set_string(sp_node *node, const sp_field *field, const char *value, sp_error *err)
{
	int rc = check_field(err, node, field, KIND(SP_KIND_STRING));
	if (rc)
		return rc;
	char *copy = NULL;
	if (!value && field->required)
		return field_error(err, node, field, SP_EMISSING, "'%s' is required", field->key);
	if (value && (rc = checked_text(&copy, err, node, field, value)))
		return rc;
	sp_value *v = &node->v[sp__field_index(node->type, field)];
	sp__free(node->doc, v->str);
	v->str = copy;
	return 0;
}

SP_API int64_t sp_node_number(const sp_node *node, const sp_field *field)
{
	if (!owns(node, field))
		return -1;
	if (!is_number_kind(field->kind) && field->kind != SP_KIND_ENUM_SET)
		return -1;
	return node->v[sp__field_index(node->type, field)].num;
}

SP_API int sp_node_set_number(sp_node *node, const sp_field *field, int64_t value, sp_error *err)
{
	int rc = check_field(err, node, field, NUMBER_KINDS);
	if (rc)
		return rc;
	bool removes = value == -1 || (value == 0 && field->kind == SP_KIND_ENUM);
	if (removes && field->required)
		return field_error(err, node, field, SP_EMISSING, "'%s' is required", field->key);
	if (field->kind == SP_KIND_ENUM_SET && value == -1)
		value = 0;
	else if (removes)
		value = -1;
	else {
		int64_t max = INT64_MAX;
		if (field->kind == SP_KIND_DECIMAL)
			max = SP_DECIMAL_MAX;
		else if (field->kind == SP_KIND_BOOLEAN)
			max = 1;
		else if (field->kind == SP_KIND_ENUM)
			max = sp_enum_max(field->enum_id);
		else if (field->kind == SP_KIND_ENUM_SET)
			max = ((int64_t)SP_BIT(sp_enum_max(field->enum_id)) << 1) - 2;
		if (value < 0 || value > max || (field->kind == SP_KIND_ENUM_SET && (value & ~max)))
			return field_error(err, node, field, SP_ERANGE, "%lld is out of range for '%s'",
			                   (long long)value, field->key);
	}
	node->v[sp__field_index(node->type, field)].num = value;
	return 0;
}

static const sp_list *list_of(const sp_node *node, const sp_field *field)
{
	if (!owns(node, field) || (field->kind != SP_KIND_LIST && field->kind != SP_KIND_STRING_LIST))
		return NULL;
	return &node->v[sp__field_index(node->type, field)].list;
}

SP_API size_t sp_node_count(const sp_node *node, const sp_field *field)
{
	const sp_list *list = list_of(node, field);
	return list ? list->len : 0;
}

SP_API sp_node *sp_node_child(const sp_node *node, const sp_field *field, size_t index)
{
	const sp_value *v = value_of(node, field, SP_KIND_OBJECT);
	if (v)
		return index == 0 ? v->obj : NULL;
	v = value_of(node, field, SP_KIND_LIST);
	return v && index < v->list.len ? v->list.items[index] : NULL;
}

SP_API const char *sp_node_item_string(const sp_node *node, const sp_field *field, size_t index)
{
	const sp_value *v = value_of(node, field, SP_KIND_STRING_LIST);
	return v && index < v->list.len ? v->list.items[index] : NULL;
}

SP_API int sp_node_append(sp_node **out, sp_node *node, const sp_field *field, sp_error *err)
{
	int rc = check_field(err, node, field, KIND(SP_KIND_LIST));
	if (rc)
		return rc;
	sp_node *child = sp__node_append(node, field);
	if (!child)
		return field_error(err, node, field, SP_ENOMEM, "out of memory");
	if (out)
		*out = child;
	return 0;
}

SP_API int sp_node_append_string(sp_node *node, const sp_field *field, const char *value, sp_error *err)
{
	int rc = check_field(err, node, field, KIND(SP_KIND_STRING_LIST));
	if (rc)
		return rc;
	if (!value)
		return field_error(err, node, field, SP_EINVAL, "no text to add");
	char *copy = NULL;
	if ((rc = checked_text(&copy, err, node, field, value)))
		return rc;
	if (sp__list_push(node->doc, &node->v[sp__field_index(node->type, field)].list, copy)) {
		sp__free(node->doc, copy);
		return field_error(err, node, field, SP_ENOMEM, "out of memory");
	}
	return 0;
}

SP_API int sp_node_remove(sp_node *node, const sp_field *field, size_t index, sp_error *err)
{
	int rc = check_field(err, node, field, KIND(SP_KIND_LIST) | KIND(SP_KIND_STRING_LIST));
	if (rc)
		return rc;
	sp_list *list = &node->v[sp__field_index(node->type, field)].list;
	if (index >= list->len)
		return field_error(err, node, field, SP_ENOTFOUND, "no item %zu (the list has %zu)", index, list->len);
	if (field->kind == SP_KIND_LIST)
		sp__node_free(list->items[index]);
	else
		sp__free(node->doc, list->items[index]);
	memmove(&list->items[index], &list->items[index + 1], (list->len - index - 1) * sizeof(void *));
	list->len--;
	if (field->kind == SP_KIND_LIST)
		for (size_t i = index; i < list->len; i++)
			((sp_node *)list->items[i])->index = i;
	return 0;
}
