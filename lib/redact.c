/*
 * The redacted copy (sp_report_redact): the report without the personal
 * data that can be recognised in it.
 *
 * Every text of the copy is read once, left to right, and rewritten where
 * one of these begins: an e-mail address, a personnummer or
 * samordningsnummer, a phone number, or the name of a person the report
 * itself names in staffing or among its contacts. Which texts is not
 * listed here: the walk follows the schema, so a field added to it is
 * redacted too. Texts with a rule of their own (format, county code,
 * dates) can hold none of these and are left as they are.
 *
 * Names are known, not guessed: a contact's name is a person's by
 * definition; a position's name holds one where two or more capitalised
 * words follow each other ("Anna Berg", "Anna von Berg (projektledare)").
 * Free text is full of capitalised words (places, organisations, the start
 * of every sentence), so it is searched only for the names learnt there.
 */
#include <stdlib.h>
#include <string.h>

#include "fields.h"

/* ---- characters ------------------------------------------------------ */

/* Capital letters of the scripts people's names in these reports are
 * written in: Latin (ASCII, Latin-1, Latin Extended-A), Greek, Cyrillic. */
static bool is_upper(long cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
		return true;
	if (cp >= 0x100 && cp <= 0x17F) {
		/* Capital and small alternate, the capital first, except in two runs that start one later. */
		if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
			return false;
		if (cp == 0x178)
			return true;
		bool odd_first = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
		return (cp % 2 == 1) == odd_first;
	}
	return (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x400 && cp <= 0x42F);
}

static long fold(long cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9) ||
	    (cp >= 0x410 && cp <= 0x42F))
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	if (cp == 0x178)
		return 0xFF;
	if (cp >= 0x100 && cp <= 0x17F && is_upper(cp))
		return cp + 1;
	return cp;
}

static bool is_space(long cp)
{
	return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static bool is_digit(long cp)
{
	return cp >= '0' && cp <= '9';
}

/* A letter or digit, as far as telling where a word ends needs: beyond
 * ASCII, everything but the Latin-1 signs, spaces, and the punctuation
 * and symbol blocks. */
static bool is_word(long cp)
{
	if (cp < 0x80)
		return is_digit(cp) || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
	return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !is_space(cp) && !(cp >= 0x2000 && cp <= 0x2BFF) &&
	       !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFE30 && cp <= 0xFE4F) && !(cp >= 0xFF00 && cp <= 0xFF0F);
}

/* The code point at s[*i], advancing *i; the model's texts are valid UTF-8. */
static long next(const char *s, size_t len, size_t *i)
{
	long cp = *i < len ? sp__utf8_decode(s, len, i) : 0;
	if (cp < 0) {
		(*i)++;
		return 0xFFFD;
	}
	return cp;
}

static long peek(const char *s, size_t len, size_t i)
{
	return next(s, len, &i);
}

/* The code point before s[*i], moving *i to where it begins; a space at the start. */
static long before(const char *s, size_t len, size_t *i)
{
	if (*i == 0)
		return ' ';
	size_t j = *i - 1;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	*i = j;
	return peek(s, len, j);
}

/* ---- names known from the report ------------------------------------- */

#define MAX_NAME 255

typedef struct known_name {
	char *folded; /* case-folded, white space as single spaces */
	size_t len;
	size_t number; /* the person's: "Person 1"; while learning, the order it came in */
} known_name;

typedef struct redactor {
	known_name *names; /* sorted by by_bytes() once all are learnt */
	size_t count, cap;
} redactor;

static void redactor_free(redactor *r)
{
	for (size_t i = 0; i < r->count; i++)
		free(r->names[i].folded);
	free(r->names);
}

