/* The JSON writer: builds a jansson tree and lets jansson write it. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct json_writer {
	sp_writer base;
	json_t *root;
	json_t **stack;
	size_t depth, cap;
	/* The member name waiting for its value: borrowed, as the walk's keys
	 * (the schema's, or a kept object's) live until the value is added. */
	const char *key;
} json_writer;

static int add(json_writer *w, json_t *value)
{
	if (!value)
		return SP_ENOMEM;
	int rc = 0;
	if (w->depth == 0) {
		json_decref(w->root);
		w->root = json_incref(value);
	} else if (json_is_object(w->stack[w->depth - 1])) {
		/* Keys and text were checked to be UTF-8 when they entered the report. */
		rc = w->key && json_object_set_nocheck(w->stack[w->depth - 1], w->key, value) == 0 ? 0 : SP_ENOMEM;
		w->key = NULL;
	} else {
		rc = json_array_append(w->stack[w->depth - 1], value) ? SP_ENOMEM : 0;
	}
	if (!rc && (json_is_object(value) || json_is_array(value))) {
		if (w->depth == w->cap) {
			size_t cap = w->cap ? w->cap * 2 : 16;
			json_t **bigger = realloc(w->stack, cap * sizeof(*bigger)); /* NOLINT(bugprone-sizeof-expression): pointers */
			if (!bigger)
				rc = SP_ENOMEM;
			else
				w->stack = bigger, w->cap = cap;
		}
		if (!rc)
			w->stack[w->depth++] = value;
	}
	json_decref(value);
	return rc;
}

static int pop(sp_writer *base)
{
	((json_writer *)base)->depth--;
	return 0;
}

static int map_start(sp_writer *base) { return add((json_writer *)base, json_object()); }
static int seq_start(sp_writer *base) { return add((json_writer *)base, json_array()); }
static int string(sp_writer *base, const char *text) { return add((json_writer *)base, json_string_nocheck(text)); }
static int boolean(sp_writer *base, bool value) { return add((json_writer *)base, json_boolean(value)); }
static int null(sp_writer *base) { return add((json_writer *)base, json_null()); }

static int number(sp_writer *base, const char *text)
{
	if (text[strspn(text, "-0123456789")] == '\0') /* an integer, the common case */
		return add((json_writer *)base, json_integer(strtoll(text, NULL, 10)));
	/* A decimal: jansson reads it the same in every locale, strtod would not. */
	return add((json_writer *)base, json_loads(text, JSON_DECODE_ANY, NULL));
}

static int key(sp_writer *base, const char *text)
{
	((json_writer *)base)->key = text;
	return 0;
}

static int finish(sp_writer *base, char **out, size_t *len, sp_error *err)
{
	json_writer *w = (json_writer *)base;
	char *text = json_dumps(w->root, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	size_t n = text ? strlen(text) : 0;
	char *with_newline = text ? realloc(text, n + 2) : NULL;
	if (!with_newline) {
		free(text);
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	with_newline[n] = '\n';
	with_newline[n + 1] = '\0';
	*out = with_newline;
	*len = n + 1;
	return 0;
}

static void writer_free(sp_writer *base)
{
	json_writer *w = (json_writer *)base;
	json_decref(w->root);
	free(w->stack);
	free(w);
}

sp_writer *sp__json_writer_new(void)
{
	json_writer *w = calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	w->base = (sp_writer){ map_start, pop, seq_start, pop, key, string, number, boolean, null, finish, writer_free };
	return &w->base;
}
