/* A whole report: creating, freeing, copying and comparing it. */
#include <stdlib.h>
#include <string.h>

#include "fields.h"

SP_API int sp_report_new(sp_report **out, const char *region_name, int64_t year, sp_error *err)
{
	return sp_report_new_with(out, region_name, year, NULL, err);
}

SP_API int sp_report_new_with(sp_report **out, const char *region_name, int64_t year,
                              const sp_allocator *allocator, sp_error *err)
{
	if (!out || !region_name) {
		sp__error(err, SP_EINVAL, "a new report needs somewhere to go and a region name");
		return SP_EINVAL;
	}
	*out = NULL;
	sp_node *report = sp__report_node_new(allocator);
	if (!report) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	int rc = sp_node_set_string(report, &sp__report_type.fields[F_REPORT_FORMAT], SP_FORMAT_VERSION, err);
	if (!rc)
		rc = sp_region_set_name(sp_report_region_mut((sp_report *)report), region_name, err);
	if (!rc)
		rc = sp_report_set_year((sp_report *)report, year, err);
	if (rc) {
		sp__node_free(report);
		return rc;
	}
	*out = (sp_report *)report;
	return 0;
}

SP_API void sp_report_free(sp_report *report)
{
	sp__node_free((sp_node *)report);
}

SP_API int sp_report_copy(sp_report **out, const sp_report *report, sp_error *err)
{
	if (!out || !report) {
		sp__error(err, SP_EINVAL, "nothing to copy");
		return SP_EINVAL;
	}
	if (!(*out = (sp_report *)sp__report_copy((const sp_node *)report))) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	return 0;
}

/* Whether the reports are equal; where not, `path` gets the JSON pointer of the first difference. */
static bool reports_equal(const sp_report *a, const sp_report *b, char *path, size_t size)
{
	path[0] = '\0';
	return a && b && sp__node_equal((const sp_node *)a, (const sp_node *)b, path, size);
}

SP_API int sp_report_difference(char *buf, size_t size, const sp_report *a, const sp_report *b)
{
	char path[1024];
	if (reports_equal(a, b, path, sizeof(path)))
		return -1;
	return buf ? snprintf(buf, size, "%s", path) : (int)strlen(path);
}

SP_API int sp_report_equal(const sp_report *a, const sp_report *b)
{
	char path[1024];
	return reports_equal(a, b, path, sizeof(path));
}

SP_API const char *sp_report_source(const sp_report *report)
{
	return report ? sp__doc_of((const sp_node *)report)->source : NULL;
}
