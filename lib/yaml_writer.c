/*
 * The YAML writer: libyaml's emitter in block style. Multi-line text goes
 * out as a literal block scalar; text that a YAML reader would take for a
 * number, boolean, null or date is quoted, so the file means the same to
 * any YAML tool, not only to this library.
 */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "internal.h"

typedef struct yaml_writer {
	sp_writer base;
	yaml_emitter_t emitter;
	char *buf;
	size_t len, cap;
	bool failed;
} yaml_writer;

static int collect(void *data, unsigned char *bytes, size_t size)
{
	yaml_writer *w = data;
	if (w->len + size + 1 > w->cap) {
		size_t cap = w->cap ? w->cap : 4096;
		while (cap < w->len + size + 1)
			cap *= 2;
		char *bigger = realloc(w->buf, cap);
		if (!bigger) {
			w->failed = true;
			return 0;
		}
		w->buf = bigger, w->cap = cap;
	}
	/* w->buf is NULL only while w->cap is 0, and then the branch above allocates it. */
	memcpy(w->buf + w->len, bytes, size); /* NOLINT(clang-analyzer-core.NonNullParamChecker) */
	w->len += size;
	return 1;
}

static int emit(yaml_writer *w, yaml_event_t *event, int made)
{
	if (!made || !yaml_emitter_emit(&w->emitter, event))
		return w->failed || w->emitter.error == YAML_MEMORY_ERROR || !made ? SP_ENOMEM : SP_ERROR;
	return 0;
}

/*
 * Whether plain `s` could be a number, date or time to some YAML reader: it
 * begins as every one of them does, with a digit, sign or point, and has
 * nothing but what they are written with (digits, signs, points, colons,
 * underscores, exponents, the 0b, 0o and 0x prefixes and hex digits, the
 * T, Z and spaces of timestamps). YAML 1.1 readers such as PyYAML take
 * 0b101, 017, 1:20, 1e3, 2024-01-15T10:00:00 and 2024-01-15 10:00:00 for
 * numbers and times; quoting a few texts no reader would is harmless.
 */
static bool could_be_number(const char *s)
{
	if (!((*s >= '0' && *s <= '9') || *s == '-' || *s == '+' || *s == '.'))
		return false;
	for (; *s; s++)
		if (!(*s >= '0' && *s <= '9') && !strchr("+-._: \tabcdefABCDEFoOxXtTzZ", *s))
			return false;
	return true;
}

/* Text a YAML 1.1 or 1.2 reader would resolve to something other than a
 * string: a boolean, null, infinity or NaN in any case, the merge key <<,
 * YAML 1.1's value key =, or what could_be_number() finds. */
static bool resolves_to_non_string(const char *s)
{
	static const char *const words[] = { "", "~", "null", "true", "false", "yes", "no", "on", "off",
	                                     "y", "n", ".inf", "-.inf", "+.inf", ".nan", "=", "<<" };
	enum { LONGEST_WORD = 5 };
	size_t len = strnlen(s, LONGEST_WORD + 1);
	for (size_t i = 0; len <= LONGEST_WORD && i < sizeof(words) / sizeof(words[0]); i++)
		if (sp__text_equal_folded(s, len, words[i]))
			return true;
	return could_be_number(s);
}

static int scalar(yaml_writer *w, const char *text, yaml_scalar_style_t style)
{
	yaml_event_t event;
	int made = yaml_scalar_event_initialize(&event, NULL, NULL, (yaml_char_t *)text, (int)strlen(text), 1, 1,
	                                        style);
	return emit(w, &event, made);
}

static int string(sp_writer *base, const char *text)
{
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;
	if (strchr(text, '\n'))
		style = YAML_LITERAL_SCALAR_STYLE;
	else if (resolves_to_non_string(text))
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	return scalar((yaml_writer *)base, text, style);
}

static int key(sp_writer *base, const char *text) { return string(base, text); }
static int number(sp_writer *base, const char *text) { return scalar((yaml_writer *)base, text, YAML_PLAIN_SCALAR_STYLE); }
static int boolean(sp_writer *base, bool value) { return scalar((yaml_writer *)base, value ? "true" : "false", YAML_PLAIN_SCALAR_STYLE); }
static int null(sp_writer *base) { return scalar((yaml_writer *)base, "null", YAML_PLAIN_SCALAR_STYLE); }

static int map_start(sp_writer *base)
{
	yaml_event_t event;
	return emit((yaml_writer *)base, &event,
	            yaml_mapping_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE));
}

static int map_end(sp_writer *base)
{
	yaml_event_t event;
	return emit((yaml_writer *)base, &event, yaml_mapping_end_event_initialize(&event));
}

static int seq_start(sp_writer *base)
{
	yaml_event_t event;
	return emit((yaml_writer *)base, &event,
	            yaml_sequence_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE));
}

static int seq_end(sp_writer *base)
{
	yaml_event_t event;
	return emit((yaml_writer *)base, &event, yaml_sequence_end_event_initialize(&event));
}

static int finish(sp_writer *base, char **out, size_t *len, sp_error *err)
{
	yaml_writer *w = (yaml_writer *)base;
	yaml_event_t event;
	int rc = emit(w, &event, yaml_document_end_event_initialize(&event, 1));
	if (!rc)
		rc = emit(w, &event, yaml_stream_end_event_initialize(&event));
	if (!rc && !yaml_emitter_flush(&w->emitter))
		rc = SP_ENOMEM;
	if (rc) {
		sp__error(err, rc, rc == SP_ENOMEM ? N_("out of memory") : "YAML: %s",
		          w->emitter.problem ? w->emitter.problem : _("cannot write"));
		return rc;
	}
	if (!w->buf && collect(w, (unsigned char *)"", 0) == 0)
		return SP_ENOMEM;
	w->buf[w->len] = '\0';
	*out = w->buf;
	*len = w->len;
	w->buf = NULL;
	return 0;
}

static void writer_free(sp_writer *base)
{
	yaml_writer *w = (yaml_writer *)base;
	yaml_emitter_delete(&w->emitter);
	free(w->buf);
	free(w);
}

sp_writer *sp__yaml_writer_new(void)
{
	yaml_writer *w = calloc(1, sizeof(*w));
	if (!w)
		return NULL;
	if (!yaml_emitter_initialize(&w->emitter)) {
		free(w);
		return NULL;
	}
	w->base = (sp_writer){ map_start, map_end, seq_start, seq_end, key, string, number, boolean, null, finish, writer_free };
	yaml_emitter_set_output(&w->emitter, collect, w);
	yaml_emitter_set_unicode(&w->emitter, 1);
	yaml_emitter_set_width(&w->emitter, -1);
	yaml_emitter_set_indent(&w->emitter, 2);
	yaml_event_t event;
	if (emit(w, &event, yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)) ||
	    emit(w, &event, yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 1))) {
		writer_free(&w->base);
		return NULL;
	}
	return &w->base;
}
