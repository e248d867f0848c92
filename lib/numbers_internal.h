/* Number parsing on text that need not be NUL-terminated (scalars from a parser). */
#ifndef SP_NUMBERS_INTERNAL_H
#define SP_NUMBERS_INTERNAL_H

#include "internal.h"

/* 0, or an SP_E* code with *why saying what was expected. */
int sp__integer_parse_n(int64_t *out, const char *s, size_t len, const char **why);
int sp__decimal_parse_n(int64_t *out, const char *s, size_t len, const char **why);

#endif
