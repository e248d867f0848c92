/*
 * What the fuzz harnesses share. Each harness defines
 * LLVMFuzzerTestOneInput(); built with -fsanitize=fuzzer it is a libFuzzer
 * target, built with standalone.c it is a plain program that runs every
 * file of the folders (or the files) named on its command line, which is
 * how the corpora and the regressions run in the ordinary test suite.
 *
 * A harness abort()s (through CHECK) when a property it checks does not
 * hold, so that libFuzzer and the test suite both see a crash.
 */
#ifndef SP_FUZZ_H
#define SP_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <serviceprogram.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond, ...)                                                                  \
	do {                                                                              \
		if (!(cond)) {                                                            \
			fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
			fprintf(stderr, __VA_ARGS__);                                     \
			fputc('\n', stderr);                                              \
			abort();                                                          \
		}                                                                         \
	} while (0)

/* Inputs that are not loaded at all: the limits keep them small anyway. */
#define FUZZ_MAX_INPUT (1u << 20)

/* A failed load must say why, consistently, and never claim to be out of
 * memory (the fuzzer does not make allocations fail). */
static inline void fuzz_check_error(int rc, const sp_report *report, const sp_error *err, const uint8_t *data,
                                    size_t size)
{
	char text[1200];
	/* Lines as YAML counts them (LF, CR, CRLF, NEL, U+2028, U+2029): at least as many as JSON's. */
	size_t lines = 1;
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')) ||
		         (data[i] == 0xC2 && i + 1 < size && data[i + 1] == 0x85) ||
		         (data[i] == 0xE2 && i + 2 < size && data[i + 1] == 0x80 && (data[i + 2] & 0xFE) == 0xA8);
	CHECK(report == NULL, "a failed load (%d) gave a report", rc);
	CHECK(rc < 0 && rc >= SP_ELIMIT, "unknown error code %d", rc);
	CHECK(err->code == rc, "the error's code %d is not the one returned, %d", err->code, rc);
	CHECK(rc != SP_ENOMEM && rc != SP_EINVAL && rc != SP_EIO && rc != SP_ENOTFOUND && rc != SP_ERROR,
	      "a load of bytes failed with %s: %s", sp_error_code_name(rc), err->message);
	CHECK(memchr(err->message, '\0', sizeof(err->message)) && err->message[0], "no message");
	CHECK(memchr(err->path, '\0', sizeof(err->path)) && memchr(err->source, '\0', sizeof(err->source)),
	      "path or source not terminated");
	CHECK(err->path[0] == '\0' || err->path[0] == '/', "path '%s' is not a JSON pointer", err->path);
	CHECK(strcmp(err->source, "<buffer>") == 0, "the error names source '%s'", err->source);
	/* A position is on a line of the input (or just past its end), and not past its length. */
	CHECK(err->line <= lines + 1 && err->column <= size + 2, "%s at line %u, column %u of an input of %zu lines, %zu bytes",
	      sp_error_code_name(rc), err->line, err->column, lines, size);
	int n = sp_error_format(text, sizeof(text), err);
	CHECK(n > 0 && strlen(text) == ((size_t)n < sizeof(text) ? (size_t)n : sizeof(text) - 1),
	      "sp_error_format says %d for '%s'", n, text);
}

static inline int fuzz_load(sp_report **out, const uint8_t *data, size_t size, sp_syntax syntax,
                            sp_unknown_keys unknown_keys)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	sp_error err;
	memset(&err, 0, sizeof(err));
	opts.syntax = syntax;
	opts.unknown_keys = unknown_keys;
	*out = NULL;
	int rc = sp_report_load_buffer(out, (const char *)data, size, &opts, &err);
	if (rc)
		fuzz_check_error(rc, *out, &err, data, size);
	else
		CHECK(*out != NULL && sp_report_source(*out), "a load succeeded without a report");
	return rc;
}

/* Saves, which must succeed for any report that loaded. *out is sp_free()'s. */
static inline void fuzz_save(char **out, size_t *len, const sp_report *report, sp_syntax syntax)
{
	sp_save_options opts = SP_SAVE_OPTIONS_INIT;
	sp_error err;
	opts.syntax = syntax;
	int rc = sp_report_save_buffer(out, len, report, &opts, &err);
	CHECK(rc == 0, "saving as %s failed: %s: %s: %s", syntax == SP_SYNTAX_JSON ? "JSON" : "YAML",
	      sp_error_code_name(rc), err.path, err.message);
	CHECK(*out && strlen(*out) == *len, "the saved buffer is not %zu bytes of text", *len);
}

/* Reads every field of `node` and of everything below it through the generic API. */
static inline void fuzz_walk(const sp_node *node, unsigned depth)
{
	char path[1024];
	const sp_type *type = sp_node_type(node);
	CHECK(type && depth < 16, "a node without a type, or nested %u deep", depth);
	int n = sp_node_path(path, sizeof(path), node);
	CHECK(n >= 0 && (depth == 0 ? n == 0 : path[0] == '/'), "node path '%s'", path);
	for (size_t i = 0; i < sp_type_field_count(type); i++) {
		const sp_field *f = sp_type_field(type, i);
		CHECK(f && sp_type_field_by_key(type, sp_field_key(f)) == f, "field %zu of %s", i, sp_type_name(type));
		switch (sp_field_kind(f)) {
		case SP_KIND_STRING: {
			const char *s = sp_node_string(node, f);
			CHECK(!s || strlen(s) < FUZZ_MAX_INPUT * 4, "text");
			break;
		}
		case SP_KIND_ENUM: {
			int64_t v = sp_node_number(node, f);
			CHECK(v == -1 || (v >= 1 && v <= sp_enum_max((sp_enum_id)sp_field_enum(f)) &&
			                  sp_enum_token((sp_enum_id)sp_field_enum(f), (int)v)),
			      "enum %s = %lld", sp_field_key(f), (long long)v);
			break;
		}
		case SP_KIND_INTEGER:
		case SP_KIND_DECIMAL:
		case SP_KIND_BOOLEAN:
		case SP_KIND_ENUM_SET:
			CHECK(sp_node_number(node, f) >= -1, "number %s", sp_field_key(f));
			break;
		case SP_KIND_STRING_LIST:
			for (size_t k = 0; k < sp_node_count(node, f); k++)
				CHECK(sp_node_item_string(node, f, k), "item %zu of %s", k, sp_field_key(f));
			CHECK(!sp_node_item_string(node, f, sp_node_count(node, f)), "item past the end");
			break;
		case SP_KIND_OBJECT: {
			const sp_node *child = sp_node_child(node, f, 0);
			CHECK(child && sp_node_parent(child) == node, "object %s", sp_field_key(f));
			fuzz_walk(child, depth + 1);
			break;
		}
		case SP_KIND_LIST:
			for (size_t k = 0; k < sp_node_count(node, f); k++) {
				const sp_node *child = sp_node_child(node, f, k);
				CHECK(child && sp_node_parent(child) == node, "item %zu of %s", k, sp_field_key(f));
				fuzz_walk(child, depth + 1);
			}
			CHECK(!sp_node_child(node, f, sp_node_count(node, f)), "item past the end");
			break;
		}
	}
}

/* Two reports must be equal; says where they differ when not. */
static inline void fuzz_check_equal(const sp_report *a, const sp_report *b, const char *what)
{
	char where[1024];
	CHECK(sp_report_difference(where, sizeof(where), a, b) < 0, "%s: the reports differ at '%s'", what, where);
}

#endif
