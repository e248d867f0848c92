/*
 * What changed from one report to the next.
 *
 * The changes come in this order:
 *  1. SP_CHANGE_REMOVED: interventions only in the old report, in the old
 *     report's order;
 *  2. SP_CHANGE_ADDED and SP_CHANGE_STATUS, interleaved in the new report's
 *     order: interventions only in the new report, and those in both whose
 *     status differs;
 *  3. SP_CHANGE_FIGURE, each only when its value differs: "fte" (total),
 *     "fte/<area>" for each staffing area, then for each support type
 *     "decisions/<type>" followed by "kronor/<type>", then "trend/<type>"
 *     for each support type; areas and types in enum order.
 *
 * An intervention is identified by its priority area's number and its name
 * (either may be absent, which is a key like any other). When a key occurs
 * more than once, its k-th occurrence in the old report pairs with its k-th
 * in the new. Pairing sorts both reports' interventions by key, then walks
 * the two sorted lists side by side: n log n for the large national files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct change {
	sp_change_kind kind;
	int64_t area;
	char *subject; /* owned: the diff outlives the reports */
	int64_t old_value, new_value;
} change;

struct sp_diff {
	change *changes;
	size_t len, cap;
};

/* One intervention of a report, in the report's order. */
typedef struct entry {
	int64_t area;
	const char *name;
	const sp_intervention *intervention;
	const struct entry *partner; /* the same intervention in the other report, or NULL */
} entry;

typedef struct entries {
	entry *items;   /* the report's order */
	entry **sorted; /* by key, then by the report's order */
	size_t len;
} entries;

static int out_of_memory(sp_error *err)
{
	sp__error(err, SP_ENOMEM, "out of memory");
	return SP_ENOMEM;
}

/* ---- the list of changes --------------------------------------------- */

static int push_change(sp_diff *diff, sp_change_kind kind, int64_t area, const char *subject,
                       int64_t old_value, int64_t new_value)
{
	char *copy = NULL;
	if (subject && !(copy = sp__doc_strndup(NULL, subject, strlen(subject))))
		return SP_ENOMEM;
	if (diff->len == diff->cap) {
		size_t cap = diff->cap ? diff->cap * 2 : 16;
		change *changes = realloc(diff->changes, cap * sizeof(*changes));
		if (!changes) {
			free(copy);
			return SP_ENOMEM;
		}
		diff->changes = changes;
		diff->cap = cap;
	}
	diff->changes[diff->len++] = (change){ kind, area, copy, old_value, new_value };
	return 0;
}

SP_API void sp_diff_free(sp_diff *diff)
{
	if (!diff)
		return;
	for (size_t i = 0; i < diff->len; i++)
		free(diff->changes[i].subject);
	free(diff->changes);
	free(diff);
}

/* ---- pairing interventions ------------------------------------------- */

static size_t intervention_total(const sp_report *report)
{
	size_t total = 0;
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++)
		total += sp_priority_area_intervention_count(sp_report_priority_area(report, a));
	return total;
}

static int compare_names(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int compare_keys(const entry *a, const entry *b)
{
	if (a->area != b->area)
		return a->area < b->area ? -1 : 1;
	return compare_names(a->name, b->name);
}

/* Entries sit in one array in the report's order, so their addresses break ties. */
static int compare_sorted(const void *x, const void *y)
{
	const entry *a = *(entry *const *)x, *b = *(entry *const *)y;
	int c = compare_keys(a, b);
	return c ? c : (a > b) - (a < b);
}

static void entries_free(entries *list)
{
	free(list->items);
	free(list->sorted);
}

static int entries_of(entries *list, const sp_report *report)
{
	/* One spare slot, so that a report without interventions is not taken
	 * for a failed allocation of zero bytes. */
	size_t total = intervention_total(report) + 1;
	list->len = 0;
	list->items = calloc(total, sizeof(*list->items));
	list->sorted = calloc(total, sizeof(*list->sorted)); /* NOLINT(bugprone-sizeof-expression): an array of pointers */
	if (!list->items || !list->sorted)
		return SP_ENOMEM;
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		const sp_priority_area *area = sp_report_priority_area(report, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			entry *e = &list->items[list->len];
			e->area = sp_priority_area_number(area);
			e->intervention = sp_priority_area_intervention(area, i);
			e->name = sp_intervention_name(e->intervention);
			list->sorted[list->len++] = e;
		}
	}
	qsort(list->sorted, list->len, sizeof(*list->sorted), compare_sorted); /* NOLINT(bugprone-sizeof-expression): pointers */
	return 0;
}

static void pair_entries(entries *old_list, entries *new_list)
{
	size_t i = 0, k = 0;
	while (i < old_list->len && k < new_list->len) {
		entry *a = old_list->sorted[i], *b = new_list->sorted[k];
		int c = compare_keys(a, b);
		if (c == 0) {
			a->partner = b;
			b->partner = a;
		}
		i += c <= 0;
		k += c >= 0;
	}
}

static int intervention_changes(sp_diff *diff, const entries *old_list, const entries *new_list)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < old_list->len; i++) {
		const entry *e = &old_list->items[i];
		if (!e->partner)
			rc = push_change(diff, SP_CHANGE_REMOVED, e->area, e->name, -1, -1);
	}
	for (size_t i = 0; !rc && i < new_list->len; i++) {
		const entry *e = &new_list->items[i];
		if (!e->partner) {
			rc = push_change(diff, SP_CHANGE_ADDED, e->area, e->name, -1, -1);
		} else {
			sp_status was = sp_intervention_status(e->partner->intervention);
			sp_status is = sp_intervention_status(e->intervention);
			if (was != is)
				rc = push_change(diff, SP_CHANGE_STATUS, e->area, e->name, was, is);
		}
	}
	return rc;
}

