/* When two reports are of the same region, however they spell it: by the
 * county code where both give one, else by the name without a leading
 * "Region" and without regard to case ("Region Norrbotten", "norrbotten"). */
#include <string.h>

#include "internal.h"
#include "serviceprogram/diff.h"

/* The name without a leading "Region " (any case) and spaces around it. */
static const char *bare_name(const char *name, size_t *len)
{
	while (*name == ' ')
		name++;
	if (strlen(name) > 6 && sp__text_equal_folded(name, 6, "region") && name[6] == ' ')
		for (name += 6; *name == ' ';)
			name++;
	*len = strlen(name);
	while (*len && name[*len - 1] == ' ')
		(*len)--;
	return name;
}

bool sp__same_region(const char *name_a, const char *county_a, const char *name_b, const char *county_b)
{
	if (county_a && county_b)
		return strcmp(county_a, county_b) == 0;
	if (!name_a || !name_b)
		return false;
	size_t len_a, len_b;
	const char *a = bare_name(name_a, &len_a), *b = bare_name(name_b, &len_b);
	/* The comparison wants one side NUL-terminated as it is compared. */
	char bare_b[256];
	if (len_b >= sizeof(bare_b))
		return len_a == len_b && memcmp(a, b, len_a) == 0;
	memcpy(bare_b, b, len_b);
	bare_b[len_b] = '\0';
	return sp__text_equal_folded(a, len_a, bare_b);
}

SP_API int sp_report_same_region(const sp_report *a, const sp_report *b)
{
	const sp_region *ra = sp_report_region(a), *rb = sp_report_region(b);
	return sp__same_region(sp_region_name(ra), sp_region_county_code(ra), sp_region_name(rb),
	                       sp_region_county_code(rb));
}
