/* Definitions shared by the library's own files; not installed. */
#ifndef SP_INTERNAL_H
#define SP_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "serviceprogram.h"

#define SP_API __attribute__((visibility("default")))

/* ---- tables indexed by enum value ------------------------------------ */

/* One slot per value of each enum, slot 0 being its *_UNSET. enums.c
 * asserts at compile time that its tables have exactly these values. */
#define SP_TREND_SLOTS (SP_TREND_INCREASE + 1)
#define SP_SUPPORT_SLOTS (SP_SUPPORT_OTHER + 1)
#define SP_AREA_SLOTS (SP_AREA_CASE_HANDLING + 1)
#define SP_ROLE_SLOTS (SP_ROLE_WORKSPACE_ACCESS + 1)
#define SP_ACTOR_SLOTS (SP_ACTOR_OTHER + 1)
#define SP_LADDER_SLOTS (SP_LADDER_JOINT_ACTION + 1)
#define SP_SERVICE_SLOTS (SP_SERVICE_BROADER_CONTEXT + 1)
#define SP_STATUS_SLOTS (SP_STATUS_COMPLETED + 1)
#define SP_BASIS_SLOTS (SP_BASIS_EXPECTED + 1)

static inline bool sp__in_slots(int value, int slots)
{
	return value >= 0 && value < slots;
}

/* Adds `value` (never negative) to `*sum`; false, leaving it, when the sum would pass INT64_MAX. */
static inline bool sp__add_checked(int64_t *sum, int64_t value)
{
	if (*sum > INT64_MAX - value)
		return false;
	*sum += value;
	return true;
}

/* ---- schema ---------------------------------------------------------- */

/* Extra rule for a text field beyond "UTF-8 without NUL": returns NULL when
 * `text` is acceptable, else what was expected. */
typedef const char *(*sp_text_rule)(const char *text);

struct sp_field {
	const char *key;
	const char *label_sv;
	sp_kind kind;
	bool required;
	int enum_id;              /* sp_enum_id, or -1 */
	const sp_type *child;     /* SP_KIND_OBJECT / SP_KIND_LIST */
	sp_text_rule rule;        /* SP_KIND_STRING only, may be NULL */
};

struct sp_type {
	const char *name;
	const char *label_sv;
	const sp_field *fields;
	size_t field_count;
};

/* The format's element types, in one table (schema.c): a node holds its
 * type's position in it, a byte where a pointer would take eight. */
enum sp_type_id {
	SP_TYPE_REPORT, SP_TYPE_REGION, SP_TYPE_GOAL, SP_TYPE_PROGRAM, SP_TYPE_DEMAND, SP_TYPE_POSITION,
	SP_TYPE_STAFFING, SP_TYPE_CONTACT, SP_TYPE_COLLABORATION, SP_TYPE_OUTPUT, SP_TYPE_EFFECTS,
	SP_TYPE_INTERVENTION, SP_TYPE_PRIORITY_AREA, SP_TYPE_COUNT
};

extern const sp_type sp__types[SP_TYPE_COUNT];
#define sp__report_type (sp__types[SP_TYPE_REPORT])

const char *sp__closest_key(const sp_type *type, const char *key);

/* ---- nodes ----------------------------------------------------------- */

typedef struct sp_doc sp_doc;

/* A growable array of pointers in ordinary memory (the C library's when
 * the doc is NULL), for the library's own bookkeeping. */
typedef struct sp_list {
	void **items;
	size_t len;
	size_t cap;
} sp_list;

int sp__list_push(const sp_doc *doc, sp_list *list, void *item);

/* The items of a list field, in one block: sp_node * for SP_KIND_LIST,
 * char * for SP_KIND_STRING_LIST. An empty list is a NULL block. A block
 * from the arena has room for its items only; an ordinary one for at
 * least 4 and at least the next power of two (sp__items_push). */
