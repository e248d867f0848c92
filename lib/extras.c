/*
 * Unknown keys kept on load (SP_UNKNOWN_KEYS_KEEP), per report: a map from
 * node to the JSON text of its unknown keys (kept_values.c makes and writes
 * that text). Few nodes have any, so they live here rather than in a
 * pointer in every node.
 */
#include "internal.h"

const char *sp__extras_get(const sp_doc *doc, const sp_node *node)
{
	const sp_hash_entry *entry = sp__hash_find(&doc->extras, node);
	return entry ? entry->value : NULL;
}

int sp__extras_put(sp_doc *doc, const sp_node *node, char *keys)
{
	sp_hash_entry *entry = sp__hash_find(&doc->extras, node);
	if (entry) {
		sp__free(doc, entry->value);
		entry->value = keys;
		return 0;
	}
	if (sp__hash_add(doc, &doc->extras, node, keys)) {
		sp__free(doc, keys);
		return SP_ENOMEM;
	}
	return 0;
}

void sp__extras_forget(sp_doc *doc, const sp_node *node)
{
	sp__free(doc, sp__hash_remove(&doc->extras, node));
}

void sp__extras_clear(sp_doc *doc)
{
	for (size_t i = 0; i < doc->extras.cap; i++)
		sp__free(doc, doc->extras.slots[i].value);
	sp__hash_free(doc, &doc->extras);
}
