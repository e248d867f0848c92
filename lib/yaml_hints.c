/*
 * YAML mistakes explained: libyaml's words ("mapping values are not allowed
 * in this context") name the parser's state, not what the person writing
 * the file did. For the common mistakes of hand-written YAML this looks at
 * the lines around the error and says what to change: a colon inside
 * unquoted text, a tab used for indentation, a line indented differently
 * from its neighbours, a list item without its dash, a quote never closed. The hints name lines,
 * never the text in them.
 */
#include <string.h>

#include "internal.h"

/* One line of the input, without its line break. */
typedef struct line {
	const char *text;
	size_t len;
	size_t number; /* 1-based */
} line;

/* Line `number` (1-based) of the input; false past its end. libyaml counts
 * "\r\n", "\n" and "\r" as one break each, and so does this. */
static bool line_at(const char *data, size_t len, size_t number, line *out)
{
	size_t start = 0;
	for (size_t n = 1; n < number; n++) {
		while (start < len && data[start] != '\n' && data[start] != '\r')
			start++;
		if (start == len)
			return false;
		start += data[start] == '\r' && start + 1 < len && data[start + 1] == '\n' ? 2 : 1;
	}
	size_t end = start;
	while (end < len && data[end] != '\n' && data[end] != '\r')
		end++;
	*out = (line){ data + start, end - start, number };
	return true;
}

/* Spaces before the line's first other character. */
static size_t indentation(const line *l)
{
	size_t n = 0;
	while (n < l->len && l->text[n] == ' ')
		n++;
	return n;
}

static bool is_blank_or_comment(const line *l)
{
	size_t n = 0;
	while (n < l->len && (l->text[n] == ' ' || l->text[n] == '\t'))
		n++;
	return n == l->len || l->text[n] == '#';
}

/* A list item: "- " (or a lone "-") after the indentation. */
static bool is_item(const line *l)
{
	size_t n = indentation(l);
	return n < l->len && l->text[n] == '-' && (n + 1 == l->len || l->text[n + 1] == ' ');
}

/* Where the line's content begins, past its indentation and any "- " of list items. */
static size_t content_column(const line *l)
{
	size_t n = indentation(l);
	while (n + 1 < l->len && l->text[n] == '-' && l->text[n + 1] == ' ') {
		n++;
		while (n < l->len && l->text[n] == ' ')
			n++;
	}
	return n;
}

/* The line before `l`; false at the top. Read backwards, so that walking
 * up a file costs its length once. */
static bool line_before(const char *data, const line *l, line *out)
{
	const char *end = l->text;
	if (end == data)
		return false;
	end -= end[-1] == '\n' && end - 1 > data && end[-2] == '\r' ? 2 : 1;
	const char *start = end;
	while (start > data && start[-1] != '\n' && start[-1] != '\r')
		start--;
	*out = (line){ start, (size_t)(end - start), l->number - 1 };
	return true;
}

/* The nearest line above `l` that is neither blank nor a comment; false at the top. */
static bool line_above(const char *data, const line *l, line *out)
{
	line at = *l;
	while (line_before(data, &at, &at))
		if (!is_blank_or_comment(&at)) {
			*out = at;
			return true;
		}
	return false;
}

/* Whether `l` is an item of the list above it that lost its dash: the
 * nearest line above at its indentation or less is at the same
 * indentation and a list item. */
static bool lacks_dash(const char *data, const line *l)
{
	if (is_blank_or_comment(l) || is_item(l))
		return false;
	size_t indent = indentation(l);
	line above = *l;
	while (line_above(data, &above, &above))
		if (indentation(&above) <= indent)
			return indentation(&above) == indent && is_item(&above);
	return false;
}

/* Whether some line above `l` has its keys, or its list items, in the column where `l` begins. */
static bool indentation_seen_above(const char *data, const line *l)
{
	size_t indent = indentation(l);
	line above = *l;
	while (line_above(data, &above, &above))
		if (indentation(&above) == indent || content_column(&above) == indent)
			return true;
	return false;
}

/* The byte where character `column` (1-based) begins: columns count characters, not UTF-8's bytes. */
static size_t byte_of_column(const line *l, size_t column)
{
	size_t at = 0;
	for (size_t characters = 1; at < l->len && characters < column; characters++)
		do
			at++;
		while (at < l->len && ((unsigned char)l->text[at] & 0xC0) == 0x80);
	return at;
}

/* Whether, before character `column`, the line has a key: a colon followed
 * by a space after its content begins. */
static bool key_before(const line *l, size_t column)
{
	size_t at = byte_of_column(l, column);
	for (size_t i = content_column(l); i + 1 < at; i++)
		if (l->text[i] == ':' && l->text[i + 1] == ' ')
			return true;
	return false;
}

static bool tab_in_indentation(const line *l)
{
	for (size_t i = 0; i < l->len && (l->text[i] == ' ' || l->text[i] == '\t'); i++)
		if (l->text[i] == '\t')
			return true;
	return false;
}

void sp__yaml_hint(char *buf, size_t size, const char *data, size_t len, const char *problem, size_t problem_line,
                   size_t problem_column, size_t context_line)
{
	line at, above, context;
	buf[0] = '\0';
	if (!problem || !data || !line_at(data, len, problem_line, &at))
		return;
	bool have_above = line_above(data, &at, &above);
	size_t problem_byte = byte_of_column(&at, problem_column);
	if (tab_in_indentation(&at)) {
		snprintf(buf, size, _("line %zu is indented with a tab; YAML is indented with spaces only: replace the tab with spaces"),
		         at.number);
	} else if (problem_byte < at.len && at.text[problem_byte] == '\t') {
		snprintf(buf, size, _("there is a tab on line %zu, column %zu, where YAML allows only spaces: replace it with spaces"),
		         at.number, problem_column);
	} else if (strcmp(problem, "mapping values are not allowed in this context") == 0 && key_before(&at, problem_column)) {
		snprintf(buf, size, _("the text on line %zu contains a colon followed by a space; put the text in quotes (\"...\")"),
		         at.number);
	} else if (strcmp(problem, "found unexpected end of stream") == 0 && context_line) {
		/* libyaml's only end of stream inside a value: a quoted text whose closing quote is missing. */
		snprintf(buf, size, _("the quotes that begin the text on line %zu are never closed; end the text with the "
		         "same quote mark"), context_line);
	} else if (strcmp(problem, "could not find expected ':'") == 0 && context_line &&
	           line_at(data, len, context_line, &context) && lacks_dash(data, &context)) {
		snprintf(buf, size, _("line %zu looks like an item of the list above it without its dash; begin it with \"- \" "
		         "as the other items"), context.number);
	} else if (have_above && indentation(&at) > indentation(&above) && lacks_dash(data, &above)) {
		snprintf(buf, size, _("line %zu looks like an item of the list above it without its dash; begin it with \"- \" "
		         "as the other items"), above.number);
	} else if (have_above && !is_blank_or_comment(&at) && !indentation_seen_above(data, &at)) {
		snprintf(buf, size, _("line %zu is indented differently from the lines above it; keys that belong together "
		         "must begin in the same column"), at.number);
	}
}