typedef struct sp_items {
	size_t len;
	void *at[];
} sp_items;

static inline size_t sp__items_len(const sp_items *items)
{
	return items ? items->len : 0;
}

/* Item `i`, or NULL past the end. */
static inline void *sp__items_at(const sp_items *items, size_t i)
{
	return i < sp__items_len(items) ? items->at[i] : NULL;
}

/* One 8-byte slot per field of the node's type. Numbers are never negative
 * in the format, so -1 marks an absent number; NULL an absent text. */
typedef union sp_value {
	char *str;
	int64_t num;
	sp_node *obj;
	sp_items *items;
} sp_value;

/* Memory for loading and copying, which make whole reports at once: large
 * chunks from the report's allocator, filled from both ends (nodes and
 * item blocks upwards, texts downwards, so that texts need no alignment),
 * and given back only with the report. A block that does not fit the
 * chunk being filled may still fit the room left in an earlier one, the
 * spare. Freeing a block inside the arena does nothing; edits allocate
 * ordinary blocks. */
typedef struct sp_arena_chunk {
	char *start, *end;
} sp_arena_chunk;

typedef struct sp_arena {
	char *low, *high;             /* the free space of the chunk being filled */
	char *spare_low, *spare_high; /* the room left in one filled before */
	sp_arena_chunk *chunks;       /* every chunk, by address */
	size_t chunk_count, chunk_cap;
	size_t total;                 /* bytes in all chunks */
	bool filling;                 /* while loading or copying: new nodes, texts and item blocks come from here */
} sp_arena;

/* ---- the hash table (hash_table.c) ---------------------------------- */

/* What the keys of a table are; they are borrowed, never copied. */
typedef enum sp_hash_keys {
	SP_HASH_ADDRESSES, /* pointers, compared by address (nodes) */
	SP_HASH_TEXTS,     /* NUL-terminated texts, compared by content */
	SP_HASH_NUMBERS    /* pointers to an int64_t, compared by its value */
} sp_hash_keys;

typedef struct sp_hash_entry {
	const void *key; /* NULL: an empty slot */
	void *value;
} sp_hash_entry;

/* Zero-initialised but for `keys`, it is an empty table. */
typedef struct sp_hash_table {
	sp_hash_entry *slots; /* cap of them, a power of two; NULL when cap is 0 */
	size_t count, cap;
	sp_hash_keys keys;
} sp_hash_table;

/* FNV-1a of s[0..len). */
uint64_t sp__hash_bytes(const char *s, size_t len);
/* The entry of `key`, or NULL. */
sp_hash_entry *sp__hash_find(const sp_hash_table *t, const void *key);
/* Adds `key` (not in the table yet) with `value`: 0 or SP_ENOMEM. The
 * table's memory comes from `doc`'s allocator (NULL: the C library's). */
int sp__hash_add(const sp_doc *doc, sp_hash_table *t, const void *key, void *value);
/* Removes `key`, returning its value (NULL when it was not there). */
void *sp__hash_remove(sp_hash_table *t, const void *key);
/* Frees the table, not its keys or values; it is then empty. */
void sp__hash_free(const sp_doc *doc, sp_hash_table *t);

/* What a report's nodes share: its memory, where it came from and the
 * unknown keys of its nodes. The doc and the report's node are one block,
 * the doc first (sp__doc_of). */
struct sp_doc {
	sp_allocator allocator;
	char *source; /* the file or source name it was loaded from, or NULL */
	sp_arena arena;
	sp_hash_table extras; /* node -> the JSON text of its kept unknown keys (extras.c) */
};

/* The unknown keys kept for `node`, as the text of one JSON object in the
 * compact form of the JSON writer (kept_values.c), or NULL when it has none. */
const char *sp__extras_get(const sp_doc *doc, const sp_node *node);
/* Makes `keys` (a JSON object's text, from sp__doc_text() of `doc`)
 * `node`'s unknown keys, in place of any it had. Takes `keys`, also when
 * it fails: 0 or SP_ENOMEM. */
