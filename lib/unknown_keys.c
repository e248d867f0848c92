/*
 * The unknown keys a load kept (SP_UNKNOWN_KEYS_KEEP), for callers: listed,
 * read as JSON text and removed. A node's kept keys are the text of one
 * compact JSON object made by the library's own writer (kept_values.c), so
 * its members are found by walking that text: a key is a JSON string, its
 * value runs to the comma or brace that closes it at depth one.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* One member of the kept object: the key's quoted JSON text and the value's text. */
typedef struct member {
	const char *key, *value;
	size_t key_len, value_len;
	size_t start, end; /* the member's span in the object's text, without the comma */
} member;

/* The end of the JSON string that begins with the quote at s[at]. */
static size_t string_end(const char *s, size_t at)
{
	for (at++; s[at] && s[at] != '"'; at++)
		if (s[at] == '\\' && s[at + 1])
			at++;
	return s[at] ? at + 1 : at;
}

/* The end of the JSON value at s[at]: the comma or closing brace of the member. */
static size_t value_end(const char *s, size_t at)
{
	int depth = 0;
	while (s[at] && !(depth == 0 && (s[at] == ',' || s[at] == '}'))) {
		if (s[at] == '"') {
			at = string_end(s, at);
			continue;
		}
		depth += (s[at] == '[' || s[at] == '{') - (s[at] == ']' || s[at] == '}');
		at++;
	}
	return at;
}

/* The member at `index` of the object text `keys` (NULL: none); false past the last. */
static bool member_at(const char *keys, size_t index, member *m)
{
	size_t at = keys && keys[0] == '{' ? 1 : 0;
	for (size_t i = 0; keys && at && keys[at] == '"'; i++) {
		m->start = at;
		m->key = keys + at;
		at = string_end(keys, at);
		m->key_len = (size_t)(keys + at - m->key);
		if (keys[at] != ':')
			return false;
		m->value = keys + ++at;
		at = value_end(keys, at);
		m->value_len = (size_t)(keys + at - m->value);
		m->end = at;
		if (i == index)
			return true;
		if (keys[at] == ',')
			at++;
	}
	return false;
}

/* The member's key, decoded from its JSON string by the library's reader, as a new text. */
static int decode_key(char **out, const member *m, sp_error *err)
{
	sp_source *src;
	sp_event ev;
	int rc = sp__json_source_open(&src, m->key, m->key_len, err);
	if (rc)
		return rc;
	rc = src->next(src, &ev, err);
	if (!rc && !(*out = malloc(ev.len + 1)))
		rc = SP_ENOMEM;
	if (!rc) {
		memcpy(*out, ev.text, ev.len);
		(*out)[ev.len] = '\0';
	}
	src->close(src);
	if (rc == SP_ENOMEM)
		sp__error(err, SP_ENOMEM, "out of memory");
	return rc;
}

/* The node's kept keys, or NULL when it has none. */
static const char *kept(const sp_node *node)
{
	return node ? sp__extras_get(sp__doc_of(node), node) : NULL;
}

/* Finds the member whose decoded key is `key`: 0, #SP_ENOTFOUND (err filled), or another SP_E* code. */
static int find(member *m, const sp_node *node, const char *key, sp_error *err)
{
	for (size_t i = 0; member_at(kept(node), i, m); i++) {
		char *name;
		int rc = decode_key(&name, m, err);
		if (rc)
			return rc;
		bool same = strcmp(name, key) == 0;
		free(name);
		if (same)
			return 0;
	}
	sp__error(err, SP_ENOTFOUND, "no such unknown key was kept here");
	return SP_ENOTFOUND;
}

SP_API size_t sp_node_unknown_count(const sp_node *node)
{
	member m;
	size_t n = 0;
	while (member_at(kept(node), n, &m))
		n++;
	return n;
}

SP_API int sp_node_unknown_key(char **out, const sp_node *node, size_t index, sp_error *err)
{
	member m;
	if (!out || !node) {
		sp__error(err, SP_EINVAL, "an unknown key needs somewhere to go and a node");
		return SP_EINVAL;
	}
	*out = NULL;
	if (!member_at(kept(node), index, &m)) {
		sp__error(err, SP_ENOTFOUND, "no unknown key %zu was kept here", index);
		return SP_ENOTFOUND;
	}
	return decode_key(out, &m, err);
}

SP_API int sp_node_unknown_value(char **out, const sp_node *node, const char *key, sp_error *err)
{
	member m;
	if (!out || !node || !key) {
		sp__error(err, SP_EINVAL, "an unknown key's value needs somewhere to go, a node and a key");
		return SP_EINVAL;
	}
	*out = NULL;
	int rc = find(&m, node, key, err);
	if (rc)
		return rc;
	if (!(*out = malloc(m.value_len + 1))) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	memcpy(*out, m.value, m.value_len);
	(*out)[m.value_len] = '\0';
	return 0;
}

SP_API int sp_node_remove_unknown(sp_node *node, const char *key, sp_error *err)
{
	member m;
	if (!node || !key) {
		sp__error(err, SP_EINVAL, "removing an unknown key needs a node and a key");
		return SP_EINVAL;
	}
	int rc = find(&m, node, key, err);
	if (rc)
		return rc;
	sp_doc *doc = sp__doc_of(node);
	const char *keys = kept(node);
	size_t len = strlen(keys);
	if (m.start == 1 && keys[m.end] == '}') { /* the only one: a node without kept keys has no entry */
		sp__extras_forget(doc, node);
		return 0;
	}
	/* Drop the member with the comma after it, or, for the last one, the comma before it. */
	size_t from = m.start, to = m.end;
	if (keys[to] == ',')
		to++;
	else
		from--;
	char *rest = malloc(len - (to - from) + 1);
	char *copy = NULL;
	if (rest) {
		memcpy(rest, keys, from);
		memcpy(rest + from, keys + to, len - to + 1);
		copy = sp__doc_text(doc, rest, strlen(rest));
		free(rest);
	}
	if (!copy || sp__extras_put(doc, node, copy)) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	return 0;
}
