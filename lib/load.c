/*
 * Loading: one mapper from a stream of events (from the JSON or the YAML
 * source) into nodes, led by the schema. Every failure names the source,
 * line, column and JSON pointer, and frees whatever was built. After an
 * error in the content the mapper reads past the value concerned and goes
 * on (go_on), so that one run reports every such error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "internal.h"
#include "numbers_internal.h"
#include "options.h"


typedef struct path_segment {
	const char *key; /* NULL: a list index */
	size_t index;    /* with a NULL key, UNKNOWN_KEY: an unknown key, which a path does not name */
} path_segment;

#define UNKNOWN_KEY SIZE_MAX

/* Short texts recur in a report: goal numbers, actors, dates, funders. The
 * loader remembers the last short text of each hash and gives a text equal
 * to it the same copy, which is safe because the arena's texts are never
 * changed, nor freed one by one. */
#define RECENT_TEXTS 64
#define RECENT_TEXT_MAX 48 /* bytes; longer texts seldom recur */

typedef struct loader {
	sp_source *src;
	const char *source_name;
	sp_unknown_keys unknown_keys;
	sp_error *err;                 /* gets the first error (see record) */
	sp_load_errors *errors;        /* the caller's list of every error, or NULL */
	size_t max_errors;             /* errors after which loading stops */
	size_t error_count;            /* errors met so far */
	int code;                      /* what the load returns when error_count > 0 */
	bool stop;                     /* an error after which nothing more is read */
	sp_error source_err;           /* where the source puts its error */
	sp_event ev;
	size_t open;                   /* mappings and lists begun in the stream and not yet ended */
	path_segment path[SP_MAX_DEPTH];
	size_t depth;
	const sp_allocator *allocator; /* for the report */
	int version;                   /* the document's format version */
	bool format_first;             /* no key came before the report's format */
	sp_doc *doc;                   /* the report's, once it exists */
	sp_list pending;               /* the items of the lists being read, nested ones last */
	char *recent_texts[RECENT_TEXTS]; /* short texts in the report's arena, by hash; NULL: none yet */
	/* the limits in force, and how much of them is used */
	size_t max_depth, max_text, max_elements;
	size_t elements;
} loader;

/* ---- errors ----------------------------------------------------------
 *
 * Messages name keys, paths and what was expected, never the value found:
 * a value in the wrong place may be a person's name or e-mail address. */

static void write_path(const loader *L, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	/* Inside an unknown key's value the path ends at the mapping that holds the key: the key may be
	 * a person's name, and line and column tell where it is. */
	for (size_t i = 0; i < L->depth && (L->path[i].key || L->path[i].index != UNKNOWN_KEY); i++)
		used = L->path[i].key ? sp__pointer_push_key(buf, size, used, L->path[i].key, strlen(L->path[i].key))
		                      : sp__pointer_push_index(buf, size, used, L->path[i].index);
}

/* The errors after which the stream of events is still in step with the
 * document, so that loading can go on past the value concerned. The others
 * (syntax, encoding, limits, the format's version, memory) stop it. */
static bool is_content_error(int code)
{
	switch (code) {
	case SP_ETYPE:
	case SP_EMISSING:
	case SP_EENUM:
	case SP_EUNKNOWNKEY:
	case SP_EDUPLICATE:
	case SP_EUTF8: /* a NUL in a text; the source's encoding errors stop it in next() */
	case SP_ERANGE:
	case SP_EVALUE: return true;
	default: return false;
	}
}

/* Every error of the document passes here. The first becomes the caller's
 * sp_error and the load's code, except that running out of memory wins, as
 * the list is then incomplete; each goes into the caller's list. Returns
 * the error's code. */
static int record(loader *L, const sp_error *e)
{
	if (!L->error_count++ || (e->code == SP_ENOMEM && L->code != SP_ENOMEM)) {
		*L->err = *e;
		L->code = e->code;
	}
	if (!is_content_error(e->code))
		L->stop = true;
	if (sp__load_errors_add(L->errors, e)) {
		L->stop = true;
		if (L->code != SP_ENOMEM) {
			sp__error(L->err, SP_ENOMEM, "out of memory");
			sp__error_locate(L->err, L->source_name, e->line, e->column, e->path);
			L->code = SP_ENOMEM;
		}
	} else if (!L->stop && L->error_count >= L->max_errors) {
		L->stop = true;
		sp__load_errors_truncate(L->errors);
	}
	return e->code;
}

