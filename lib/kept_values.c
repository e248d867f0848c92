/*
 * The values of unknown keys kept on load (SP_UNKNOWN_KEYS_KEEP), as JSON
 * text: made from the loader's events by the library's own JSON writer,
 * and written back by reading that text with the library's own JSON reader
 * into whichever writer saves the report. Numbers stay as they were
 * written, so that loading and saving never depend on each other's
 * formatting of numbers; a YAML value is kept as the JSON it maps to.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* An open mapping or list of a value. */
typedef struct level {
	bool is_map;
	bool want_key;     /* a mapping: its next scalar is a key */
	sp_hash_table keys; /* a mapping: its keys so far (copies), to refuse one given twice */
} level;

struct sp_capture {
	sp_writer *json;
	char *scalar; /* the current scalar with a NUL, for the writer */
	size_t scalar_cap;
	level levels[SP_MAX_DEPTH + 1];
	size_t depth; /* levels open */
};

sp_capture *sp__capture_new(void)
{
	sp_capture *c = calloc(1, sizeof(*c));
	if (c && (!(c->json = sp__json_writer_new(true)) || c->json->map_start(c->json))) {
		sp__capture_free(c);
		return NULL;
	}
	return c;
}

static void close_level(sp_capture *c)
{
	level *l = &c->levels[--c->depth];
	for (size_t i = 0; i < l->keys.cap; i++)
		free((void *)l->keys.slots[i].key);
	sp__hash_free(NULL, &l->keys);
}

void sp__capture_free(sp_capture *c)
{
	if (!c)
		return;
	while (c->depth)
		close_level(c);
	if (c->json)
		c->json->free(c->json);
	free(c->scalar);
	free(c);
}

/* The event's text with a NUL, in c->scalar; NULL when out of memory. */
static const char *scalar_text(sp_capture *c, const char *text, size_t len)
{
	if (len >= c->scalar_cap) {
		size_t cap = len < 64 ? 64 : len + 1;
		char *bigger = realloc(c->scalar, cap);
		if (!bigger)
			return NULL;
		c->scalar = bigger, c->scalar_cap = cap;
	}
	memcpy(c->scalar, text, len);
	c->scalar[len] = '\0';
	return c->scalar;
}

int sp__capture_key(sp_capture *c, const char *key, size_t len)
{
	const char *text = scalar_text(c, key, len);
	return text ? c->json->key(c->json, text) : SP_ENOMEM;
}

static bool plain_is(const sp_event *ev, const char *const words[3])
{
	for (size_t i = 0; i < 3; i++)
		if (strlen(words[i]) == ev->len && memcmp(ev->text, words[i], ev->len) == 0)
			return true;
	return false;
}

/* A scalar value, as JSON: YAML's plain scalars resolve as in YAML's core schema. */
static int write_scalar(sp_capture *c, const sp_event *ev)
{
	static const char *const true_words[3] = { "true", "True", "TRUE" };
	static const char *const false_words[3] = { "false", "False", "FALSE" };
	sp_writer *w = c->json;
	bool plain = ev->scalar == SP_SCALAR_PLAIN;
	if (sp__event_is_null(ev))
		return w->null(w);
	if (ev->scalar == SP_SCALAR_TRUE || (plain && plain_is(ev, true_words)))
		return w->boolean(w, true);
	if (ev->scalar == SP_SCALAR_FALSE || (plain && plain_is(ev, false_words)))
		return w->boolean(w, false);
	const char *text = scalar_text(c, ev->text, ev->len);
	if (!text)
		return SP_ENOMEM;
	if (ev->scalar == SP_SCALAR_NUMBER || (plain && sp__is_json_number(ev->text, ev->len))) {
		/* What the JSON reader would refuse to read back is not kept (only YAML can bring it). */
		if (sp__json_number_overflows(ev->text, ev->len))
			return SP_ERANGE;
		return w->number(w, text);
	}
	return w->string(w, text);
}

/* The key of a member of the innermost mapping. */
static int add_key(sp_capture *c, const sp_event *ev)
{
	level *l = &c->levels[c->depth - 1];
	if (ev->kind != SP_EV_SCALAR || (ev->scalar != SP_SCALAR_STRING && ev->scalar != SP_SCALAR_PLAIN))
		return SP_ETYPE;
	char *key = malloc(ev->len + 1);
	if (!key)
		return SP_ENOMEM;
	memcpy(key, ev->text, ev->len);
	key[ev->len] = '\0';
	if (sp__hash_find(&l->keys, key)) {
		free(key);
		return SP_EDUPLICATE;
	}
	if (sp__hash_add(NULL, &l->keys, key, NULL)) {
		free(key);
		return SP_ENOMEM;
	}
	l->want_key = false;
	return c->json->key(c->json, key);
}

