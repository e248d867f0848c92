/* The counting malloc interposer of count_malloc.c. */
#ifndef SP_BENCH_COUNT_MALLOC_H
#define SP_BENCH_COUNT_MALLOC_H

#include <stddef.h>

/* Bytes allocated and not yet freed. */
size_t count_malloc_live(void);
/* Starts a measurement: the peak is reset to the live bytes now, which are returned. */
size_t count_malloc_start(void);
/* The most bytes live at once since count_malloc_start. */
size_t count_malloc_peak(void);

#endif
