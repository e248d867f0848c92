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

static int error_code(const json_error_t *error)
{
	/* jansson leaves the error empty where an allocation of its own failed. */
	if (!error->text[0])
		return SP_ENOMEM;
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

typedef enum token_kind { TOKEN_OPEN_OBJECT, TOKEN_OPEN_ARRAY, TOKEN_CLOSE, TOKEN_COMMA, TOKEN_COLON,
                          TOKEN_STRING, TOKEN_LITERAL } token_kind;

/* Called for each token; returns false to stop the scan. */
typedef bool (*token_visitor)(void *ctx, token_kind kind, const position *at, size_t len);

/*
 * Walks the tokens of JSON text from its start up to `limit` bytes. It
 * parses nothing: jansson has checked (or is checking) the text; this only
 * says where things are. Columns count characters, as jansson's do.
 */
static void scan_tokens(const char *data, size_t limit, token_visitor visit, void *ctx)
{
	position at = { 0, 1, 1 };
	while (at.offset < limit) {
		char c = data[at.offset];
		size_t start = at.offset;
		position token = at;
		token_kind kind;
		if (c == '\n') {
			at.offset++, at.line++, at.column = 1;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r') {
			at.offset++, at.column++;
			continue;
		}
		if (c == '{' || c == '[' || c == '}' || c == ']' || c == ',' || c == ':') {
			kind = c == '{' ? TOKEN_OPEN_OBJECT : c == '[' ? TOKEN_OPEN_ARRAY : c == ',' ? TOKEN_COMMA
			     : c == ':' ? TOKEN_COLON : TOKEN_CLOSE;
			at.offset++, at.column++;
		} else if (c == '"') {
			kind = TOKEN_STRING;
			bool escaped = false;
			for (at.offset++, at.column++; at.offset < limit; at.offset++) {
				unsigned char u = (unsigned char)data[at.offset];
				if ((u & 0xC0) != 0x80)
					at.column++;
				if (u == '"' && !escaped) {
					at.offset++;
					break;
				}
				escaped = u == '\\' && !escaped;
			}
		} else {
			kind = TOKEN_LITERAL;
			while (at.offset < limit && !strchr(" \t\r\n,:]}[{\"", data[at.offset]))
				at.offset++, at.column++;
			if (at.offset == start)
				at.offset++, at.column++;
		}
		if (!visit(ctx, kind, &token, at.offset - start))
			return;
	}
}

typedef struct start_list {
	position *items;
	size_t count, cap;
	bool failed;
} start_list;

static bool record_start(void *ctx, token_kind kind, const position *at, size_t len)
{
	start_list *list = ctx;
	(void)len;
	if (kind != TOKEN_OPEN_OBJECT && kind != TOKEN_OPEN_ARRAY && kind != TOKEN_STRING && kind != TOKEN_LITERAL)
		return true;
	if (list->count == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 256;
		position *bigger = realloc(list->items, cap * sizeof(*bigger));
		if (!bigger) {
			list->failed = true;
			return false;
		}
		list->items = bigger, list->cap = cap;
	}
	list->items[list->count++] = *at;
	return true;
}

/* Records the start of every value and key, in document order. */
static int record_starts(json_source *s, const char *data, size_t len)
{
	start_list list = { 0 };
	scan_tokens(data, len, record_start, &list);
	if (list.failed) {
		free(list.items);
		return SP_ENOMEM;
	}
	s->starts = list.items;
	s->start_count = list.count;
	return 0;
}

/* ---- where jansson's errors are -------------------------------------- */

#define MAX_LOCATE_DEPTH 64

/* Follows the tokens up to an error to know the JSON pointer and the token it is in. */
typedef struct locate_frame {
	bool is_object, in_value;
	size_t index;
	size_t key_offset, key_len; /* the current member's key, quotes excluded */
} locate_frame;

typedef struct locator {
	const char *data;
	size_t error_offset;
	locate_frame frames[MAX_LOCATE_DEPTH];
	size_t depth, deeper; /* frames past MAX_LOCATE_DEPTH are counted, not kept */
	position last;        /* the last token that starts before the error */
	bool last_is_key;
} locator;

static bool locate_token(void *ctx, token_kind kind, const position *at, size_t len)
{
	locator *L = ctx;
	if (at->offset >= L->error_offset)
		return false;
	if (L->deeper) {
		L->deeper += kind == TOKEN_OPEN_OBJECT || kind == TOKEN_OPEN_ARRAY;
		L->deeper -= kind == TOKEN_CLOSE;
		return true;
	}
	locate_frame *top = L->depth ? &L->frames[L->depth - 1] : NULL;
	L->last = *at;
	L->last_is_key = kind == TOKEN_STRING && top && top->is_object && !top->in_value;
	switch (kind) {
	case TOKEN_OPEN_OBJECT:
	case TOKEN_OPEN_ARRAY:
		if (L->depth == MAX_LOCATE_DEPTH) {
			L->deeper = 1;
			break;
		}
		L->frames[L->depth++] = (locate_frame){ .is_object = kind == TOKEN_OPEN_OBJECT };
		break;
	case TOKEN_CLOSE:
		if (L->depth)
			L->depth--;
		break;
	case TOKEN_COMMA:
		if (top && top->is_object)
			top->in_value = false;
		else if (top)
			top->index++;
		break;
	case TOKEN_COLON:
		if (top)
			top->in_value = true;
		break;
	case TOKEN_STRING:
		if (L->last_is_key)
			top->key_offset = at->offset + 1, top->key_len = len >= 2 ? len - 2 : 0;
		break;
	default:
		break;
	}
	return true;
}

static void locator_path(const locator *L, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < L->depth && used + 2 < size; i++) {
		bool last = i + 1 == L->depth;
		if (L->frames[i].is_object && (!L->frames[i].in_value || (last && L->last_is_key)))
			continue;
		int n = L->frames[i].is_object
			? snprintf(buf + used, size - used, "/%.*s", (int)L->frames[i].key_len, L->data + L->frames[i].key_offset)
			: snprintf(buf + used, size - used, "/%zu", L->frames[i].index);
		used = n < 0 || used + (size_t)n >= size ? size - 1 : used + (size_t)n;
	}
}

