/*
 * YAML as events for the loader, from libyaml's parser. Aliases, anchors,
 * tags other than !!str and more than one document are refused: the
 * format needs none of them, and aliases are how YAML bombs are made.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "internal.h"

typedef struct yaml_source {
	sp_source base;
	yaml_parser_t parser;
	yaml_event_t event;
	bool have_event;
	bool seen_document;
	const char *data; /* the input, when it is a buffer */
	size_t len;
	/* the input, when it is a stream read as it is parsed */
	FILE *stream;
	long start;       /* where the input starts in it */
	size_t max_bytes; /* how much of it may be read */
	size_t read;      /* how much of it libyaml has read */
	int read_errno;   /* why reading it failed, or 0 */
} yaml_source;

/* libyaml's input handler for a stream: stops it past max_bytes, and on a read error. */
static int read_stream(void *source, unsigned char *buffer, size_t size, size_t *size_read)
{
	yaml_source *s = source;
	*size_read = fread(buffer, 1, size, s->stream);
	s->read += *size_read;
	if (*size_read == 0 && ferror(s->stream)) {
		s->read_errno = errno ? errno : EIO;
		return 0;
	}
	return s->read <= s->max_bytes;
}

/* Reads a stream's input again, whole (up to max_bytes), for an error
 * message: 0, SP_ENOMEM or SP_EIO. */
static int reread_stream(yaml_source *s, char **data, size_t *len)
{
	if (fseek(s->stream, s->start, SEEK_SET))
		return SP_EIO;
	return sp__read_stream(data, len, s->stream, s->read, s->max_bytes);
}

/* Where the input failed to decode: at its first byte that is not UTF-8, else where libyaml says. */
static int reader_error(const char *data, size_t len, const yaml_parser_t *p, sp_error *err)
{
	unsigned line, column;
	size_t bad = sp__utf8_invalid_offset(data, len);
	sp__text_position(data, len, bad < len ? bad : p->problem_offset, &line, &column);
	sp__error(err, SP_EUTF8, "YAML: %s", bad < len ? _("text is not valid UTF-8 (is the file saved as UTF-8?)")
	                                             : p->problem ? p->problem : _("unreadable input"));
	sp__error_locate(err, NULL, line, column, NULL);
	return SP_EUTF8;
}

static int parser_error(yaml_source *s, sp_error *err)
{
	const yaml_parser_t *p = &s->parser;
	const char *data = s->data;
	size_t len = s->len;
	char *reread = NULL;
	unsigned line, column;
	int code = SP_ESYNTAX;
	if (p->error == YAML_MEMORY_ERROR) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	if (s->read_errno) {
		sp__error(err, SP_EIO, "cannot read: %s", sp__strerror(s->read_errno));
		return SP_EIO;
	}
	if (s->stream && s->read > s->max_bytes) {
		sp__error(err, SP_ELIMIT, "the input grew past the limit max_bytes (%zu bytes) while it was read",
		          s->max_bytes);
		return SP_ELIMIT;
	}
	/* A stream is read again only now: its messages need its text. */
	if (s->stream && (code = reread_stream(s, &reread, &len))) {
		sp__error(err, code, code == SP_ENOMEM ? N_("out of memory") : N_("cannot read the input again for its error"));
		return code;
	}
	if (s->stream)
		data = reread;
	code = SP_ESYNTAX;
	if (p->error == YAML_READER_ERROR) {
		code = reader_error(data, len, p, err);
		free(reread);
		return code;
	}
	line = (unsigned)p->problem_mark.line + 1;
	column = (unsigned)p->problem_mark.column + 1;
	/* libyaml's words, and what they mean for a person writing YAML by hand. */
	char hint[256];
	sp__yaml_hint(hint, sizeof(hint), data, len, p->problem, line, column, p->context ? p->context_mark.line + 1 : 0);
	free(reread);
	char started[128] = "";
	if (p->context && (p->context_mark.line != p->problem_mark.line || p->context_mark.column != p->problem_mark.column))
		snprintf(started, sizeof(started), _(" (it began at line %zu, column %zu)"), p->context_mark.line + 1,
		         p->context_mark.column + 1);
	sp__error(err, code, "YAML: %s%s%s%s%s%s", p->context ? p->context : "", p->context ? ": " : "",
	          p->problem ? p->problem : _("malformed input"), started, hint[0] ? "; " : "", hint);
	sp__error_locate(err, NULL, line, column, NULL);
	return code;
}

static int refuse(sp_error *err, const yaml_event_t *e, const char *what)
{
	sp__error(err, SP_EUNSUPPORTED, "YAML %s are not allowed in this format", _(what));
	sp__error_locate(err, NULL, (unsigned)e->start_mark.line + 1, (unsigned)e->start_mark.column + 1, NULL);
	return SP_EUNSUPPORTED;
}

