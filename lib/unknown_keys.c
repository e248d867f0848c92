/*
 * The unknown keys a load kept (SP_UNKNOWN_KEYS_KEEP), for callers: listed,
 * read as JSON text and removed, whatever form extras.c keeps them in.
 */
#include <stdlib.h>

#include "internal.h"

/* The node's kept keys, or NULL when it has none. */
static json_t *kept(const sp_node *node)
{
	return node ? sp__extras_get(sp__doc_of(node), node) : NULL;
}

SP_API size_t sp_node_unknown_count(const sp_node *node)
{
	return json_object_size(kept(node));
}

SP_API const char *sp_node_unknown_key(const sp_node *node, size_t index)
{
	json_t *keys = kept(node);
	void *it = keys ? json_object_iter(keys) : NULL;
	for (size_t i = 0; it && i < index; i++)
		it = json_object_iter_next(keys, it);
	return it ? json_object_iter_key(it) : NULL;
}

SP_API int sp_node_unknown_value(char **out, const sp_node *node, const char *key, sp_error *err)
{
	if (!out || !node || !key) {
		sp__error(err, SP_EINVAL, "an unknown key's value needs somewhere to go, a node and a key");
		return SP_EINVAL;
	}
	*out = NULL;
	json_t *value = json_object_get(kept(node), key);
	if (!value) {
		sp__error(err, SP_ENOTFOUND, "no unknown key '%s' was kept here", key);
		return SP_ENOTFOUND;
	}
	const size_t flags = JSON_ENCODE_ANY | JSON_COMPACT;
	size_t len = json_dumpb(value, NULL, 0, flags);
	char *text = len ? malloc(len + 1) : NULL;
	if (!text || json_dumpb(value, text, len, flags) != len) {
		free(text);
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	text[len] = '\0';
	*out = text;
	return 0;
}

SP_API int sp_node_remove_unknown(sp_node *node, const char *key, sp_error *err)
{
	if (!node || !key) {
		sp__error(err, SP_EINVAL, "removing an unknown key needs a node and a key");
		return SP_EINVAL;
	}
	json_t *keys = kept(node);
	if (json_object_del(keys, key)) {
		sp__error(err, SP_ENOTFOUND, "no unknown key '%s' was kept here", key);
		return SP_ENOTFOUND;
	}
	if (!json_object_size(keys)) /* a node without kept keys has no entry */
		sp__extras_forget(sp__doc_of(node), node);
	return 0;
}
