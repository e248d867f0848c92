/*
 * JSON pointers (RFC 6901), the paths in errors and findings: one builder,
 * so that every path escapes '~' and '/' in keys the same way, whether it
 * comes from the JSON reader, the loader or a node (node_pointer.c).
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* The length of s[0..len) cut on a UTF-8 character boundary. */
static size_t whole_characters(const char *s, size_t len)
{
	while (len && ((unsigned char)s[len] & 0xC0) == 0x80)
		len--;
	return len;
}

/* Appends s[0..len) (no NUL in it) to the pointer of `used` bytes in buf. When it does not fit, as
 * much of it as does, cut on a character boundary, and the pointer is full: size - 1 is returned,
 * after which nothing more is appended, so that a cut pointer never goes on with later segments. */
static size_t append(char *buf, size_t size, size_t used, const char *s, size_t len)
{
	if (used + len < size) {
		memcpy(buf + used, s, len);
		buf[used + len] = '\0';
		return used + len;
	}
	if (used + 1 < size) {
		len = whole_characters(s, size - used - 1);
		memcpy(buf + used, s, len);
		buf[used + len] = '\0';
	}
	return size - 1;
}

size_t sp__pointer_push_key(char *buf, size_t size, size_t used, const char *key, size_t len)
{
	used = append(buf, size, used, "/", 1);
	while (len) {
		size_t run = 0;
		while (run < len && key[run] != '~' && key[run] != '/')
			run++;
		used = append(buf, size, used, key, run);
		if (run == len)
			break;
		/* An escape is never split. */
		used = used + 2 < size ? append(buf, size, used, key[run] == '~' ? "~0" : "~1", 2) : size - 1;
		key += run + 1, len -= run + 1;
	}
	return used;
}

size_t sp__pointer_push_index(char *buf, size_t size, size_t used, size_t index)
{
	char digits[24];
	int n = snprintf(digits, sizeof(digits), "/%zu", index);
	return append(buf, size, used, digits, (size_t)n);
}
