/*
 * The generic accessors of schema.h: any field of any element, by its
 * sp_field, with the same checks as the typed accessors.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static bool owns(const sp_node *node, const sp_field *field)
{
	return node && field && field >= sp__node_type(node)->fields &&
	       field < sp__node_type(node)->fields + sp__node_type(node)->field_count;
}

static const sp_value *value_of(const sp_node *node, const sp_field *field, sp_kind kind)
{
	return owns(node, field) && field->kind == kind ? &node->v[sp__field_index(sp__node_type(node), field)] : NULL;
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
	if (err && node)
		sp__node_pointer(err->path, sizeof(err->path), node, field ? field->key : NULL, -1);
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

SP_API const sp_type *sp_node_type(const sp_node *node) { return node ? sp__node_type(node) : NULL; }
SP_API const sp_node *sp_node_parent(const sp_node *node) { return node ? node->parent : NULL; }
SP_API sp_node *sp_node_parent_mut(sp_node *node) { return node ? node->parent : NULL; }
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
		return field_error(err, node, field, SP_EUTF8, "%s", _(why));
	if (field->rule && (why = field->rule(value)))
		return field_error(err, node, field, field->rule == sp__rule_format ? SP_EFORMAT : SP_EVALUE,
		                   "expected %s", _(why));
	if (!(*out = sp__doc_strndup(sp__doc_of(node), value, len)))
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
	sp_value *v = &node->v[sp__field_index(sp__node_type(node), field)];
	sp__free(sp__doc_of(node), v->str);
	v->str = copy;
	return 0;
}

SP_API int64_t sp_node_number(const sp_node *node, const sp_field *field)
{
	if (!owns(node, field))
		return -1;
	if (!sp__is_number_kind(field->kind) && field->kind != SP_KIND_ENUM_SET)
		return -1;
	return node->v[sp__field_index(sp__node_type(node), field)].num;
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
	node->v[sp__field_index(sp__node_type(node), field)].num = value;
	return 0;
}

SP_API size_t sp_node_count(const sp_node *node, const sp_field *field)
{
	if (!owns(node, field) || (field->kind != SP_KIND_LIST && field->kind != SP_KIND_STRING_LIST))
		return 0;
	return sp__items_len(node->v[sp__field_index(sp__node_type(node), field)].items);
}

SP_API const sp_node *sp_node_child(const sp_node *node, const sp_field *field, size_t index)
{
	const sp_value *v = value_of(node, field, SP_KIND_OBJECT);
	if (v)
		return index == 0 ? v->obj : NULL;
	v = value_of(node, field, SP_KIND_LIST);
	return v ? sp__items_at(v->items, index) : NULL;
}

SP_API sp_node *sp_node_child_mut(sp_node *node, const sp_field *field, size_t index)
{
	return (sp_node *)sp_node_child(node, field, index);
}

SP_API const char *sp_node_item_string(const sp_node *node, const sp_field *field, size_t index)
{
	const sp_value *v = value_of(node, field, SP_KIND_STRING_LIST);
	return v ? sp__items_at(v->items, index) : NULL;
}

/* SP_ELIMIT when the list `field` of `node` cannot take one more item. */
static int check_room(sp_error *err, const sp_node *node, const sp_field *field)
{
	if (sp_node_count(node, field) < SP_LIST_MAX_ITEMS)
		return 0;
	return field_error(err, node, field, SP_ELIMIT, "the list '%s' already holds the most items a list can (%zu)",
	                   field->key, (size_t)SP_LIST_MAX_ITEMS);
}

SP_API int sp_node_append(sp_node **out, sp_node *node, const sp_field *field, sp_error *err)
{
	int rc = check_field(err, node, field, KIND(SP_KIND_LIST));
	if (rc || (rc = check_room(err, node, field)))
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
	if (rc || (rc = check_room(err, node, field)))
		return rc;
	if (!value)
		return field_error(err, node, field, SP_EINVAL, "no text to add");
	char *copy = NULL;
	if ((rc = checked_text(&copy, err, node, field, value)))
		return rc;
	sp_doc *doc = sp__doc_of(node);
	if (sp__items_push(doc, &node->v[sp__field_index(sp__node_type(node), field)].items, copy)) {
		sp__free(doc, copy);
		return field_error(err, node, field, SP_ENOMEM, "out of memory");
	}
	return 0;
}

SP_API int sp_node_remove(sp_node *node, const sp_field *field, size_t index, sp_error *err)
{
	int rc = check_field(err, node, field, KIND(SP_KIND_LIST) | KIND(SP_KIND_STRING_LIST));
	if (rc)
		return rc;
	sp_items *items = node->v[sp__field_index(sp__node_type(node), field)].items;
	if (index >= sp__items_len(items))
		return field_error(err, node, field, SP_ENOTFOUND, "no item %zu (the list has %zu)", index,
		                   sp__items_len(items));
	sp__item_free(sp__doc_of(node), items->at[index], field->kind);
	memmove(&items->at[index], &items->at[index + 1], (items->len - index - 1) * sizeof(void *));
	items->len--;
	if (field->kind == SP_KIND_LIST)
		for (size_t i = index; i < items->len; i++)
			((sp_node *)items->at[i])->index = (uint32_t)i;
	return 0;
}

SP_API int sp_node_move(sp_node *node, const sp_field *field, size_t from, size_t to, sp_error *err)
{
	int rc = check_field(err, node, field, KIND(SP_KIND_LIST) | KIND(SP_KIND_STRING_LIST));
	if (rc)
		return rc;
	sp_items *items = node->v[sp__field_index(sp__node_type(node), field)].items;
	size_t len = sp__items_len(items);
	if (from >= len || to >= len)
		return field_error(err, node, field, SP_ENOTFOUND, "no item %zu (the list has %zu)", from >= len ? from : to,
		                   len);
	void *moved = items->at[from];
	if (from < to)
		memmove(&items->at[from], &items->at[from + 1], (to - from) * sizeof(void *));
	else
		memmove(&items->at[to + 1], &items->at[to], (from - to) * sizeof(void *));
	items->at[to] = moved;
	if (field->kind == SP_KIND_LIST)
		for (size_t i = from < to ? from : to; i <= (from < to ? to : from); i++)
			((sp_node *)items->at[i])->index = (uint32_t)i;
	return 0;
}
