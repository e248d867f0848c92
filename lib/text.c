/* UTF-8 checks, copies and case-insensitive comparison of labels. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Decodes one code point at s[*i] (advancing *i); -1 when malformed. */
static long decode(const unsigned char *s, size_t len, size_t *i)
{
	unsigned char c = s[*i];
	long cp;
	size_t extra;
	if (c < 0x80) {
		(*i)++;
		return c;
	} else if (c >= 0xC2 && c <= 0xDF) {
		cp = c & 0x1F, extra = 1;
	} else if (c >= 0xE0 && c <= 0xEF) {
		cp = c & 0x0F, extra = 2;
	} else if (c >= 0xF0 && c <= 0xF4) {
		cp = c & 0x07, extra = 3;
	} else {
		return -1;
	}
	if (*i + extra >= len)
		return -1;
	for (size_t k = 1; k <= extra; k++) {
		if ((s[*i + k] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[*i + k] & 0x3F);
	}
	static const long least[] = { 0, 0x80, 0x800, 0x10000 };
	if (cp < least[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*i += extra + 1;
	return cp;
}

size_t sp__utf8_invalid_offset(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		size_t at = i;
		if (decode(u, len, &i) < 0)
			return at;
	}
	return len;
}

void sp__text_position(const char *data, size_t len, size_t offset, unsigned *line, unsigned *column)
{
	*line = 1, *column = 1;
	for (size_t i = 0; i < offset && i < len; i++) {
		if (data[i] == '\n')
			(*line)++, *column = 1;
		else if (((unsigned char)data[i] & 0xC0) != 0x80)
			(*column)++;
	}
}

const char *sp__utf8_problem(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		if (u[i] == 0)
			return "text contains a NUL character";
		if (decode(u, len, &i) < 0)
			return "text is not valid UTF-8";
	}
	return NULL;
}

static long fold(long cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 32;
	return cp;
}

bool sp__text_equal_folded(const char *a, size_t alen, const char *b)
{
	const unsigned char *ua = (const unsigned char *)a, *ub = (const unsigned char *)b;
	size_t blen = strlen(b), i = 0, j = 0;
	while (i < alen && j < blen) {
		long ca = decode(ua, alen, &i), cb = decode(ub, blen, &j);
		if (ca < 0 || cb < 0 || fold(ca) != fold(cb))
			return false;
	}
	return i == alen && j == blen;
}

void sp__utf8_trim_cut(char *s)
{
	size_t len = strlen(s), lead = len;
	while (lead > 0 && ((unsigned char)s[lead - 1] & 0xC0) == 0x80)
		lead--;
	if (lead == 0)
		return;
	unsigned char c = (unsigned char)s[lead - 1];
	size_t need = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	if (lead - 1 + need > len)
		s[lead - 1] = '\0';
}
