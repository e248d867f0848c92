/* Fuzz target: the JSON reader against jansson (tests/json_differential.c). */
#include "fuzz.h"
#include "json_differential.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char buf[1024];
	const char *disagreement = json_disagreement((const char *)data, size, buf, sizeof(buf));
	CHECK(disagreement == NULL, "%s", disagreement);
	return 0;
}
