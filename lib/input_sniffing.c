/*
 * What an input is, from its first bytes: JSON or YAML (when the caller
 * leaves the syntax to the library), UTF-8 or an encoding the loader
 * refuses.
 */
#include "internal.h"

sp_syntax sp__detect_syntax(const char *data, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')
			continue;
		return data[i] == '{' || data[i] == '[' ? SP_SYNTAX_JSON : SP_SYNTAX_YAML;
	}
	return SP_SYNTAX_AUTO;
}

sp_syntax sp__detect_stream_syntax(FILE *stream)
{
	int c;
	do
		c = getc(stream);
	while (c == ' ' || c == '\t' || c == '\r' || c == '\n');
	return c == '{' || c == '[' ? SP_SYNTAX_JSON : SP_SYNTAX_YAML;
}

/* Told by their byte-order mark or by NUL bytes among ASCII. */
bool sp__wide_encoding(const char *data, size_t len)
{
	const unsigned char *u = (const unsigned char *)data;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return true;
	return len >= 2 && (u[0] == 0 || u[1] == 0);
}