/* Appends the UTF-8 of `cp` (< 0x110000) to out, which has room for 4 bytes. */
static size_t put_utf8(char *out, long cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6)), out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12)), out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18)), out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Learns the name in s[0..len), folded; number_names() numbers the people once all are learnt. */
static int learn(redactor *r, const char *s, size_t len)
{
	/* Longer is no person's name; the bound keeps the search of every text linear. */
	if (len > MAX_NAME)
		return 0;
	char *folded = malloc(4 * len + 1); /* folding keeps UTF-8 lengths, but a malformed byte would become U+FFFD */
	if (!folded)
		return SP_ENOMEM;
	size_t n = 0;
	bool words = false;
	for (size_t i = 0; i < len;) {
		long cp = next(s, len, &i);
		if (is_space(cp)) {
			if (n && folded[n - 1] != ' ')
				folded[n++] = ' ';
			continue;
		}
		words |= is_word(cp);
		n += put_utf8(folded + n, fold(cp));
	}
	while (n && folded[n - 1] == ' ')
		n--;
	folded[n] = '\0';
	if (!words) { /* nothing to look for */
		free(folded);
		return 0;
	}
	if (r->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 8;
		known_name *names = cap <= SIZE_MAX / sizeof(*names) ? realloc(r->names, cap * sizeof(*names)) : NULL;
		if (!names) {
			free(folded);
			return SP_ENOMEM;
		}
		r->names = names, r->cap = cap;
	}
	r->names[r->count] = (known_name){ folded, n, r->count + 1 };
	r->count++;
	return 0;
}

/* Lower-case words that belong inside a name: "Anna von Berg", "Ebba af Klint". */
static bool is_particle(const char *s, size_t len)
{
	static const char *const particles[] = { "af", "al", "bin", "da", "das", "de", "del", "della", "den", "der",
	                                         "di", "dos", "du", "el", "ibn", "la", "le", "ten", "ter", "van",
	                                         "von", "zu" };
	for (size_t i = 0; i < sizeof(particles) / sizeof(particles[0]); i++)
		if (strlen(particles[i]) == len && memcmp(particles[i], s, len) == 0)
			return true;
	return false;
}

/* A word of a name: letters and digits, and the hyphen, apostrophe and full stop inside names and initials. */
static bool is_name_char(long cp)
{
	return is_word(cp) || cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.';
}

/* Learns the run text[start..end) if it has two capitalised words or more; `last` is where its last begins. */
static int learn_run(redactor *r, const char *text, size_t start, size_t last, size_t end, size_t capitals,
                     bool *found)
{
	if (capitals < 2)
		return 0;
	/* A full stop after the last word ends a sentence, unless that word is an initial ("Anna B."). */
	size_t letters = 0;
	for (size_t i = last; i < end - 1; letters++)
		next(text, end, &i);
	if (text[end - 1] == '.' && letters > 1)
		end--;
	*found = true;
	return learn(r, text + start, end - start);
}

/* Whether text[word..end) is "Person" before a number: the pseudonym a redacted copy names someone
 * by, which is no part of a name ("Samordnare Person 1" names no "Samordnare Person"). */
static bool is_pseudonym(const char *text, size_t len, size_t word, size_t end)
{
	return end - word == 6 && memcmp(text + word, "Person", 6) == 0 && end + 1 < len && text[end] == ' ' &&
	       is_digit(text[end + 1]);
}

/*
 * Learns every person named in `text`: each run of two or more capitalised
 * words, with particles between them, and only white space between its
 * words (a comma, slash or parenthesis ends it: "Anna Berg (projektledare)",
 * "Anna Berg/Bo Ek"). *found tells whether there was one.
 */
static int learn_people(redactor *r, const char *text, bool *found)
{
	size_t len = strlen(text), i = 0;
	size_t start = 0, last = 0, end = 0, capitals = 0; /* the run: its start, its last capitalised word */
	int rc = 0;
	*found = false;
	while (!rc) {
		bool spaces_only = true;
		while (i < len && !is_name_char(peek(text, len, i)))
			spaces_only &= is_space(next(text, len, &i));
		if (i >= len)
			break;
		size_t word = i;
		while (i < len && is_name_char(peek(text, len, i)))
			next(text, len, &i);
		bool capital = is_upper(peek(text, len, word)) && !is_pseudonym(text, len, word, i);
		if (capitals && spaces_only && (capital || is_particle(text + word, i - word))) {
			if (capital)
				last = word, end = i, capitals++;
			continue;
		}
		rc = learn_run(r, text, start, last, end, capitals, found);
		capitals = capital, start = last = word, end = i;
	}
	return rc ? rc : learn_run(r, text, start, last, end, capitals, found);
}

