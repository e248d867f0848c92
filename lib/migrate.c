/*
 * Format versions: which ones the loader reads, and the one place where a
 * document of an older version is brought up to the current one.
 *
 * A migration here renames keys: the loader asks for the current key of
 * each key it does not know, for the version the document declared. A
 * version that needs more than renames would add its step here, too.
 *
 * serviceprogram/0 was the draft of 2024 that tools wrote before the format
 * was fixed: the priority areas were "areas", an output's amount was
 * "amount" and a position's FTE "fte_share".
 */
#include <string.h>

#include "internal.h"

#define FORMAT_PREFIX "serviceprogram/"

/* The oldest version the loader still reads. */
#define OLDEST_VERSION 0

typedef struct key_rename {
	int until_version; /* the last version that used the old key */
	const char *type;
	const char *old_key;
	const char *key;
} key_rename;

static const key_rename renames[] = {
	{ 0, "report", "areas", "priority_areas" },
	{ 0, "output", "amount", "amount_sek" },
	{ 0, "position", "fte_share", "fte" },
};

int sp__format_version(const char *text, size_t len, int *version)
{
	size_t prefix = strlen(FORMAT_PREFIX);
	int number = 0;
	if (len <= prefix || memcmp(text, FORMAT_PREFIX, prefix) != 0 || len - prefix > 6)
		return SP_EFORMAT;
	for (size_t i = prefix; i < len; i++) {
		if (text[i] < '0' || text[i] > '9' || (i == prefix && text[i] == '0' && len > prefix + 1))
			return SP_EFORMAT;
		number = number * 10 + (text[i] - '0');
	}
	*version = number;
	return number > SP_FORMAT_VERSION_NUMBER ? SP_EUNSUPPORTED : number < OLDEST_VERSION ? SP_EFORMAT : 0;
}

const char *sp__migrated_key(int version, const sp_type *type, const char *key, size_t len)
{
	for (size_t i = 0; i < sizeof(renames) / sizeof(renames[0]); i++)
		if (version <= renames[i].until_version && strcmp(renames[i].type, type->name) == 0 &&
		    strlen(renames[i].old_key) == len && memcmp(renames[i].old_key, key, len) == 0)
			return renames[i].key;
	return NULL;
}
