/* Reading an output's text ("Hemsändning 8 st 1 537 062 kr") into support
 * type, count and amount.
 *
 * The text is first folded to lower-case ASCII letters (å, ä → a, ö → o,
 * é → e), with every kind of space as one space, and soft hyphens and
 * hyphens inside words dropped, so that the words below can be plain ASCII.
 * Only numbers with a unit are figures: a year or "4 fysiska möten" is not. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "serviceprogram/outputs.h"

/* What the folded text is compared with: a stem at the start of a word. */
typedef struct alias {
	const char *stem;
	sp_support_type type;
} alias;

/* Longer stems first where one begins another, so that "sarskilt driftstod"
 * wins over "driftstod". Misspellings that regions' texts show are listed;
 * single-word stems of 9 letters or more also match with one letter wrong
 * (stem_matches). */
static const alias aliases[] = {
	{ "investeringar kopplat till dagligvarubutiker", SP_SUPPORT_GROCERY_INVESTMENT },
	{ "investeringar kopplade till dagligvarubutiker", SP_SUPPORT_GROCERY_INVESTMENT },
	{ "investeringar i dagligvarubutiker", SP_SUPPORT_GROCERY_INVESTMENT },
	{ "investeringar kopplat till drivmedelsforsaljning", SP_SUPPORT_FUEL_INVESTMENT },
	{ "investeringar kopplade till drivmedelsforsaljning", SP_SUPPORT_FUEL_INVESTMENT },
	{ "investeringar i drivmedelsforsaljning", SP_SUPPORT_FUEL_INVESTMENT },
	{ "stod till korrosionsskydd", SP_SUPPORT_CORROSION_PROTECTION },
	{ "sarskilt driftstod", SP_SUPPORT_SPECIAL_OPERATING_SUPPORT },
	{ "sarskilt driftsstod", SP_SUPPORT_SPECIAL_OPERATING_SUPPORT },
	{ "sarskilda driftstod", SP_SUPPORT_SPECIAL_OPERATING_SUPPORT },
	{ "hemsandningsbidrag", SP_SUPPORT_HOME_DELIVERY_GRANT },
	{ "hemsandning", SP_SUPPORT_HOME_DELIVERY_GRANT },
	{ "hemkorning", SP_SUPPORT_HOME_DELIVERY_GRANT },
	{ "servicebidrag", SP_SUPPORT_SERVICE_GRANT },
	{ "servicestod", SP_SUPPORT_SERVICE_GRANT },
	{ "driftstod", SP_SUPPORT_SPECIAL_OPERATING_SUPPORT },
	{ "driftsstod", SP_SUPPORT_SPECIAL_OPERATING_SUPPORT },
	{ "driftsbidrag", SP_SUPPORT_SPECIAL_OPERATING_SUPPORT },
	{ "investeringsbidrag", SP_SUPPORT_INVESTMENT_GRANT },
	{ "investeringsstod", SP_SUPPORT_INVESTMENT_GRANT },
	{ "korrosionsskydd", SP_SUPPORT_CORROSION_PROTECTION },
	{ "korrosionskydd", SP_SUPPORT_CORROSION_PROTECTION },
	{ "rostskydd", SP_SUPPORT_CORROSION_PROTECTION },
};

/* Units after a number. A count's units name decisions or items. */
typedef struct unit {
	const char *word;
	int64_t scale; /* kronor per unit; 0 for a count */
} unit;

static const unit units[] = {
	{ "miljoner kronor", 1000000 }, { "miljoner kr", 1000000 }, { "milj. kr", 1000000 },
	{ "milj kr", 1000000 },         { "mnkr", 1000000 },        { "mkr", 1000000 },
	{ "msek", 1000000 },            { "tusen kronor", 1000 },   { "tusen kr", 1000 },
	{ "tkr", 1000 },                { "tsek", 1000 },           { "kronor", 1 },
	{ "kr", 1 },                    { "sek", 1 },               { ":-", 1 },
	{ "stycken", 0 },               { "styck", 0 },             { "st", 0 },
	{ "beslut", 0 },                { "arenden", 0 },           { "bidrag", 0 },
	{ "stod", 0 },
};