static int redact_text(char **out, const redactor *r, const char *text);

/* The redactor that knows no one: it masks addresses and numbers only. */
static const redactor no_names;

/* Learns the people named in `text` once its e-mail addresses, personnummer and phone numbers are
 * masked: a word of an address ("Anna@...") is not a name, and what the copy keeps of such a text
 * must not read as a new name when the copy is redacted again. With `any`, a text that names no
 * one by the rules is learnt whole (a contact's name is a person's, even "anna berg" or "Anna"). */
static int learn_masked(redactor *r, const char *text, bool any)
{
	char *masked;
	bool found;
	int rc = redact_text(&masked, &no_names, text);
	if (rc)
		return rc;
	const char *seen = masked ? masked : text; /* NULL: nothing was masked */
	if (!(rc = learn_people(r, seen, &found)) && any && !found)
		rc = learn(r, seen, strlen(seen));
	free(masked);
	return rc;
}

/* The people of the report, numbered as they first appear: staffing first, then contacts. */
static int learn_report(redactor *r, const sp_report *report)
{
	int rc = 0;
	for (size_t s = 0; !rc && s < sp_report_staffing_count(report); s++) {
		const sp_staffing *staffing = sp_report_staffing(report, s);
		for (size_t p = 0; !rc && p < sp_staffing_position_count(staffing); p++) {
			const char *name = sp_position_name(sp_staffing_position(staffing, p));
			if (name)
				rc = learn_masked(r, name, false);
		}
	}
	for (size_t c = 0; !rc && c < sp_report_contact_count(report); c++) {
		const char *name = sp_contact_name(sp_report_contact(report, c));
		if (name)
			rc = learn_masked(r, name, true);
	}
	return rc;
}

/* Bytewise, a name before every longer one it begins; the same name in the order it came. */
static int by_bytes(const void *a, const void *b)
{
	const known_name *x = a, *y = b;
	int order = memcmp(x->folded, y->folded, x->len < y->len ? x->len : y->len);
	if (order || x->len != y->len)
		return order ? order : x->len < y->len ? -1 : 1;
	return x->number < y->number ? -1 : x->number > y->number;
}

static int by_number(const void *a, const void *b)
{
	const known_name *x = a, *y = b;
	return x->number < y->number ? -1 : x->number > y->number;
}

/* One entry per person, whatever the case and white space, numbered 1, 2, ...
 * in the order each first came; sorted by_bytes() for match_name(). */
static void number_names(redactor *r)
{
	if (!r->count)
		return;
	qsort(r->names, r->count, sizeof(*r->names), by_bytes);
	size_t kept = 0;
	for (size_t i = 0; i < r->count; i++) {
		if (kept && r->names[kept - 1].len == r->names[i].len &&
		    memcmp(r->names[kept - 1].folded, r->names[i].folded, r->names[i].len) == 0)
			free(r->names[i].folded);
		else
			r->names[kept++] = r->names[i];
	}
	r->count = kept;
	qsort(r->names, r->count, sizeof(*r->names), by_number);
	for (size_t i = 0; i < r->count; i++)
		r->names[i].number = i + 1;
	qsort(r->names, r->count, sizeof(*r->names), by_bytes);
}

/* ---- what is found in a text ----------------------------------------- */

/* Each matcher looks at text[i..), where `prev` is the code point before i,
 * and returns where what it found ends, or 0. */

static bool is_local_char(long cp)
{
	return is_word(cp) || (cp < 0x80 && cp && strchr("._%+-'", (int)cp));
}

