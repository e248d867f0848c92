/**
 * @file serviceprogram/numbers.h
 * @brief The format's numbers as text, in both directions, and its other
 * checks of text: dates and county codes.
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
 * Parses a non-negative decimal with at most three places into thousandths.
 * @param out gets the value in thousandths ("0,15" gives 150); untouched on failure
 * @param text the decimal: "0.15", "0,15", "1 000,5" (space or no-break
 *        space between thousands; surrounding white space ignored)
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EVALUE when malformed or with more than three places;
 *         #SP_ERANGE when negative or above #SP_DECIMAL_MAX; #SP_EINVAL
 *         when @p out or @p text is NULL
 */
SP_EXTERN int sp_decimal_parse(int64_t *out, const char *text, sp_error *err);

/**
 * Writes thousandths as the shortest decimal, with a point whatever the
 * locale, like snprintf.
 * @param buf where to write, always NUL-terminated when @p size is not 0
 * @param size the size of @p buf in bytes
 * @param thousandths the value: 150 is written "0.15", 1000 "1", 12345 "12.345"
 * @return the length of the whole text, without the NUL
 */
SP_EXTERN int sp_decimal_format(char *buf, size_t size, int64_t thousandths);

/**
 * Parses a non-negative integer that fits in 64 bits, as people write
 * amounts and counts.
 * @param out gets the value; untouched on failure
 * @param text the integer, with optional thousands separators (space,
 *        no-break space) and an optional trailing "kr" or "st":
 *        "1 537 062 kr", "8 st", "2023"
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EVALUE when malformed; #SP_ERANGE when negative or larger
 *         than INT64_MAX; #SP_EINVAL when @p out or @p text is NULL
 */
SP_EXTERN int sp_integer_parse(int64_t *out, const char *text, sp_error *err);

/**
 * Checks and reads a date as the format writes it (a position's `from`):
 * YYYY-MM-DD or YYYY-MM, a day that exists in the proleptic Gregorian calendar.
 * @param out gets the date as YYYYMMDD (the form of sp_validate_options::today),
 *        with DD 00 for a month, YYYY-MM; may be NULL to check only; untouched on failure
 * @param text the date, e.g. "2024-02-29" or "2023-07"
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EVALUE for any other text; #SP_EINVAL for a NULL @p text
 */
SP_EXTERN int sp_date_parse(int32_t *out, const char *text, sp_error *err);
/**
 * Checks and reads a county code (länskod) as the format writes it: two digits, "01" to "25".
 * @param out gets the code as a number, 1 to 25; may be NULL to check only; untouched on failure
 * @param text the code, e.g. "23"
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EVALUE for any other text; #SP_EINVAL for a NULL @p text
 */
SP_EXTERN int sp_county_code_parse(int *out, const char *text, sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
