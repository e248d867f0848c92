/*
 * JSON as events for the loader: a strict RFC 8259 reader over the buffer.
 *
 * It reads the text twice. The first pass checks all of it and hands out
 * nothing, so that a syntax error anywhere is reported before whatever the
 * loader would say about the content: the loader falls back to YAML on a
 * syntax error, and a file that is not JSON at all should say so, not
 * complain about its first key. The second pass hands out the events. One
 * pass costs less than building jansson's tree, which the loader would
 * only have walked and thrown away.
 *
 * Strings without escapes are handed on in place, others decoded into a
 * scratch buffer; numbers are handed on as written, so that decimals stay
 * exact and large integers are checked by the loader, not rounded.
 * Duplicate keys, limits and types are the loader's business, as for YAML.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Far deeper than the loader accepts (SP_MAX_DEPTH): the check of the whole
 * text goes on past the loader's limit, so that the loader reports that
 * limit where it is met, with its path; this only bounds the first pass. */
#define MAX_NESTING 2048

typedef enum expectation {
	EXPECT_VALUE,
	EXPECT_VALUE_OR_CLOSE, /* just after '[' */
	EXPECT_KEY,
	EXPECT_KEY_OR_CLOSE,   /* just after '{' */
	EXPECT_COMMA_OR_CLOSE,
	EXPECT_END
} expectation;

typedef struct frame {
	bool is_object;
	bool in_value;              /* objects: past the current member's ':' */
	size_t index;               /* arrays: the current item */
	size_t key_offset, key_len; /* objects: the current member's key as written, quotes excluded */
} frame;

typedef struct json_source {
	sp_source base;
	sp_error *err;
	const char *data;
	size_t len, pos;
	expectation expect;
	frame *stack;
	size_t depth, stack_cap;
	bool emitting; /* the second pass */
	/* Where the current line starts, and the column of one offset on it, so
	 * that columns (in characters) are counted once per byte, not per token. */
	unsigned line;
	size_t line_start, counted_offset;
	unsigned counted_column;
	char *scratch;
	size_t scratch_cap;
} json_source;

/* ---- errors ---------------------------------------------------------- */

static int decode_escape(json_source *s, size_t start, size_t *at, char *out, size_t *written, const char **problem,
                         bool *nul);

/* The key of `f` decoded into out (size > 4 bytes), as much of it as fits.
 * A key in the path was read whole before, so its escapes are sound. */
static size_t decoded_key(json_source *s, const frame *f, char *out, size_t size)
{
	size_t len = 0, at = f->key_offset, end = f->key_offset + f->key_len;
	while (at < end && len + 4 < size) {
		size_t n = 1;
		const char *problem = NULL;
		bool nul = false;
		if (s->data[at] != '\\')
			out[len] = s->data[at++];
		else if (decode_escape(s, f->key_offset - 1, &at, out + len, &n, &problem, &nul))
			break;
		len += n;
	}
	return len;
}

/* The JSON pointer of where the reader is: an object's member only once its
 * key has been read (an error in a key is the object's). Keys are decoded,
 * as the loader sees them. */
static void current_path(json_source *s, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < s->depth; i++) {
		const frame *f = &s->stack[i];
		char key[512]; /* longer than the path: the builder cuts it on a character boundary */
		if (!f->is_object)
			used = sp__pointer_push_index(buf, size, used, f->index);
		else if (f->in_value)
			used = sp__pointer_push_key(buf, size, used, key, decoded_key(s, f, key, sizeof(key)));
	}
}

/* Fails at byte `offset`: the start of the token at fault, the bad byte, or the end of input. */
static int fail(json_source *s, size_t offset, int code, const char *what)
{
	unsigned line, column;
	char path[256];
	sp__text_position(s->data, s->len, offset, &line, &column);
	current_path(s, path, sizeof(path));
	sp__error(s->err, code, "JSON: %s", _(what));
	sp__error_locate(s->err, NULL, line, column, path);
	return code;
}