/* Fills err for a jansson failure, with the position and path of the token at fault. */
static int json_failure(sp_error *err, const char *data, size_t len, const json_error_t *error)
{
	int code = error_code(error);
	const char *text = error->text;
	size_t offset = error->position >= 0 && (size_t)error->position < len ? (size_t)error->position : len;
	size_t bad = sp__utf8_invalid_offset(data, len);
	/* Errors of a whole token point at its start; the end of input and a
	 * bad byte are places of their own. */
	bool at_offset = json_error_code(error) == json_error_premature_end_of_input;
	locator L = { .data = data };
	if (code == SP_ESYNTAX && strstr(text, "nvalid Unicode"))
		code = SP_EUTF8; /* a \\u escape of a lone surrogate */
	if (code == SP_EUTF8 && bad < len) {
		offset = bad;
		at_offset = true;
		text = "text is not valid UTF-8 (is the file saved as UTF-8?)";
	} else if (json_error_code(error) == json_error_null_character) {
		text = "text contains a NUL character (\\u0000)";
	}
	L.error_offset = offset;
	scan_tokens(data, len, locate_token, &L);
	if (json_error_code(error) == json_error_premature_end_of_input)
		L.last_is_key = true; /* at the end, the unclosed container is the place, not its last member */
	char path[256];
	locator_path(&L, path, sizeof(path));
	sp__error(err, code, "JSON: %s", text);
	if (at_offset || !L.last.line) {
		unsigned line, column;
		sp__text_position(data, len, offset, &line, &column);
		sp__error_locate(err, NULL, line, column, path);
	} else {
		sp__error_locate(err, NULL, L.last.line, L.last.column, path);
	}
	return code;
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
		free(s);
		return json_failure(err, data, len, &error);
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
