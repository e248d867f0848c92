/* Fuzz target: loading YAML (see load_common.h for what is checked). */
#include "load_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_load_all(data, size, SP_SYNTAX_YAML);
}
