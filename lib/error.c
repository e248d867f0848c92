/* Filling and formatting the caller's sp_error; the library's version. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void sp__verror(sp_error *err, int code, const char *fmt, va_list ap)
{
	if (!err)
		return;
	memset(err, 0, sizeof(*err));
	err->code = code;
	vsnprintf(err->message, sizeof(err->message), sp__tr(fmt), ap);
	sp__utf8_trim_cut(err->message);
}

void sp__error(sp_error *err, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sp__verror(err, code, fmt, ap);
	va_end(ap);
}

void sp__error_locate(sp_error *err, const char *source, unsigned int line, unsigned int column,
                      const char *path)
{
	if (!err)
		return;
	if (source) {
		snprintf(err->source, sizeof(err->source), "%s", source);
		sp__utf8_trim_cut(err->source);
	}
	if (path) {
		snprintf(err->path, sizeof(err->path), "%s", path);
		sp__utf8_trim_cut(err->path);
	}
	err->line = line;
	err->column = column;
}

SP_API const char *sp_error_code_name(int code)
{
	static const char *const names[] = {
		"SP_OK", "SP_ERROR", "SP_ENOMEM", "SP_EIO", "SP_ESYNTAX", "SP_ETYPE", "SP_EMISSING",
		"SP_EENUM", "SP_EUNKNOWNKEY", "SP_EDUPLICATE", "SP_EUTF8", "SP_ERANGE", "SP_EVALUE",
		"SP_EFORMAT", "SP_EUNSUPPORTED", "SP_EINVAL", "SP_ENOTFOUND", "SP_ELIMIT",
	};
	if (code > 0 || -code >= (int)(sizeof(names) / sizeof(names[0])))
		return "SP_EUNKNOWN";
	return names[-code];
}

SP_API int sp_error_format(char *buf, size_t size, const sp_error *err)
{
	if (!err)
		return snprintf(buf, size, "error: (no error information)");
	char where[300] = "";
	if (err->source[0] && err->line)
		snprintf(where, sizeof(where), "%s:%u:%u: ", err->source, err->line, err->column);
	else if (err->source[0])
		snprintf(where, sizeof(where), "%s: ", err->source);
	sp__utf8_trim_cut(where);
	/* TRANSLATORS: FILE:LINE:COLUMN: error: PATH: message; keep "%s" in their order */
	int n = snprintf(buf, size, _("%serror: %s%s%s"), where, err->path, err->path[0] ? ": " : "", err->message);
	if (size)
		sp__utf8_trim_cut(buf);
	return n;
}

SP_API void sp_free(void *ptr)
{
	free(ptr);
}

SP_API const char *sp_version(int *major, int *minor, int *patch)
{
	if (major)
		*major = SP_VERSION_MAJOR;
	if (minor)
		*minor = SP_VERSION_MINOR;
	if (patch)
		*patch = SP_VERSION_PATCH;
	return SP_VERSION_STRING;
}
