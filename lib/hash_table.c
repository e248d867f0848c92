/*
 * The library's one hash table, for the unknown keys kept per node, the
 * keys met in a mapping while loading, and the goal ids and area numbers
 * the validator looks up. Open addressing with linear probing, at most
 * three quarters full; removal shifts the entries after a freed slot back,
 * so that no slot is ever a tombstone.
 */
#include <string.h>

#include "internal.h"

#define MIN_CAP 16

uint64_t sp__hash_bytes(const char *s, size_t len)
{
	uint64_t hash = UINT64_C(14695981039346656037); /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		hash = (hash ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
	return hash;
}

static uint64_t key_hash(const sp_hash_table *t, const void *key)
{
	switch (t->keys) {
	case SP_HASH_TEXTS: return sp__hash_bytes(key, strlen(key));
	case SP_HASH_NUMBERS: return (uint64_t)*(const int64_t *)key;
	default: return (uint64_t)(uintptr_t)key;
	}
}

static bool same_key(const sp_hash_table *t, const void *a, const void *b)
{
	switch (t->keys) {
	case SP_HASH_TEXTS: return strcmp(a, b) == 0;
	case SP_HASH_NUMBERS: return *(const int64_t *)a == *(const int64_t *)b;
	default: return a == b;
	}
}

/* The slot where `key`'s probe starts: the hash is spread by Fibonacci
 * hashing (addresses are 8-byte aligned, numbers small) before its bits
 * pick a slot. */
static size_t home_slot(const sp_hash_table *t, const void *key)
{
	return (size_t)((key_hash(t, key) * UINT64_C(0x9E3779B97F4A7C15)) >> 32) & (t->cap - 1);
}

/* The slot holding `key`, or the empty one where it would go. */
static size_t find_slot(const sp_hash_table *t, const void *key)
{
	size_t i = home_slot(t, key);
	while (t->slots[i].key && !same_key(t, t->slots[i].key, key))
		i = (i + 1) & (t->cap - 1);
	return i;
}

sp_hash_entry *sp__hash_find(const sp_hash_table *t, const void *key)
{
	if (!t->count)
		return NULL;
	sp_hash_entry *slot = &t->slots[find_slot(t, key)];
	return slot->key ? slot : NULL;
}

static int grow(const sp_doc *doc, sp_hash_table *t)
{
	size_t cap = t->cap ? t->cap * 2 : MIN_CAP;
	sp_hash_entry *slots = cap <= SIZE_MAX / 2 / sizeof(*slots) ? sp__calloc(doc, cap * sizeof(*slots)) : NULL;
	if (!slots)
		return SP_ENOMEM;
	sp_hash_table grown = { slots, t->count, cap, t->keys };
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i].key)
			slots[find_slot(&grown, t->slots[i].key)] = t->slots[i];
	sp__free(doc, t->slots);
	*t = grown;
	return 0;
}

int sp__hash_add(const sp_doc *doc, sp_hash_table *t, const void *key, void *value)
{
	if ((t->count + 1) * 4 > t->cap * 3 && grow(doc, t))
		return SP_ENOMEM;
	t->slots[find_slot(t, key)] = (sp_hash_entry){ key, value };
	t->count++;
	return 0;
}

void *sp__hash_remove(sp_hash_table *t, const void *key)
{
	if (!t->count)
		return NULL;
	size_t mask = t->cap - 1, hole = find_slot(t, key);
	if (!t->slots[hole].key)
		return NULL;
	void *value = t->slots[hole].value;
	t->count--;
	/* An entry after the hole moves into it unless its probe starts after the hole (cyclically). */
	for (size_t i = (hole + 1) & mask; t->slots[i].key; i = (i + 1) & mask) {
		size_t home = home_slot(t, t->slots[i].key);
		if (((i - home) & mask) >= ((i - hole) & mask)) {
			t->slots[hole] = t->slots[i];
			hole = i;
		}
	}
	t->slots[hole] = (sp_hash_entry){ NULL, NULL };
	return value;
}

void sp__hash_free(const sp_doc *doc, sp_hash_table *t)
{
	sp__free(doc, t->slots);
	t->slots = NULL;
	t->count = t->cap = 0;
}