int sp__extras_put(sp_doc *doc, const sp_node *node, char *keys);
/* Frees `node`'s unknown keys, if it has any: for a node being freed. */
void sp__extras_forget(sp_doc *doc, const sp_node *node);
/* Frees the unknown keys of every node. */
void sp__extras_clear(sp_doc *doc);

/* ---- memory (memory.c) ------------------------------------------------ */

/* malloc, realloc and free, as an sp_allocator. */
extern const sp_allocator sp__libc_allocator;

/* Memory through a report's allocator; a NULL doc means the C library's.
 * sp__free and sp__realloc take only blocks from sp__malloc or sp__calloc;
 * sp__free ignores a block of the doc's arena. */
void *sp__malloc(const sp_doc *doc, size_t size);
void *sp__calloc(const sp_doc *doc, size_t size);
void *sp__realloc(const sp_doc *doc, void *ptr, size_t size);
void sp__free(const sp_doc *doc, void *ptr);
char *sp__doc_strndup(const sp_doc *doc, const char *s, size_t len);
/* A copy of s[0..len) with a NUL: in the arena while it is filling, else
 * from sp__malloc. */
char *sp__doc_text(sp_doc *doc, const char *s, size_t len);
/* An empty item block for `count` (> 0) items: in the arena while it is
 * filling. NULL when out of memory. */
sp_items *sp__items_new(sp_doc *doc, size_t count);
/* Loading and copying fill the arena between these two calls. */
void sp__doc_fill_arena(sp_doc *doc, bool filling);
/* A block for a node or an item block (8-byte aligned): in the arena while it is filling. */
void *sp__doc_alloc(sp_doc *doc, size_t size);
/* Whether `ptr` is in the doc's arena. */
bool sp__arena_holds(const sp_doc *doc, const void *ptr);
/* Gives the arena's chunks back to the allocator: for a doc being freed. */
void sp__arena_free(sp_doc *doc);

/* The most items a list holds: a node keeps its position in 32 bits.
 * Loading and appending refuse more with SP_ELIMIT. A test builds the
 * library with a small one, to reach it. */
#ifndef SP_LIST_MAX_ITEMS
#define SP_LIST_MAX_ITEMS ((size_t)UINT32_MAX)
#endif

/* Every element of a report; loading makes one per mapping, so its header
 * is kept to 24 bytes. Its unknown keys, which few nodes have, are in its
 * doc (sp__extras_get). */
struct sp_node {
	sp_node *parent;  /* NULL for the report */
	uint32_t index;   /* the position in the parent's list; kept up to date on removal */
	uint8_t type_id;  /* the node's type: sp__types[type_id] */
	uint8_t field;    /* which of the parent type's fields holds this node */
	unsigned int line, column;
	sp_value v[];
};

_Static_assert(sizeof(sp_node) == 3 * sizeof(sp_value), "a node's header takes three slots");

static inline const sp_type *sp__node_type(const sp_node *node)
{
	return &sp__types[node->type_id];
}

/* The doc of a node's report: it sits just before the report's node. */
static inline sp_doc *sp__doc_of(const sp_node *node)
{
	while (node->parent) /* NOLINT(clang-analyzer-core.NullDereference): every caller holds a node of a report */
		node = node->parent;
	return (sp_doc *)((const char *)node - sizeof(sp_doc)); /* the report's node is the doc's allocation */
}

/* The parent's field that holds `node`; NULL for the report. */
static inline const sp_field *sp__node_field(const sp_node *node)
{
	return node->parent ? &sp__node_type(node->parent)->fields[node->field] : NULL;
}

static inline size_t sp__field_index(const sp_type *type, const sp_field *field)
{
	return (size_t)(field - type->fields);
}

