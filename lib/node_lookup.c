/* Finding an element of a report by its JSON pointer (RFC 6901). */
#include <string.h>

#include "internal.h"

/* The longest reference token looked up: longer ones name no key of the format. */
#define TOKEN_MAX 64

/*
 * The next reference token of `*pointer` (which is at a '/'), unescaped
 * (~1 is '/', ~0 is '~') into `token`; moves `*pointer` past it. False for a
 * token too long or with a '~' that escapes nothing.
 */
static bool next_token(char token[TOKEN_MAX], const char **pointer)
{
	const char *p = *pointer + 1;
	size_t n = 0;
	for (; *p && *p != '/'; p++) {
		char c = *p;
		if (c == '~') {
			if (p[1] != '0' && p[1] != '1')
				return false;
			c = *++p == '0' ? '~' : '/';
		}
		if (n + 1 >= TOKEN_MAX)
			return false;
		token[n++] = c;
	}
	token[n] = '\0';
	*pointer = p;
	return true;
}

/* A list index as RFC 6901 writes it: digits without leading zeros. */
static bool list_index(size_t *out, const char *token)
{
	if (!*token || (token[0] == '0' && token[1]) || strspn(token, "0123456789") != strlen(token) ||
	    strlen(token) > 9)
		return false;
	*out = 0;
	for (; *token; token++)
		*out = *out * 10 + (size_t)(*token - '0');
	return true;
}

SP_API const sp_node *sp_node_at(const sp_node *node, const char *pointer)
{
	if (!node || !pointer || (*pointer && *pointer != '/'))
		return NULL;
	char token[TOKEN_MAX];
	while (node && *pointer) {
		if (!next_token(token, &pointer))
			return NULL;
		const sp_field *field = sp_type_field_by_key(sp_node_type(node), token);
		size_t index = 0;
		if (sp_field_kind(field) == SP_KIND_LIST) {
			if (*pointer != '/' || !next_token(token, &pointer) || !list_index(&index, token))
				return NULL;
		} else if (sp_field_kind(field) != SP_KIND_OBJECT) {
			return NULL; /* no such key, or a value that is no element */
		}
		node = sp_node_child(node, field, index);
	}
	return node;
}

SP_API sp_node *sp_node_at_mut(sp_node *node, const char *pointer)
{
	return (sp_node *)sp_node_at(node, pointer);
}
