/* Matching the form's words whatever the case, hyphenation or spacing. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "form_text.h"

char *form_fold(const char *text)
{
	size_t n = strlen(text);
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	size_t j = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == 0xC2 && (unsigned char)text[i + 1] == 0xAD) { /* soft hyphen */
			i++;
			continue;
		}
		if (c == '-')
			continue;
		if (c == 0xC2 && (unsigned char)text[i + 1] == 0xA0) { /* no-break space */
			i++;
			c = ' ';
		}
		if (isspace(c)) {
			if (j > 0 && out[j - 1] != ' ')
				out[j++] = ' ';
			continue;
		}
		if (c == 0xC3 && i + 1 < n) {
			unsigned char d = (unsigned char)text[i + 1];
			if (d == 0x85 || d == 0x84 || d == 0x96 || d == 0x89)
				d = (unsigned char)(d + 0x20);
			out[j++] = (char)c;
			out[j++] = (char)d;
			i++;
			continue;
		}
		out[j++] = (char)tolower(c);
	}
	while (j > 0 && out[j - 1] == ' ')
		j--;
	out[j] = '\0';
	if (out[0] == ' ')
		memmove(out, out + 1, j);
	return out;
}

int form_has(const char *folded, const char *word)
{
	return folded && strstr(folded, word) != NULL;
}

int form_starts(const char *folded, const char *word)
{
	return folded && strncmp(folded, word, strlen(word)) == 0;
}

char *form_trim(char *text)
{
	size_t n = strlen(text);
	while (n > 0 && isspace((unsigned char)text[n - 1]))
		n--;
	text[n] = '\0';
	size_t i = 0;
	while (isspace((unsigned char)text[i]))
		i++;
	memmove(text, text + i, n - i + 1);
	return text;
}

/* The text without white space at both ends, without copying: its start, and its length in *n. */
static const char *trimmed(const char *text, size_t *n)
{
	while (isspace((unsigned char)*text))
		text++;
	*n = strlen(text);
	while (*n > 0 && isspace((unsigned char)text[*n - 1]))
		(*n)--;
	return text;
}

int form_is_empty_box(const char *text)
{
	size_t n;
	text = trimmed(text, &n);
	return n == 3 && strncmp(text, "\xE2\x98\x90", 3) == 0; /* ☐ U+2610, a check box left empty */
}

int form_is_mark(const char *text)
{
	size_t n;
	text = trimmed(text, &n);
	if (n == 1)
		return *text == 'X' || *text == 'x';
	/* ✓ U+2713, ✔ U+2714, ☒ U+2612 */
	return n == 3 && (strncmp(text, "\xE2\x9C\x93", 3) == 0 || strncmp(text, "\xE2\x9C\x94", 3) == 0 ||
	                  strncmp(text, "\xE2\x98\x92", 3) == 0);
}

size_t form_read_thousandths(const char *text, int64_t *out)
{
	size_t i = 0;
	int64_t whole = 0;
	if (!isdigit((unsigned char)text[0]))
		return 0;
	while (isdigit((unsigned char)text[i])) {
		if (whole > 1000000)
			return 0;
		whole = whole * 10 + (text[i] - '0');
		i++;
	}
	int64_t frac = 0, scale = 100;
	if ((text[i] == ',' || text[i] == '.') && isdigit((unsigned char)text[i + 1])) {
		i++;
		while (isdigit((unsigned char)text[i])) {
			if (scale == 0)
				return 0; /* more than three decimals: not an FTE */
			frac += (text[i] - '0') * scale;
			scale /= 10;
			i++;
		}
	}
	*out = whole * 1000 + frac;
	return i;
}
