/*
 * The item blocks of list fields (sp_items), which grow as items are
 * appended, and the library's own growable lists of pointers (sp_list).
 */
#include <string.h>

#include "internal.h"

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
	sp_items *items = size ? sp__doc_alloc(doc, size) : NULL;
	if (items)
		items->len = 0;
	return items;
}

int sp__items_push(sp_doc *doc, sp_items **items, void *item)
{
	sp_items *old = *items;
	size_t len = sp__items_len(old);
	/* An arena block has room for its items only. */
	bool in_arena = old && sp__arena_holds(doc, old);
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
