/*
 * JSON as events for the loader. jansson parses and checks the text; it
 * keeps no positions, so a light pass over the (by then known-good) text
 * records where each value and key starts. jansson keeps object members in
 * document order, so the n-th value met walking its tree is the n-th value
 * start in the text. Numbers are handed on as written, so that decimals
 * stay exact and large integers are checked by the library, not rounded.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct position {
	size_t offset;
	unsigned int line, column;
} position;

typedef struct frame {
	json_t *container;
	void *iter;   /* objects */
	size_t index; /* arrays */
	bool key_done;
} frame;

typedef struct json_source {
	sp_source base;
	const char *data;
	json_t *root;
	position *starts;
	size_t start_count, next_start;
	frame *stack;
	size_t depth, stack_cap;
	bool started;
} json_source;

static bool is_continuation(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* Records the start of every value and key, in document order. */
static int record_starts(json_source *s, const char *data, size_t len)
{
	size_t cap = 256, n = 0;
	unsigned line = 1, column = 1;
	position *starts = malloc(cap * sizeof(*starts));
	if (!starts)
		return SP_ENOMEM;
	for (size_t i = 0; i < len;) {
		char c = data[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ':' || c == '}' || c == ']') {
			i++, column++;
			continue;
		}
		if (c == '\n') {
			i++, line++, column = 1;
			continue;
		}
		if (n == cap) {
			position *bigger = realloc(starts, 2 * cap * sizeof(*starts));
			if (!bigger) {
				free(starts);
				return SP_ENOMEM;
			}
			starts = bigger, cap *= 2;
		}
		starts[n++] = (position){ i, line, column };
		if (c == '{' || c == '[') {
			i++, column++;
		} else if (c == '"') {
			for (i++, column++; i < len && data[i] != '"'; i++) {
				if (data[i] == '\\')
					i++, column++;
				else if (!is_continuation((unsigned char)data[i]))
					column++;
			}
			i++, column++;
		} else {
			while (i < len && !strchr(" \t\r\n,:]}", data[i]))
				i++, column++;
		}
	}
	s->starts = starts;
	s->start_count = n;
	return 0;
}

static size_t number_length(const char *text)
{
	size_t n = 0;
	while (text[n] && strchr("+-.0123456789eE", text[n]))
		n++;
	return n;
}

static const position *take_position(json_source *s)
{
	static const position unknown = { 0, 0, 0 };
	return s->next_start < s->start_count ? &s->starts[s->next_start++] : &unknown;
}

/* Describes `value`, whose text starts at the next recorded position. */
static void emit_value(json_source *s, json_t *value, sp_event *ev)
{
	const position *at = take_position(s);
	ev->line = at->line;
	ev->column = at->column;
	ev->text = NULL;
	ev->len = 0;
	switch (json_typeof(value)) {
	case JSON_OBJECT: ev->kind = SP_EV_MAP_START; break;
	case JSON_ARRAY: ev->kind = SP_EV_SEQ_START; break;
	case JSON_STRING:
		ev->kind = SP_EV_SCALAR, ev->scalar = SP_SCALAR_STRING;
		ev->text = json_string_value(value), ev->len = json_string_length(value);
		break;
	case JSON_INTEGER:
	case JSON_REAL:
		ev->kind = SP_EV_SCALAR, ev->scalar = SP_SCALAR_NUMBER;
		ev->text = s->data + at->offset, ev->len = number_length(s->data + at->offset);
		break;
	case JSON_TRUE: ev->kind = SP_EV_SCALAR, ev->scalar = SP_SCALAR_TRUE; break;
	case JSON_FALSE: ev->kind = SP_EV_SCALAR, ev->scalar = SP_SCALAR_FALSE; break;
	default: ev->kind = SP_EV_SCALAR, ev->scalar = SP_SCALAR_NULL; break;
	}
}

static int push(json_source *s, json_t *container)
{
	if (s->depth == s->stack_cap) {
		size_t cap = s->stack_cap ? s->stack_cap * 2 : 16;
		frame *bigger = realloc(s->stack, cap * sizeof(*bigger));
		if (!bigger)
			return SP_ENOMEM;
		s->stack = bigger, s->stack_cap = cap;
	}
	s->stack[s->depth++] = (frame){ container, json_object_iter(container), 0, false };
	return 0;
}

static int json_next(sp_source *base, sp_event *ev, sp_error *err)
{
	json_source *s = (json_source *)base;
	json_t *value = NULL;
	if (!s->started) {
		s->started = true;
		value = s->root;
	} else if (s->depth == 0) {
		ev->kind = SP_EV_END;
		return 0;
	} else {
		frame *top = &s->stack[s->depth - 1];
		if (json_is_object(top->container)) {
			if (!top->iter) {
				s->depth--;
				ev->kind = SP_EV_MAP_END;
				return 0;
			}
			if (!top->key_done) {
				const position *at = take_position(s);
				top->key_done = true;
				*ev = (sp_event){ .kind = SP_EV_SCALAR, .scalar = SP_SCALAR_STRING,
				                  .text = json_object_iter_key(top->iter),
				                  .len = strlen(json_object_iter_key(top->iter)),
				                  .line = at->line, .column = at->column };
				return 0;
			}
			value = json_object_iter_value(top->iter);
			top->iter = json_object_iter_next(top->container, top->iter);
			top->key_done = false;
		} else {
			if (top->index == json_array_size(top->container)) {
				s->depth--;
				ev->kind = SP_EV_SEQ_END;
				return 0;
			}
			value = json_array_get(top->container, top->index++);
		}
	}
	emit_value(s, value, ev);
	if ((json_is_object(value) || json_is_array(value)) && push(s, value)) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	return 0;
}

static void json_close(sp_source *base)
{
	json_source *s = (json_source *)base;
	json_decref(s->root);
	free(s->starts);
	free(s->stack);
	free(s);
}

static int error_code(const json_error_t *error)
{
	switch (json_error_code(error)) {
	case json_error_out_of_memory: return SP_ENOMEM;
	case json_error_invalid_utf8:
	case json_error_null_character: return SP_EUTF8;
	case json_error_duplicate_key: return SP_EDUPLICATE;
	case json_error_numeric_overflow: return SP_ERANGE;
	case json_error_index_out_of_range:
	case json_error_item_not_found: return SP_ERROR;
	default: return SP_ESYNTAX;
	}
}

int sp__json_source_open(sp_source **out, const char *data, size_t len, sp_error *err)
{
	json_error_t error;
	json_source *s = calloc(1, sizeof(*s));
	if (!s) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	/* Integers as reals: jansson then never rejects a large one itself;
	 * the loader reads every number from its text. */
	s->root = json_loadb(data, len, JSON_REJECT_DUPLICATES | JSON_DECODE_INT_AS_REAL, &error);
	if (!s->root) {
		int code = error_code(&error);
		free(s);
		sp__error(err, code, "JSON: %s", error.text);
		if (err) {
			err->line = error.line > 0 ? (unsigned)error.line : 0;
			err->column = error.column > 0 ? (unsigned)error.column : 0;
		}
		return code;
	}
	if (record_starts(s, data, len)) {
		json_close(&s->base);
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	s->base.next = json_next;
	s->base.close = json_close;
	s->data = data;
	*out = &s->base;
	return 0;
}
