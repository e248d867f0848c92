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

/* The arena's chunks are sorted by address: the first one starting after `ptr`. */
static size_t chunk_after(const sp_arena *a, uintptr_t ptr)
{
	size_t low = 0, high = a->chunk_count;
	while (low < high) {
		size_t mid = low + (high - low) / 2;
		if (ptr < (uintptr_t)a->chunks[mid].start)
			high = mid;
		else
			low = mid + 1;
	}
	return low;
}

static bool arena_holds(const sp_arena *a, const void *ptr)
{
	size_t after = a->chunk_count ? chunk_after(a, (uintptr_t)ptr) : 0;
	return after > 0 && (uintptr_t)ptr < (uintptr_t)a->chunks[after - 1].end;
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
	if (ptr && !(doc && arena_holds(&doc->arena, ptr)))
		a->free(ptr, a->context);
}

/* Puts s[0..len) and a NUL into `copy` (len + 1 bytes, or NULL). */
static char *fill_text(char *copy, const char *s, size_t len)
{
	if (copy) {
		memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

char *sp__doc_strndup(const sp_doc *doc, const char *s, size_t len)
{
	return fill_text(len < SIZE_MAX ? sp__malloc(doc, len + 1) : NULL, s, len);
}

/* Under AddressSanitizer the arena's free space is poisoned and every
 * block in it keeps a poisoned gap to its neighbour, so that an overrun is
 * caught as it would be between malloc'd blocks. */
#if defined(__SANITIZE_ADDRESS__)
#define SP_ARENA_POISON 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SP_ARENA_POISON 1
#endif
#endif
#ifdef SP_ARENA_POISON
#include <sanitizer/asan_interface.h>
#define ARENA_GAP 8
#else
#define ASAN_POISON_MEMORY_REGION(addr, size) ((void)(addr), (void)(size))
#define ASAN_UNPOISON_MEMORY_REGION(addr, size) ((void)(addr), (void)(size))
#define ARENA_GAP 0
#endif

/* Chunks grow with the arena, a fraction of it at a time, so that the
 * unused end of the last one stays small against the whole. */
#define ARENA_MIN_CHUNK ((size_t)4 << 10)
#define ARENA_GROWTH 32 /* a new chunk is the arena so far divided by this */
#define ARENA_MAX_CHUNK ((size_t)1 << 20)

static char *arena_add_chunk(sp_doc *doc, size_t size)
{
	sp_arena *a = &doc->arena;
	if (a->chunk_count == a->chunk_cap) {
		size_t cap = a->chunk_cap ? a->chunk_cap * 2 : 16;
		sp_arena_chunk *chunks = sp__realloc(doc, a->chunks, cap * sizeof(*chunks));
		if (!chunks)
			return NULL;
		a->chunks = chunks;
		a->chunk_cap = cap;
	}
	char *start = sp__malloc(doc, size);
	if (!start)
		return NULL;
	size_t at = chunk_after(a, (uintptr_t)start);
	memmove(&a->chunks[at + 1], &a->chunks[at], (a->chunk_count - at) * sizeof(*a->chunks));
	a->chunks[at] = (sp_arena_chunk){ start, start + size };
	a->chunk_count++;
	a->total += size;
	return start;
}

/* `size` bytes of the free space [*low, *high), aligned for a node or an
 * item block (taken from below), or unaligned for a text (from above);
 * NULL when they do not fit. */
static void *take_between(char **low, char **high, size_t size, bool text)
{
	size_t pad = text ? 0 : (size_t)(-(uintptr_t)*low & 7); /* to the next multiple of 8 */
	if (!*low || (size_t)(*high - *low) < pad + size + ARENA_GAP)
		return NULL;
	char *taken;
	if (text) {
		*high -= size + ARENA_GAP; /* the gap below the text */
		taken = *high + ARENA_GAP;
	} else {
		taken = *low + pad;
		*low = taken + size + ARENA_GAP;
	}
	ASAN_UNPOISON_MEMORY_REGION(taken, size);
	return taken;
}

/* `size` (> 0) bytes of the arena: aligned for a node or an item block, or unaligned for a text. */
static void *arena_take(sp_doc *doc, size_t size, bool text)
{
	sp_arena *a = &doc->arena;
	void *taken = take_between(&a->low, &a->high, size, text);
	if (taken || (taken = take_between(&a->spare_low, &a->spare_high, size, text)))
		return taken;
	size_t chunk = a->total / ARENA_GROWTH;
	chunk = chunk < ARENA_MIN_CHUNK ? ARENA_MIN_CHUNK : chunk > ARENA_MAX_CHUNK ? ARENA_MAX_CHUNK : chunk;
	/* A large block gets a chunk of its own; the current one goes on being filled. */
	if (size > chunk / 4)
		return arena_add_chunk(doc, size);
	char *start = arena_add_chunk(doc, chunk);
	if (!start)
		return NULL;
	ASAN_POISON_MEMORY_REGION(start, chunk);
	/* Of the two chunks with room left, the one with more is kept as the spare. */
	if (a->low && (!a->spare_low || a->high - a->low > a->spare_high - a->spare_low)) {
		a->spare_low = a->low;
		a->spare_high = a->high;
	}
	a->low = start;
	a->high = start + chunk;
	return take_between(&a->low, &a->high, size, text);
}

static void arena_free(sp_doc *doc)
{
	for (size_t i = 0; i < doc->arena.chunk_count; i++) {
		sp_arena_chunk *chunk = &doc->arena.chunks[i];
		ASAN_UNPOISON_MEMORY_REGION(chunk->start, (size_t)(chunk->end - chunk->start));
		doc->allocator.free(chunk->start, doc->allocator.context);
	}
	if (doc->arena.chunks)
		doc->allocator.free(doc->arena.chunks, doc->allocator.context);
}

void sp__doc_fill_arena(sp_doc *doc, bool filling)
{
	doc->arena.filling = filling;
}

/* A block for a node or item block: from the arena while it is filling. */
static void *doc_alloc(sp_doc *doc, size_t size)
{
	return doc->arena.filling ? arena_take(doc, size, false) : sp__malloc(doc, size);
}

char *sp__doc_text(sp_doc *doc, const char *s, size_t len)
{
	if (!doc->arena.filling)
		return sp__doc_strndup(doc, s, len);
	return fill_text(len < SIZE_MAX ? arena_take(doc, len + 1, true) : NULL, s, len);
}

static size_t items_size(size_t count)
{
	return count <= (SIZE_MAX - sizeof(sp_items)) / sizeof(void *) ? sizeof(sp_items) + count * sizeof(void *) : 0;
}

/* The room of an ordinary item block holding `len` items: at least 4 and a
 * power of two, so that it follows from the length. Removing items leaves
 * a block more room than that, never less. */
static size_t ordinary_room(size_t len)
{
	size_t room = 4;
	while (room < len && room <= SIZE_MAX / 2)
		room *= 2;
	return room;
}

sp_items *sp__items_new(sp_doc *doc, size_t count)
{
	size_t size = items_size(doc->arena.filling ? count : ordinary_room(count));
	sp_items *items = size ? doc_alloc(doc, size) : NULL;
	if (items)
		items->len = 0;
	return items;
}

int sp__items_push(sp_doc *doc, sp_items **items, void *item)
{
	sp_items *old = *items;
	size_t len = sp__items_len(old);
	/* An arena block has room for its items only. */
	bool in_arena = old && arena_holds(&doc->arena, old);
	if (!old || in_arena || len == ordinary_room(len)) {
		size_t size = items_size(ordinary_room(len + 1));
		sp_items *grown;
		if (!size || len == SIZE_MAX)
			return SP_ENOMEM;
		if (old && !in_arena) {
			grown = sp__realloc(doc, old, size);
		} else {
			/* An arena block is never reallocated: its items move to an ordinary one. */
			grown = sp__malloc(doc, size);
			if (grown && old)
				memcpy(grown->at, old->at, len * sizeof(void *));
		}
		if (!grown)
			return SP_ENOMEM;
		grown->len = len;
		*items = grown;
	}
	(*items)->at[(*items)->len++] = item;
	return 0;
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

/* ---- nodes ----------------------------------------------------------- */

static size_t node_size(const sp_type *type)
{
	return sizeof(sp_node) + type->field_count * sizeof(sp_value);
}

static sp_node *report_of(sp_doc *doc)
{
	return (sp_node *)(doc + 1);
}

/* Gives a new node its absent numbers and its (always present) sub-objects. */
static bool node_init(sp_doc *doc, sp_node *node)
{
	for (size_t i = 0; i < sp__node_type(node)->field_count; i++) {
		const sp_field *f = &sp__node_type(node)->fields[i];
		if (is_number_kind(f->kind))
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
	arena_free(doc);
	sp_allocator allocator = doc->allocator;
	allocator.free(doc, allocator.context);
}

/* A doc with its report's node, in one block. */
static sp_doc *doc_new(const sp_allocator *allocator)
{
	if (!allocator)
		allocator = &libc_allocator;
	sp_doc *doc = allocator->malloc(sizeof(sp_doc) + node_size(&sp__report_type), allocator->context);
	if (doc) {
		memset(doc, 0, sizeof(sp_doc) + node_size(&sp__report_type));
		doc->allocator = *allocator;
		report_of(doc)->type_id = SP_TYPE_REPORT;
	}
	return doc;
}

sp_node *sp__report_node_new(const sp_allocator *allocator)
{
	sp_doc *doc = doc_new(allocator);
	if (!doc)
		return NULL;
	sp_node *report = report_of(doc);
	if (node_init(doc, report))
		return report;
	sp__node_free(report); /* frees the doc too */
	return NULL;
}

/* An empty node of `type` under `parent`, its values still to be given. */
static sp_node *node_alloc(sp_doc *doc, const sp_type *type, sp_node *parent)
{
	sp_node *node = doc_alloc(doc, node_size(type));
	if (node) {
		memset(node, 0, node_size(type));
		node->type_id = (uint8_t)(type - sp__types);
		node->parent = parent;
	}
	return node;
}

sp_node *sp__node_new(sp_doc *doc, const sp_type *type, sp_node *parent, const sp_field *field)
{
	sp_node *node = node_alloc(doc, type, parent);
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

static char *copy_text(sp_doc *doc, const char *s)
{
	return s ? sp__doc_text(doc, s, strlen(s)) : NULL;
}

static sp_node *copy_node(const sp_doc *from_doc, const sp_node *node, sp_doc *doc, sp_node *parent);

/* Copies the values and unknown keys of `node` (of `from_doc`) into the
 * empty `copy`; on failure, `copy` holds part of them, for free_values(). */
static bool copy_values(const sp_doc *from_doc, const sp_node *node, sp_doc *doc, sp_node *copy)
{
	json_t *keys = sp__extras_get(from_doc, node), *copied = NULL;
	if (keys && (!(copied = json_deep_copy(keys)) || sp__extras_put(doc, copy, copied)))
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
	sp_node *copy = node_alloc(doc, sp__node_type(node), parent);
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
	sp_doc *doc = doc_new(&from->allocator);
	if (!doc)
		return NULL;
	sp_node *copy = report_of(doc);
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

static bool extras_equal(const sp_doc *doc_a, const sp_node *a, const sp_doc *doc_b, const sp_node *b)
{
	json_t *x = sp__extras_get(doc_a, a), *y = sp__extras_get(doc_b, b);
	return x == y || (x && y && json_equal(x, y));
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
		path[base] = '\0';
		path_push(path, size, f->key, 0);
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
				size_t here = strlen(path);
				path_push(path, size, NULL, (long)k);
				if (f->kind == SP_KIND_LIST ? !nodes_equal(doc_a, x->items->at[k], doc_b, y->items->at[k], path, size)
				                            : !text_equal(x->items->at[k], y->items->at[k]))
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
	return extras_equal(doc_a, a, doc_b, b);
}

bool sp__node_equal(const sp_node *a, const sp_node *b, char *path, size_t size)
{
	return nodes_equal(sp__doc_of(a), a, sp__doc_of(b), b, path, size);
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
	json_t *keys = sp__extras_get(sp__doc_of(node), node);
	return keys && json_object_size(keys);
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
		const sp_field *field = sp__node_field(chain[depth]);
		path_push(path, sizeof(path), field->key, 0);
		if (field->kind == SP_KIND_LIST)
			path_push(path, sizeof(path), NULL, (long)chain[depth]->index);
	}
	return snprintf(buf, size, "%s", path);
}

/* ---- generic accessors ----------------------------------------------- */

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

SP_API const sp_type *sp_node_type(const sp_node *node) { return node ? sp__node_type(node) : NULL; }
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
	if (!is_number_kind(field->kind) && field->kind != SP_KIND_ENUM_SET)
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

SP_API sp_node *sp_node_child(const sp_node *node, const sp_field *field, size_t index)
{
	const sp_value *v = value_of(node, field, SP_KIND_OBJECT);
	if (v)
		return index == 0 ? v->obj : NULL;
	v = value_of(node, field, SP_KIND_LIST);
	return v ? sp__items_at(v->items, index) : NULL;
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
