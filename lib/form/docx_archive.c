/*
 * The .docx as an archive: reading its main part under limits (a zip bomb
 * is refused before anything is inflated past them) and writing parts as a
 * new archive that replaces the target only when it is complete.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <zip.h>

#include <serviceprogram/io.h>

#include "form_internal.h"

_Thread_local sp_language form_language;

int form_error(sp_error *err, int code, const char *source, const char *fmt, ...)
{
	if (!err)
		return code;
	memset(err, 0, sizeof *err);
	err->code = code;
	if (source)
		snprintf(err->source, sizeof err->source, "%s", source);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, sp_translate(form_language, fmt), ap);
	va_end(ap);
	return code;
}

int form_limits_of(form_limits *out, const sp_form_options *opts, sp_error *err)
{
	form_language = opts && opts->version >= 2 ? opts->language : SP_LANGUAGE_DEFAULT;
	if (opts && (opts->version < 1 || opts->version > SP_FORM_OPTIONS_VERSION))
		return form_error(err, SP_EINVAL, NULL, "unknown sp_form_options version");
	out->max_uncompressed = opts && opts->max_uncompressed ? opts->max_uncompressed : SP_FORM_DEFAULT_MAX_UNCOMPRESSED;
	out->max_entries = opts && opts->max_entries ? opts->max_entries : SP_FORM_DEFAULT_MAX_ENTRIES;
	out->max_ratio = opts && opts->max_ratio ? opts->max_ratio : SP_FORM_DEFAULT_MAX_RATIO;
	return 0;
}

/* The sizes in the central directory can lie, so they are checked here and
 * the reading below stops at the limit whatever they say. */
static int check_archive(zip_t *zip, const char *path, const form_limits *limits, sp_error *err)
{
	zip_int64_t entries = zip_get_num_entries(zip, 0);
	if (entries < 0 || (zip_uint64_t)entries > limits->max_entries)
		return form_error(err, SP_ELIMIT, path, "the archive has more entries than the limit of %zu",
		                  limits->max_entries);
	zip_uint64_t total = 0;
	for (zip_int64_t i = 0; i < entries; i++) {
		zip_stat_t st;
		if (zip_stat_index(zip, (zip_uint64_t)i, 0, &st) != 0)
			return form_error(err, SP_EFORMAT, path, "an entry of the archive cannot be read");
		if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
			return form_error(err, SP_EFORMAT, path, "an entry of the archive has no size");
		total += st.size;
		if (total > limits->max_uncompressed)
			return form_error(err, SP_ELIMIT, path,
			                  "the archive inflates past the limit of %zu bytes", limits->max_uncompressed);
		if (st.size > 4096 && st.size / (st.comp_size ? st.comp_size : 1) > limits->max_ratio)
			return form_error(err, SP_ELIMIT, path,
			                  "an entry of the archive is compressed more than %u times (a zip bomb?)",
			                  limits->max_ratio);
	}
	return 0;
}

/* A pipe (standard input, say) cannot be read as a zip archive is, from its end: it is read
 * into memory first, no further than the limit of the archive's inflated size. *zip is NULL
 * for what is not an archive. */
static int open_stream(zip_t **zip, FILE *stream, const char *path, const form_limits *limits, sp_error *err)
{
	*zip = NULL;
	size_t cap = 65536, used = 0, n;
	char *buf = malloc(cap);
	if (!buf)
		return form_error(err, SP_ENOMEM, path, "out of memory");
	while (used <= limits->max_uncompressed && (n = fread(buf + used, 1, cap - used, stream)) > 0) {
		used += n;
		if (used == cap && used <= limits->max_uncompressed) {
			size_t more = cap * 2 > limits->max_uncompressed ? limits->max_uncompressed + 1 : cap * 2;
			char *bigger = realloc(buf, more);
			if (!bigger) {
				free(buf);
				return form_error(err, SP_ENOMEM, path, "out of memory");
			}
			buf = bigger;
			cap = more;
		}
	}
	if (used > limits->max_uncompressed) {
		free(buf);
		return form_error(err, SP_ELIMIT, path, "the file is larger than the limit of %zu bytes",
		                  limits->max_uncompressed);
	}
	if (ferror(stream)) {
		free(buf);
		return form_error(err, SP_EIO, path, "cannot read the file: %s", strerror(errno));
	}
	zip_error_t zerr;
	zip_error_init(&zerr);
	zip_source_t *src = zip_source_buffer_create(buf, used, 1, &zerr);
	if (!src) {
		free(buf);
		zip_error_fini(&zerr);
		return form_error(err, SP_ENOMEM, path, "out of memory");
	}
	*zip = zip_open_from_source(src, ZIP_RDONLY, &zerr);
	if (!*zip)
		zip_source_free(src);
	zip_error_fini(&zerr);
	return 0;
}

