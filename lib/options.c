/*
 * The options structs, and how they grow: a caller's struct says which
 * version of the headers it was built with, and the library accepts every
 * version from 1 to the current one (as libgit2 does). A new field goes at
 * the end of its struct, with the version raised; the struct's size in each
 * version is listed here, so that the library reads from an older caller's
 * struct only the fields that version had, the others keeping their defaults.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "options.h"

/* One options struct: its name in messages, defaults, and size in each version. */
typedef struct options_kind {
	const char *name;
	const char *init;     /* its *_INIT macro, for the message */
	const void *defaults;
	unsigned int current; /* its *_VERSION */
	const size_t *sizes;  /* sizes[v - 1]: the struct's size in version v */
} options_kind;

static const sp_load_options load_defaults = SP_LOAD_OPTIONS_INIT;
static const sp_save_options save_defaults = SP_SAVE_OPTIONS_INIT;
static const sp_validate_options validate_defaults = SP_VALIDATE_OPTIONS_INIT;

/* When version 2 adds a field F, version 1's size becomes offsetof(struct, F). */
/* Version 2 added the list of errors, version 3 the language of messages. */
static const size_t load_sizes[SP_LOAD_OPTIONS_VERSION] = { offsetof(sp_load_options, errors),
                                                             offsetof(sp_load_options, language),
                                                             sizeof(sp_load_options) };
static const size_t save_sizes[SP_SAVE_OPTIONS_VERSION] = { sizeof(sp_save_options) };
static const size_t validate_sizes[SP_VALIDATE_OPTIONS_VERSION] = { offsetof(sp_validate_options, language),
                                                                     sizeof(sp_validate_options) };

static const options_kind load_kind = { "sp_load_options", "SP_LOAD_OPTIONS_INIT", &load_defaults,
                                        SP_LOAD_OPTIONS_VERSION, load_sizes };
static const options_kind save_kind = { "sp_save_options", "SP_SAVE_OPTIONS_INIT", &save_defaults,
                                        SP_SAVE_OPTIONS_VERSION, save_sizes };
static const options_kind validate_kind = { "sp_validate_options", "SP_VALIDATE_OPTIONS_INIT",
                                            &validate_defaults, SP_VALIDATE_OPTIONS_VERSION, validate_sizes };

static int known_version(const options_kind *kind, unsigned int version)
{
	return version >= 1 && version <= kind->current;
}

/* Whether the caller's `opts` (NULL: none) is of a known version whose struct holds the field at
 * `offset`: a version's size ends where the first field it lacks begins. */
static bool holds(const options_kind *kind, const void *opts, size_t offset)
{
	if (!opts)
		return false;
	unsigned int version = *(const unsigned int *)opts; /* every options struct begins with its version */
	return known_version(kind, version) && kind->sizes[version - 1] > offset;
}

/* The defaults of `version` in `opts`, a struct of that version's size. */
static int init(void *opts, const options_kind *kind, unsigned int version)
{
	if (!opts || !known_version(kind, version))
		return SP_EINVAL;
	memcpy(opts, kind->defaults, kind->sizes[version - 1]);
	*(unsigned int *)opts = version; /* every options struct begins with its version */
	return 0;
}

/* The caller's `opts`, of whatever known version, as a whole current struct in `into`. */
static int read_options(void *into, const void *opts, const options_kind *kind, sp_error *err)
{
	memcpy(into, kind->defaults, kind->sizes[kind->current - 1]);
	if (!opts)
		return 0;
	unsigned int version = *(const unsigned int *)opts;
	if (!known_version(kind, version)) {
		sp__error(err, SP_EINVAL, "%s version %u is not one this library reads (1 to %u): start from %s",
		          kind->name, version, kind->current, kind->init);
		return SP_EINVAL;
	}
	memcpy(into, opts, kind->sizes[version - 1]);
	*(unsigned int *)into = kind->current;
	return 0;
}

SP_API int sp_load_options_init(sp_load_options *opts, unsigned int version)
{
	return init(opts, &load_kind, version);
}

SP_API int sp_save_options_init(sp_save_options *opts, unsigned int version)
{
	return init(opts, &save_kind, version);
}

SP_API int sp_validate_options_init(sp_validate_options *opts, unsigned int version)
{
	return init(opts, &validate_kind, version);
}

int sp__load_options_read(sp_load_options *into, const sp_load_options *opts, sp_error *err)
{
	return read_options(into, opts, &load_kind, err);
}

int sp__save_options_read(sp_save_options *into, const sp_save_options *opts, sp_error *err)
{
	return read_options(into, opts, &save_kind, err);
}

int sp__validate_options_read(sp_validate_options *into, const sp_validate_options *opts, sp_error *err)
{
	return read_options(into, opts, &validate_kind, err);
}

sp_language sp__load_options_language(const sp_load_options *opts)
{
	return holds(&load_kind, opts, offsetof(sp_load_options, language)) ? opts->language : SP_LANGUAGE_DEFAULT;
}

sp_load_errors *sp__load_options_errors(const sp_load_options *opts)
{
	return holds(&load_kind, opts, offsetof(sp_load_options, errors)) ? opts->errors : NULL;
}

sp_language sp__validate_options_language(const sp_validate_options *opts)
{
	return holds(&validate_kind, opts, offsetof(sp_validate_options, language)) ? opts->language
	                                                                          : SP_LANGUAGE_DEFAULT;
}