/* The report's node of a doc: the doc and it are one block. */
static inline sp_node *sp__report_of(sp_doc *doc)
{
	return (sp_node *)(doc + 1);
}

static inline bool sp__is_number_kind(sp_kind kind)
{
	return kind == SP_KIND_INTEGER || kind == SP_KIND_DECIMAL || kind == SP_KIND_BOOLEAN || kind == SP_KIND_ENUM;
}

/* ---- nodes (node.c; copies in node_copy.c, comparison in node_equal.c) -- */

/* A doc with its report's node, in one block, both empty (allocator NULL: malloc). */
sp_doc *sp__doc_new(const sp_allocator *allocator);
/* A new, empty report using `allocator` (NULL: malloc). */
sp_node *sp__report_node_new(const sp_allocator *allocator);
/* An empty node of `type` under `parent`, its values still to be given. */
sp_node *sp__node_alloc(sp_doc *doc, const sp_type *type, sp_node *parent);
/* A new node of `type` held by `parent`'s `field` (the caller puts it in place). */
sp_node *sp__node_new(sp_doc *doc, const sp_type *type, sp_node *parent, const sp_field *field);
/* Appends a new node to `parent`'s list `field`; NULL when out of memory. */
sp_node *sp__node_append(sp_node *parent, const sp_field *field);
/* Adds `item` at the end of a list field's block `*items`. */
int sp__items_push(sp_doc *doc, sp_items **items, void *item);
void sp__node_free(sp_node *node);
/* Frees what a node holds and the node (unless in the arena), never the doc. */
void sp__node_free_in_doc(sp_doc *doc, sp_node *node);
/* Frees an item of a list field of `kind`: a node, or a text. */
void sp__item_free(sp_doc *doc, void *item, sp_kind kind);
/* A deep copy of a report, with the same allocator. */
sp_node *sp__report_copy(const sp_node *report);
bool sp__node_equal(const sp_node *a, const sp_node *b, char *path, size_t size);
/* Whether the node holds anything worth writing. */
bool sp__node_has_content(const sp_node *node);
/* Whether field `f` has a value in slot `v` (an object: when it holds anything). */
bool sp__field_present(const sp_field *f, const sp_value *v);

/* ---- JSON pointers (json_pointer.c) ----------------------------------- */

/* Append "/" and a key (escaped per RFC 6901: '~' as ~0, '/' as ~1) or an
 * index to the pointer of `used` bytes in buf (size > used, NUL-terminated),
 * and return its new length. What does not fit is left out, never half an
 * escape or half a UTF-8 character; the pointer is then full, the length
 * returned is size - 1 (more than the text's), and later pushes add nothing. */
size_t sp__pointer_push_key(char *buf, size_t size, size_t used, const char *key, size_t len);
size_t sp__pointer_push_index(char *buf, size_t size, size_t used, size_t index);
/* (node_pointer.c) The pointer of `node`, then of its field `key` (NULL:
 * none) and of item `index` of it (-1: none), in buf (size > 0); its length. */
size_t sp__node_pointer(char *buf, size_t size, const sp_node *node, const char *key, long index);

/* ---- language (language.c) ------------------------------------------ */

/* The text in the language of the call in progress (see SP__IN_LANGUAGE); `english` itself when
 * the catalogue has no translation. Marks a message for xgettext, as N_() marks one translated later. */
const char *sp__tr(const char *english) __attribute__((format_arg(1)));
#define _(english) sp__tr(english) /* NOLINT(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp): gettext's name, which xgettext knows */
#define N_(english) (english)
/* The language of the call in progress: SP_LANGUAGE_EN or SP_LANGUAGE_SV. */
sp_language sp__language(void);
sp_language sp__language_enter(sp_language language);
void sp__language_restore(const sp_language *outer);
/* strerror(errnum) in the language of the call in progress (thread-local text, valid until the next call). */
const char *sp__strerror(int errnum);
/* Makes `language` that of the messages of the rest of the calling function, the public function
 * a caller called; the language before it comes back when the function returns. */
