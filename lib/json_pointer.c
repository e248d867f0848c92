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

/* Appends s[0..len) (no NUL in it) to the pointer of `used` bytes in buf, or as much of it as fits. */
static size_t append(char *buf, size_t size, size_t used, const char *s, size_t len)
{
	if (used + len >= size)
		len = used + 1 < size ? whole_characters(s, size - used - 1) : 0;
	memcpy(buf + used, s, len);
	buf[used + len] = '\0';
	return used + len;
}

size_t sp__pointer_push_key(char *buf, size_t size, size_t used, const char *key, size_t len)
{
	used = append(buf, size, used, "/", 1);
	for (size_t run = 0; len; key += run, len -= run) {
		run = 0;
		while (run < len && key[run] != '~' && key[run] != '/')
			run++;
		size_t before = used;
		if ((used = append(buf, size, used, key, run)) < before + run)
			break;
		if (run < len) {
			const char *escape = key[run] == '~' ? "~0" : "~1";
			if (used + 2 >= size)
				break; /* an escape is never split */
			used = append(buf, size, used, escape, 2);
			run++;
		}
	}
	return used;
}

size_t sp__pointer_push_index(char *buf, size_t size, size_t used, size_t index)
{
	char digits[24];
	int n = snprintf(digits, sizeof(digits), "/%zu", index);
	return append(buf, size, used, digits, (size_t)n);
}
