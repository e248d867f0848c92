/*
 * libserviceprogram: the format's numbers as text, in both directions.
 *
 * FTE are decimals with at most three places, held exactly as thousandths
 * (0.15 is 150), so sums never drift. Counts and kronor are non-negative
 * 64-bit integers. Parsing accepts what people type in Swedish documents:
 * "0,15", "1 537 062 kr" (ordinary or no-break space between thousands).
 * Formatting never depends on the process locale.
 */
#ifndef SERVICEPROGRAM_NUMBERS_H
#define SERVICEPROGRAM_NUMBERS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The largest decimal the format holds, in thousandths (1 000 000.000). */
#define SP_DECIMAL_MAX INT64_C(1000000000)

/**
 * Parses a non-negative decimal with at most three places ("0.15", "0,15",
 * "1 000,5") into thousandths. SP_EVALUE when malformed or with more
 * places, SP_ERANGE when negative or above SP_DECIMAL_MAX.
 */
SP_EXTERN int sp_decimal_parse(int64_t *out, const char *text, sp_error *err);

/**
 * Writes thousandths as the shortest decimal ("0.15", "1", "12.345") into
 * `buf`, always NUL-terminated. Returns the length it needs.
 */
SP_EXTERN int sp_decimal_format(char *buf, size_t size, int64_t thousandths);

/**
 * Parses a non-negative integer that fits in 64 bits, with optional
 * thousands separators (space, no-break space) and an optional trailing
 * "kr" or "st" ("1 537 062 kr", "8 st"). SP_EVALUE when malformed,
 * SP_ERANGE when negative or too large.
 */
SP_EXTERN int sp_integer_parse(int64_t *out, const char *text, sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