static int compare_interventions(sp_diff *diff, const sp_report *old_report, const sp_report *new_report)
{
	entries old_list = { 0 }, new_list = { 0 };
	int rc = entries_of(&old_list, old_report);
	if (!rc)
		rc = entries_of(&new_list, new_report);
	if (!rc) {
		pair_entries(&old_list, &new_list);
		rc = intervention_changes(diff, &old_list, &new_list);
	}
	entries_free(&old_list);
	entries_free(&new_list);
	return rc;
}

/* ---- figures ---------------------------------------------------------- */

static int figure_change(sp_diff *diff, const char *what, const char *token, int64_t was, int64_t is)
{
	char subject[128];
	if (was == is)
		return 0;
	if (token)
		snprintf(subject, sizeof(subject), "%s/%s", what, token);
	else
		snprintf(subject, sizeof(subject), "%s", what);
	return push_change(diff, SP_CHANGE_FIGURE, -1, subject, was, is);
}

static int figure_changes(sp_diff *diff, const sp_figures *was, const sp_figures *is)
{
	int rc = figure_change(diff, "fte", NULL, sp_figures_fte(was, SP_AREA_UNSET), sp_figures_fte(is, SP_AREA_UNSET));
	for (int area = 1; !rc && area <= sp_enum_max(SP_ENUM_STAFFING_AREA); area++)
		rc = figure_change(diff, "fte", sp_enum_token(SP_ENUM_STAFFING_AREA, area),
		                   sp_figures_fte(was, (sp_work_area)area), sp_figures_fte(is, (sp_work_area)area));
	int types = sp_enum_max(SP_ENUM_SUPPORT_TYPE);
	for (int type = 1; !rc && type <= types; type++) {
		const char *token = sp_enum_token(SP_ENUM_SUPPORT_TYPE, type);
		rc = figure_change(diff, "decisions", token, sp_figures_decisions(was, (sp_support_type)type),
		                   sp_figures_decisions(is, (sp_support_type)type));
		if (!rc)
			rc = figure_change(diff, "kronor", token, sp_figures_kronor(was, (sp_support_type)type),
			                   sp_figures_kronor(is, (sp_support_type)type));
	}
	for (int type = 1; !rc && type <= types; type++)
		rc = figure_change(diff, "trend", sp_enum_token(SP_ENUM_SUPPORT_TYPE, type),
		                   sp_figures_trend(was, (sp_support_type)type), sp_figures_trend(is, (sp_support_type)type));
	return rc;
}

static int compare_figures(sp_diff *diff, const sp_report *old_report, const sp_report *new_report,
                           sp_error *err)
{
	sp_figures *was = NULL, *is = NULL;
	int rc = sp_report_figures(&was, old_report, err);
	if (!rc)
		rc = sp_report_figures(&is, new_report, err);
	if (!rc && (rc = figure_changes(diff, was, is)))
		out_of_memory(err);
	sp_figures_free(was);
	sp_figures_free(is);
	return rc;
}

SP_API int sp_report_diff(sp_diff **out, const sp_report *old_report, const sp_report *new_report,
                           sp_error *err)
{
	if (!out) {
		sp__error(err, SP_EINVAL, "the diff needs somewhere to go");
		return SP_EINVAL;
	}
	*out = NULL;
	if (!old_report || !new_report) {
		sp__error(err, SP_EINVAL, "a diff needs two reports");
		return SP_EINVAL;
	}
	sp_diff *diff = calloc(1, sizeof(*diff));
	if (!diff)
		return out_of_memory(err);
	int rc = compare_interventions(diff, old_report, new_report);
	if (rc)
		out_of_memory(err);
	else
		rc = compare_figures(diff, old_report, new_report, err);
	if (rc) {
		sp_diff_free(diff);
		return rc;
	}
	*out = diff;
	return 0;
}

/* ---- reading the changes ---------------------------------------------- */

static const change *change_at(const sp_diff *diff, size_t index)
{
	return diff && index < diff->len ? &diff->changes[index] : NULL;
}

SP_API size_t sp_diff_count(const sp_diff *diff)
{
	return diff ? diff->len : 0;
}

SP_API sp_change_kind sp_diff_kind(const sp_diff *diff, size_t index)
{
	const change *c = change_at(diff, index);
	return c ? c->kind : (sp_change_kind)0;
}

SP_API int64_t sp_diff_area(const sp_diff *diff, size_t index)
{
	const change *c = change_at(diff, index);
	return c ? c->area : -1;
}

SP_API const char *sp_diff_subject(const sp_diff *diff, size_t index)
{
	const change *c = change_at(diff, index);
	return c ? c->subject : NULL;
}

SP_API int64_t sp_diff_old_value(const sp_diff *diff, size_t index)
{
	const change *c = change_at(diff, index);
	return c ? c->old_value : -1;
}

SP_API int64_t sp_diff_new_value(const sp_diff *diff, size_t index)
{
	const change *c = change_at(diff, index);
	return c ? c->new_value : -1;
}
