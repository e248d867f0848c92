/* The two load harnesses: the same checks, one syntax each. */
#ifndef SP_FUZZ_LOAD_COMMON_H
#define SP_FUZZ_LOAD_COMMON_H

#include "fuzz.h"

/*
 * Loads the input with each way of treating unknown keys and checks that
 * they agree: what loads when unknown keys are errors loads the same when
 * they are kept or dropped, and what loads when they are kept also loads
 * when they are dropped. Every report that loads is walked through the
 * generic API, copied and compared with its copy.
 */
/*
 * The short inputs also go, as text, to the public parsers of numbers and
 * enum values: what parses must format and parse back to the same value.
 */
static inline void fuzz_numbers(const uint8_t *data, size_t size)
{
	char text[256], again[64];
	int64_t value, value2;
	if (size >= sizeof(text))
		return;
	memcpy(text, data, size);
	text[size] = '\0';
	if (sp_decimal_parse(&value, text, NULL) == 0) {
		CHECK(value >= 0 && value <= SP_DECIMAL_MAX, "decimal '%s' gave %lld", text, (long long)value);
		int n = sp_decimal_format(again, sizeof(again), value);
		CHECK(n > 0 && (size_t)n < sizeof(again), "decimal %lld formats to %d bytes", (long long)value, n);
		CHECK(sp_decimal_parse(&value2, again, NULL) == 0 && value2 == value, "decimal '%s' -> %lld -> '%s'", text,
		      (long long)value, again);
	}
	if (sp_integer_parse(&value, text, NULL) == 0) {
		CHECK(value >= 0, "integer '%s' gave %lld", text, (long long)value);
		snprintf(again, sizeof(again), "%lld", (long long)value);
		CHECK(sp_integer_parse(&value2, again, NULL) == 0 && value2 == value, "integer '%s' -> %lld", text,
		      (long long)value);
	}
	for (int e = 0; e < SP_ENUM_COUNT; e++) {
		int v = sp_enum_parse((sp_enum_id)e, text);
		CHECK(v >= 0 && v <= sp_enum_max((sp_enum_id)e), "enum %d value %d", e, v);
		if (v) {
			CHECK(sp_enum_parse((sp_enum_id)e, sp_enum_token((sp_enum_id)e, v)) == v, "token of %d", v);
			CHECK(sp_enum_parse((sp_enum_id)e, sp_enum_label_sv((sp_enum_id)e, v)) == v, "label of %d", v);
		}
	}
}

static inline int fuzz_load_all(const uint8_t *data, size_t size, sp_syntax syntax)
{
	sp_report *strict, *keep, *drop, *copy;
	sp_error err;
	if (size > FUZZ_MAX_INPUT)
		return 0;
	int rc_strict = fuzz_load(&strict, data, size, syntax, SP_UNKNOWN_KEYS_ERROR);
	int rc_keep = fuzz_load(&keep, data, size, syntax, SP_UNKNOWN_KEYS_KEEP);
	int rc_drop = fuzz_load(&drop, data, size, syntax, SP_UNKNOWN_KEYS_DROP);
	if (!rc_strict) {
		CHECK(!rc_keep && !rc_drop, "loads strictly but not with unknown keys kept (%d) or dropped (%d)",
		      rc_keep, rc_drop);
		fuzz_check_equal(strict, keep, "strict and keep");
		fuzz_check_equal(strict, drop, "strict and drop");
	}
	if (!rc_keep)
		CHECK(!rc_drop, "loads with unknown keys kept but not dropped (%s)", sp_error_code_name(rc_drop));
	if (rc_keep && rc_drop)
		CHECK(rc_strict, "loads strictly only");
	sp_report *any = keep ? keep : drop;
	if (any) {
		fuzz_walk((const sp_node *)any, 0);
		CHECK(sp_report_copy(&copy, any, &err) == 0, "copy: %s", err.message);
		fuzz_check_equal(any, copy, "a report and its copy");
		sp_report_free(copy);
	}
	sp_report_free(strict);
	sp_report_free(keep);
	sp_report_free(drop);
	fuzz_numbers(data, size);
	return 0;
}

#endif
