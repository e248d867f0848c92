#include "json_differential.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "internal.h"

/* The kinds of refusal, in the library's terms. */
static int jansson_code(const json_error_t *error)
{
	switch (json_error_code(error)) {
	case json_error_invalid_utf8:
	case json_error_null_character: return SP_EUTF8;
	case json_error_numeric_overflow: return SP_ERANGE;
	case json_error_out_of_memory: return SP_ENOMEM;
	default:
		/* jansson calls a lone surrogate and a NUL in a key syntax errors; the library calls them bad text. */
		return strncmp(error->text, "invalid Unicode", 15) == 0 || strncmp(error->text, "NUL byte", 8) == 0 ? SP_EUTF8
		                                                                                              : SP_ESYNTAX;
	}
}

/* A jansson value from the reader's events, as the loader would be handed
 * them; NULL with *problem set when the events do not make one. */
static json_t *build(sp_source *src, sp_event *ev, int *rc, sp_error *err, const char **problem)
{
	json_t *container, *value;
	switch (ev->kind) {
	case SP_EV_MAP_START:
		container = json_object();
		while (!(*rc = src->next(src, ev, err)) && ev->kind != SP_EV_MAP_END) {
			if (ev->kind != SP_EV_SCALAR || ev->scalar != SP_SCALAR_STRING) {
				*problem = "a key that is not a string";
				break;
			}
			char *key = strndup(ev->text, ev->len);
			if (!(*rc = src->next(src, ev, err)) && (value = build(src, ev, rc, err, problem)))
				json_object_set_new(container, key, value); /* the last of duplicate keys wins, as in jansson */
			free(key);
			if (*rc || *problem)
				break;
		}
		return container;
	case SP_EV_SEQ_START:
		container = json_array();
		while (!(*rc = src->next(src, ev, err)) && ev->kind != SP_EV_SEQ_END) {
			if ((value = build(src, ev, rc, err, problem)))
				json_array_append_new(container, value);
			if (*rc || *problem)
				break;
		}
		return container;
	case SP_EV_SCALAR:
		switch (ev->scalar) {
		case SP_SCALAR_STRING: return json_stringn(ev->text, ev->len);
		case SP_SCALAR_NUMBER: return json_loadb(ev->text, ev->len, JSON_DECODE_ANY | JSON_DECODE_INT_AS_REAL, NULL);
		case SP_SCALAR_TRUE: return json_true();
		case SP_SCALAR_FALSE: return json_false();
		case SP_SCALAR_NULL: return json_null();
		default: *problem = "a plain scalar, which only YAML has"; return NULL;
		}
	default:
		*problem = "an event where a value belongs that starts none";
		return NULL;
	}
}

int json_reader_code(const char *data, size_t len)
{
	sp_source *src = NULL;
	int rc = sp__json_source_open(&src, data, len, NULL);
	if (src)
		src->close(src);
	return rc;
}

/* The second pass, compared with jansson's tree. */
static const char *compare_values(sp_source *src, json_t *expected, char *buf, size_t size)
{
	sp_error err = { 0 };
	sp_event ev;
	const char *problem = NULL;
	int rc = src->next(src, &ev, &err);
	json_t *got = rc ? NULL : build(src, &ev, &rc, &err, &problem);
	if (!rc && !problem && (src->next(src, &ev, &err) || ev.kind != SP_EV_END))
		problem = "no end after the document";
	if (rc) {
		snprintf(buf, size, "the second pass failed where the first did not: %s", err.message);
	} else if (problem) {
		snprintf(buf, size, "the reader's events: %s", problem);
	} else if (!json_equal(expected, got)) {
		char *a = json_dumps(expected, JSON_ENCODE_ANY), *b = json_dumps(got, JSON_ENCODE_ANY);
		snprintf(buf, size, "different values\n  jansson: %.300s\n  reader:  %.300s", a ? a : "?", b ? b : "?");
		free(a);
		free(b);
	} else {
		buf = NULL;
	}
	json_decref(got);
	return buf;
}

const char *json_disagreement(const char *data, size_t len, char *buf, size_t size)
{
	json_error_t jerror;
	json_t *expected = json_loadb(data, len, JSON_DECODE_ANY | JSON_DECODE_INT_AS_REAL, &jerror);
	sp_source *src = NULL;
	sp_error err = { 0 };
	int rc = sp__json_source_open(&src, data, len, &err);
	const char *result = NULL;
	if (memchr(data, '\0', len)) {
		/* jansson 2.14 passes over a raw NUL byte as if it were not there; RFC 8259 has no place for one. */
		if (rc == 0)
			result = buf, snprintf(buf, size, "the reader accepts a raw NUL byte");
	} else if (!expected) {
		int code = jansson_code(&jerror);
		/* jansson's one limit, 2048 levels, counts a scalar as a level, the reader
		 * only containers: the json-reader test pins the reader's limit. */
		bool depth_limit = strncmp(jerror.text, "maximum parsing depth", 21) == 0 && (rc == 0 || rc == SP_ELIMIT);
		if (rc == 0 && !depth_limit)
			result = buf, snprintf(buf, size, "jansson refuses (%s at %d:%d), the reader accepts", jerror.text,
			                       jerror.line, jerror.column);
		else if (rc != code && !depth_limit)
			result = buf, snprintf(buf, size, "jansson refuses as %s (%s), the reader as %s (%s)",
			                       sp_error_code_name(code), jerror.text, sp_error_code_name(rc), err.message);
		else if (rc && (err.line == 0 || err.column == 0))
			result = buf, snprintf(buf, size, "the reader's refusal has no position: %s", err.message);
	} else if (rc) {
		result = buf, snprintf(buf, size, "jansson accepts, the reader refuses: %s at %u:%u %s", err.message,
		                       err.line, err.column, err.path);
	} else {
		result = compare_values(src, expected, buf, size);
	}
	if (src)
		src->close(src);
	json_decref(expected);
	return result;
}
