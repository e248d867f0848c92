/*
 * The library's JSON reader against jansson as the reference parser, for
 * the json-reader test and the json_reader fuzz harness. Both are built
 * from the reader's own source, which the library does not export.
 */
#ifndef SP_JSON_DIFFERENTIAL_H
#define SP_JSON_DIFFERENTIAL_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Reads `data` with both. NULL when they agree: both accept with the same
 * values, or both refuse for the same kind of reason (bad UTF-8, a number
 * past a double, a syntax error, too deep). Otherwise writes how they
 * disagree into buf and returns it.
 */
const char *json_disagreement(const char *data, size_t len, char *buf, size_t size);

/* The reader's answer alone: 0 or its error code. */
int json_reader_code(const char *data, size_t len);

#endif
