/* A growing text of the form library: paragraphs gathered while reading, the XML written. */
#ifndef SP_FORM_BUFFER_H
#define SP_FORM_BUFFER_H

#include <stddef.h>

typedef struct form_buffer {
	char *data;    /* NUL-terminated once anything was added; yours to free() */
	size_t len, cap;
	int failed;    /* out of memory: later additions do nothing */
} form_buffer;

/* Appends n bytes of s (none: makes data "" when it was NULL). */
void form_buffer_add(form_buffer *b, const char *s, size_t n);

#endif
