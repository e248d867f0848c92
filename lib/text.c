/* UTF-8 checks, copies and case-insensitive comparison of labels. */
#include <stdint.h>
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

long sp__utf8_decode(const char *s, size_t len, size_t *i)
{
	return decode((const unsigned char *)s, len, i);
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
			return N_("text contains a NUL character");
		if (decode(u, len, &i) < 0)
			return N_("text is not valid UTF-8");
	}
	return NULL;
}

/* ---- comparing labels: NFC composition and case folding --------------
 *
 * Labels are compared as people type them: in any case, and with "Ö" typed
 * as one character or as "O" and a combining diaeresis (as some systems and
 * copies from PDF files give it). What that needs of Unicode is small: the
 * simple case folding of the Latin, Greek and Cyrillic letters (the labels
 * are Swedish, the typists may not be), and the canonical composition of a
 * letter with the accents of Latin-1, the letters the labels use. */

static long fold(long cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x17F) { /* Latin Extended-A: mostly upper even, lower odd */
		if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149)
			return cp == 0x130 ? 'i' : cp;
		if (cp == 0x178)
			return 0xFF;
		if (cp == 0x17F)
			return 's';
		bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
		return (cp % 2 == 1) == odd_upper ? cp + 1 : cp;
	}
	if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) /* Greek capitals */
		return cp + 32;
	if (cp == 0x3C2) /* final sigma */
		return 0x3C3;
	if (cp >= 0x410 && cp <= 0x42F) /* Cyrillic capitals */
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	return cp;
}

/* The Latin-1 letter that `lower` (a folded letter) and combining `mark` compose to, else 0. */
static long compose(long lower, long mark)
{
	static const struct { unsigned short mark; char base; unsigned char composed; } table[] = {
		{ 0x300, 'a', 0xE0 }, { 0x301, 'a', 0xE1 }, { 0x302, 'a', 0xE2 }, { 0x303, 'a', 0xE3 },
		{ 0x308, 'a', 0xE4 }, { 0x30A, 'a', 0xE5 }, { 0x327, 'c', 0xE7 }, { 0x300, 'e', 0xE8 },
		{ 0x301, 'e', 0xE9 }, { 0x302, 'e', 0xEA }, { 0x308, 'e', 0xEB }, { 0x300, 'i', 0xEC },
		{ 0x301, 'i', 0xED }, { 0x302, 'i', 0xEE }, { 0x308, 'i', 0xEF }, { 0x303, 'n', 0xF1 },
		{ 0x300, 'o', 0xF2 }, { 0x301, 'o', 0xF3 }, { 0x302, 'o', 0xF4 }, { 0x303, 'o', 0xF5 },
		{ 0x308, 'o', 0xF6 }, { 0x300, 'u', 0xF9 }, { 0x301, 'u', 0xFA }, { 0x302, 'u', 0xFB },
		{ 0x308, 'u', 0xFC }, { 0x301, 'y', 0xFD }, { 0x308, 'y', 0xFF },
	};
	for (size_t k = 0; k < sizeof(table) / sizeof(table[0]); k++)
		if (table[k].base == lower && table[k].mark == mark)
			return table[k].composed;
	return 0;
}

/* The next character of s[*i..len) composed and folded (advancing *i); -1 when malformed. */
static long next_folded(const unsigned char *s, size_t len, size_t *i)
{
	long cp = decode(s, len, i);
	if (cp < 0)
		return -1;
	cp = fold(cp);
	size_t after = *i;
	if (after < len) {
		long mark = decode(s, len, &after), composed;
		if (mark >= 0x300 && mark <= 0x36F && (composed = compose(cp, mark)))
			*i = after, cp = composed;
	}
	return cp;
}

/* The characters of s[0..len) composed and folded into out[0..*n); false when malformed or longer than `cap`. */
static bool folded(const char *s, size_t len, long *out, size_t cap, size_t *n)
{
	*n = 0;
	for (size_t i = 0; i < len;) {
		long cp = next_folded((const unsigned char *)s, len, &i);
		if (cp < 0 || *n == cap)
			return false;
		out[(*n)++] = cp;
	}
	return true;
}

bool sp__text_equal_folded(const char *a, size_t alen, const char *b)
{
	const unsigned char *ua = (const unsigned char *)a, *ub = (const unsigned char *)b;
	size_t blen = strlen(b), i = 0, j = 0;
	while (i < alen && j < blen) {
		long ca = next_folded(ua, alen, &i), cb = next_folded(ub, blen, &j);
		if (ca < 0 || cb < 0 || ca != cb)
			return false;
	}
	return i == alen && j == blen;
}

size_t sp__text_distance_folded(const char *a, size_t alen, const char *b)
{
	enum { MOST = 64 }; /* longer than any label, and a bound on the work */
	long ca[MOST], cb[MOST];
	size_t n, m, row[MOST + 1];
	if (!folded(a, alen, ca, MOST, &n) || !folded(b, strlen(b), cb, MOST, &m))
		return SIZE_MAX;
	for (size_t j = 0; j <= m; j++)
		row[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t diagonal = row[0];
		row[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t above = row[j];
			size_t best = diagonal + (ca[i - 1] != cb[j - 1]);
			if (above + 1 < best)
				best = above + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diagonal = above;
		}
	}
	return row[m];
}

size_t sp__text_length(const char *s, size_t len)
{
	size_t chars = 0;
	for (size_t i = 0; i < len; i++)
		chars += ((unsigned char)s[i] & 0xC0) != 0x80;
	return chars;
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
