/*
 * Reading a stream whole into memory, within a limit: for loading from a
 * pipe or a JSON file, and for the second read of a YAML file that an
 * error message quotes.
 */
#include <stdlib.h>

#include "internal.h"

int sp__read_stream(char **out, size_t *len, FILE *stream, size_t expected, size_t limit)
{
	/* One byte more than expected, to see the end without growing. */
	size_t cap = expected && expected < limit ? expected + 1 : limit < 65536 ? limit : 65536, used = 0;
	char *buf = malloc(cap ? cap : 1);
	if (!buf)
		return SP_ENOMEM;
	for (;;) {
		used += fread(buf + used, 1, cap - used, stream);
		if (used < cap || used >= limit)
			break;
		size_t grown = cap > limit / 2 ? limit : cap * 2;
		char *bigger = realloc(buf, grown);
		if (!bigger) {
			free(buf);
			return SP_ENOMEM;
		}
		buf = bigger, cap = grown;
	}
	if (ferror(stream)) {
		free(buf);
		return SP_EIO;
	}
	*out = buf;
	*len = used;
	return 0;
}