static bool is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (unsigned char)c >= 0x80;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Folds one code point for matching; 0 drops it, ' ' for any space. */
static int fold(long cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return (int)(cp - 'A' + 'a');
	if (cp < 0x80)
		return cp == '\t' || cp == '\n' || cp == '\r' ? ' ' : (int)cp;
	switch (cp) {
	case 0xE5: case 0xE4: case 0xE0: case 0xE1: case 0xC5: case 0xC4: case 0xC0: case 0xC1:
		return 'a';
	case 0xF6: case 0xF8: case 0xF3: case 0xD6: case 0xD8: case 0xD3:
		return 'o';
	case 0xE9: case 0xE8: case 0xEA: case 0xC9: case 0xC8:
		return 'e';
	case 0xFC: case 0xDC:
		return 'u';
	case 0xA0: case 0x2007: case 0x2009: case 0x202F:
		return ' ';
	case 0xAD:
		return 0;
	case 0x2013: case 0x2014: case 0x2212:
		return '-';
	case 0x2022: case 0x25CF: case 0x25AA:
		return '*';
	default:
		return 0x80; /* some other letter or sign: not part of anything below */
	}
}

/* Folds the text as above into out, which has room for len + 1 bytes. */
static void fold_text(char *out, const char *text, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len;) {
		long cp = sp__utf8_decode(text, len, &i);
		if (cp < 0) {
			i++;
			cp = 0xFFFD;
		}
		int c = fold(cp);
		if (c)
			out[n++] = (char)c;
	}
	out[n] = '\0';
	/* A hyphen inside a word is where the form broke it ("drivmedels-försäljning"). */
	size_t kept = 0;
	for (size_t i = 0; i < n; i++)
		if (!(out[i] == '-' && kept > 0 && is_letter(out[kept - 1]) && is_letter(out[i + 1])))
			out[kept++] = out[i];
	out[kept] = '\0';
}

static bool word_start(const char *s, size_t i)
{
	return i == 0 || !is_letter(s[i - 1]);
}

/* Whether one letter inserted, dropped, changed or two swapped turn
 * `word` (a whole word of length wn) into `stem`. */
static bool one_letter_off(const char *word, size_t wn, const char *stem, size_t sn)
{
	size_t i = 0;
	while (i < wn && i < sn && word[i] == stem[i])
		i++;
	if (i == wn && i == sn)
		return true;
	const char *w = word + i, *s = stem + i;
	size_t wr = wn - i, sr = sn - i;
	if (wr == sr)
		return (wr >= 1 && memcmp(w + 1, s + 1, wr - 1) == 0) ||
		       (wr >= 2 && w[0] == s[1] && w[1] == s[0] && memcmp(w + 2, s + 2, wr - 2) == 0);
	if (wr + 1 == sr)
		return memcmp(w, s + 1, wr) == 0;
	if (sr + 1 == wr)
		return memcmp(w + 1, s, sr) == 0;
	return false;
}

/* The length of the text at s that the stem matches at a word start, 0 when
 * it does not. A stem matches the start of a longer word too
 * ("hemsandningar"), and a long one-word stem one letter off. */
static size_t stem_matches(const char *s, const char *stem)
{
	size_t sn = strlen(stem);
	if (strncmp(s, stem, sn) == 0)
		return sn;
	if (sn < 9 || strchr(stem, ' '))
		return 0;
	size_t wn = 0;
	while (is_letter(s[wn]))
		wn++;
	/* The word may carry an ending ("-et", "-en", "-ar"): try it whole and
	 * cut back to the stem's length give or take one. */
	for (size_t cut = sn - 1; cut <= sn + 1 && cut <= wn; cut++)
		if (one_letter_off(s, cut, stem, sn))
			return wn;
	return 0;
}