#define SP__IN_LANGUAGE(language) \
	__attribute__((cleanup(sp__language_restore))) sp_language sp__outer_language = \
		sp__language_enter(language); \
	(void)sp__outer_language

/* ---- errors ---------------------------------------------------------- */

/* Fills `err` with the message `fmt` (English, translated here; mark it with N_() if it is not a
 * literal in the call) in the language of the call in progress. */
void sp__error(sp_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void sp__verror(sp_error *err, int code, const char *fmt, va_list ap);
void sp__error_locate(sp_error *err, const char *source, unsigned int line,
                      unsigned int column, const char *path);

/* The caller's list of load errors (load_errors.c); each does nothing for NULL.
 * Adding fails (SP_ENOMEM) only past the list's first room: the first error always fits. */
void sp__load_errors_clear(sp_load_errors *errors);
int sp__load_errors_add(sp_load_errors *errors, const sp_error *error);
void sp__load_errors_truncate(sp_load_errors *errors);

/* ---- text ------------------------------------------------------------ */

/* NULL when `s[0..len)` is valid UTF-8 without NUL, else why not. */
const char *sp__utf8_problem(const char *s, size_t len);
/* The code point at s[*i], advancing *i past it; -1 (and *i unchanged) when malformed. */
long sp__utf8_decode(const char *s, size_t len, size_t *i);
/* Offset of the first byte that is not valid UTF-8, or len when all is valid. */
size_t sp__utf8_invalid_offset(const char *s, size_t len);
/* Line and column (1-based, columns in characters) of byte `offset` of `data`. */
void sp__text_position(const char *data, size_t len, size_t offset, unsigned *line, unsigned *column);
/* Removes from the end of `s` a character that a cut at a byte count left incomplete, so that a
 * message cut short is still UTF-8. */
void sp__utf8_trim_cut(char *s);
/* Compares ignoring case (Latin, Greek and Cyrillic letters) and how accented letters are written
 * (NFC: "Ö" as one character or as "O" and a combining diaeresis). */
bool sp__text_equal_folded(const char *a, size_t alen, const char *b);
/* The edit distance in characters between a and b, compared as sp__text_equal_folded() does;
 * SIZE_MAX when either is not UTF-8 or longer than 64 characters. */
size_t sp__text_distance_folded(const char *a, size_t alen, const char *b);
/* The number of characters (code points) of UTF-8 s[0..len). */
size_t sp__text_length(const char *s, size_t len);
/* Whether two regions, each a name and a county code (NULL when none), are one (region_identity.c). */
bool sp__same_region(const char *name_a, const char *county_a, const char *name_b, const char *county_b);
int sp__enum_parse_n(int enum_id, const char *text, size_t len);
/* The value closest to a misspelt text, as sp_enum_suggest(); 0 when none is close. */
int sp__enum_suggest_n(int enum_id, const char *text, size_t len);
/* Writes the enum's choices into buf: "\"Minskar\" (decrease), \"Oförändrad\" (unchanged), ...". */
void sp__enum_choice_list(char *buf, size_t size, int enum_id);

/* ---- text rules of particular fields -------------------------------- */
const char *sp__rule_format(const char *text);
const char *sp__rule_county_code(const char *text);
const char *sp__rule_date(const char *text);
/* Days in `month` (1-12) of `year`, in the Gregorian calendar. */
int sp__days_in_month(int64_t year, int month);

/* ---- dates as YYYYMMDD (calendar.c) ---------------------------------- */

/* Days since 1970-01-01 in the proleptic Gregorian calendar. */
int64_t sp__day_number(int32_t ymd);
/* `today` as a checked YYYYMMDD in *out; 0 means the current date in UTC. */
int sp__resolve_today(int32_t *out, int32_t today, sp_error *err);
/* The deadline of a report of `year`, 31 January of the following year; 0 when there is none. */
int32_t sp__deadline_of(int64_t year);

/* ---- the validator's findings (diagnostics.c) ------------------------ */

sp_diagnostics *sp__diagnostics_new(void);
/* Adds a finding of the rule `code` (static) with copies of `path` and `message`: 0 or SP_ENOMEM. */
int sp__diagnostics_add(sp_diagnostics *list, const char *code, sp_severity severity, const char *path,
                        const char *message, unsigned int line, unsigned int column);

/* ---- format versions ------------------------------------------------- */

/* The version N in "serviceprogram/N": 0 when it is one the loader reads,
 * SP_EUNSUPPORTED when it is newer, SP_EFORMAT when it is no version. */
int sp__format_version(const char *text, size_t len, int *version);
/* The current key for `key` of `type` in a document of `version`, or NULL. */
const char *sp__migrated_key(int version, const sp_type *type, const char *key, size_t len);

/* ---- loading: one event stream, two sources -------------------------- */

typedef enum sp_event_kind {
	SP_EV_MAP_START,
	SP_EV_MAP_END,
	SP_EV_SEQ_START,
	SP_EV_SEQ_END,
	SP_EV_SCALAR,
	SP_EV_END
} sp_event_kind;

/* How a scalar was written. JSON types its scalars; YAML's plain scalars
 * take their meaning from the field they are read into. */
typedef enum sp_scalar_kind {
	SP_SCALAR_STRING, /* JSON string, YAML quoted or block scalar */
	SP_SCALAR_PLAIN,  /* YAML plain scalar */
	SP_SCALAR_NUMBER, /* JSON number (text as written) */
	SP_SCALAR_TRUE,
	SP_SCALAR_FALSE,
	SP_SCALAR_NULL
} sp_scalar_kind;

typedef struct sp_event {
	sp_event_kind kind;
	sp_scalar_kind scalar;
	const char *text; /* scalars; valid until the next event */
	size_t len;
	unsigned int line, column;
} sp_event;

/* A plain scalar YAML reads as null: empty, "~", or null in any usual case. */
static inline bool sp__event_is_null(const sp_event *ev)
{
	if (ev->kind != SP_EV_SCALAR)
		return false;
	if (ev->scalar == SP_SCALAR_NULL)
		return true;
	static const char *const nulls[] = { "", "~", "null", "Null", "NULL" };
	for (size_t i = 0; ev->scalar == SP_SCALAR_PLAIN && i < sizeof(nulls) / sizeof(nulls[0]); i++)
		if (strlen(nulls[i]) == ev->len && memcmp(ev->text, nulls[i], ev->len) == 0)
			return true;
	return false;
}

typedef struct sp_source sp_source;
struct sp_source {
	/* 0 and the next event, or an SP_E* code with err filled (location included). */
	int (*next)(sp_source *src, sp_event *ev, sp_error *err);
	void (*close)(sp_source *src);
};

int sp__json_source_open(sp_source **out, const char *data, size_t len, sp_error *err);
/* The length of the JSON number (RFC 8259's grammar) at the start of
 * text[0..len), 0 when there is none; *stop (when given) is where reading
 * it stopped: its end, or the character that broke it. */
size_t sp__json_number_length(const char *text, size_t len, size_t *stop);

/* Whether a JSON number is beyond what a double holds: the reader refuses it (SP_ERANGE). */
bool sp__json_number_overflows(const char *text, size_t len);

static inline bool sp__is_json_number(const char *text, size_t len)
{
	return len && sp__json_number_length(text, len, NULL) == len;
}
int sp__yaml_source_open(sp_source **out, const char *data, size_t len, sp_error *err);
/* In `buf` (always terminated; "" when none fits): what a libyaml error
 * `problem` at 1-based `problem_line` and `problem_column` means for a
 * person writing YAML by hand, from the lines around it. `context_line` is
 * where the construct the error is in began, 0 when unknown. */
void sp__yaml_hint(char *buf, size_t size, const char *data, size_t len, const char *problem, size_t problem_line,
                   size_t problem_column, size_t context_line);
/* (read_stream.c) Reads the rest of `stream`, at most `limit` bytes, into a malloc'ed
 * buffer; `expected` is its size when known, else 0. 0, SP_ENOMEM, or
 * SP_EIO on a read error. */
int sp__read_stream(char **out, size_t *len, FILE *stream, size_t expected, size_t limit);
/* YAML read from `stream` while it is parsed, from its position on, but no
 * more than max_bytes of it; a seekable stream, which errors read again. */
int sp__yaml_source_open_stream(sp_source **out, FILE *stream, size_t max_bytes, sp_error *err);

/* ---- what an input is (input_sniffing.c) ----------------------------- */

#define SP_UTF8_BOM "\xEF\xBB\xBF"

/* JSON when the first byte that is not white space is '{' or '[', else YAML;
 * SP_SYNTAX_AUTO for text with nothing but white space. */
sp_syntax sp__detect_syntax(const char *data, size_t len);
/* The same for a stream, read up to that byte. */
sp_syntax sp__detect_stream_syntax(FILE *stream);
/* Whether the input is UTF-16 or UTF-32, which the loader refuses. */
bool sp__wide_encoding(const char *data, size_t len);

/* ---- saving: one walk, two writers ----------------------------------- */

typedef struct sp_writer sp_writer;
struct sp_writer {
	int (*map_start)(sp_writer *w);
	int (*map_end)(sp_writer *w);
	int (*seq_start)(sp_writer *w);
	int (*seq_end)(sp_writer *w);
	int (*key)(sp_writer *w, const char *key);
	int (*string)(sp_writer *w, const char *text);
	int (*number)(sp_writer *w, const char *text); /* integer or decimal, as written */
	int (*boolean)(sp_writer *w, bool value);
	int (*null)(sp_writer *w);
	/* Finishes the document; the output lands in out and len (malloc'ed). */
	int (*finish)(sp_writer *w, char **out, size_t *len, sp_error *err);
	void (*free)(sp_writer *w);
};

/* Indented as jansson's JSON_INDENT(2) with a final newline, or `compact`. */
sp_writer *sp__json_writer_new(bool compact);
sp_writer *sp__yaml_writer_new(void);
/* Writes `node` of the report whose doc is `doc`. */
int sp__write_node(sp_writer *w, const sp_doc *doc, const sp_node *node);

/* ---- values of kept unknown keys as JSON text (kept_values.c) --------- */

/* Turns the unknown keys of one mapping, and their values' events, into
 * the text of one JSON object. */
typedef struct sp_capture sp_capture;

sp_capture *sp__capture_new(void);
/* The next unknown key of the mapping (the loader refuses duplicates). */
int sp__capture_key(sp_capture *c, const char *key, size_t len);
/* Adds one event of the key's value; *done once the value is complete.
 * YAML's plain scalars become null, true, false, a number (when they are
 * one in JSON's grammar, kept as written) or text. Fails with SP_ENOMEM,
 * SP_ETYPE for a key that is not text, SP_EDUPLICATE for a key given twice
 * in one mapping, SP_ELIMIT for a value nested deeper than `room` levels,
 * and SP_ERANGE for a number the JSON reader refuses (past a double). Scalars come checked to be UTF-8 without NUL. */
int sp__capture_event(sp_capture *c, const sp_event *ev, size_t room, bool *done);
/* The JSON object's text (malloc'ed) in *text. */
int sp__capture_finish(sp_capture *c, char **text, size_t *len);
void sp__capture_free(sp_capture *c);
/* Writes the members of the JSON object `keys` into `w`, in whose mapping they belong. */
int sp__write_kept(sp_writer *w, const char *keys);

#endif