static int fail_at(loader *L, unsigned line, unsigned column, int code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static int fail_at(loader *L, unsigned line, unsigned column, int code, const char *fmt, ...)
{
	sp_error e;
	char path[256];
	va_list ap;
	va_start(ap, fmt);
	sp__verror(&e, code, fmt, ap);
	va_end(ap);
	write_path(L, path, sizeof(path));
	sp__error_locate(&e, L->source_name, line, column, path);
	return record(L, &e);
}

#define FAIL(L, code, ...) fail_at(L, (L)->ev.line, (L)->ev.column, code, __VA_ARGS__)

static int next(loader *L)
{
	int rc = L->src->next(L->src, &L->ev, &L->source_err);
	if (rc) {
		/* The source knows where; the loader knows the path. Nothing can be read after it. */
		char path[256];
		write_path(L, path, sizeof(path));
		sp__error_locate(&L->source_err, L->source_name, L->source_err.line, L->source_err.column, path);
		L->stop = true;
		return record(L, &L->source_err);
	}
	if (L->ev.kind == SP_EV_MAP_START || L->ev.kind == SP_EV_SEQ_START)
		L->open++;
	else if (L->ev.kind == SP_EV_MAP_END || L->ev.kind == SP_EV_SEQ_END)
		L->open--;
	if (L->ev.kind != SP_EV_END && ++L->elements > L->max_elements)
		return FAIL(L, SP_ELIMIT, "the document has more than %zu elements (the limit max_elements)",
		            L->max_elements);
	if (L->ev.kind == SP_EV_SCALAR && L->ev.len > L->max_text)
		return FAIL(L, SP_ELIMIT, "a text of %zu bytes is longer than the limit max_text (%zu bytes)", L->ev.len,
		            L->max_text);
	return 0;
}

/* Reads on until the stream is back at nesting `level`. */
static int skip_to(loader *L, size_t level)
{
	int rc = 0;
	while (!rc && L->open > level)
		rc = next(L);
	return rc;
}

/* After `rc`, the outcome of a member of a mapping or an item of a list
 * that began at nesting `level`: 0 when loading goes on, the rest of the
 * member read past (also its value when `value_to_come`, the error being
 * in its key); else the code to stop with. */
static int go_on(loader *L, int rc, size_t level, bool value_to_come)
{
	if (!rc || L->stop)
		return rc;
	if (value_to_come && ((rc = skip_to(L, level)) || (rc = next(L))))
		return rc;
	return skip_to(L, level);
}

static int too_deep(loader *L)
{
	return FAIL(L, SP_ELIMIT, "nesting deeper than %zu levels (the limit max_depth)", L->max_depth);
}

static int push_key(loader *L, const char *key)
{
	if (L->depth >= L->max_depth)
		return too_deep(L);
	L->path[L->depth++] = (path_segment){ key, 0 };
	return 0;
}

static int push_index(loader *L, size_t index)
{
	if (L->depth >= L->max_depth)
		return too_deep(L);
	L->path[L->depth++] = (path_segment){ NULL, index };
	return 0;
}

/* ---- scalars --------------------------------------------------------- */

/* NULL when the scalar's text is without NUL, else why not. Both sources
 * hand on text checked to be UTF-8: the JSON reader also refuses any NUL;
 * libyaml's reader refuses a NUL that is not escaped, but an escape (\0,
 * \x00, \u0000) can still make one. */
static const char *text_problem(const loader *L)
{
	return L->ev.len && memchr(L->ev.text, '\0', L->ev.len) ? N_("text contains a NUL character") : NULL;
}

static bool is_text(const sp_event *ev)
{
	return ev->kind == SP_EV_SCALAR && (ev->scalar == SP_SCALAR_STRING || ev->scalar == SP_SCALAR_PLAIN);
}

static const char *describe(const sp_event *ev)
{
	if (sp__event_is_null(ev))
		return N_("null (an empty value)");
	switch (ev->kind) {
	case SP_EV_MAP_START: return N_("a mapping");
	case SP_EV_SEQ_START: return N_("a list");
	case SP_EV_SCALAR:
		switch (ev->scalar) {
		case SP_SCALAR_NUMBER: return N_("a number");
		case SP_SCALAR_TRUE:
		case SP_SCALAR_FALSE: return N_("a boolean");
		case SP_SCALAR_NULL: return N_("null");
		default: return N_("text");
		}
	default: return N_("the end of the document");
	}
}

/* An element type as a load error names it: its token ("output"), and in Swedish the form's word for
 * it first, as findings name a support type: ”Prestation” (output). `buf` holds at least 128 bytes. */
static const char *type_named(char *buf, size_t size, const sp_type *type)
{
	if (sp__language() != SP_LANGUAGE_SV)
		return type->name;
	snprintf(buf, size, "”%s” (%s)", type->label_sv, type->name);
	return buf;
}

static int type_error(loader *L, const char *expected)
{
	return FAIL(L, SP_ETYPE, "expected %s, found %s", _(expected), _(describe(&L->ev)));
}

/* The scalar's text (without NUL) in the report's arena: a copy, or the
 * copy of an equal text read recently. NULL when out of memory. */
static char *arena_text(loader *L)
{
	const char *text = L->ev.text;
	size_t len = L->ev.len;
	if (len > RECENT_TEXT_MAX)
		return sp__doc_text(L->doc, text, len);
	char **recent = &L->recent_texts[sp__hash_bytes(text, len) % RECENT_TEXTS];
	/* strncmp stops at the end of the recent text; the scalar has no NUL. */
	if (*recent && strncmp(*recent, text, len) == 0 && (*recent)[len] == '\0')
		return *recent;
	char *copy = sp__doc_text(L->doc, text, len);
	if (copy)
		*recent = copy;
	return copy;
}

/* The scalar's text in *out: in the report's arena when `field` is given,
 * else (a key) a copy from malloc. */
static int read_text(loader *L, const sp_field *field, char **out)
{
	if (!is_text(&L->ev))
		return type_error(L, "text");
	const char *why = text_problem(L);
	if (why)
		return FAIL(L, SP_EUTF8, "%s", _(why));
	if (!(*out = field ? arena_text(L) : sp__doc_strndup(NULL, L->ev.text, L->ev.len)))
		return FAIL(L, SP_ENOMEM, "out of memory");
	if (field && field->rule && (why = field->rule(*out))) {
		sp__free(L->doc, *out);
		*out = NULL;
		return FAIL(L, SP_EVALUE, "expected %s", _(why));
	}
	return 0;
}

static int read_enum(loader *L, const sp_field *field, int64_t *out)
{
	if (!is_text(&L->ev))
		return type_error(L, "text");
	int value = sp__enum_parse_n(field->enum_id, L->ev.text, L->ev.len);
	if (!value) {
		/* Named only when it is close to a value: anything else may be a person's name. */
		int closest = sp__enum_suggest_n(field->enum_id, L->ev.text, L->ev.len);
		if (closest)
			return FAIL(L, SP_EENUM, "\"%.*s\": did you mean \"%s\" (%s)?", (int)L->ev.len, L->ev.text,
			            sp_enum_label_sv(field->enum_id, closest), sp_enum_token(field->enum_id, closest));
		char choices[400];
		sp__enum_choice_list(choices, sizeof(choices), field->enum_id);
		return FAIL(L, SP_EENUM, "not a known %s; expected one of: %s", sp_enum_name(field->enum_id), choices);
	}
	*out = value;
	return 0;
}

static int read_boolean(loader *L, int64_t *out)
{
	static const char *const yes[] = { "true", "yes", "ja" }, *const no[] = { "false", "no", "nej" };
	if (L->ev.kind == SP_EV_SCALAR && (L->ev.scalar == SP_SCALAR_TRUE || L->ev.scalar == SP_SCALAR_FALSE)) {
		*out = L->ev.scalar == SP_SCALAR_TRUE;
		return 0;
	}
	if (is_text(&L->ev))
		for (size_t i = 0; i < 3; i++) {
			if (sp__text_equal_folded(L->ev.text, L->ev.len, yes[i]))
				return *out = 1, 0;
			if (sp__text_equal_folded(L->ev.text, L->ev.len, no[i]))
				return *out = 0, 0;
		}
	return type_error(L, "true or false");
}

static int read_number(loader *L, const sp_field *field, int64_t *out)
{
	const char *why = NULL;
	if (L->ev.kind != SP_EV_SCALAR || L->ev.scalar == SP_SCALAR_TRUE || L->ev.scalar == SP_SCALAR_FALSE)
		return type_error(L, field->kind == SP_KIND_DECIMAL ? N_("a decimal number") : N_("a whole number"));
	int rc = field->kind == SP_KIND_DECIMAL ? sp__decimal_parse_n(out, L->ev.text, L->ev.len, &why)
	                                        : sp__integer_parse_n(out, L->ev.text, L->ev.len, &why);
	if (rc)
		return FAIL(L, rc, "%s", _(why));
	return 0;
}

/* ---- values of unknown keys ------------------------------------------ */

static int skip_value(loader *L)
{
	size_t open = 0;
	do {
		if (L->ev.kind == SP_EV_MAP_START || L->ev.kind == SP_EV_SEQ_START)
			open++;
		else if (L->ev.kind == SP_EV_MAP_END || L->ev.kind == SP_EV_SEQ_END)
			open--;
		if (open) {
			int rc = next(L);
			if (rc)
				return rc;
		}
	} while (open);
	return 0;
}

/* Reads the value of an unknown key into `capture`, as JSON. */
static int capture_value(loader *L, sp_capture *capture)
{
	for (;;) {
		const char *why = L->ev.kind == SP_EV_SCALAR ? text_problem(L) : NULL;
		if (why)
			return FAIL(L, SP_EUTF8, "%s", _(why));
		bool done;
		int rc = sp__capture_event(capture, &L->ev, L->max_depth - L->depth, &done);
		switch (rc) {
		case 0: break;
		case SP_ELIMIT: return too_deep(L);
		case SP_ETYPE: return type_error(L, "text");
		case SP_ERANGE: return FAIL(L, rc, "a number too large to keep (beyond what a double holds)");
		case SP_EDUPLICATE: return FAIL(L, rc, "a key inside the value of an unknown key is given twice");
		default: return FAIL(L, rc, "out of memory");
		}
		if (done)
			return 0;
		if ((rc = next(L)))
			return rc;
	}
}

/* The unknown keys of one mapping: those met, to refuse one given twice,
 * those kept, as JSON text, and the fields named as the closest to them. */
typedef struct unknown_keys {
	sp_hash_table seen; /* copies of the keys */
	sp_capture *kept;   /* NULL until one is kept */
	uint64_t suggested; /* a bit for each field suggested for one of them */
} unknown_keys;

static void unknown_keys_free(unknown_keys *u)
{
	for (size_t i = 0; i < u->seen.cap; i++)
		free((void *)u->seen.slots[i].key);
	sp__hash_free(NULL, &u->seen);
	sp__capture_free(u->kept);
}

/* Gives `node` the unknown keys kept of its mapping, now read whole. */
static int keep_unknown_keys(loader *L, sp_node *node, unknown_keys *u)
{
	char *text;
	size_t len;
	if (!u->kept)
		return 0;
	int rc = sp__capture_finish(u->kept, &text, &len);
	if (rc)
		return FAIL(L, rc, "out of memory");
	char *copy = sp__doc_text(L->doc, text, len);
	free(text);
	if (!copy || sp__extras_put(L->doc, node, copy))
		return FAIL(L, SP_ENOMEM, "out of memory");
	return 0;
}

/* An unknown key, L->ev, of `node`'s mapping, which is refused, or its value dropped or kept. */
static int unknown_key(loader *L, sp_node *node, unknown_keys *u)
{
	unsigned line = L->ev.line, column = L->ev.column;
	char *key = sp__doc_strndup(NULL, L->ev.text, L->ev.len);
	int rc;
	if (!key)
		return FAIL(L, SP_ENOMEM, "out of memory");
	if (L->unknown_keys == SP_UNKNOWN_KEYS_ERROR) {
		const sp_type *type = sp__node_type(node);
		const char *closest = sp__closest_key(type, key);
		/* Only a key close to a known one is named: anything else may be a person's name. */
		if (closest) {
			u->suggested |= UINT64_C(1) << sp__field_index(type, sp_type_field_by_key(type, closest));
			char named[128];
			rc = fail_at(L, line, column, SP_EUNKNOWNKEY, "unknown key '%.100s' in %s; did you mean '%s'?", key,
			             type_named(named, sizeof(named), type), closest);
			free(key);
			return rc;
		}
		char known[512] = "", named[128];
		for (size_t i = 0, used = 0; i < type->field_count && used < sizeof(known); i++)
			used += (size_t)snprintf(known + used, sizeof(known) - used, "%s%s", i ? ", " : "",
			                         type->fields[i].key);
		rc = fail_at(L, line, column, SP_EUNKNOWNKEY, "an unknown key in %s; expected one of: %s",
		             type_named(named, sizeof(named), type), known);
		free(key);
		return rc;
	}
	if (sp__hash_find(&u->seen, key)) {
		rc = fail_at(L, line, column, SP_EDUPLICATE, "an unknown key is given twice");
		free(key);
		return rc;
	}
	if (sp__hash_add(NULL, &u->seen, key, NULL)) {
		free(key);
		return fail_at(L, line, column, SP_ENOMEM, "out of memory");
	}
	if ((rc = next(L)))
		return rc;
	if (L->unknown_keys == SP_UNKNOWN_KEYS_DROP)
		return skip_value(L);
	if ((!u->kept && !(u->kept = sp__capture_new())) || sp__capture_key(u->kept, key, strlen(key)))
		return FAIL(L, SP_ENOMEM, "out of memory");
	if (L->depth >= L->max_depth)
		return too_deep(L);
	L->path[L->depth++] = (path_segment){ NULL, UNKNOWN_KEY };
	rc = capture_value(L, u->kept);
	L->depth--;
	if (rc) {
		/* The value is half written, and loading may go on past it: the
		 * next key kept begins a capture of its own (the report is not
		 * kept after an error, so what this one held is not needed). */
		sp__capture_free(u->kept);
		u->kept = NULL;
	}
	return rc;
}

/* ---- fields and mappings --------------------------------------------- */

static int load_mapping(loader *L, sp_node *node);

/* The items of a list wait in L->pending, from `first` on, until its end:
 * then they get a block of their exact number. */
static int place_items(loader *L, sp_node *node, const sp_field *field, size_t first)
{
	size_t count = L->pending.len - first;
	if (count) {
		sp_items *items = sp__items_new(L->doc, count);
		if (!items)
			return FAIL(L, SP_ENOMEM, "out of memory");
		memcpy(items->at, &L->pending.items[first], count * sizeof(void *));
		items->len = count;
		node->v[sp__field_index(sp__node_type(node), field)].items = items;
	}
	L->pending.len = first;
	return 0;
}

/* Reads the next item of list `field` into L->pending. */
static int load_item(loader *L, sp_node *node, const sp_field *field, size_t index)
{
	int rc;
	if (index >= SP_LIST_MAX_ITEMS)
		return FAIL(L, SP_ELIMIT, "a list of more than %zu items, the most a list can hold", (size_t)SP_LIST_MAX_ITEMS);
	if (field->kind == SP_KIND_LIST) {
		if (L->ev.kind != SP_EV_MAP_START) {
			char expected[192], named[128];
			snprintf(expected, sizeof(expected), _("a mapping (a %s)"),
			         type_named(named, sizeof(named), field->child));
			return type_error(L, expected);
		}
		sp_node *child = sp__node_new(L->doc, field->child, node, field);
		if (!child)
			return FAIL(L, SP_ENOMEM, "out of memory");
		child->index = (uint32_t)index;
		if (sp__list_push(NULL, &L->pending, child)) {
			sp__node_free_in_doc(L->doc, child);
			return FAIL(L, SP_ENOMEM, "out of memory");
		}
		return load_mapping(L, child);
	}
	char *text = NULL;
	if (sp__event_is_null(&L->ev))
		return type_error(L, "text");
	if ((rc = read_text(L, field, &text)))
		return rc;
	if (sp__list_push(NULL, &L->pending, text)) {
		sp__free(L->doc, text);
		return FAIL(L, SP_ENOMEM, "out of memory");
	}
	return 0;
}

/* Reads the next member of the set `field` (a list of enum values, each at most once). */
static int load_set_member(loader *L, sp_node *node, const sp_field *field, unsigned *seen_mask)
{
	int64_t value = 0;
	int rc = read_enum(L, field, &value);
	if (rc)
		return rc;
	if (*seen_mask & SP_BIT(value))
		rc = FAIL(L, SP_EDUPLICATE, "'%s' is listed twice", sp_enum_token(field->enum_id, (int)value));
	*seen_mask |= SP_BIT(value);
	node->v[sp__field_index(sp__node_type(node), field)].num = *seen_mask;
	return rc;
}

static int load_list_items(loader *L, sp_node *node, const sp_field *field)
{
	unsigned seen_mask = 0;
	size_t first = L->pending.len, depth = L->depth;
	int rc;
	if (L->ev.kind != SP_EV_SEQ_START)
		return type_error(L, "a list");
	for (size_t i = 0;; i++) {
		size_t level = L->open;
		if ((rc = next(L)))
			break;
		if (L->ev.kind == SP_EV_SEQ_END)
			return place_items(L, node, field, first);
		if (!(rc = push_index(L, i)))
			rc = field->kind == SP_KIND_LIST || field->kind == SP_KIND_STRING_LIST
				? load_item(L, node, field, i) : load_set_member(L, node, field, &seen_mask);
		L->depth = depth;
		if ((rc = go_on(L, rc, level, false)))
			break;
	}
	/* The items read so far are in no node yet. */
	for (size_t i = first; i < L->pending.len; i++)
		sp__item_free(L->doc, L->pending.items[i], field->kind);
	L->pending.len = first;
	return rc;
}

/* The report's format: the version decides how the rest is read. The
 * report keeps the current format, as that is what it becomes. */
static int read_format(loader *L, char **out)
{
	int version = 0;
	if (!is_text(&L->ev))
		return type_error(L, "text");
	switch (sp__format_version(L->ev.text, L->ev.len, &version)) {
	case SP_EUNSUPPORTED:
		/* serviceprogram/N with a number: a format's name, not personal data */
		return FAIL(L, SP_EFORMAT, "'%.*s' is newer than this library reads (%s and older); use a newer "
		            "libserviceprogram", (int)L->ev.len, L->ev.text, SP_FORMAT_VERSION);
	case SP_EFORMAT:
		return FAIL(L, SP_EFORMAT, "expected \"%s\", the format this library reads, found another text",
		            SP_FORMAT_VERSION);
	default:
		break;
	}
	if (version < SP_FORMAT_VERSION_NUMBER && !L->format_first)
		return FAIL(L, SP_EFORMAT, "a document in the older format '%.*s' must give its format first",
		            (int)L->ev.len, L->ev.text);
	L->version = version;
	if (!(*out = sp__doc_text(L->doc, SP_FORMAT_VERSION, strlen(SP_FORMAT_VERSION))))
		return FAIL(L, SP_ENOMEM, "out of memory");
	return 0;
}

static int load_field(loader *L, sp_node *node, const sp_field *field)
{
	sp_value *v = &node->v[sp__field_index(sp__node_type(node), field)];
	int rc = next(L);
	if (rc)
		return rc;
	if (sp__event_is_null(&L->ev) && !(field->kind == SP_KIND_STRING && L->ev.scalar == SP_SCALAR_STRING)) {
		if (field->required)
			return FAIL(L, SP_EMISSING, "'%s' is required and must not be empty", field->key);
		return 0;
	}
	switch (field->kind) {
	case SP_KIND_STRING:
		return field->rule == sp__rule_format ? read_format(L, &v->str) : read_text(L, field, &v->str);
	case SP_KIND_INTEGER:
	case SP_KIND_DECIMAL: return read_number(L, field, &v->num);
	case SP_KIND_BOOLEAN: return read_boolean(L, &v->num);
	case SP_KIND_ENUM: return read_enum(L, field, &v->num);
	case SP_KIND_OBJECT:
		if (L->ev.kind != SP_EV_MAP_START)
			return type_error(L, "a mapping");
		return load_mapping(L, v->obj);
	default: return load_list_items(L, node, field);
	}
}

static const sp_field *field_by_key(const sp_type *type, const char *key, size_t len)
{
	for (size_t i = 0; i < type->field_count; i++)
		if (strlen(type->fields[i].key) == len && memcmp(type->fields[i].key, key, len) == 0)
			return &type->fields[i];
	return NULL;
}

/* Reads a member of a mapping into `node`; L->ev is its key. `seen` has a
 * bit for each field met, `unknown` the unknown keys met. */
static int load_member(loader *L, sp_node *node, uint64_t *seen, unknown_keys *unknown)
{
	const sp_type *type = sp__node_type(node);
	int rc;
	if (!is_text(&L->ev) || sp__event_is_null(&L->ev))
		return type_error(L, "a key");
	const char *why = text_problem(L);
	if (why)
		return FAIL(L, SP_EUTF8, "a key: %s", _(why));
	const sp_field *field = field_by_key(type, L->ev.text, L->ev.len);
	const char *migrated;
	if (!field && L->version < SP_FORMAT_VERSION_NUMBER &&
	    (migrated = sp__migrated_key(L->version, type, L->ev.text, L->ev.len)))
		field = field_by_key(type, migrated, strlen(migrated));
	if (!field)
		return unknown_key(L, node, unknown);
	uint64_t bit = UINT64_C(1) << sp__field_index(type, field);
	if (*seen & bit)
		return FAIL(L, SP_EDUPLICATE, "duplicate key '%s'", field->key);
	*seen |= bit;
	L->format_first = *seen == bit && !unknown->seen.count;
	if ((rc = push_key(L, field->key)))
		return rc;
	return load_field(L, node, field);
}

/* Reads a mapping's members into `node`; L->ev is its start. */
static int load_mapping(loader *L, sp_node *node)
{
	const sp_type *type = sp__node_type(node);
	uint64_t seen = 0;
	unknown_keys unknown = { .seen = { .keys = SP_HASH_TEXTS } };
	unsigned line = L->ev.line, column = L->ev.column;
	size_t depth = L->depth;
	int rc;
	node->line = line;
	node->column = column;
	for (;;) {
		size_t level = L->open;
		if ((rc = next(L)))
			goto done;
		if (L->ev.kind == SP_EV_MAP_END)
			break;
		size_t key_event = L->elements;
		rc = load_member(L, node, &seen, &unknown);
		L->depth = depth;
		if ((rc = go_on(L, rc, level, L->elements == key_event)))
			goto done;
	}
	/* A misspelt key is one error, the unknown key that names it, not also a missing one. */
	for (size_t i = 0; i < type->field_count; i++) {
		const sp_field *f = &type->fields[i];
		char named[128];
		if (f->required && !((seen | unknown.suggested) & (UINT64_C(1) << i)) &&
		    (rc = go_on(L, fail_at(L, line, column, SP_EMISSING, "missing required key '%s' in %s", f->key,
		                           type_named(named, sizeof(named), type)), L->open, false)))
			goto done;
	}
	/* After an error the report is not kept, nor are the values of its unknown keys. */
	if (!L->error_count)
		rc = keep_unknown_keys(L, node, &unknown);
done:
	unknown_keys_free(&unknown);
	return rc;
}

static int load_document(loader *L, sp_node **out)
{
	int rc = next(L);
	if (rc)
		return rc;
	if (L->ev.kind == SP_EV_END || (sp__event_is_null(&L->ev) && L->ev.scalar == SP_SCALAR_PLAIN))
		return FAIL(L, SP_ESYNTAX, "the document is empty");
	if (L->ev.kind != SP_EV_MAP_START)
		return type_error(L, "a mapping (the report)");
	sp_node *report = sp__report_node_new(L->allocator);
	if (!report)
		return FAIL(L, SP_ENOMEM, "out of memory");
	L->doc = sp__doc_of(report);
	memset(L->recent_texts, 0, sizeof(L->recent_texts)); /* texts of this report only, not of an attempt before */
	sp__doc_fill_arena(L->doc, true);
	rc = load_mapping(L, report);
	sp__doc_fill_arena(L->doc, false);
	if (!rc && !(rc = next(L)) && L->ev.kind != SP_EV_END)
		rc = FAIL(L, SP_ESYNTAX, "expected the end of the document");
	if (rc || L->error_count) {
		sp__node_free(report);
		return L->error_count ? L->code : rc;
	}
	*out = report;
	return 0;
}

/* ---- the public functions -------------------------------------------- */

/* What a load reads: a whole buffer, or a regular file that the YAML
 * parser reads as it goes, so that the file is never all in memory. */
typedef struct input {
	const char *data; /* the whole input, or NULL */
	FILE *stream;     /* or YAML from here on, after any byte-order mark */
	size_t len;       /* the input's size in bytes, a byte-order mark included */
	const char *head; /* its first bytes (up to 3 of a stream): the encoding shows in them */
	size_t head_len;
	sp_syntax named;  /* the syntax the file's name gives (syntax_of_name), or SP_SYNTAX_AUTO */
} input;

/* The JSON reader checks the whole text before the loader starts, so a syntax error comes with the
 * reader's path, made of the document's own keys: it is kept up to the first key the format does
 * not know, which may be a person's name (line and column still tell where). */
static void keep_known_keys(char *path)
{
	const sp_type *type = &sp__report_type;
	const sp_field *list = NULL; /* the list whose index comes next */
	char *segment = path;
	while (*segment == '/') {
		const char *name = segment + 1;
		size_t len = strcspn(name, "/");
		if (list) {
			if (!len || strspn(name, "0123456789") != len)
				break;
			type = list->child;
			list = NULL;
		} else {
			const sp_field *field = type ? field_by_key(type, name, len) : NULL;
			if (!field)
				break;
			if (field->kind == SP_KIND_LIST || field->kind == SP_KIND_STRING_LIST || field->kind == SP_KIND_ENUM_SET)
				list = field;
			else
				type = field->kind == SP_KIND_OBJECT ? field->child : NULL;
		}
		segment += 1 + len;
	}
	*segment = '\0';
}

/* .json is JSON and .yaml or .yml YAML, in any case; other names say nothing. */
static sp_syntax syntax_of_name(const char *path)
{
	const char *dot = strrchr(path, '.');
	if (!dot || strchr(dot, '/'))
		return SP_SYNTAX_AUTO;
	if (sp__text_equal_folded(dot, strlen(dot), ".json"))
		return SP_SYNTAX_JSON;
	if (sp__text_equal_folded(dot, strlen(dot), ".yaml") || sp__text_equal_folded(dot, strlen(dot), ".yml"))
		return SP_SYNTAX_YAML;
	return SP_SYNTAX_AUTO;
}

static int load_as(sp_node **out, loader *L, sp_syntax syntax, const input *in, size_t max_bytes)
{
	int rc = in->stream ? sp__yaml_source_open_stream(&L->src, in->stream, max_bytes, L->err)
	         : syntax == SP_SYNTAX_JSON ? sp__json_source_open(&L->src, in->data, in->len, L->err)
	                                    : sp__yaml_source_open(&L->src, in->data, in->len, L->err);
	if (rc) {
		if (L->err) {
			keep_known_keys(L->err->path);
			sp__error_locate(L->err, L->source_name, L->err->line, L->err->column, NULL);
		}
		return rc;
	}
	L->depth = 0;
	L->elements = 0;
	L->open = 0;
	L->error_count = 0;
	L->code = 0;
	L->stop = false;
	L->version = SP_FORMAT_VERSION_NUMBER;
	rc = load_document(L, out);
	L->src->close(L->src);
	free(L->pending.items);
	L->pending = (sp_list){ 0 };
	return rc;
}

/* The public functions load with an sp_error of their own, `first`, so that
 * the loader always has one, and end here: the caller's sp_error gets it,
 * and so does the caller's list when the loader put no error in it (the
 * load failed before the document, or after it). */
static int finish(int rc, const sp_load_options *opts, const sp_error *first, sp_error *err)
{
	if (!rc)
		return 0;
	if (err)
		*err = *first;
	sp_load_errors *errors = sp__load_options_errors(opts);
	if (!sp_load_errors_count(errors))
		(void)sp__load_errors_add(errors, first); /* the list's first room: it always fits */
	return rc;
}

/* `err` is the public function's own, never NULL. */
static int load(sp_report **out, const input *in, const sp_load_options *opts, const char *default_name,
                sp_error *err)
{
	SP__IN_LANGUAGE(sp__load_options_language(opts));
	if (!out || (!in->data && !in->stream && in->len)) {
		sp__error(err, SP_EINVAL, "nothing to load into or from");
		return SP_EINVAL;
	}
	*out = NULL;
	sp_load_options current;
	if (sp__load_options_read(&current, opts, err))
		return SP_EINVAL;
	opts = &current;
	loader L = { .source_name = opts->source_name ? opts->source_name : default_name,
	             .unknown_keys = opts->unknown_keys, .err = err, .errors = opts->errors,
	             .max_errors = opts->max_errors ? opts->max_errors : SP_DEFAULT_MAX_ERRORS,
	             .max_depth = opts->max_depth ? opts->max_depth : SP_DEFAULT_MAX_DEPTH,
	             .max_text = opts->max_text ? opts->max_text : SP_DEFAULT_MAX_TEXT,
	             .max_elements = opts->max_elements ? opts->max_elements : SP_DEFAULT_MAX_ELEMENTS,
	             .allocator = opts->allocator };
	size_t max_bytes = opts->max_bytes ? opts->max_bytes : SP_DEFAULT_MAX_BYTES;
	if (L.max_depth > SP_MAX_DEPTH)
		L.max_depth = SP_MAX_DEPTH;
	if (in->len > max_bytes) {
		sp__error(err, SP_ELIMIT, "the input has %zu bytes, more than the limit max_bytes (%zu)", in->len,
		          max_bytes);
		sp__error_locate(err, L.source_name, 0, 0, "");
		return SP_ELIMIT;
	}
	if (sp__wide_encoding(in->head, in->head_len)) {
		sp__error(err, SP_EUTF8, "the file is UTF-16 or UTF-32; save it as UTF-8");
		sp__error_locate(err, L.source_name, 1, 1, "");
		return SP_EUTF8;
	}
	input text = *in;
	if (in->head_len >= 3 && memcmp(in->head, SP_UTF8_BOM, 3) == 0) { /* a UTF-8 byte-order mark says nothing */
		max_bytes -= 3;
		if (text.data)
			text.data += 3, text.len -= 3;
	}
	/* A stream is only ever YAML (see load_stream). A file named .json is
	 * JSON, and so is text that begins with { or [, unless the file is
	 * named .yaml: JSON is read strictly, with no second try as YAML. */
	sp_syntax sniffed = text.stream ? SP_SYNTAX_YAML : sp__detect_syntax(text.data, text.len);
	sp_syntax syntax = text.stream                    ? SP_SYNTAX_YAML
	                   : opts->syntax != SP_SYNTAX_AUTO ? opts->syntax
	                   : sniffed == SP_SYNTAX_AUTO      ? SP_SYNTAX_YAML /* which says "the document is empty" */
	                   : in->named == SP_SYNTAX_JSON    ? SP_SYNTAX_JSON
	                                                    : sniffed;
	sp_node *report = NULL;
	int rc = load_as(&report, &L, syntax, &text, max_bytes);
	/* In a .yaml file, "{" begins a YAML flow mapping: the JSON reader only
	 * goes first because it is faster, and YAML has the last word. */
	if (rc == SP_ESYNTAX && opts->syntax == SP_SYNTAX_AUTO && in->named == SP_SYNTAX_YAML && syntax == SP_SYNTAX_JSON) {
		sp__load_errors_clear(L.errors);
		rc = load_as(&report, &L, SP_SYNTAX_YAML, &text, max_bytes);
	} else if (rc == SP_ESYNTAX && opts->syntax == SP_SYNTAX_AUTO && in->named == SP_SYNTAX_AUTO &&
	           syntax == SP_SYNTAX_JSON) {
		/* Say why: the text may be YAML in flow style. The syntax error is
		 * the load's only one: finish() puts it back in the list as said. */
		size_t used = strlen(err->message);
		snprintf(err->message + used, sizeof(err->message) - used, "%s", _(" (text that begins with { or [ is read as JSON)"));
		sp__load_errors_clear(L.errors);
	}
	if (rc)
		return rc;
	/* load_as() returns 0 only with a report: the analyzer cannot follow the variadic fail_at(). */
	sp_doc *doc = sp__doc_of(report); /* NOLINT(clang-analyzer-core.NullDereference) */
	if (!(doc->source = sp__doc_strndup(doc, L.source_name, strlen(L.source_name)))) {
		sp__node_free(report);
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	*out = (sp_report *)report;
	return 0;
}

SP_API int sp_report_load_buffer(sp_report **out, const char *data, size_t len, const sp_load_options *opts,
                                 sp_error *err)
{
	sp_error first;
	input in = { .data = data, .len = len, .head = data, .head_len = len };
	sp__load_errors_clear(sp__load_options_errors(opts));
	return finish(load(out, &in, opts, "<buffer>", &first), opts, &first, err);
}

static int read_error(const char *name, sp_error *err)
{
	sp__error(err, SP_EIO, "cannot read: %s", sp__strerror(errno));
	sp__error_locate(err, name, 0, 0, "");
	return SP_EIO;
}

/* Reads the rest of `stream`, but no more than one byte past the limit
 * max_bytes: enough for load() to refuse it. `size` is what is expected,
 * or 0 when unknown. */
static int slurp(char **out, size_t *len, FILE *stream, size_t size, const char *name, size_t max_bytes,
                 sp_error *err)
{
	int rc = sp__read_stream(out, len, stream, size, max_bytes < SIZE_MAX ? max_bytes + 1 : SIZE_MAX);
	if (rc == SP_EIO)
		return read_error(name, err);
	if (rc)
		sp__error(err, rc, "out of memory");
	return rc;
}

/* YAML in a regular file is parsed as it is read; anything else (JSON, a
 * pipe) is read whole, then parsed. */
static int load_stream(sp_report **out, FILE *stream, const sp_load_options *opts, const char *name,
                       const char *default_name, sp_syntax named, sp_error *err)
{
	size_t max_bytes = opts && opts->max_bytes ? opts->max_bytes : SP_DEFAULT_MAX_BYTES;
	sp_syntax syntax = opts && opts->syntax ? opts->syntax : named == SP_SYNTAX_JSON ? named : SP_SYNTAX_AUTO;
	struct stat st;
	long start = ftell(stream);
	size_t size = 0;
	if (start >= 0 && fstat(fileno(stream), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= start) {
		char head[3];
		size = (size_t)(st.st_size - start);
		size_t head_len = fread(head, 1, sizeof(head), stream);
		long text = start + (head_len == 3 && memcmp(head, SP_UTF8_BOM, 3) == 0 ? 3 : 0);
		if (fseek(stream, text, SEEK_SET))
			return read_error(name, err);
		if (syntax == SP_SYNTAX_YAML || (syntax == SP_SYNTAX_AUTO && sp__detect_stream_syntax(stream) == SP_SYNTAX_YAML)) {
			if (fseek(stream, text, SEEK_SET))
				return read_error(name, err);
			input in = { .stream = stream, .len = size, .head = head, .head_len = head_len, .named = named };
			return load(out, &in, opts, default_name, err);
		}
		if (fseek(stream, start, SEEK_SET))
			return read_error(name, err);
	}
	char *data;
	size_t len;
	int rc = slurp(&data, &len, stream, size, name, max_bytes, err);
	if (rc)
		return rc;
	input in = { .data = data, .len = len, .head = data, .head_len = len, .named = named };
	rc = load(out, &in, opts, default_name, err);
	free(data);
	return rc;
}

static int load_stream_checked(sp_report **out, FILE *stream, const sp_load_options *opts, sp_error *err)
{
	SP__IN_LANGUAGE(sp__load_options_language(opts));
	if (!stream || !out) {
		sp__error(err, SP_EINVAL, "no stream to load from");
		return SP_EINVAL;
	}
	*out = NULL;
	return load_stream(out, stream, opts, opts && opts->source_name ? opts->source_name : "<stream>", "<stream>",
	                   SP_SYNTAX_AUTO, err);
}

SP_API int sp_report_load_stream(sp_report **out, FILE *stream, const sp_load_options *opts, sp_error *err)
{
	sp_error first;
	sp__load_errors_clear(sp__load_options_errors(opts));
	return finish(load_stream_checked(out, stream, opts, &first), opts, &first, err);
}

static int load_file(sp_report **out, const char *path, const sp_load_options *opts, sp_error *err)
{
	SP__IN_LANGUAGE(sp__load_options_language(opts));
	if (!path || !out) {
		sp__error(err, SP_EINVAL, "no file to load");
		return SP_EINVAL;
	}
	*out = NULL;
	FILE *stream = fopen(path, "rb");
	if (!stream) {
		int code = errno == ENOMEM ? SP_ENOMEM : SP_EIO;
		sp__error(err, code, "cannot open: %s", sp__strerror(errno));
		sp__error_locate(err, path, 0, 0, "");
		return code;
	}
	/* The parser and slurp() read in large blocks into buffers of their own:
	 * a stdio buffer would only be one more copy. */
	setvbuf(stream, NULL, _IONBF, 0);
	int rc = load_stream(out, stream, opts, path, path, syntax_of_name(path), err);
	fclose(stream);
	return rc;
}

SP_API int sp_report_load_file(sp_report **out, const char *path, const sp_load_options *opts, sp_error *err)
{
	sp_error first;
	sp__load_errors_clear(sp__load_options_errors(opts));
	return finish(load_file(out, path, opts, &first), opts, &first, err);
}
