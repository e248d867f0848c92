/*
 * A node's place in its report as a JSON pointer: for sp_node_path, and for
 * the paths of errors and findings about a node, its fields and their items.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

size_t sp__node_pointer(char *buf, size_t size, const sp_node *node, const char *key, long index)
{
	const sp_node *chain[SP_MAX_DEPTH];
	size_t depth = 0, used = 0;
	buf[0] = '\0';
	for (const sp_node *n = node; n && n->parent && depth < SP_MAX_DEPTH; n = n->parent)
		chain[depth++] = n;
	while (depth--) {
		const sp_field *field = sp__node_field(chain[depth]);
		used = sp__pointer_push_key(buf, size, used, field->key, strlen(field->key));
		if (field->kind == SP_KIND_LIST)
			used = sp__pointer_push_index(buf, size, used, chain[depth]->index);
	}
	if (key)
		used = sp__pointer_push_key(buf, size, used, key, strlen(key));
	if (index >= 0)
		used = sp__pointer_push_index(buf, size, used, (size_t)index);
	return used;
}

SP_API int sp_node_path(char *buf, size_t size, const sp_node *node)
{
	char path[1024];
	sp__node_pointer(path, sizeof(path), node, NULL, -1);
	return snprintf(buf, size, "%s", path);
}
