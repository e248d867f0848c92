/*
 * The format's own checks of text values, for callers: the same rules
 * (schema.c's sp__rule_*) that loading and the setters apply, so that the
 * CLI and the bindings check a date or a county code as the library does.
 */
#include "internal.h"

/* 0, or SP_EVALUE with "expected ..." when `text` breaks `rule`. */
static int check(const char *(*rule)(const char *text), const char *text, sp_error *err)
{
	if (!text) {
		sp__error(err, SP_EINVAL, "no text to check");
		return SP_EINVAL;
	}
	const char *why = rule(text);
	if (why) {
		sp__error(err, SP_EVALUE, "expected %s", _(why));
		return SP_EVALUE;
	}
	return 0;
}

static int two_digits(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

SP_API int sp_date_parse(int32_t *out, const char *text, sp_error *err)
{
	int rc = check(sp__rule_date, text, err);
	if (rc)
		return rc;
	if (out) /* YYYY-MM or YYYY-MM-DD, as the rule has checked */
		*out = (int32_t)((two_digits(text) * 100 + two_digits(text + 2)) * 10000 + two_digits(text + 5) * 100 +
		                 (text[7] ? two_digits(text + 8) : 0));
	return 0;
}

SP_API int sp_county_code_parse(int *out, const char *text, sp_error *err)
{
	int rc = check(sp__rule_county_code, text, err);
	if (!rc && out)
		*out = two_digits(text);
	return rc;
}