/* Whether the character at `offset` is not UTF-8. */
static bool bad_utf8_at(const json_source *s, size_t offset)
{
	size_t window = s->len - offset < 4 ? s->len - offset : 4; /* the longest character */
	return offset < s->len && sp__utf8_invalid_offset(s->data + offset, window) == 0;
}

static int fail_bad_utf8(json_source *s, size_t offset)
{
	return fail(s, offset, SP_EUTF8, "text is not valid UTF-8 (is the file saved as UTF-8?)");
}

/* Fails for the byte at `offset`, which ends the token that began at `start`:
 * as bad UTF-8 when it is, otherwise with `what` at the token. */
static int fail_token(json_source *s, size_t start, size_t offset, const char *what)
{
	return bad_utf8_at(s, offset) ? fail_bad_utf8(s, offset) : fail(s, start, SP_ESYNTAX, what);
}

static int fail_at_end(json_source *s)
{
	/* At the end, the unclosed container is the place, not its last member. */
	if (s->depth)
		s->stack[s->depth - 1].in_value = false;
	return fail(s, s->len, SP_ESYNTAX, "unexpected end of file (a '}', ']' or '\"' missing?)");
}

/* ---- positions ------------------------------------------------------- */

static void skip_whitespace(json_source *s)
{
	const char *d = s->data;
	size_t pos = s->pos;
	while (pos < s->len) {
		char c = d[pos];
		if (c == '\n') {
			s->line++;
			s->line_start = ++pos;
		} else if (c == ' ' || c == '\t' || c == '\r') {
			pos++;
		} else {
			break;
		}
	}
	s->pos = pos;
}

/* Line and column of `offset`, which is on the current line and not before the last one asked for. */
static void locate(json_source *s, size_t offset, sp_event *ev)
{
	if (s->counted_offset < s->line_start)
		s->counted_offset = s->line_start, s->counted_column = 1;
	unsigned column = s->counted_column;
	for (size_t i = s->counted_offset; i < offset; i++)
		column += ((unsigned char)s->data[i] & 0xC0) != 0x80;
	s->counted_offset = offset, s->counted_column = column;
	ev->line = s->line;
	ev->column = column;
}

/* ---- tokens ---------------------------------------------------------- */

