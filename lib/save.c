/*
 * Saving: one walk over a node's fields in canonical order into a writer
 * (JSON or YAML), and the public save functions. A file is replaced
 * atomically: written to a temporary file beside it, synced, renamed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

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
	const char *key;
	json_t *value, *keys = sp__extras_get(doc, node);
	if (keys)
		json_object_foreach(keys, key, value) {
			if (rc || (rc = w->key(w, key)) || (rc = sp__write_json_value(w, value)))
				break;
		}
	return rc ? rc : w->map_end(w);
}

int sp__write_json_value(sp_writer *w, json_t *value)
{
	int rc = 0;
	size_t index;
	const char *key;
	json_t *item;
	switch (json_typeof(value)) {
	case JSON_OBJECT:
		rc = w->map_start(w);
		json_object_foreach(value, key, item) {
			if (rc || (rc = w->key(w, key)) || (rc = sp__write_json_value(w, item)))
				break;
		}
		return rc ? rc : w->map_end(w);
	case JSON_ARRAY:
		rc = w->seq_start(w);
		json_array_foreach(value, index, item) {
			if (rc || (rc = sp__write_json_value(w, item)))
				break;
		}
		return rc ? rc : w->seq_end(w);
	case JSON_STRING: return w->string(w, json_string_value(value));
	case JSON_TRUE: return w->boolean(w, true);
	case JSON_FALSE: return w->boolean(w, false);
	case JSON_NULL: return w->null(w);
	default: {
		/* jansson writes numbers the same in every locale. */
		char *text = json_dumps(value, JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
		if (!text)
			return SP_ENOMEM;
		rc = w->number(w, text);
		free(text);
		return rc;
	}
	}
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int render(char **out, size_t *len, const sp_report *report, const sp_save_options *opts,
                  sp_syntax fallback, sp_error *err)
{
	static const sp_save_options defaults = SP_SAVE_OPTIONS_INIT;
	if (!report) {
		sp__error(err, SP_EINVAL, "no report to save");
		return SP_EINVAL;
	}
	if (!opts)
		opts = &defaults;
	if (opts->version != SP_SAVE_OPTIONS_VERSION) {
		sp__error(err, SP_EINVAL, "sp_save_options version %u is not %d", opts->version,
		          SP_SAVE_OPTIONS_VERSION);
		return SP_EINVAL;
	}
	/* A file the loader would refuse is not written. */
	const sp_field *missing;
	const sp_node *incomplete = missing_required((const sp_node *)report, &missing);
	if (incomplete) {
		char path[256];
		int n = sp_node_path(path, sizeof(path), incomplete);
		snprintf(path + n, sizeof(path) - (size_t)n, "/%s", missing->key);
		sp__error(err, SP_EMISSING, "'%s' is required in %s; set it before saving", missing->key,
		          sp__node_type(incomplete)->name);
		sp__error_locate(err, NULL, 0, 0, path);
		return SP_EMISSING;
	}
	sp_syntax syntax = opts->syntax == SP_SYNTAX_AUTO ? fallback : opts->syntax;
	sp_writer *w = syntax == SP_SYNTAX_YAML ? sp__yaml_writer_new() : sp__json_writer_new();
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
		sp__error(err, SP_EIO, "cannot write: %s", strerror(errno));
		rc = SP_EIO;
	}
	free(text);
	return rc;
}

static int write_all(int fd, const char *text, size_t len)
{
	while (len) {
		ssize_t n = write(fd, text, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		text += n, len -= (size_t)n;
	}
	return 0;
}

static int io_error(sp_error *err, const char *path, const char *what)
{
	sp__error(err, SP_EIO, "%s: %s", what, strerror(errno));
	sp__error_locate(err, path, 0, 0, "");
	return SP_EIO;
}

/* Writes to a device or pipe (/dev/stdout, a FIFO) as it is: there is no file to replace. */
static int write_in_place(const char *path, const char *text, size_t len, sp_error *err)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return io_error(err, path, "cannot open");
	int rc = write_all(fd, text, len) ? io_error(err, path, "cannot write") : 0;
	if (close(fd) && !rc)
		rc = io_error(err, path, "cannot write");
	return rc;
}

/* Writes `text` to a new file beside `path` and renames it over `path`. */
static int replace_file(const char *path, const char *text, size_t len, sp_error *err)
{
	/* The temporary file is created with O_EXCL so that two savers never
	 * share one; its name is unique to this call. */
	size_t tmp_size = strlen(path) + 64;
	char *tmp = malloc(tmp_size);
	int fd = -1, rc = 0;
	if (!tmp) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	for (unsigned attempt = 0; fd < 0 && attempt < 100; attempt++) {
		snprintf(tmp, tmp_size, "%s.%ld.%lx.%u.tmp", path, (long)getpid(), (unsigned long)(uintptr_t)&fd,
		         attempt);
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0) {
		rc = io_error(err, path, "cannot create a temporary file beside it");
		goto done;
	}
	struct stat st;
	if (stat(path, &st) == 0)
		(void)fchmod(fd, st.st_mode & 07777);
	if (write_all(fd, text, len) || fsync(fd)) {
		rc = io_error(err, path, "cannot write");
		close(fd);
		unlink(tmp);
		goto done;
	}
	if (close(fd)) {
		rc = io_error(err, path, "cannot write");
		unlink(tmp);
		goto done;
	}
	if (rename(tmp, path)) {
		rc = io_error(err, path, "cannot replace the file");
		unlink(tmp);
	}
done:
	free(tmp);
	return rc;
}

SP_API int sp_report_save_file(const sp_report *report, const char *path, const sp_save_options *opts, sp_error *err)
{
	char *text;
	size_t len;
	if (!path) {
		sp__error(err, SP_EINVAL, "no file name to save to");
		return SP_EINVAL;
	}
	sp_syntax fallback = ends_with(path, ".json") ? SP_SYNTAX_JSON : SP_SYNTAX_YAML;
	int rc = render(&text, &len, report, opts, fallback, err);
	if (rc)
		return rc;
	/* A symbolic link is followed: the file it names is the one replaced. */
	char *target = realpath(path, NULL);
	struct stat st;
	if (target && stat(target, &st) == 0 && !S_ISREG(st.st_mode))
		rc = write_in_place(target, text, len, err);
	else
		rc = replace_file(target ? target : path, text, len, err);
	if (rc && err)
		snprintf(err->source, sizeof(err->source), "%s", path);
	free(target);
	free(text);
	return rc;
}
