/*
 * A report's memory: every block through the report's allocator (malloc
 * unless the caller gave another), and the arena that loading and copying
 * fill in large chunks, given back only with the report.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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

const sp_allocator sp__libc_allocator = { libc_malloc, libc_realloc, libc_free, NULL };

static const sp_allocator *allocator_of(const sp_doc *doc)
{
	return doc ? &doc->allocator : &sp__libc_allocator;
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

void sp__arena_free(sp_doc *doc)
{
	for (size_t i = 0; i < doc->arena.chunk_count; i++) {
		sp_arena_chunk *chunk = &doc->arena.chunks[i];
		ASAN_UNPOISON_MEMORY_REGION(chunk->start, (size_t)(chunk->end - chunk->start));
		doc->allocator.free(chunk->start, doc->allocator.context);
	}
	if (doc->arena.chunks)
		doc->allocator.free(doc->arena.chunks, doc->allocator.context);
}

bool sp__arena_holds(const sp_doc *doc, const void *ptr)
{
	return arena_holds(&doc->arena, ptr);
}

void sp__doc_fill_arena(sp_doc *doc, bool filling)
{
	doc->arena.filling = filling;
}

void *sp__doc_alloc(sp_doc *doc, size_t size)
{
	return doc->arena.filling ? arena_take(doc, size, false) : sp__malloc(doc, size);
}

char *sp__doc_text(sp_doc *doc, const char *s, size_t len)
{
	if (!doc->arena.filling)
		return sp__doc_strndup(doc, s, len);
	return fill_text(len < SIZE_MAX ? arena_take(doc, len + 1, true) : NULL, s, len);
}
