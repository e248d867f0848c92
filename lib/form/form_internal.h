/* Shared by the files of libserviceprogram-form; not installed. */
#ifndef SP_FORM_INTERNAL_H
#define SP_FORM_INTERNAL_H

#include <stddef.h>

#include <serviceprogram/common.h>
#include <serviceprogram/form.h>

/* The language of the messages of the call in progress on this thread, set from its options by
 * form_limits_of(), which each public function calls first. */
extern _Thread_local sp_language form_language;

/* Fills err (when not NULL) with code, source and the message translated into form_language;
 * returns code. */
int form_error(sp_error *err, int code, const char *source, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* The limits of reading, with the defaults put in for zeros; sets form_language. */
typedef struct form_limits {
	size_t max_uncompressed;
	size_t max_entries;
	unsigned int max_ratio;
} form_limits;

int form_limits_of(form_limits *out, const sp_form_options *opts, sp_error *err);

/* Reads word/document.xml of the .docx at path, after checking the whole
 * archive against the limits. *out (NUL-terminated) is yours to free(). */
int docx_read_document(char **out, size_t *len, const char *path, const form_limits *limits, sp_error *err);

/* One part of a .docx to write. */
typedef struct docx_part {
	const char *name;
	const char *data;
	size_t len;
} docx_part;

/* Writes the parts as a zip to path, whole or not at all, as sp_file_save_text() writes a file. */
int docx_write(const char *path, const docx_part *parts, size_t count, sp_error *err);

#endif