/* The unit that follows a number at s (after spaces), or NULL; *len gets
 * what it spans. A unit must end at a word boundary ("st" but not "stora"). */
static const unit *unit_at(const char *s, size_t *len)
{
	size_t skip = 0;
	while (s[skip] == ' ')
		skip++;
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++) {
		size_t n = strlen(units[k].word);
		if (strncmp(s + skip, units[k].word, n) == 0 && !is_letter(s[skip + n])) {
			if (s[skip + n] == '.' && units[k].scale == 0)
				n++; /* "st." */
			*len = skip + n;
			return &units[k];
		}
	}
	return NULL;
}

/* A number as people write it: groups of three digits after spaces or
 * points, a decimal comma. */
typedef struct number {
	int64_t whole;       /* digits before the comma */
	int64_t fraction;    /* up to seven digits after it, as an integer */
	int fraction_digits; /* how many of them */
	bool overflow;       /* the whole part passes 64 bits */
	bool fraction_long;  /* more than seven digits after the comma, not all zeros */
	size_t len;          /* what it spans in the text */
} number;

/* Whether s holds exactly three digits and then no further digit. */
static bool three_digits(const char *s)
{
	return is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && !is_digit(s[3]);
}

static void add_digit(int64_t *value, char digit, bool *overflow)
{
	if (*value > (INT64_MAX - (digit - '0')) / 10)
		*overflow = true;
	else
		*value = *value * 10 + (digit - '0');
}

static number number_at(const char *s)
{
	number n = { 0, 0, 0, false, false, 0 };
	size_t i = 0;
	while (is_digit(s[i]))
		add_digit(&n.whole, s[i++], &n.overflow);
	/* Only a first group of one to three digits can have groups after it. */
	bool grouped = i <= 3;
	while (grouped && (s[i] == ' ' || s[i] == '.') && three_digits(s + i + 1)) {
		for (size_t k = i + 1; k < i + 4; k++)
			add_digit(&n.whole, s[k], &n.overflow);
		i += 4;
	}
	if (s[i] == ',' && is_digit(s[i + 1])) {
		for (i++; is_digit(s[i]); i++) {
			if (n.fraction_digits < 7)
				add_digit(&n.fraction, s[i], &n.overflow), n.fraction_digits++;
			else if (s[i] != '0')
				n.fraction_long = true;
		}
	}
	n.len = i;
	return n;
}

/* The number times the scale, when that is whole and fits in 64 bits. */
static bool scaled(number n, int64_t scale, int64_t *out, bool *too_large)
{
	while (n.fraction_digits && n.fraction % 10 == 0)
		n.fraction /= 10, n.fraction_digits--;
	if (n.overflow || n.whole > INT64_MAX / scale) {
		*too_large = true;
		return false;
	}
	int64_t divisor = 1;
	for (int k = 0; k < n.fraction_digits; k++)
		divisor *= 10;
	if (n.fraction_long || (n.fraction * scale) % divisor)
		return false;
	int64_t part = n.fraction * scale / divisor;
	if (n.whole * scale > INT64_MAX - part) {
		*too_large = true;
		return false;
	}
	*out = n.whole * scale + part;
	return true;
}

/* One figure of a kind seen in the text, and whether another differed. */
typedef struct seen {
	int64_t value;
	bool twice_different;
} seen;

static void see(seen *s, int64_t value)
{
	if (s->value >= 0 && s->value != value)
		s->twice_different = true;
	s->value = value;
}

/* Whether an amount at s[i], whose unit ends at s[end], is a price per item:
 * "12 st á 250 tkr", "200 000 kr per st", "200 000 kr/st". */
static bool per_item(const char *s, size_t i, size_t end)
{
	size_t j = i;
	while (j > 0 && s[j - 1] == ' ')
		j--;
	if (j > 0 && s[j - 1] == 'a' && (j == 1 || !is_letter(s[j - 2])))
		return true;
	while (s[end] == ' ')
		end++;
	return strncmp(s + end, "per ", 4) == 0 || s[end] == '/';
}

