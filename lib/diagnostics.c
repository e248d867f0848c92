/*
 * The validator's findings, as the caller gets them (sp_diagnostics): a
 * list of rule code, severity, JSON pointer, message and position.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct diagnostic {
	const char *code;    /* the rule's, static */
	sp_severity severity;
	char *path;          /* one allocation: the path, then the message */
	const char *message;
	unsigned int line, column;
} diagnostic;

struct sp_diagnostics {
	diagnostic *items;
	size_t len, cap;
};

sp_diagnostics *sp__diagnostics_new(void)
{
	return calloc(1, sizeof(sp_diagnostics));
}

int sp__diagnostics_add(sp_diagnostics *list, const char *code, sp_severity severity, const char *path,
                        const char *message, unsigned int line, unsigned int column)
{
	size_t path_len = strlen(path), message_len = strlen(message);
	diagnostic d = { code, severity, malloc(path_len + message_len + 2), NULL, line, column };
	if (!d.path)
		return SP_ENOMEM;
	memcpy(d.path, path, path_len + 1);
	memcpy(d.path + path_len + 1, message, message_len + 1);
	d.message = d.path + path_len + 1;
	if (list->len == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		diagnostic *items = realloc(list->items, cap * sizeof(*items));
		if (!items) {
			free(d.path);
			return SP_ENOMEM;
		}
		list->items = items;
		list->cap = cap;
	}
	list->items[list->len++] = d;
	return 0;
}

SP_API void sp_diagnostics_free(sp_diagnostics *diagnostics)
{
	if (!diagnostics)
		return;
	for (size_t i = 0; i < diagnostics->len; i++)
		free(diagnostics->items[i].path);
	free(diagnostics->items);
	free(diagnostics);
}

SP_API size_t sp_diagnostics_count(const sp_diagnostics *diagnostics)
{
	return diagnostics ? diagnostics->len : 0;
}

SP_API size_t sp_diagnostics_count_severity(const sp_diagnostics *diagnostics, sp_severity severity)
{
	size_t n = 0;
	for (size_t i = 0; i < sp_diagnostics_count(diagnostics); i++)
		n += diagnostics->items[i].severity == severity;
	return n;
}

static const diagnostic *diagnostic_at(const sp_diagnostics *diagnostics, size_t index)
{
	return index < sp_diagnostics_count(diagnostics) ? &diagnostics->items[index] : NULL;
}

SP_API sp_severity sp_diagnostics_severity(const sp_diagnostics *diagnostics, size_t index)
{
	const diagnostic *d = diagnostic_at(diagnostics, index);
	return d ? d->severity : (sp_severity)0;
}

SP_API const char *sp_diagnostics_code(const sp_diagnostics *diagnostics, size_t index)
{
	const diagnostic *d = diagnostic_at(diagnostics, index);
	return d ? d->code : NULL;
}

SP_API const char *sp_diagnostics_path(const sp_diagnostics *diagnostics, size_t index)
{
	const diagnostic *d = diagnostic_at(diagnostics, index);
	return d ? d->path : NULL;
}

SP_API const char *sp_diagnostics_message(const sp_diagnostics *diagnostics, size_t index)
{
	const diagnostic *d = diagnostic_at(diagnostics, index);
	return d ? d->message : NULL;
}

SP_API unsigned int sp_diagnostics_line(const sp_diagnostics *diagnostics, size_t index)
{
	const diagnostic *d = diagnostic_at(diagnostics, index);
	return d ? d->line : 0;
}

SP_API unsigned int sp_diagnostics_column(const sp_diagnostics *diagnostics, size_t index)
{
	const diagnostic *d = diagnostic_at(diagnostics, index);
	return d ? d->column : 0;
}