static bool scratch_reserve(json_source *s, size_t size)
{
	if (size <= s->scratch_cap)
		return true;
	size_t cap = s->scratch_cap ? s->scratch_cap : 256;
	while (cap < size)
		cap = cap > SIZE_MAX / 2 ? size : cap * 2;
	char *bigger = realloc(s->scratch, cap);
	if (!bigger)
		return false;
	s->scratch = bigger, s->scratch_cap = cap;
	return true;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The four hex digits of a \u escape at data[at], or -1. */
static long hex4(const json_source *s, size_t at)
{
	long value = 0;
	for (size_t i = 0; i < 4; i++) {
		int digit = at + i < s->len ? hex_digit(s->data[at + i]) : -1;
		if (digit < 0)
			return -1;
		value = value * 16 + digit;
	}
	return value;
}

/* Whether the input ends inside what could still become the escape \uHHHH at data[at]. */
static bool cut_short_escape(const json_source *s, size_t at)
{
	if (at + 6 <= s->len)
		return false;
	for (size_t i = at; i < s->len; i++)
		if (i - at == 0 ? s->data[i] != '\\' : i - at == 1 ? s->data[i] != 'u' : hex_digit(s->data[i]) < 0)
			return false;
	return true;
}

static size_t put_utf8(char *out, long cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/*
 * Decodes the escape at data[*at] (a backslash) onto out, advancing *at
 * past it. A malformed escape fails at once, at the string's start, where
 * the token at fault begins. What is well-formed but not text (a lone
 * surrogate, \u0000) is left in *problem, to be reported once the string
 * is known to end: first the form of the whole string, then its content,
 * as jansson and most parsers do.
 */
static int decode_escape(json_source *s, size_t start, size_t *at, char *out, size_t *written, const char **problem,
                         bool *nul)
{
	static const char plain_from[] = "\"\\/bfnrt", plain_to[] = "\"\\/\b\f\n\r\t";
	char c = '\0';
	if (*at + 1 < s->len)
		c = s->data[*at + 1];
	const char *plain = c ? strchr(plain_from, c) : NULL;
	*written = 0;
	if (plain) {
		out[0] = plain_to[plain - plain_from];
		*written = 1, *at += 2;
		return 0;
	}
	if (c != 'u')
		return *at + 1 < s->len ? fail_token(s, start, *at + 1, "invalid escape in a string") : fail_at_end(s);
	long cp = hex4(s, *at + 2);
	if (cp < 0 && cut_short_escape(s, *at))
		return fail_at_end(s);
	if (cp < 0) {
		size_t bad = *at + 2;
		while (hex_digit(s->data[bad]) >= 0)
			bad++;
		return fail_token(s, start, bad, "invalid \\u escape in a string (four hex digits expected)");
	}
	*at += 6;
	if (cp >= 0xD800 && cp <= 0xDBFF) {
		long low = *at + 1 < s->len && s->data[*at] == '\\' && s->data[*at + 1] == 'u' ? hex4(s, *at + 2) : -1;
		if (low >= 0xDC00 && low <= 0xDFFF) {
			cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
			*at += 6;
		} else {
			cp = -1;
		}
	}
	if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) {
		if (!*problem)
			*problem = N_("invalid Unicode escape: a lone surrogate (\\ud800 to \\udfff without its pair)");
	} else if (cp == 0) {
		*nul = true;
	} else {
		*written = put_utf8(out, cp);
	}
	return 0;
}

/* Checks raw string bytes [from, to): UTF-8, and no control characters (already excluded by the scan). */
static int check_raw(json_source *s, size_t from, size_t to, bool any_high)
{
	size_t bad = any_high ? sp__utf8_invalid_offset(s->data + from, to - from) : to - from;
	return bad < to - from ? fail(s, from + bad, SP_EUTF8, "text is not valid UTF-8 (is the file saved as UTF-8?)") : 0;
}

/*
 * Reads the string starting at s->pos (its quote) into ev; `as_text` when
 * it is used, not only checked as a token. The common case, no escape,
 * points into the input; an escape moves the text into the scratch buffer,
 * which grows to the longest such text.
 */
static int read_string(json_source *s, sp_event *ev, bool as_text)
{
	const unsigned char *u = (const unsigned char *)s->data;
	size_t start = s->pos, at = start + 1, run = at, written = 0;
	bool escaped = false;
	unsigned char high = 0;
	const char *problem = NULL;
	bool nul = false;
	int rc;
	for (;;) {
		while (at < s->len && u[at] != '"' && u[at] != '\\' && u[at] >= 0x20)
			high |= u[at++];
		if ((rc = check_raw(s, run, at, high & 0x80)))
			return rc;
		if (at == s->len)
			return fail_at_end(s);
		if (u[at] < 0x20)
			return fail(s, start, SP_ESYNTAX, "a control character (such as a tab or a line break) in a string:"
			                                  " write it as an escape (\\t, \\n)");
		high = 0;
		if (u[at] == '"' && (problem || (nul && as_text)))
			return fail(s, start, SP_EUTF8, problem ? problem : N_("text contains a NUL character (\\u0000)"));
		if (u[at] == '"')
			break;
		/* The text so far and what one escape decodes to: at most 4 bytes. */
		if (!scratch_reserve(s, written + (at - run) + 4))
			return fail(s, start, SP_ENOMEM, "out of memory");
		escaped = true;
		memcpy(s->scratch + written, s->data + run, at - run);
		written += at - run;
		size_t n = 0;
		if ((rc = decode_escape(s, start, &at, s->scratch + written, &n, &problem, &nul)))
			return rc;
		written += n;
		run = at;
	}
	ev->kind = SP_EV_SCALAR;
	ev->scalar = SP_SCALAR_STRING;
	if (escaped) {
		if (!scratch_reserve(s, written + (at - run)))
			return fail(s, start, SP_ENOMEM, "out of memory");
		memcpy(s->scratch + written, s->data + run, at - run);
		ev->text = s->scratch, ev->len = written + (at - run);
	} else {
		ev->text = s->data + start + 1, ev->len = at - start - 1;
	}
	s->pos = at + 1;
	return 0;
}

static size_t digits(const char *d, size_t len, size_t at)
{
	size_t n = 0;
	while (at + n < len && d[at + n] >= '0' && d[at + n] <= '9')
		n++;
	return n;
}

size_t sp__json_number_length(const char *text, size_t len, size_t *stop)
{
	size_t ignored;
	if (!stop)
		stop = &ignored;
	size_t i = len && text[0] == '-', n = digits(text, len, i);
	if (n == 0 || (n > 1 && text[i] == '0')) {
		*stop = i + (n > 1);
		return 0;
	}
	i += n;
	if (i < len && text[i] == '.') {
		if (!(n = digits(text, len, i + 1))) {
			*stop = i + 1;
			return 0;
		}
		i += 1 + n;
	}
	if (i < len && (text[i] == 'e' || text[i] == 'E')) {
		i += i + 1 < len && (text[i + 1] == '+' || text[i + 1] == '-') ? 2 : 1;
		if (!(n = digits(text, len, i))) {
			*stop = i;
			return 0;
		}
		i += n;
	}
	*stop = i;
	return i;
}

/*
 * Whether a JSON number is beyond what a double holds, as a parser that
 * reads numbers as doubles (jansson, most JSON libraries) would refuse it,
 * and so does this reader.
 * Most numbers are decided by their decimal exponent alone; the few near
 * the limit are read by strtod, given without a decimal point so that the
 * locale's decimal separator does not matter.
 */
bool sp__json_number_overflows(const char *d, size_t len)
{
	size_t i = d[0] == '-', int_digits = digits(d, len, i);
	size_t frac_at = i + int_digits + 1;
	size_t frac_digits = frac_at <= len && d[frac_at - 1] == '.' ? digits(d, len, frac_at) : 0;
	size_t exp_at = frac_digits ? frac_at + frac_digits : i + int_digits;
	long exponent = 0;
	if (exp_at < len) {
		bool negative = d[exp_at + 1] == '-';
		for (size_t e = exp_at + 1 + (negative || d[exp_at + 1] == '+'); e < len && exponent < 100000; e++)
			exponent = exponent * 10 + (d[e] - '0');
		if (negative)
			exponent = -exponent;
	}
	/* The significant digits without the point: the value is 0.SIGNIFICANT × 10^(point + exponent). */
	char significant[820];
	size_t n = 0;
	long point = (long)int_digits;
	for (size_t k = i; k < (frac_digits ? frac_at + frac_digits : i + int_digits); k++) {
		if (d[k] == '.')
			continue;
		if (n == 0 && d[k] == '0')
			point--;
		else if (n < 800) /* more digits cannot move a number across the limit */
			significant[n++] = d[k];
	}
	if (n == 0)
		return false; /* zero */
	long magnitude = point + exponent - 1; /* 10^magnitude <= |value| < 10^(magnitude+1) */
	if (magnitude != 308)
		return magnitude > 308;
	snprintf(significant + n, sizeof(significant) - n, "e%ld", point + exponent - (long)n);
	errno = 0;
	(void)strtod(significant, NULL);
	return errno == ERANGE;
}

static bool is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool starts_literal(char c)
{
	return is_letter(c) || c == '-' || (c >= '0' && c <= '9');
}

/* A number (as long as it follows the grammar; what comes after is the
 * next token), or true, false or null (a run of letters). */
static int read_literal(json_source *s, sp_event *ev)
{
	const char *d = s->data;
	size_t start = s->pos, end = start, stop;
	if (is_letter(d[start])) {
		while (end < s->len && is_letter(d[end]))
			end++;
		stop = end;
	} else {
		end += sp__json_number_length(d + start, s->len - start, &stop);
		stop += start;
	}
	/* The character after a token is read to know where it ends: a bad one is found first. */
	if (stop > start && bad_utf8_at(s, stop))
		return fail_bad_utf8(s, stop);
	size_t n = end - start;
	ev->kind = SP_EV_SCALAR;
	ev->text = NULL, ev->len = 0;
	if (n == 4 && memcmp(d + start, "true", 4) == 0) {
		ev->scalar = SP_SCALAR_TRUE;
	} else if (n == 5 && memcmp(d + start, "false", 5) == 0) {
		ev->scalar = SP_SCALAR_FALSE;
	} else if (n == 4 && memcmp(d + start, "null", 4) == 0) {
		ev->scalar = SP_SCALAR_NULL;
	} else if (n && !is_letter(d[start])) {
		if (sp__json_number_overflows(d + start, n))
			return fail(s, start, SP_ERANGE, "number overflow: beyond what a double holds");
		ev->scalar = SP_SCALAR_NUMBER, ev->text = d + start, ev->len = n;
	} else if (bad_utf8_at(s, start)) {
		return fail_bad_utf8(s, start);
	} else {
		return fail(s, start, SP_ESYNTAX, "invalid token: expected a value: text in \"quotes\", a number, true,"
		                                  " false, null, { or [ (Infinity and NaN are not JSON)");
	}
	s->pos = end;
	return 0;
}

/* Something out of place at `offset`. A token that is wrong in itself (a
 * bad string or number, a byte that is not UTF-8) is reported as such. */
static int fail_unexpected(json_source *s, size_t offset, const char *expected)
{
	char c = s->data[offset];
	if (c == '"' || starts_literal(c)) {
		sp_event ignored;
		size_t resume = s->pos;
		s->pos = offset;
		int rc = c == '"' ? read_string(s, &ignored, false) : read_literal(s, &ignored);
		s->pos = resume;
		if (rc)
			return rc;
	} else if (bad_utf8_at(s, offset)) {
		return fail_bad_utf8(s, offset);
	}
	return fail(s, offset, SP_ESYNTAX, expected);
}

/* ---- the grammar ----------------------------------------------------- */

static int open_container(json_source *s, bool is_object, sp_event *ev)
{
	if (s->depth == s->stack_cap) {
		if (s->depth == MAX_NESTING)
			return fail(s, s->pos, SP_ELIMIT, "nesting deeper than 2048 levels, far past the limit max_depth");
		size_t cap = s->stack_cap ? s->stack_cap * 2 : 16;
		frame *bigger = realloc(s->stack, cap * sizeof(*bigger));
		if (!bigger)
			return fail(s, s->pos, SP_ENOMEM, "out of memory");
		s->stack = bigger, s->stack_cap = cap;
	}
	s->stack[s->depth++] = (frame){ .is_object = is_object };
	s->pos++;
	s->expect = is_object ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
	ev->kind = is_object ? SP_EV_MAP_START : SP_EV_SEQ_START;
	return 0;
}

static void close_container(json_source *s, sp_event *ev)
{
	ev->kind = s->stack[--s->depth].is_object ? SP_EV_MAP_END : SP_EV_SEQ_END;
	s->pos++;
	s->expect = s->depth ? EXPECT_COMMA_OR_CLOSE : EXPECT_END;
}

static int read_value(json_source *s, sp_event *ev)
{
	if (s->pos == s->len)
		return fail_at_end(s);
	char c = s->data[s->pos];
	if (c == '{' || c == '[')
		return open_container(s, c == '{', ev);
	s->expect = s->depth ? EXPECT_COMMA_OR_CLOSE : EXPECT_END;
	return c == '"' ? read_string(s, ev, true) : read_literal(s, ev);
}

static int read_key(json_source *s, sp_event *ev)
{
	frame *top = &s->stack[s->depth - 1];
	if (s->pos == s->len)
		return fail_at_end(s);
	if (s->data[s->pos] != '"')
		return fail_unexpected(s, s->pos, "expected a key in \"quotes\"");
	size_t key_start = s->pos;
	int rc = read_string(s, ev, true);
	if (rc)
		return rc;
	skip_whitespace(s);
	if (s->pos == s->len)
		return fail_at_end(s);
	if (s->data[s->pos] != ':')
		return fail_unexpected(s, s->pos, "expected ':' after the key");
	top->key_offset = key_start + 1, top->key_len = s->pos - key_start - 1;
	while (top->key_len && s->data[top->key_offset + top->key_len] != '"')
		top->key_len--; /* back over the white space before ':' */
	top->in_value = true;
	s->pos++;
	s->expect = EXPECT_VALUE;
	return 0;
}

static int read_event(json_source *s, sp_event *ev)
{
	for (;;) {
		skip_whitespace(s);
		if (s->emitting)
			locate(s, s->pos, ev);
		switch (s->expect) {
		case EXPECT_END:
			if (s->pos < s->len)
				return fail_unexpected(s, s->pos, "end of file expected: something follows the document");
			ev->kind = SP_EV_END;
			return 0;
		case EXPECT_VALUE_OR_CLOSE:
		case EXPECT_KEY_OR_CLOSE:
			if (s->pos < s->len && s->data[s->pos] == (s->expect == EXPECT_KEY_OR_CLOSE ? '}' : ']')) {
				close_container(s, ev);
				return 0;
			}
			return s->expect == EXPECT_KEY_OR_CLOSE ? read_key(s, ev) : read_value(s, ev);
		case EXPECT_KEY:
			return read_key(s, ev);
		case EXPECT_VALUE:
			return read_value(s, ev);
		case EXPECT_COMMA_OR_CLOSE: {
			frame *top = &s->stack[s->depth - 1];
			if (s->pos == s->len)
				return fail_at_end(s);
			char c = s->data[s->pos];
			if (c == (top->is_object ? '}' : ']')) {
				close_container(s, ev);
				return 0;
			}
			if (c != ',')
				return fail_unexpected(s, s->pos, top->is_object ? N_("expected ',' or '}' after a member")
				                                                 : N_("expected ',' or ']' after an item"));
			s->pos++;
			if (top->is_object)
				top->in_value = false, s->expect = EXPECT_KEY;
			else
				top->index++, s->expect = EXPECT_VALUE;
			continue;
		}
		}
	}
}

static void rewind_to_start(json_source *s)
{
	s->pos = 0;
	s->depth = 0;
	s->expect = EXPECT_VALUE;
	s->line = 1;
	s->line_start = s->counted_offset = 0;
	s->counted_column = 1;
}

static int json_next(sp_source *base, sp_event *ev, sp_error *err)
{
	json_source *s = (json_source *)base;
	s->err = err;
	return read_event(s, ev);
}

static void json_close(sp_source *base)
{
	json_source *s = (json_source *)base;
	free(s->scratch);
	free(s->stack);
	free(s);
}

int sp__json_source_open(sp_source **out, const char *data, size_t len, sp_error *err)
{
	json_source *s = calloc(1, sizeof(*s));
	if (!s) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	s->base.next = json_next;
	s->base.close = json_close;
	s->err = err;
	s->data = data;
	s->len = len;
	rewind_to_start(s);
	sp_event ev;
	int rc;
	do
		rc = read_event(s, &ev);
	while (!rc && ev.kind != SP_EV_END);
	if (rc) {
		json_close(&s->base);
		return rc;
	}
	rewind_to_start(s);
	s->emitting = true;
	*out = &s->base;
	return 0;
}
