/* The options structs as the library reads them: whatever version the
 * caller's struct has, the library works on a whole current one. */
#ifndef SP_OPTIONS_H
#define SP_OPTIONS_H

#include "internal.h"
#include "serviceprogram/io.h"
#include "serviceprogram/validate.h"

/*
 * Each fills `*into` with the defaults of the current version, then with
 * the fields the caller's `opts` has in its version (NULL: the defaults).
 * SP_EINVAL, naming the struct, for version 0 or one newer than the library.
 */
int sp__load_options_read(sp_load_options *into, const sp_load_options *opts, sp_error *err);
int sp__save_options_read(sp_save_options *into, const sp_save_options *opts, sp_error *err);
int sp__validate_options_read(sp_validate_options *into, const sp_validate_options *opts, sp_error *err);

/*
 * Single fields of the caller's `opts`, read before the whole struct is (the
 * language of the very first message, the list every error goes to): the
 * field when the caller's version has it, else its default. Never more than
 * that version's struct is read.
 */
sp_language sp__load_options_language(const sp_load_options *opts);
sp_load_errors *sp__load_options_errors(const sp_load_options *opts);
sp_language sp__validate_options_language(const sp_validate_options *opts);

#endif
