/*
 * Fuzz target: the round trip. Whatever loads (either syntax, unknown keys
 * kept) is saved as JSON and as YAML; each text must load again into an
 * equal report, and saving that report again must give the same bytes.
 * A copy of the report must save to the same bytes too.
 */
#include "fuzz.h"

static void round_trip(const sp_report *report, sp_syntax syntax)
{
	char *first, *second, *third;
	size_t first_len, second_len, third_len;
	sp_report *again, *copy;
	sp_error err;
	const char *name = syntax == SP_SYNTAX_JSON ? "JSON" : "YAML";

	fuzz_save(&first, &first_len, report, syntax);
	int rc = fuzz_load(&again, (const uint8_t *)first, first_len, syntax, SP_UNKNOWN_KEYS_KEEP);
	if (rc) {
		memset(&err, 0, sizeof(err));
		sp_load_options opts = SP_LOAD_OPTIONS_INIT;
		opts.syntax = syntax;
		opts.unknown_keys = SP_UNKNOWN_KEYS_KEEP;
		sp_report_load_buffer(&again, first, first_len, &opts, &err);
		CHECK(0, "the saved %s does not load: %d:%d: %s: %s\n----\n%s----", name, err.line, err.column,
		      err.path, err.message, first);
	}
	fuzz_check_equal(report, again, syntax == SP_SYNTAX_JSON ? "after a JSON round trip" : "after a YAML round trip");
	fuzz_save(&second, &second_len, again, syntax);
	CHECK(first_len == second_len && memcmp(first, second, first_len) == 0,
	      "the second %s save differs from the first:\n----\n%s----\n%s----", name, first, second);

	CHECK(sp_report_copy(&copy, report, &err) == 0, "copy: %s", err.message);
	fuzz_save(&third, &third_len, copy, syntax);
	CHECK(first_len == third_len && memcmp(first, third, first_len) == 0, "a copy saves differently as %s", name);

	sp_report_free(copy);
	sp_report_free(again);
	sp_free(first);
	sp_free(second);
	sp_free(third);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sp_report *report;
	if (size > FUZZ_MAX_INPUT || fuzz_load(&report, data, size, SP_SYNTAX_AUTO, SP_UNKNOWN_KEYS_KEEP))
		return 0;
	round_trip(report, SP_SYNTAX_JSON);
	round_trip(report, SP_SYNTAX_YAML);
	sp_report_free(report);
	return 0;
}
