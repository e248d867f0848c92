/* Numbers as text: exact decimals in thousandths, 64-bit counts, Swedish forms. */
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "numbers_internal.h"

static size_t separator_at(const char *s, size_t len, size_t i)
{
	static const char *const separators[] = { " ", "\xC2\xA0", "\xE2\x80\xAF" }; /* space, NBSP, NNBSP */
	for (size_t k = 0; k < sizeof(separators) / sizeof(separators[0]); k++) {
		size_t n = strlen(separators[k]);
		if (i + n <= len && memcmp(s + i, separators[k], n) == 0)
			return n;
	}
	return 0;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static void trim(const char **s, size_t *len)
{
	size_t n;
	while (*len && ((n = separator_at(*s, *len, 0)) || **s == '\t' || **s == '\n' || **s == '\r')) {
		n = n ? n : 1;
		*s += n, *len -= n;
	}
	for (;;) {
		if (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' || (*s)[*len - 1] == '\n' ||
		             (*s)[*len - 1] == '\r'))
			(*len)--;
		else if (*len >= 2 && separator_at(*s, *len, *len - 2) == 2)
			*len -= 2;
		else if (*len >= 3 && separator_at(*s, *len, *len - 3) == 3)
			*len -= 3;
		else
			break;
	}
}

/* Reads digits with thousands separators between them from s[*i]; the
 * value must stay at or below `max`. */
static int read_digits(int64_t *value, const char *s, size_t len, size_t *i, int64_t max,
                       const char **why)
{
	size_t start = *i;
	*value = 0;
	while (*i < len) {
		size_t sep;
		if (is_digit(s[*i])) {
			int d = s[*i] - '0';
			if (*value > (max - d) / 10) {
				*why = N_("the number is too large");
				return SP_ERANGE;
			}
			*value = *value * 10 + d;
			(*i)++;
		} else if (*i > start && (sep = separator_at(s, len, *i)) && *i + sep < len &&
		           is_digit(s[*i + sep])) {
			*i += sep;
		} else {
			break;
		}
	}
	if (*i == start) {
		*why = N_("expected a number");
		return SP_EVALUE;
	}
	return 0;
}

static int sign_problem(const char *s, size_t len, const char **why)
{
	if (len && s[0] == '-') {
		*why = N_("the number must not be negative");
		return SP_ERANGE;
	}
	if (len && s[0] == '+') {
		*why = N_("expected a number without a sign");
		return SP_EVALUE;
	}
	return 0;
}

int sp__integer_parse_n(int64_t *out, const char *s, size_t len, const char **why)
{
	trim(&s, &len);
	int rc = sign_problem(s, len, why);
	if (rc)
		return rc;
	size_t i = 0;
	if ((rc = read_digits(out, s, len, &i, INT64_MAX, why)))
		return rc;
	while (i < len && separator_at(s, len, i))
		i += separator_at(s, len, i);
	if (i + 2 == len && (sp__text_equal_folded(s + i, 2, "kr") || sp__text_equal_folded(s + i, 2, "st")))
		i += 2;
	if (i != len) {
		*why = N_("expected a whole number (optionally with spaces between thousands and \"kr\" or \"st\")");
		return SP_EVALUE;
	}
	return 0;
}

int sp__decimal_parse_n(int64_t *out, const char *s, size_t len, const char **why)
{
	trim(&s, &len);
	int rc = sign_problem(s, len, why);
	if (rc)
		return rc;
	size_t i = 0;
	int64_t whole, fraction = 0;
	if ((rc = read_digits(&whole, s, len, &i, SP_DECIMAL_MAX / 1000, why)))
		return rc;
	if (i < len && (s[i] == '.' || s[i] == ',')) {
		size_t places = 0;
		for (i++; i < len && is_digit(s[i]); i++, places++) {
			if (places == 3) {
				*why = N_("expected at most three decimal places");
				return SP_EVALUE;
			}
			fraction = fraction * 10 + (s[i] - '0');
		}
		if (places == 0) {
			*why = N_("expected digits after the decimal mark");
			return SP_EVALUE;
		}
		for (; places < 3; places++)
			fraction *= 10;
	}
	if (i != len) {
		*why = N_("expected a decimal number such as 0.5 or 0,5");
		return SP_EVALUE;
	}
	if (whole * 1000 + fraction > SP_DECIMAL_MAX) {
		*why = N_("the number is above 1000000");
		return SP_ERANGE;
	}
	*out = whole * 1000 + fraction;
	return 0;
}

static int public_parse(int (*parse)(int64_t *, const char *, size_t, const char **), int64_t *out,
                        const char *text, sp_error *err)
{
	const char *why = NULL;
	int64_t value;
	if (!out || !text) {
		sp__error(err, SP_EINVAL, "no text to parse");
		return SP_EINVAL;
	}
	int rc = parse(&value, text, strlen(text), &why);
	if (rc) {
		sp__error(err, rc, "%s", _(why));
		return rc;
	}
	*out = value;
	return 0;
}

SP_API int sp_decimal_parse(int64_t *out, const char *text, sp_error *err)
{
	return public_parse(sp__decimal_parse_n, out, text, err);
}

SP_API int sp_integer_parse(int64_t *out, const char *text, sp_error *err)
{
	return public_parse(sp__integer_parse_n, out, text, err);
}

SP_API int sp_decimal_format(char *buf, size_t size, int64_t thousandths)
{
	const char *sign = thousandths < 0 ? "-" : "";
	uint64_t magnitude = thousandths < 0 ? 0 - (uint64_t)thousandths : (uint64_t)thousandths;
	unsigned fraction = (unsigned)(magnitude % 1000);
	if (fraction == 0)
		return snprintf(buf, size, "%s%llu", sign, (unsigned long long)(magnitude / 1000));
	int places = 3;
	while (fraction % 10 == 0)
		fraction /= 10, places--;
	return snprintf(buf, size, "%s%llu.%0*u", sign, (unsigned long long)(magnitude / 1000), places,
	                fraction);
}