int sp__capture_event(sp_capture *c, const sp_event *ev, size_t room, bool *done)
{
	*done = false;
	if (c->depth && c->levels[c->depth - 1].want_key && ev->kind != SP_EV_MAP_END)
		return add_key(c, ev);
	int rc;
	switch (ev->kind) {
	case SP_EV_MAP_START:
	case SP_EV_SEQ_START:
		if (c->depth > room)
			return SP_ELIMIT;
		bool is_map = ev->kind == SP_EV_MAP_START;
		if ((rc = is_map ? c->json->map_start(c->json) : c->json->seq_start(c->json)))
			return rc;
		c->levels[c->depth++] = (level){ is_map, is_map, { .keys = SP_HASH_TEXTS } };
		return 0;
	case SP_EV_MAP_END:
	case SP_EV_SEQ_END:
		rc = c->levels[c->depth - 1].is_map ? c->json->map_end(c->json) : c->json->seq_end(c->json);
		close_level(c);
		break;
	default:
		if (c->depth > room)
			return SP_ELIMIT;
		rc = write_scalar(c, ev);
		break;
	}
	/* A value is complete: the mapping holding it wants its next key. */
	if (c->depth)
		c->levels[c->depth - 1].want_key = c->levels[c->depth - 1].is_map;
	*done = !rc && c->depth == 0;
	return rc;
}

int sp__capture_finish(sp_capture *c, char **text, size_t *len)
{
	int rc = c->json->map_end(c->json);
	return rc ? rc : c->json->finish(c->json, text, len, NULL);
}

/* ---- writing them back ----------------------------------------------- */

typedef struct replay {
	sp_writer *w;
	sp_source *src;
	sp_event ev;
	char *text; /* the current scalar with a NUL */
	size_t cap;
} replay;

static int next(replay *r)
{
	return r->src->next(r->src, &r->ev, NULL);
}

static const char *replay_text(replay *r)
{
	if (r->ev.len >= r->cap) {
		char *bigger = realloc(r->text, r->ev.len + 1);
		if (!bigger)
			return NULL;
		r->text = bigger, r->cap = r->ev.len + 1;
	}
	memcpy(r->text, r->ev.text, r->ev.len);
	r->text[r->ev.len] = '\0';
	return r->text;
}

static int replay_value(replay *r);

/* Writes the members of the mapping just opened, up to its end (which it leaves to the caller). */
static int replay_members(replay *r)
{
	for (;;) {
		int rc = next(r);
		if (rc || r->ev.kind == SP_EV_MAP_END)
			return rc;
		const char *key = replay_text(r);
		if (!key)
			return SP_ENOMEM;
		if ((rc = r->w->key(r->w, key)) || (rc = next(r)) || (rc = replay_value(r)))
			return rc;
	}
}

static int replay_items(replay *r)
{
	for (;;) {
		int rc = next(r);
		if (rc || r->ev.kind == SP_EV_SEQ_END)
			return rc;
		if ((rc = replay_value(r)))
			return rc;
	}
}

/* Writes the value whose first event is r->ev. */
static int replay_value(replay *r)
{
	const char *text;
	int rc;
	switch (r->ev.kind) {
	case SP_EV_MAP_START:
		if ((rc = r->w->map_start(r->w)) || (rc = replay_members(r)))
			return rc;
		return r->w->map_end(r->w);
	case SP_EV_SEQ_START:
		if ((rc = r->w->seq_start(r->w)) || (rc = replay_items(r)))
			return rc;
		return r->w->seq_end(r->w);
	case SP_EV_SCALAR:
		switch (r->ev.scalar) {
		case SP_SCALAR_TRUE: return r->w->boolean(r->w, true);
		case SP_SCALAR_FALSE: return r->w->boolean(r->w, false);
		case SP_SCALAR_NULL: return r->w->null(r->w);
		default:
			if (!(text = replay_text(r)))
				return SP_ENOMEM;
			return r->ev.scalar == SP_SCALAR_NUMBER ? r->w->number(r->w, text) : r->w->string(r->w, text);
		}
	default: return SP_EVALUE;
	}
}

int sp__write_kept(sp_writer *w, const char *keys)
{
	replay r = { .w = w };
	int rc = sp__json_source_open(&r.src, keys, strlen(keys), NULL);
	if (rc)
		return rc;
	/* The object's members go into the mapping already open, without its braces. */
	if (!(rc = next(&r)))
		rc = replay_members(&r);
	r.src->close(r.src);
	free(r.text);
	return rc;
}
