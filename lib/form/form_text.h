/* Small text helpers of the form's reader. */
#ifndef SP_FORM_TEXT_H
#define SP_FORM_TEXT_H

#include <stdint.h>

/* A copy in lower case (ASCII and Å, Ä, Ö, É) without hyphens, soft hyphens
 * and repeated white space, for matching the form's words; NULL when out of memory. */
char *form_fold(const char *text);
/* Whether the folded text contains the (already folded) word. */
int form_has(const char *folded, const char *word);
/* Whether the folded text starts with the word. */
int form_starts(const char *folded, const char *word);
/* Removes white space at both ends, in place; returns text. */
char *form_trim(char *text);
/* Whether the cell text is a mark: X or x (or a check mark), nothing else. */
int form_is_mark(const char *text);
/* Whether the cell text is an empty check box (☐) and nothing else: no mark, no text. */
int form_is_empty_box(const char *text);
/* Reads a decimal like "0,15" or "0.5" at text into thousandths; returns the
 * number of bytes read, 0 when there is none. */
size_t form_read_thousandths(const char *text, int64_t *out);

#endif
