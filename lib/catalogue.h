/* The Swedish catalogue, generated from po/sv.po by po/catalogue.py at build time. */
#ifndef SP_CATALOGUE_H
#define SP_CATALOGUE_H

#include <stddef.h>

typedef struct sp__translation {
	const char *english;
	const char *swedish;
} sp__translation;

/* Sorted by `english` in strcmp order. */
extern const sp__translation sp__catalogue_sv[];
extern const size_t sp__catalogue_sv_count;

#endif
