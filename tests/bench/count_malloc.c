/*
 * A counting malloc interposer, linked into bench_memory only. Defining
 * malloc and its kin in the executable makes the dynamic linker bind every
 * call to them here, from the library, jansson, libyaml and the C library
 * alike (glibc supports replacing malloc this way). Each call is passed on
 * to glibc's own allocator (__libc_malloc and kin) and the bytes it hands
 * out, as malloc_usable_size tells, are added to or taken from a count of
 * live bytes whose highest value is kept. Counting usable sizes rather
 * than requested ones charges each side for the allocator's rounding too,
 * the same way for both. The benchmarks are single-threaded, so plain
 * counters do.
 */
#include <errno.h>
#include <malloc.h>
#include <stddef.h>
#include <string.h>

#include "count_malloc.h"

void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *ptr, size_t size);
void __libc_free(void *ptr);
void *__libc_memalign(size_t alignment, size_t size);

static size_t live, peak;

static void *counted(void *p)
{
	if (p) {
		live += malloc_usable_size(p);
		if (live > peak)
			peak = live;
	}
	return p;
}

static void uncount(void *p)
{
	if (p)
		live -= malloc_usable_size(p);
}

void *malloc(size_t size)
{
	return counted(__libc_malloc(size));
}

void *calloc(size_t count, size_t size)
{
	return counted(__libc_calloc(count, size));
}

void *realloc(void *ptr, size_t size)
{
	/* The old block's bytes leave the count only once the new one exists: a failed realloc keeps it. */
	size_t old = ptr ? malloc_usable_size(ptr) : 0;
	void *p = __libc_realloc(ptr, size);
	if (p || size == 0)
		live -= old;
	return counted(p);
}

void free(void *ptr)
{
	uncount(ptr);
	__libc_free(ptr);
}

void *memalign(size_t alignment, size_t size)
{
	return counted(__libc_memalign(alignment, size));
}

void *aligned_alloc(size_t alignment, size_t size)
{
	return counted(__libc_memalign(alignment, size));
}

int posix_memalign(void **out, size_t alignment, size_t size)
{
	if (alignment % sizeof(void *) || (alignment & (alignment - 1)))
		return EINVAL;
	void *p = counted(__libc_memalign(alignment, size));
	if (!p && size)
		return ENOMEM;
	*out = p;
	return 0;
}

size_t count_malloc_live(void)
{
	return live;
}

size_t count_malloc_start(void)
{
	peak = live;
	return live;
}

size_t count_malloc_peak(void)
{
	return peak;
}