static bool plain_tag(const yaml_char_t *tag, const char *standard)
{
	return !tag || strcmp((const char *)tag, standard) == 0;
}

static int yaml_next(sp_source *base, sp_event *ev, sp_error *err)
{
	yaml_source *s = (yaml_source *)base;
	for (;;) {
		if (s->have_event)
			yaml_event_delete(&s->event);
		s->have_event = false;
		if (!yaml_parser_parse(&s->parser, &s->event))
			return parser_error(s, err);
		s->have_event = true;
		yaml_event_t *e = &s->event;
		memset(ev, 0, sizeof(*ev));
		ev->line = (unsigned)e->start_mark.line + 1;
		ev->column = (unsigned)e->start_mark.column + 1;
		switch (e->type) {
		case YAML_STREAM_START_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			continue;
		case YAML_DOCUMENT_START_EVENT:
			if (s->seen_document) {
				sp__error(err, SP_ESYNTAX, "expected one YAML document, found a second");
				sp__error_locate(err, NULL, ev->line, ev->column, NULL);
				return SP_ESYNTAX;
			}
			s->seen_document = true;
			continue;
		case YAML_STREAM_END_EVENT: ev->kind = SP_EV_END; return 0;
		case YAML_ALIAS_EVENT: return refuse(err, e, "aliases (*name)");
		case YAML_MAPPING_START_EVENT:
			if (e->data.mapping_start.anchor)
				return refuse(err, e, "anchors (&name)");
			if (!plain_tag(e->data.mapping_start.tag, YAML_MAP_TAG))
				return refuse(err, e, "tags");
			ev->kind = SP_EV_MAP_START;
			return 0;
		case YAML_MAPPING_END_EVENT: ev->kind = SP_EV_MAP_END; return 0;
		case YAML_SEQUENCE_START_EVENT:
			if (e->data.sequence_start.anchor)
				return refuse(err, e, "anchors (&name)");
			if (!plain_tag(e->data.sequence_start.tag, YAML_SEQ_TAG))
				return refuse(err, e, "tags");
			ev->kind = SP_EV_SEQ_START;
			return 0;
		case YAML_SEQUENCE_END_EVENT: ev->kind = SP_EV_SEQ_END; return 0;
		case YAML_SCALAR_EVENT:
			if (e->data.scalar.anchor)
				return refuse(err, e, "anchors (&name)");
			if (!plain_tag(e->data.scalar.tag, YAML_STR_TAG) && strcmp((const char *)e->data.scalar.tag, "!") != 0)
				return refuse(err, e, "tags other than !!str");
			ev->kind = SP_EV_SCALAR;
			ev->scalar = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !e->data.scalar.tag
				? SP_SCALAR_PLAIN : SP_SCALAR_STRING;
			ev->text = (const char *)e->data.scalar.value;
			ev->len = e->data.scalar.length;
			return 0;
		default:
			continue;
		}
	}
}

static void yaml_close(sp_source *base)
{
	yaml_source *s = (yaml_source *)base;
	if (s->have_event)
		yaml_event_delete(&s->event);
	yaml_parser_delete(&s->parser);
	free(s);
}

static yaml_source *source_new(sp_error *err)
{
	yaml_source *s = calloc(1, sizeof(*s));
	if (!s || !yaml_parser_initialize(&s->parser)) {
		free(s);
		sp__error(err, SP_ENOMEM, "out of memory");
		return NULL;
	}
	yaml_parser_set_encoding(&s->parser, YAML_UTF8_ENCODING);
	s->base.next = yaml_next;
	s->base.close = yaml_close;
	return s;
}

int sp__yaml_source_open(sp_source **out, const char *data, size_t len, sp_error *err)
{
	yaml_source *s = source_new(err);
	if (!s)
		return SP_ENOMEM;
	yaml_parser_set_input_string(&s->parser, (const unsigned char *)data, len);
	s->data = data;
	s->len = len;
	*out = &s->base;
	return 0;
}

int sp__yaml_source_open_stream(sp_source **out, FILE *stream, size_t max_bytes, sp_error *err)
{
	long start = ftell(stream);
	if (start < 0) {
		sp__error(err, SP_EIO, "cannot read: %s", sp__strerror(errno));
		return SP_EIO;
	}
	yaml_source *s = source_new(err);
	if (!s)
		return SP_ENOMEM;
	yaml_parser_set_input(&s->parser, read_stream, s);
	s->stream = stream;
	s->start = start;
	s->max_bytes = max_bytes;
	*out = &s->base;
	return 0;
}
