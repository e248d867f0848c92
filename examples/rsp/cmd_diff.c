/* rsp diff: what changed between two reports of one region. */
#include <string.h>

#include "rsp.h"

static int run(int argc, char **argv);

const command rsp_diff = {
	"diff", N_("OLD NEW"),
	N_("Compares two reports of one region, normally two years: interventions added, removed or with a\n"
	   "changed status (matched by priority area and name), and changes in the figures (FTE, support\n"
	   "decisions and kronor, question-1 trends). Differences are not errors: the exit status is 0.\n"
	   "Two reports of different regions (by county code, or else by name) get a warning on standard error.\n"),
	run,
};

/* "kronor/service_grant" -> the Swedish label of service_grant, for readers. */
static const char *subject_label(const char *subject)
{
	static const struct { const char *prefix; sp_enum_id e; } kinds[] = {
		{ "fte/", SP_ENUM_STAFFING_AREA }, { "decisions/", SP_ENUM_SUPPORT_TYPE },
		{ "kronor/", SP_ENUM_SUPPORT_TYPE }, { "trend/", SP_ENUM_SUPPORT_TYPE },
	};
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		size_t n = strlen(kinds[i].prefix);
		if (strncmp(subject, kinds[i].prefix, n) == 0)
			return sp_enum_label_sv(kinds[i].e, sp_enum_parse(kinds[i].e, subject + n));
	}
	return NULL;
}

static void print_value(const char *subject, int64_t value)
{
	char buf[64];
	if (strncmp(subject, "fte", 3) == 0)
		printf("%s", rsp_fte(buf, sizeof(buf), value));
	else if (strncmp(subject, "trend/", 6) == 0)
		printf("%s", value > 0 ? sp_enum_label_sv(SP_ENUM_TREND, (int)value) : _("(not answered)"));
	else
		printf("%s", rsp_kronor(buf, sizeof(buf), value));
}

static void print_change(const sp_diff *diff, size_t i)
{
	const char *subject = sp_diff_subject(diff, i);
	if (!subject) /* an intervention without a name */
		subject = _("(no name)");
	long long area = (long long)sp_diff_area(diff, i);
	switch (sp_diff_kind(diff, i)) {
	case SP_CHANGE_ADDED: printf(_("  + %lld: %s (new)\n"), area, subject); break;
	case SP_CHANGE_REMOVED: printf(_("  - %lld: %s (removed)\n"), area, subject); break;
	case SP_CHANGE_STATUS: {
		const char *from = sp_enum_label_sv(SP_ENUM_STATUS, (int)sp_diff_old_value(diff, i));
		const char *to = sp_enum_label_sv(SP_ENUM_STATUS, (int)sp_diff_new_value(diff, i));
		printf("  ~ %lld: %s: %s -> %s\n", area, subject, from ? from : _("no status"), to ? to : _("no status"));
		break;
	}
	case SP_CHANGE_FIGURE: {
		const char *label = subject_label(subject);
		printf("  %s%s%s%s: ", subject, label ? " (" : "", label ? label : "", label ? ")" : "");
		print_value(subject, sp_diff_old_value(diff, i));
		printf(" -> ");
		print_value(subject, sp_diff_new_value(diff, i));
		printf("\n");
		break;
	}
	}
}

static int run(int argc, char **argv)
{
	static const struct option no_options[] = { { NULL, 0, NULL, 0 } };
	if (rsp_next_option(&rsp_diff, argc, argv, "", no_options) != -1)
		return RSP_USAGE;
	if (argc - optind != 2)
		return rsp_usage_error(&rsp_diff, "expected OLD and NEW");
	sp_report *old_report = NULL, *new_report = NULL;
	int rc = rsp_load(&old_report, argv[optind]);
	if (!rc)
		rc = rsp_load(&new_report, argv[optind + 1]);
	sp_diff *diff = NULL;
	sp_error err;
	if (!rc && sp_report_diff(&diff, old_report, new_report, &err)) {
		rsp_print_error(&err);
		rc = rsp_status_of(&err);
	}
	if (!rc && !sp_report_same_region(old_report, new_report))
		fprintf(stderr, _("%s: warning: /region: the two reports are of different regions\n"), argv[2]);
	if (!rc) {
		printf("%s %lld -> %s %lld: ", sp_region_name(sp_report_region(old_report)),
		       (long long)sp_report_year(old_report), sp_region_name(sp_report_region(new_report)),
		       (long long)sp_report_year(new_report));
		printf(sp_diff_count(diff) == 1 ? _("%zu change\n") : _("%zu changes\n"), sp_diff_count(diff));
		for (size_t i = 0; i < sp_diff_count(diff); i++)
			print_change(diff, i);
	}
	sp_diff_free(diff);
	sp_report_free(old_report);
	sp_report_free(new_report);
	return rc;
}