static bool is_year(const number *n)
{
	return n->len == 4 && n->fraction_digits == 0 && n->whole >= 1900 && n->whole <= 2100;
}

static int read_folded(sp_output_reading *out, const char *s, sp_error *err)
{
	seen count = { -1, false }, amount = { -1, false };
	sp_support_type type = SP_SUPPORT_UNSET;
	bool two_types = false, not_whole = false, too_large = false, after_antal = false, price = false;
	int64_t antal_number = -1;
	for (size_t i = 0; s[i];) {
		if (is_digit(s[i]) && (i == 0 || (!is_digit(s[i - 1]) && !is_letter(s[i - 1])))) {
			number n = number_at(s + i);
			size_t ulen = 0;
			const unit *u = unit_at(s + i + n.len, &ulen);
			int64_t value;
			if (u && scaled(n, u->scale ? u->scale : 1, &value, &too_large)) {
				if (u->scale && per_item(s, i, i + n.len + ulen))
					price = true;
				else
					see(u->scale ? &amount : &count, value);
			} else if (u && !too_large) {
				not_whole = true;
			} else if (!u && after_antal && !is_year(&n) && !n.fraction_digits && !n.overflow) {
				antal_number = antal_number < 0 || antal_number == n.whole ? n.whole : -2;
			}
			i += n.len + ulen;
			continue;
		}
		if (is_letter(s[i]) && word_start(s, i)) {
			size_t word = 0;
			while (is_letter(s[i + word]))
				word++;
			if (word == 5 && memcmp(s + i, "antal", 5) == 0)
				after_antal = true;
			for (size_t k = 0; k < sizeof(aliases) / sizeof(aliases[0]); k++) {
				size_t len = stem_matches(s + i, aliases[k].stem);
				if (len) {
					if (type != SP_SUPPORT_UNSET && type != aliases[k].type)
						two_types = true;
					type = aliases[k].type;
					i += len;
					goto next;
				}
			}
			while (is_letter(s[i]))
				i++;
			continue;
		}
		i++;
	next:;
	}
	if (count.value < 0 && antal_number >= 0)
		count.value = antal_number;
	if (too_large) {
		sp__error(err, SP_ERANGE, "the text gives a number too large to keep");
		return SP_ERANGE;
	}
	if (count.twice_different || amount.twice_different || two_types || not_whole || price ||
	    antal_number == -2) {
		sp__error(err, SP_EVALUE, "%s",
		          _(two_types ? N_("the text names more than one support type") :
		            price ? N_("the text gives a price per item, not a total") :
		            count.twice_different || antal_number == -2 ? N_("the text gives more than one count") :
		            amount.twice_different ? N_("the text gives more than one amount") :
		                                     N_("the text gives a count or an amount that is not whole")));
		return SP_EVALUE;
	}
	if (count.value < 0 && amount.value < 0) {
		sp__error(err, SP_ENOTFOUND, "the text gives no count and no amount");
		return SP_ENOTFOUND;
	}
	out->support_type = type;
	out->count = count.value;
	out->amount_sek = amount.value;
	return 0;
}

SP_API int sp_output_text_read(sp_output_reading *out, const char *text, sp_error *err)
{
	if (out)
		*out = (sp_output_reading){ SP_SUPPORT_UNSET, -1, -1 };
	if (!out || !text) {
		sp__error(err, SP_EINVAL, "no reading or no text given");
		return SP_EINVAL;
	}
	/* Without a digit there is no figure; most texts are short enough for the stack. */
	size_t len = strcspn(text, "0123456789");
	if (!text[len]) {
		sp__error(err, SP_ENOTFOUND, "the text gives no count and no amount");
		return SP_ENOTFOUND;
	}
	len += strlen(text + len);
	char room[512];
	char *folded = len < sizeof(room) ? room : malloc(len + 1);
	if (!folded) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	fold_text(folded, text, len);
	int rc = read_folded(out, folded, err);
	if (folded != room)
		free(folded);
	return rc;
}
