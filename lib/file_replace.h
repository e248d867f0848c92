/* Replacing a file's contents whole or not at all; see file_replace.c. */
#ifndef SP_FILE_REPLACE_H
#define SP_FILE_REPLACE_H

#include <stddef.h>

#include "serviceprogram.h"

/* Writes `len` bytes of `text` to `path` as sp_report_save_file() promises:
 * a regular file (reached through any symbolic links) is replaced atomically
 * by a temporary file renamed over it; a device, pipe or open file named
 * through /proc/self/fd or /dev/fd is written as it is. 0, or SP_EIO (or
 * SP_ENOMEM) with `err` filled and the file unchanged. */
int sp__file_replace(const char *path, const char *text, size_t len, sp_error *err);

#endif
