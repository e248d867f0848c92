/*
 * The JSON writer: writes the text directly into a growing buffer, byte for
 * byte what jansson 2.14's json_dumps(JSON_INDENT(2) | JSON_REAL_PRECISION(15))
 * writes for the same values, plus a final newline:
 *
 *  - members and items each on their own line, indented by two spaces a
 *    level, "key": value, "{}" and "[]" for empty containers;
 *  - strings escaped as jansson escapes them: \" \\ \b \f \n \r \t, other
 *    control characters as \u00XX (upper-case hex), everything else (the
 *    slash, DEL, non-ASCII) as it is;
 *  - integers as written; decimals as "%.15g" prints their double, with '.'
 *    whatever the locale, ".0" added when neither '.' nor 'e' is in it, and
 *    the exponent without '+' or leading zeros.
 *
 * Text and keys reach the writer checked to be UTF-8 (they were when they
 * entered the report), so they are copied as they are.
 */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct json_writer {
	sp_writer base;
	char *buf;
	size_t len, cap;
	size_t depth;    /* containers open */
	bool empty;      /* the innermost open container has nothing in it yet */
	bool after_key;  /* a member's key is written; its value comes next */
} json_writer;

/* Room for `more` bytes after the text; the buffer at least doubles when it grows. */
static int reserve(json_writer *w, size_t more)
{
	if (w->cap - w->len >= more)
		return 0;
	if (more > SIZE_MAX / 2 - w->len)
		return SP_ENOMEM;
	size_t cap = w->cap ? w->cap : 16384;
	while (cap - w->len < more)
		cap *= 2;
	char *bigger = realloc(w->buf, cap);
	if (!bigger)
		return SP_ENOMEM;
	w->buf = bigger;
	w->cap = cap;
	return 0;
}

static int put(json_writer *w, const char *s, size_t n)
{
	if (reserve(w, n))
		return SP_ENOMEM;
	memcpy(w->buf + w->len, s, n);
	w->len += n;
	return 0;
}

/* A newline and the indentation of the current depth, after a comma when `comma`. */
static int newline(json_writer *w, bool comma)
{
	if (w->depth > (SIZE_MAX - 2) / 2 || reserve(w, 2 + 2 * w->depth))
		return SP_ENOMEM;
	if (comma)
		w->buf[w->len++] = ',';
	w->buf[w->len++] = '\n';
	memset(w->buf + w->len, ' ', 2 * w->depth);
	w->len += 2 * w->depth;
	return 0;
}

/* The line of a new member or item of the innermost container. */
static int item_line(json_writer *w)
{
	int rc = newline(w, !w->empty);
	w->empty = false;
	return rc;
}

/* What goes before a value: nothing after a key or at the top, else a new item's line. */
static int value_start(json_writer *w)
{
	if (w->after_key) {
		w->after_key = false;
		return 0;
	}
	return w->depth == 0 ? 0 : item_line(w);
}

/* 1 for a byte written as it is, else what follows its backslash (or 'u' for \u00XX). */
static const char escape[256] = {
	['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r', ['\t'] = 't', ['"'] = '"', ['\\'] = '\\',
	[0x01] = 'u', [0x02] = 'u', [0x03] = 'u', [0x04] = 'u', [0x05] = 'u', [0x06] = 'u', [0x07] = 'u',
	[0x0B] = 'u', [0x0E] = 'u', [0x0F] = 'u', [0x10] = 'u', [0x11] = 'u', [0x12] = 'u', [0x13] = 'u',
	[0x14] = 'u', [0x15] = 'u', [0x16] = 'u', [0x17] = 'u', [0x18] = 'u', [0x19] = 'u', [0x1A] = 'u',
	[0x1B] = 'u', [0x1C] = 'u', [0x1D] = 'u', [0x1E] = 'u', [0x1F] = 'u', [0x00] = 'u',
};

static int put_string(json_writer *w, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text);
	/* The text and its quotes, in one piece when nothing needs escaping (the common case). */
	if (n > SIZE_MAX - 8 || reserve(w, n + 2))
		return SP_ENOMEM;
	w->buf[w->len++] = '"';
	for (;;) {
		size_t run = 0;
		while (run < n && !escape[s[run]])
			run++;
		memcpy(w->buf + w->len, s, run);
		w->len += run;
		s += run, n -= run;
		if (n == 0)
			break;
		/* Each escape takes up to 6 bytes for 1; keep room for the rest and the closing quote. */
		if (reserve(w, n + 6))
			return SP_ENOMEM;
		char *out = w->buf + w->len;
		out[0] = '\\';
		out[1] = escape[*s];
		if (out[1] == 'u') {
			static const char hex[] = "0123456789ABCDEF";
			out[2] = '0', out[3] = '0', out[4] = hex[*s >> 4], out[5] = hex[*s & 15];
			w->len += 6;
		} else {
			w->len += 2;
		}
		s++, n--;
	}
	w->buf[w->len++] = '"';
	return 0;
}

static int scalar(json_writer *w, const char *text, size_t n)
{
	int rc = value_start(w);
	return rc ? rc : put(w, text, n);
}

static int start(json_writer *w, char bracket)
{
	int rc = scalar(w, &bracket, 1);
	w->depth++;
	w->empty = true;
	return rc;
}

static int end(json_writer *w, char bracket)
{
	w->depth--;
	if (w->empty) {
		w->empty = false;
		return put(w, &bracket, 1);
	}
	int rc = newline(w, false);
	return rc ? rc : put(w, &bracket, 1);
}

