/*
 * Saving: one walk over a node's fields in canonical order into a writer
 * (JSON or YAML), and the public save functions. How a file is replaced is
 * file_replace.c's job.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "file_replace.h"
#include "internal.h"
#include "options.h"

/* The first node (in document order) lacking a required field, with that field. */
static const sp_node *missing_required(const sp_node *node, const sp_field **missing)
{
	for (size_t i = 0; i < sp__node_type(node)->field_count; i++) {
		const sp_field *f = &sp__node_type(node)->fields[i];
		const sp_node *found = NULL;
		if (f->required && !sp__field_present(f, &node->v[i]) && f->kind != SP_KIND_OBJECT) {
			*missing = f;
			return node;
		}
		if (f->kind == SP_KIND_OBJECT)
			found = missing_required(node->v[i].obj, missing);
		for (size_t k = 0; !found && f->kind == SP_KIND_LIST && k < sp__items_len(node->v[i].items); k++)
			found = missing_required(node->v[i].items->at[k], missing);
		if (found)
			return found;
	}
	return NULL;
}

static int write_field(sp_writer *w, const sp_doc *doc, const sp_field *f, const sp_value *v)
{
	char number[32];
	int rc = 0;
	switch (f->kind) {
	case SP_KIND_STRING: return w->string(w, v->str);
	case SP_KIND_INTEGER:
		snprintf(number, sizeof(number), "%lld", (long long)v->num);
		return w->number(w, number);
	case SP_KIND_DECIMAL:
		sp_decimal_format(number, sizeof(number), v->num);
		return w->number(w, number);
	case SP_KIND_BOOLEAN: return w->boolean(w, v->num != 0);
	case SP_KIND_ENUM: return w->string(w, sp_enum_token(f->enum_id, (int)v->num));
	case SP_KIND_OBJECT: return sp__write_node(w, doc, v->obj);
	case SP_KIND_ENUM_SET:
		rc = w->seq_start(w);
		for (int value = 1; !rc && value <= sp_enum_max(f->enum_id); value++)
			if (v->num & SP_BIT(value))
				rc = w->string(w, sp_enum_token(f->enum_id, value));
		break;
	case SP_KIND_STRING_LIST:
		rc = w->seq_start(w);
		for (size_t i = 0; !rc && i < sp__items_len(v->items); i++)
			rc = w->string(w, v->items->at[i]);
		break;
	case SP_KIND_LIST:
		rc = w->seq_start(w);
		for (size_t i = 0; !rc && i < sp__items_len(v->items); i++)
			rc = sp__write_node(w, doc, v->items->at[i]);
		break;
	}
	return rc ? rc : w->seq_end(w);
}

int sp__write_node(sp_writer *w, const sp_doc *doc, const sp_node *node)
{
	int rc = w->map_start(w);
	for (size_t i = 0; !rc && i < sp__node_type(node)->field_count; i++) {
		const sp_field *f = &sp__node_type(node)->fields[i];
		if (sp__field_present(f, &node->v[i]) && !(rc = w->key(w, f->key)))
			rc = write_field(w, doc, f, &node->v[i]);
	}
	const char *keys = sp__extras_get(doc, node);
	if (!rc && keys)
		rc = sp__write_kept(w, keys);
	return rc ? rc : w->map_end(w);
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int render(char **out, size_t *len, const sp_report *report, const sp_save_options *opts,
                  sp_syntax fallback, sp_error *err)
{
	if (!report) {
		sp__error(err, SP_EINVAL, "no report to save");
		return SP_EINVAL;
	}
	sp_save_options current;
	if (sp__save_options_read(&current, opts, err))
		return SP_EINVAL;
	opts = &current;
	/* A file the loader would refuse is not written. */
	const sp_field *missing;
	const sp_node *incomplete = missing_required((const sp_node *)report, &missing);
	if (incomplete) {
		char path[256];
		sp__node_pointer(path, sizeof(path), incomplete, missing->key, -1);
		sp__error(err, SP_EMISSING, "'%s' is required in %s; set it before saving", missing->key,
		          sp__node_type(incomplete)->name);
		sp__error_locate(err, NULL, 0, 0, path);
		return SP_EMISSING;
	}
	sp_syntax syntax = opts->syntax == SP_SYNTAX_AUTO ? fallback : opts->syntax;
	sp_writer *w = syntax == SP_SYNTAX_YAML ? sp__yaml_writer_new() : sp__json_writer_new(false);
	if (!w) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	int rc = sp__write_node(w, sp__doc_of((const sp_node *)report), (const sp_node *)report);
	if (rc)
		sp__error(err, rc, rc == SP_ENOMEM ? N_("out of memory") : N_("cannot write the document"));
	else
		rc = w->finish(w, out, len, err);
	w->free(w);
	return rc;
}

SP_API int sp_report_save_buffer(char **out, size_t *len, const sp_report *report, const sp_save_options *opts,
                                 sp_error *err)
{
	size_t ignored;
	if (!out) {
		sp__error(err, SP_EINVAL, "no place for the buffer");
		return SP_EINVAL;
	}
	*out = NULL;
	return render(out, len ? len : &ignored, report, opts, SP_SYNTAX_JSON, err);
}

SP_API int sp_report_save_stream(FILE *stream, const sp_report *report, const sp_save_options *opts, sp_error *err)
{
	char *text;
	size_t len;
	if (!stream) {
		sp__error(err, SP_EINVAL, "no stream to save to");
		return SP_EINVAL;
	}
	int rc = render(&text, &len, report, opts, SP_SYNTAX_JSON, err);
	if (rc)
		return rc;
	if (fwrite(text, 1, len, stream) != len || fflush(stream)) {
		sp__error(err, SP_EIO, "cannot write: %s", sp__strerror(errno));
		rc = SP_EIO;
	}
	free(text);
	return rc;
}

SP_API int sp_file_save_text(const char *path, const char *text, size_t len, sp_error *err)
{
	if (!path || !*path || (!text && len)) {
		sp__error(err, SP_EINVAL, "no file name to save to");
		return SP_EINVAL;
	}
	return sp__file_replace(path, text ? text : "", len, err);
}

SP_API int sp_report_save_file(const sp_report *report, const char *path, const sp_save_options *opts, sp_error *err)
{
	char *text;
	size_t len;
	if (!path || !*path) {
		sp__error(err, SP_EINVAL, "no file name to save to");
		return SP_EINVAL;
	}
	sp_syntax fallback = ends_with(path, ".json") ? SP_SYNTAX_JSON : SP_SYNTAX_YAML;
	int rc = render(&text, &len, report, opts, fallback, err);
	if (rc)
		return rc;
	rc = sp__file_replace(path, text, len, err);
	free(text);
	return rc;
}