static size_t match_email(const char *t, size_t len, size_t i, long prev)
{
	if (is_local_char(prev))
		return 0;
	size_t j = i;
	while (j < len && is_local_char(peek(t, len, j)))
		next(t, len, &j);
	if (j == i || j >= len || t[j] != '@')
		return 0;
	size_t end = 0;
	for (j++; j < len;) {
		long cp = next(t, len, &j);
		if (is_word(cp))
			end = j;
		else if (cp != '.' && cp != '-')
			break;
	}
	return end;
}

/* The next n characters are digits: their value, or -1. */
static long digits(const char *t, size_t len, size_t i, size_t n)
{
	long value = 0;
	for (size_t k = 0; k < n; k++) {
		if (i + k >= len || !is_digit(t[i + k]))
			return -1;
		value = value * 10 + (t[i + k] - '0');
	}
	return value;
}

static size_t digit_run(const char *t, size_t len, size_t i)
{
	size_t n = 0;
	while (i + n < len && is_digit(t[i + n]))
		n++;
	return n;
}

/* A month, and a day or a samordningsnummer's day (the day plus 60). */
static bool is_birth_date(long month, long day)
{
	return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

static bool luhn(const char *t, size_t n)
{
	int sum = 0;
	for (size_t k = 0; k < n; k++) {
		int v = (t[k] - '0') * (k % 2 == 0 ? 2 : 1);
		sum += v > 9 ? v - 9 : v;
	}
	return sum % 10 == 0;
}

/* The length of a separator a personnummer or phone number is written with at t[i]: space,
 * no-break space, hyphen, en dash or minus sign (and, in a personnummer, plus). */
static size_t separator(const char *t, size_t len, size_t i)
{
	size_t j = i;
	long cp = next(t, len, &j);
	return cp == ' ' || cp == '-' || cp == 0xA0 || cp == 0x2013 || cp == 0x2212 ? j - i : 0;
}

/* YYMMDD-NNNN, YYMMDD+NNNN (past a hundred), YYYYMMDD-NNNN, YYYYMMDDNNNN,
 * YYMMDDNNNN, and the date written with hyphens: YYYY-MM-DD-NNNN. */
static size_t match_personnummer(const char *t, size_t len, size_t i, long prev)
{
	if (is_word(prev))
		return 0;
	size_t n = digit_run(t, len, i), year = n % 4 == 0 ? 4 : 2, at = i + year, end;
	bool hyphens = (n == 2 || n == 4) && t[at] == '-' && digit_run(t, len, at + 1) == 2 && t[at + 3] == '-' &&
	               digit_run(t, len, at + 4) == 2;
	if (!hyphens && n != 6 && n != 8 && n != 10 && n != 12)
		return 0;
	long century = digits(t, len, i, 2), month = digits(t, len, at + (hyphens ? 1 : 0), 2),
	     day = digits(t, len, at + (hyphens ? 4 : 2), 2);
	if ((year == 4 && (century < 18 || century > 20)) || !is_birth_date(month, day))
		return 0;
	if (n >= 10) {
		/* Ten digits from 0 may be a phone number: the check digit tells. */
		if (n == 10 && t[i] == '0' && !luhn(t + i, n))
			return 0;
		end = i + n;
	} else {
		end = at + (hyphens ? 6 : 4);
		size_t sep = hyphens ? t[end] == '-' : t[end] == '+' ? 1 : separator(t, len, end);
		if (!sep || digit_run(t, len, end + sep) != 4)
			return 0;
		end += sep + 4;
	}
	return !is_word(peek(t, len, end)) ? end : 0;
}

/*
 * A phone number: 0 and an area code (07x, 08, 0771, ...), 8 to 10 digits
 * in all, or + or 00 and a country code, 8 to 15 digits; in groups with a
 * separator each, and one group in parentheses ("(08) 123 45 67",
 * "+46 (0)70-123 45 67"). The longest such number that ends a word, and
 * none where what comes before makes it the rest of a longer number.
 */
static size_t match_phone(const char *t, size_t len, size_t i, long prev, bool rest_of_number)
{
	if (is_word(prev) || prev == '+' || rest_of_number)
		return 0;
	size_t j = i, count = 0, best = 0, least = 8, most = 10;
	bool open = false, parenthesised = false;
	if (t[j] == '+' || (t[j] == '0' && j + 1 < len && t[j + 1] == '0')) {
		j += t[j] == '+' ? 1 : 2;
		least = 8, most = 15;
		if (j >= len || t[j] < '1' || t[j] > '9')
			return 0;
	} else {
		if (t[j] == '(')
			j++, open = parenthesised = true;
		if (j + 1 >= len || t[j] != '0' || t[j + 1] < '1' || t[j + 1] > '9')
			return 0;
	}
	for (;;) {
		size_t run = digit_run(t, len, j);
		count += run, j += run;
		if (count > most)
			break;
		if (count >= least && !is_word(peek(t, len, j)))
			best = j;
		size_t k = j;
		if (open && t[k] == ')') {
			k++, open = false;
			k += k < len && t[k] == ' ';
		} else {
			k += t[k] == '.' || t[k] == '/' ? 1 : separator(t, len, k);
		}
		if (!parenthesised && k < len && t[k] == '(')
			k++, open = parenthesised = true;
		if (k == j || !digit_run(t, len, k))
			break;
		j = k;
	}
	return best;
}

/* Whether a word ends before t[i]: what follows is no letter or digit, nor
 * a hyphen that joins another word ("Anna Berg-Ek" is not "Anna Berg"). */
static bool ends_word(const char *t, size_t len, size_t i)
{
	long cp = peek(t, len, i);
	return !is_word(cp) && !(cp == '-' && is_word(peek(t, len, i + 1)));
}

/* Whether an e-mail address goes on at t[j]: "Anna Berg@region.se" or "Anna Berg.x@…" is an address,
 * not a name, as the copy's "Person 1@region.se" would be read the next time. */
static bool address_goes_on(const char *t, size_t len, size_t j)
{
	while (j < len && is_local_char(peek(t, len, j)))
		next(t, len, &j);
	return j + 1 < len && t[j] == '@' && is_word(peek(t, len, j + 1));
}

/* Compares the `n` bytes of `unit` with a name's bytes from `depth` on
 * (a name that ends before is less). */
static int compare_at(const known_name *name, size_t depth, const char *unit, size_t n)
{
	size_t rest = name->len - depth;
	int order = memcmp(name->folded + depth, unit, rest < n ? rest : n);
	return order ? order : rest < n ? -1 : 0;
}

/* The first of names[lo..hi) whose bytes from `depth` on are not below
 * `unit` (above it, when `above`). */
static size_t bound(const redactor *r, size_t lo, size_t hi, size_t depth, const char *unit, size_t n, bool above)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int order = compare_at(&r->names[mid], depth, unit, n);
		if (order < 0 || (above && order == 0))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The longest known name at text[i..), in any case and white space, that
 * ends a word, perhaps with a Swedish genitive s ("Anna Bergs"). The text
 * is read one code point at a time, narrowing the range of the sorted
 * names that begin with what has been read, so that the search costs no
 * more than the longest name, however many names there are.
 */
static size_t match_name(const redactor *r, const char *t, size_t len, size_t i, long prev, size_t *number,
                         bool *genitive)
{
	/* No name begins with white space: a run of it is not read again from each of its characters. */
	if (is_word(prev) || is_space(peek(t, len, i)))
		return 0;
	size_t lo = 0, hi = r->count, depth = 0, j = i, best = 0;
	while (lo < hi) {
		/* A name of `depth` bytes, read whole, sorts first. */
		const known_name *whole = &r->names[lo];
		if (whole->len == depth && depth) {
			long after = peek(t, len, j);
			if (ends_word(t, len, j) && !address_goes_on(t, len, j))
				best = j, *number = whole->number, *genitive = false;
			else if ((after == 's' || after == 'S') && ends_word(t, len, j + 1) && !address_goes_on(t, len, j + 1))
				best = j + 1, *number = whole->number, *genitive = true;
		}
		if (j >= len)
			break;
		char unit[4];
		size_t n;
		long cp = next(t, len, &j);
		if (is_space(cp)) {
			unit[0] = ' ', n = 1;
			while (j < len && is_space(peek(t, len, j)))
				next(t, len, &j);
		} else {
			n = put_utf8(unit, fold(cp));
		}
		lo = bound(r, lo, hi, depth, unit, n, false);
		hi = bound(r, lo, hi, depth, unit, n, true);
		depth += n;
	}
	return best;
}

/* ---- rewriting texts -------------------------------------------------- */

typedef struct text_buffer {
	char *data;
	size_t len, cap;
} text_buffer;

static int append(text_buffer *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *bigger = realloc(b->data, cap);
		if (!bigger)
			return SP_ENOMEM;
		b->data = bigger, b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

/*
 * The last bytes of the copy as written so far, up to `size`: the end of
 * b, then text[copied..i). The matchers look back at what a second
 * redaction will see, so that it finds nothing more: in "a@b++c@d", after
 * "[e-postadress]" comes an address.
 */
static size_t written_tail(char *tail, size_t size, const text_buffer *b, const char *text, size_t copied, size_t i)
{
	size_t from_text = i - copied < size ? i - copied : size;
	size_t from_b = b->len < size - from_text ? b->len : size - from_text;
	if (from_b)
		memcpy(tail, b->data + b->len - from_b, from_b);
	memcpy(tail + from_b, text + i - from_text, from_text);
	return from_b + from_text;
}

/* Whether a number that follows `tail` would be the rest of a longer one: a date's "01-15", a sum's
 * "000 000". Not after a pseudonym's number ("Person 1 070-123 45 67" is a phone number). */
static bool rest_of_a_number(const char *tail, size_t n)
{
	if (n < 2 || !strchr(" -./", tail[n - 1]) || !is_digit(tail[n - 2]))
		return false;
	size_t number = n - 1; /* where the number before the separator begins */
	while (number > 0 && is_digit(tail[number - 1]))
		number--;
	return !(number >= 7 && memcmp(tail + number - 7, "Person ", 7) == 0);
}

/* `text` redacted into *out (malloc'd), or *out NULL when nothing was found. */
static int redact_text(char **out, const redactor *r, const char *text)
{
	text_buffer b = { 0 };
	size_t len = strlen(text), copied = 0;
	int rc = 0;
	*out = NULL;
	for (size_t i = 0; !rc && i < len;) {
		char tail[32];
		size_t n = written_tail(tail, sizeof(tail), &b, text, copied, i), at = n;
		long prev = before(tail, n, &at);
		char pseudonym[48];
		const char *replacement = pseudonym;
		size_t end, number;
		bool genitive;
		if ((end = match_email(text, len, i, prev)))
			replacement = "[e-postadress]";
		else if ((end = match_personnummer(text, len, i, prev)))
			replacement = "[personnummer]";
		else if ((end = match_phone(text, len, i, prev, rest_of_a_number(tail, n))))
			replacement = "[telefonnummer]";
		else if ((end = match_name(r, text, len, i, prev, &number, &genitive)))
			snprintf(pseudonym, sizeof(pseudonym), "Person %zu%s", number, genitive ? ":s" : "");
		if (!end) {
			next(text, len, &i);
			continue;
		}
		if (!(rc = append(&b, text + copied, i - copied)))
			rc = append(&b, replacement, strlen(replacement));
		i = copied = end;
	}
	if (!rc && b.data)
		rc = append(&b, text + copied, len - copied);
	if (rc)
		free(b.data);
	else
		*out = b.data;
	return rc;
}

/*
 * `text` with its addresses and numbers masked, then the names in what is
 * left, into *out (malloc'd), or *out NULL when nothing was found. Names
 * are sought in the masked text because they were learnt from it: in
 * "Hand...programid Unic-02-9223375", "Unic-" ends a name only once the
 * phone number after it is "[telefonnummer]", as the next redaction reads it.
 */
static int redact_masked(char **out, const redactor *r, const char *text)
{
	char *masked, *named;
	int rc = redact_text(&masked, &no_names, text);
	if (!rc)
		rc = redact_text(&named, r, masked ? masked : text);
	if (rc) {
		free(masked);
		return rc;
	}
	if (named)
		free(masked);
	*out = named ? named : masked;
	return 0;
}

/* Redacts the text in *slot, a text of `doc`. */
static int redact_slot(const redactor *r, sp_doc *doc, char **slot)
{
	char *redacted;
	int rc = redact_masked(&redacted, r, *slot);
	if (rc || !redacted)
		return rc;
	char *copy = sp__doc_strndup(doc, redacted, strlen(redacted));
	free(redacted);
	if (!copy)
		return SP_ENOMEM;
	sp__free(doc, *slot);
	*slot = copy;
	return 0;
}

/* Every text of `node` and the elements in it, by the schema. */
static int redact_node(const redactor *r, sp_node *node)
{
	const sp_type *type = sp__node_type(node);
	sp_doc *doc = sp__doc_of(node);
	int rc = 0;
	for (size_t f = 0; !rc && f < type->field_count; f++) {
		const sp_field *field = &type->fields[f];
		sp_value *v = &node->v[f];
		switch (field->kind) {
		case SP_KIND_STRING:
			if (v->str && !field->rule)
				rc = redact_slot(r, doc, &v->str);
			break;
		case SP_KIND_STRING_LIST:
			for (size_t i = 0; !rc && i < sp__items_len(v->items); i++)
				rc = redact_slot(r, doc, (char **)&v->items->at[i]);
			break;
		case SP_KIND_OBJECT:
			if (v->obj)
				rc = redact_node(r, v->obj);
			break;
		case SP_KIND_LIST:
			for (size_t i = 0; !rc && i < sp__items_len(v->items); i++)
				rc = redact_node(r, v->items->at[i]);
			break;
		default:
			break;
		}
	}
	return rc;
}

static int forget_contacts(sp_report *copy, sp_error *err)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < sp_report_contact_count(copy); i++) {
		sp_contact *contact = sp_report_contact_mut(copy, i);
		if (!(rc = sp_contact_set_name(contact, NULL, err)))
			rc = sp_contact_set_email(contact, NULL, err);
	}
	return rc;
}

