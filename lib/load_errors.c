/*
 * The list of every error of one load (sp_load_errors): the caller makes
 * it, gives it in sp_load_options, and reads it after the load. It holds
 * room for one error from the start, so that the error that ends a load
 * always finds a place, even when memory has run out.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define FIRST_ROOM 8 /* a file with a few mistakes needs no growing */

struct sp_load_errors {
	sp_error *at;
	size_t len, room;
	bool truncated; /* loading stopped at the limit max_errors */
};

SP_API int sp_load_errors_new(sp_load_errors **out)
{
	if (!out)
		return SP_EINVAL;
	*out = NULL;
	sp_load_errors *errors = calloc(1, sizeof(*errors));
	if (!errors || !(errors->at = malloc(FIRST_ROOM * sizeof(sp_error)))) {
		free(errors);
		return SP_ENOMEM;
	}
	errors->room = FIRST_ROOM;
	*out = errors;
	return 0;
}

SP_API void sp_load_errors_free(sp_load_errors *errors)
{
	if (!errors)
		return;
	free(errors->at);
	free(errors);
}

SP_API size_t sp_load_errors_count(const sp_load_errors *errors)
{
	return errors ? errors->len : 0;
}

SP_API const sp_error *sp_load_errors_get(const sp_load_errors *errors, size_t index)
{
	return errors && index < errors->len ? &errors->at[index] : NULL;
}

SP_API int sp_load_errors_truncated(const sp_load_errors *errors)
{
	return errors && errors->truncated;
}

void sp__load_errors_clear(sp_load_errors *errors)
{
	if (!errors)
		return;
	errors->len = 0;
	errors->truncated = false;
}

int sp__load_errors_add(sp_load_errors *errors, const sp_error *error)
{
	if (!errors)
		return 0;
	if (errors->len == errors->room) {
		size_t room = errors->room * 2;
		sp_error *bigger = room <= SIZE_MAX / sizeof(sp_error) ? realloc(errors->at, room * sizeof(sp_error)) : NULL;
		if (!bigger)
			return SP_ENOMEM;
		errors->at = bigger;
		errors->room = room;
	}
	errors->at[errors->len++] = *error;
	return 0;
}

void sp__load_errors_truncate(sp_load_errors *errors)
{
	if (errors)
		errors->truncated = true;
}
