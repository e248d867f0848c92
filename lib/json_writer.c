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
 *  - numbers as they are given: the model's integers as "%lld" prints them
 *    and its decimals as sp_decimal_format does, which is what jansson
 *    prints for them; the numbers of kept unknown keys as they were read,
 *    so that no digit is lost or rounded.
 *
 * Or compact, for the text of kept unknown keys (kept_values.c): no white
 * space at all, no final newline.
 *
 * Text and keys reach the writer checked to be UTF-8 (they were when they
 * entered the report), so they are copied as they are.
 */
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
	bool compact;    /* no line breaks, indentation or spaces */
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
	if (w->compact)
		return comma ? put(w, ",", 1) : 0;
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
		rc = put(w, ": ", w->compact ? 1 : 2);
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

/* A number as it is given: the integers and decimals of the model as they
 * print them (which is what jansson writes for them too), a kept value's
 * number as it was read. */
static int number(sp_writer *base, const char *text)
{
	json_writer *w = (json_writer *)base;
	size_t n = strlen(text);
	if (!sp__is_json_number(text, n))
		return SP_EVALUE;
	return scalar(w, text, n);
}

static int finish(sp_writer *base, char **out, size_t *len, sp_error *err)
{
	json_writer *w = (json_writer *)base;
	if (reserve(w, 2)) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	if (!w->compact)
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

sp_writer *sp__json_writer_new(bool compact)
{
	json_writer *w = calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	w->compact = compact;
	w->base = (sp_writer){ map_start, map_end, seq_start, seq_end, key, string, number, boolean, null, finish, writer_free };
	return &w->base;
}