SP_API int sp_report_redact(sp_report **out, const sp_report *report, sp_error *err)
{
	if (!out) {
		sp__error(err, SP_EINVAL, "the redacted report needs somewhere to go");
		return SP_EINVAL;
	}
	*out = NULL;
	if (!report) {
		sp__error(err, SP_EINVAL, "no report to redact");
		return SP_EINVAL;
	}
	sp_report *copy;
	int rc = sp_report_copy(&copy, report, err);
	if (rc)
		return rc;
	/* Unknown keys kept from loading go: what they mean is unknown, their
	 * keys may themselves be names, and a number among them may be a
	 * personnummer or phone number written without separators. */
	sp__extras_clear(sp__doc_of((sp_node *)copy));
	/*
	 * A match can end inside a run of capitalised words: with "Anna Berg"
	 * known, "anna Berg Olle Ek" becomes "Person 1 Olle Ek", and "Olle Ek"
	 * is a name the report's own texts never showed whole. The copy's
	 * positions are read again, and what they newly name is redacted, until
	 * they name no one new: then redacting the copy again changes nothing.
	 * Each pass replaces a run of two capitalised words or more by one
	 * ("Person" before a number is none), so a few passes end it; the bound
	 * is for safety only.
	 */
	redactor r = { 0 };
	size_t known = 0;
	rc = forget_contacts(copy, err);
	for (int pass = 0; !rc && pass < 16; pass++) {
		if ((rc = learn_report(&r, pass ? copy : report)))
			break;
		number_names(&r);
		if (pass && r.count == known)
			break;
		known = r.count;
		rc = redact_node(&r, (sp_node *)copy);
	}
	redactor_free(&r);
	if (rc == SP_ENOMEM)
		sp__error(err, rc, "out of memory");
	if (rc) {
		sp_report_free(copy);
		return rc;
	}
	*out = copy;
	return 0;
}