static int map_start(sp_writer *base) { return start((json_writer *)base, '{'); }
static int seq_start(sp_writer *base) { return start((json_writer *)base, '['); }
static int map_end(sp_writer *base) { return end((json_writer *)base, '}'); }
static int seq_end(sp_writer *base) { return end((json_writer *)base, ']'); }

static int key(sp_writer *base, const char *text)
{
	json_writer *w = (json_writer *)base;
	int rc = item_line(w);
	if (!rc)
		rc = put_string(w, text);
	if (!rc)
		rc = put(w, ": ", 2);
	w->after_key = !rc;
	return rc;
}

static int string(sp_writer *base, const char *text)
{
	json_writer *w = (json_writer *)base;
	int rc = value_start(w);
	return rc ? rc : put_string(w, text);
}

static int boolean(sp_writer *base, bool value)
{
	return value ? scalar((json_writer *)base, "true", 4) : scalar((json_writer *)base, "false", 5);
}

static int null(sp_writer *base) { return scalar((json_writer *)base, "null", 4); }

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Digits from s, how many. */
static size_t digits(const char *s)
{
	size_t n = 0;
	while (is_digit(s[n]))
		n++;
	return n;
}

/*
 * Whether a decimal is already what "%.15g" prints for its double:
 * -?(0|[1-9][0-9]*)\.[0-9]*[1-9] with at most 15 significant digits and,
 * below 1, at most three zeros after the point (%g turns to an exponent
 * below 0.0001). A decimal of at most 15 significant digits comes back the
 * same from the double nearest to it; "%g" then drops no digit but the
 * trailing zeros, which it has none of. The decimals of the format are
 * all of this kind (see sp_decimal_format).
 */
static bool is_printed_decimal(const char *s)
{
	if (*s == '-')
		s++;
	size_t whole = digits(s);
	if (whole == 0 || (s[0] == '0' && whole > 1) || s[whole] != '.')
		return false;
	const char *fraction = s + whole + 1;
	size_t places = digits(fraction);
	if (places == 0 || fraction[places] != '\0' || fraction[places - 1] == '0')
		return false;
	if (s[0] != '0')
		return whole + places <= 15;
	size_t zeros = 0;
	while (fraction[zeros] == '0')
		zeros++;
	return zeros <= 3 && places - zeros <= 15;
}

/* A decimal in any other form: read into a double and printed as jansson prints it, in the C locale. */
static int put_real(json_writer *w, const char *text)
{
	char printed[40];
	locale_t c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (!c_locale)
		return SP_ENOMEM;
	locale_t previous = uselocale(c_locale);
	double value = strtod(text, NULL);
	int n = isfinite(value) ? snprintf(printed, sizeof(printed), "%.15g", value) : -1;
	uselocale(previous);
	freelocale(c_locale);
	if (n < 0 || (size_t)n >= sizeof(printed) - 2)
		return SP_EVALUE; /* a number past a double: jansson refuses it too */
	size_t len = (size_t)n;
	char *e = strchr(printed, 'e');
	if (e) {
		/* 1e+20 -> 1e20, 1e-07 -> 1e-7 */
		char *from = e + 1, *to = e + 1;
		if (*from == '-')
			from++, to++;
		else if (*from == '+')
			from++;
		while (*from == '0' && is_digit(from[1]))
			from++;
		memmove(to, from, strlen(from) + 1);
		len = strlen(printed);
	} else if (!strchr(printed, '.')) {
		memcpy(printed + len, ".0", 3);
		len += 2;
	}
	return put(w, printed, len);
}

static int number(sp_writer *base, const char *text)
{
	json_writer *w = (json_writer *)base;
	int rc = value_start(w);
	if (rc)
		return rc;
	size_t digits_end = 0;
	while (is_digit(text[digits_end]) || text[digits_end] == '-')
		digits_end++;
	if (text[digits_end] == '\0') {
		/* An integer: written as it is when it is one as "%lld" prints it (fits in 64 bits). */
		const char *magnitude = text + (text[0] == '-');
		size_t n = digits(magnitude);
		if (n && magnitude[n] == '\0' && n <= 18 && (magnitude[0] != '0' || n == 1) &&
		    !(text[0] == '-' && magnitude[0] == '0'))
			return put(w, text, digits_end);
		char printed[32];
		int len = snprintf(printed, sizeof(printed), "%lld", strtoll(text, NULL, 10));
		return put(w, printed, (size_t)len);
	}
	if (is_printed_decimal(text))
		return put(w, text, strlen(text));
	if (!sp__is_json_number(text, strlen(text)))
		return SP_EVALUE;
	return put_real(w, text);
}

static int finish(sp_writer *base, char **out, size_t *len, sp_error *err)
{
	json_writer *w = (json_writer *)base;
	if (reserve(w, 2)) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	w->buf[w->len++] = '\n';
	w->buf[w->len] = '\0';
	*out = w->buf;
	*len = w->len;
	w->buf = NULL;
	w->len = w->cap = 0;
	return 0;
}

static void writer_free(sp_writer *base)
{
	json_writer *w = (json_writer *)base;
	free(w->buf);
	free(w);
}

sp_writer *sp__json_writer_new(void)
{
	json_writer *w = calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	w->base = (sp_writer){ map_start, map_end, seq_start, seq_end, key, string, number, boolean, null, finish, writer_free };
	return &w->base;
}
