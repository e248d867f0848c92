/*
 * Unknown keys kept on load (SP_UNKNOWN_KEYS_KEEP), per report: a map from
 * node to a JSON object of its unknown keys. Few nodes have any, so they
 * live here rather than in a pointer in every node. Open addressing with
 * linear probing, at most three quarters full; removal shifts the entries
 * after a freed slot back, so that no slot is ever a tombstone.
 */
#include <string.h>

#include "internal.h"

#define EXTRAS_MIN_CAP 16

/* The slot where `node`'s probe starts: nodes are 8-byte aligned, so the
 * address is spread by Fibonacci hashing before its bits pick a slot. */
static size_t home_slot(const sp_extras *x, const sp_node *node)
{
	uint64_t hash = (uint64_t)(uintptr_t)node * UINT64_C(0x9E3779B97F4A7C15);
	return (size_t)(hash >> 32) & (x->cap - 1);
}

/* The slot holding `node`, or the empty one where it would go. */
static size_t find_slot(const sp_extras *x, const sp_node *node)
{
	size_t i = home_slot(x, node);
	while (x->slots[i].node && x->slots[i].node != node)
		i = (i + 1) & (x->cap - 1);
	return i;
}

json_t *sp__extras_get(const sp_doc *doc, const sp_node *node)
{
	const sp_extras *x = &doc->extras;
	if (!x->count)
		return NULL;
	return x->slots[find_slot(x, node)].keys;
}

static int grow(sp_doc *doc)
{
	sp_extras *x = &doc->extras;
	size_t cap = x->cap ? x->cap * 2 : EXTRAS_MIN_CAP;
	sp_extra *slots = cap <= SIZE_MAX / 2 / sizeof(*slots) ? sp__calloc(doc, cap * sizeof(*slots)) : NULL;
	if (!slots)
		return SP_ENOMEM;
	sp_extras grown = { slots, x->count, cap };
	for (size_t i = 0; i < x->cap; i++)
		if (x->slots[i].node)
			slots[find_slot(&grown, x->slots[i].node)] = x->slots[i];
	sp__free(doc, x->slots);
	*x = grown;
	return 0;
}

int sp__extras_put(sp_doc *doc, const sp_node *node, json_t *keys)
{
	sp_extras *x = &doc->extras;
	if ((x->count + 1) * 4 > x->cap * 3 && grow(doc)) {
		json_decref(keys);
		return SP_ENOMEM;
	}
	sp_extra *slot = &x->slots[find_slot(x, node)];
	if (slot->node)
		json_decref(slot->keys);
	else
		x->count++;
	*slot = (sp_extra){ node, keys };
	return 0;
}

void sp__extras_forget(sp_doc *doc, const sp_node *node)
{
	sp_extras *x = &doc->extras;
	if (!x->count)
		return;
	size_t mask = x->cap - 1, hole = find_slot(x, node);
	if (!x->slots[hole].node)
		return;
	json_decref(x->slots[hole].keys);
	x->count--;
	/* An entry after the hole moves into it unless its probe starts after the hole (cyclically). */
	for (size_t i = (hole + 1) & mask; x->slots[i].node; i = (i + 1) & mask) {
		size_t home = home_slot(x, x->slots[i].node);
		if (((i - home) & mask) >= ((i - hole) & mask)) {
			x->slots[hole] = x->slots[i];
			hole = i;
		}
	}
	x->slots[hole] = (sp_extra){ NULL, NULL };
}

void sp__extras_clear(sp_doc *doc)
{
	sp_extras *x = &doc->extras;
	for (size_t i = 0; i < x->cap; i++)
		json_decref(x->slots[i].keys);
	sp__free(doc, x->slots);
	memset(x, 0, sizeof(*x));
}