int docx_read_document(char **out, size_t *len, const char *path, const form_limits *limits, sp_error *err)
{
	*out = NULL;
	*len = 0;
	FILE *probe = fopen(path, "rb");
	if (!probe)
		return form_error(err, SP_EIO, path, "cannot open the file: %s", strerror(errno));
	struct stat st;
	zip_t *zip;
	int rc;
	if (fstat(fileno(probe), &st) == 0 && !S_ISREG(st.st_mode)) {
		rc = open_stream(&zip, probe, path, limits, err);
		fclose(probe);
		if (rc)
			return rc;
	} else {
		fclose(probe);
		int zerr = 0;
		zip = zip_open(path, ZIP_RDONLY, &zerr);
	}
	if (!zip)
		return form_error(err, SP_EFORMAT, path, "not a .docx: the file is not a zip archive");
	rc = check_archive(zip, path, limits, err);
	if (rc) {
		zip_discard(zip);
		return rc;
	}
	zip_file_t *file = zip_fopen(zip, "word/document.xml", 0);
	if (!file) {
		zip_discard(zip);
		return form_error(err, SP_EFORMAT, path, "not a .docx: the archive has no word/document.xml");
	}
	size_t cap = 65536, used = 0;
	char *buf = malloc(cap + 1);
	if (!buf) {
		zip_fclose(file);
		zip_discard(zip);
		return form_error(err, SP_ENOMEM, path, "out of memory");
	}
	while (!rc) {
		if (used == cap) {
			if (cap >= limits->max_uncompressed) {
				rc = form_error(err, SP_ELIMIT, path, "word/document.xml inflates past the limit of %zu bytes",
				                limits->max_uncompressed);
				break;
			}
			size_t next = cap * 2 > limits->max_uncompressed ? limits->max_uncompressed : cap * 2;
			char *grown = realloc(buf, next + 1);
			if (!grown) {
				rc = form_error(err, SP_ENOMEM, path, "out of memory");
				break;
			}
			buf = grown;
			cap = next;
		}
		zip_int64_t n = zip_fread(file, buf + used, cap - used);
		if (n < 0)
			rc = form_error(err, SP_EFORMAT, path, "the archive is damaged: word/document.xml cannot be inflated");
		else if (n == 0)
			break;
		else
			used += (size_t)n;
	}
	zip_fclose(file);
	zip_discard(zip);
	if (rc) {
		free(buf);
		return rc;
	}
	buf[used] = '\0';
	*out = buf;
	*len = used;
	return 0;
}

/* The archive is made in memory and handed to sp_file_save_text(), the core's one way of
 * replacing a file: a rename of a temporary file of our own over `path` replaced a device
 * (-o /dev/full became a regular file, and the write "succeeded"), a symbolic link and
 * /dev/stdout, and dropped the old file's permissions. */
int docx_write(const char *path, const docx_part *parts, size_t count, sp_error *err)
{
	zip_error_t zerr;
	zip_error_init(&zerr);
	zip_source_t *archive = zip_source_buffer_create(NULL, 0, 0, &zerr);
	zip_t *zip = archive ? zip_open_from_source(archive, ZIP_TRUNCATE, &zerr) : NULL;
	int rc = zip ? 0 : form_error(err, SP_ENOMEM, path, "out of memory");
	if (archive)
		zip_source_keep(archive); /* past zip_close(), which would free it */
	if (archive && !zip)
		zip_source_free(archive);
	for (size_t i = 0; !rc && i < count; i++) {
		zip_source_t *src = zip_source_buffer(zip, parts[i].data, parts[i].len, 0);
		if (!src || zip_file_add(zip, parts[i].name, src, ZIP_FL_ENC_UTF_8) < 0) {
			if (src)
				zip_source_free(src);
			rc = form_error(err, SP_ENOMEM, path, "out of memory");
		}
	}
	if (zip && (rc || zip_close(zip) != 0)) {
		zip_discard(zip);
		rc = rc ? rc : form_error(err, SP_ENOMEM, path, "out of memory");
	}
	char *bytes = NULL;
	zip_int64_t size = 0;
	int opened = !rc && zip_source_open(archive) == 0;
	if (!rc && (!opened || zip_source_seek(archive, 0, SEEK_END) < 0 || (size = zip_source_tell(archive)) < 0 ||
	            zip_source_seek(archive, 0, SEEK_SET) < 0 || !(bytes = malloc(size ? (size_t)size : 1)) ||
	            zip_source_read(archive, bytes, (zip_uint64_t)size) != size))
		rc = form_error(err, SP_ENOMEM, path, "out of memory");
	if (!rc)
		rc = sp_file_save_text(path, bytes, (size_t)size, err);
	free(bytes);
	if (opened)
		zip_source_close(archive);
	if (zip)
		zip_source_free(archive);
	zip_error_fini(&zerr);
	return rc;
}
