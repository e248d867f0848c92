/*
 * The national rollup: each added report's figures folded into its year's
 * totals, plus the samverkanstrappan step per actor, which figures do not
 * carry. An add either folds the whole report or leaves the rollup as it
 * was: the new totals are summed into a copy and only stored once every
 * allocation has succeeded.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* One year's sums over its regions; fte, decisions and kronor hold the
 * total in slot 0, as the figures do. */
typedef struct totals {
	size_t trend[SP_SUPPORT_SLOTS][SP_TREND_SLOTS];
	int64_t fte[SP_AREA_SLOTS];
	size_t ladder[SP_ACTOR_SLOTS][SP_LADDER_SLOTS];
	int64_t decisions[SP_SUPPORT_SLOTS];
	int64_t kronor[SP_SUPPORT_SLOTS];
	size_t by_service[SP_SERVICE_SLOTS];
	size_t by_status[SP_STATUS_SLOTS];
} totals;

typedef struct year_entry {
	int64_t year;
	sp_list regions; /* char *, copies, in the order added */
	totals totals;
} year_entry;

struct sp_rollup {
	sp_list years; /* year_entry *, ascending */
};

static void year_entry_free(year_entry *entry)
{
	if (!entry)
		return;
	for (size_t i = 0; i < entry->regions.len; i++)
		free(entry->regions.items[i]);
	free(entry->regions.items);
	free(entry);
}

SP_API int sp_rollup_new(sp_rollup **out, sp_error *err)
{
	if (!out) {
		sp__error(err, SP_EINVAL, "a new rollup needs somewhere to go");
		return SP_EINVAL;
	}
	*out = NULL;
	if (!(*out = calloc(1, sizeof(**out)))) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	return 0;
}

SP_API void sp_rollup_free(sp_rollup *rollup)
{
	if (!rollup)
		return;
	for (size_t i = 0; i < rollup->years.len; i++)
		year_entry_free(rollup->years.items[i]);
	free(rollup->years.items);
	free(rollup);
}

static year_entry *entry_at(const sp_rollup *rollup, size_t index)
{
	return rollup && index < rollup->years.len ? rollup->years.items[index] : NULL;
}

/* Where `year` is, or where it belongs to keep the years ascending. */
static size_t year_position(const sp_rollup *rollup, int64_t year)
{
	size_t low = 0, high = rollup->years.len;
	while (low < high) {
		size_t mid = low + (high - low) / 2;
		if (entry_at(rollup, mid)->year < year)
			low = mid + 1;
		else
			high = mid;
	}
	return low;
}

static bool has_region(const year_entry *entry, const char *region)
{
	for (size_t i = 0; i < entry->regions.len; i++)
		if (strcmp(entry->regions.items[i], region) == 0)
			return true;
	return false;
}

static bool fold_sums(totals *t, const sp_figures *f)
{
	for (int area = 0; area < SP_AREA_SLOTS; area++)
		if (!sp__add_checked(&t->fte[area], sp_figures_fte(f, area)))
			return false;
	for (int type = 0; type < SP_SUPPORT_SLOTS; type++)
		if (!sp__add_checked(&t->decisions[type], sp_figures_decisions(f, type)) ||
		    !sp__add_checked(&t->kronor[type], sp_figures_kronor(f, type)))
			return false;
	return true;
}

static void fold_counts(totals *t, const sp_figures *f)
{
	for (int type = 1; type < SP_SUPPORT_SLOTS; type++)
		t->trend[type][sp_figures_trend(f, type)]++;
	for (int type = 1; type < SP_SERVICE_SLOTS; type++)
		t->by_service[type] += sp_figures_interventions_by_service(f, type);
	for (int status = 0; status < SP_STATUS_SLOTS; status++)
		t->by_status[status] += sp_figures_interventions_by_status(f, status);
}

/* A region counts once per (actor, step), however many entries say so;
 * an entry without an actor names nobody. */
static void fold_ladder(totals *t, const sp_report *report)
{
	bool named[SP_ACTOR_SLOTS][SP_LADDER_SLOTS] = { { false } };
	for (size_t i = 0; i < sp_report_collaboration_count(report); i++) {
		const sp_collaboration *c = sp_report_collaboration(report, i);
		named[sp_collaboration_actor(c)][sp_collaboration_ladder_step(c)] = true;
	}
	for (int actor = 1; actor < SP_ACTOR_SLOTS; actor++)
		for (int step = 0; step < SP_LADDER_SLOTS; step++)
			t->ladder[actor][step] += named[actor][step];
}

static int fold_report(totals *t, const sp_report *report, const char *region, int64_t year, sp_error *err)
{
	sp_figures *figures;
	int rc = sp_report_figures(&figures, report, err);
	if (rc)
		return rc;
	if (!fold_sums(t, figures)) {
		sp__error(err, SP_ERANGE, "adding %s to the totals of %lld passes the largest 64-bit number",
		          region, (long long)year);
		rc = SP_ERANGE;
	} else {
		fold_counts(t, figures);
		fold_ladder(t, report);
	}
	sp_figures_free(figures);
	return rc;
}

static int insert_year(sp_rollup *rollup, size_t at, year_entry *entry)
{
	if (sp__list_push(NULL, &rollup->years, entry))
		return SP_ENOMEM;
	void **items = rollup->years.items;
	memmove(&items[at + 1], &items[at], (rollup->years.len - 1 - at) * sizeof(items[0]));
	items[at] = entry;
	return 0;
}

/* Stores the region and its year's new totals; on failure nothing changes. */
static int store(sp_rollup *rollup, year_entry *entry, const char *region, int64_t year, const totals *next,
                 sp_error *err)
{
	year_entry *fresh = NULL;
	char *name = sp__doc_strndup(NULL, region, strlen(region));
	if (!name)
		goto nomem;
	if (!entry && !(entry = fresh = calloc(1, sizeof(*fresh))))
		goto nomem;
	if (sp__list_push(NULL, &entry->regions, name))
		goto nomem;
	name = NULL; /* the entry owns it now */
	if (fresh) {
		fresh->year = year;
		if (insert_year(rollup, year_position(rollup, year), fresh))
			goto nomem;
	}
	entry->totals = *next;
	return 0;
nomem:
	free(name);
	year_entry_free(fresh);
	sp__error(err, SP_ENOMEM, "out of memory");
	return SP_ENOMEM;
}

SP_API int sp_rollup_add(sp_rollup *rollup, const sp_report *report, sp_error *err)
{
	const char *region = sp_region_name(sp_report_region(report));
	int64_t year = sp_report_year(report);
	if (!rollup || !region || year < 0) {
		sp__error(err, SP_EINVAL, "a rollup takes reports with a region name and a year");
		return SP_EINVAL;
	}
	year_entry *entry = entry_at(rollup, year_position(rollup, year));
	if (entry && entry->year != year)
		entry = NULL;
	if (entry && has_region(entry, region)) {
		sp__error(err, SP_EDUPLICATE, "region '%s' is already in the rollup for %lld", region,
		          (long long)year);
		return SP_EDUPLICATE;
	}
	totals next;
	if (entry)
		next = entry->totals;
	else
		memset(&next, 0, sizeof(next));
	int rc = fold_report(&next, report, region, year, err);
	return rc ? rc : store(rollup, entry, region, year, &next, err);
}

SP_API size_t sp_rollup_year_count(const sp_rollup *rollup)
{
	return rollup ? rollup->years.len : 0;
}

SP_API int64_t sp_rollup_year(const sp_rollup *rollup, size_t year_index)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry ? entry->year : 0;
}

SP_API size_t sp_rollup_region_count(const sp_rollup *rollup, size_t year_index)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry ? entry->regions.len : 0;
}

SP_API const char *sp_rollup_region(const sp_rollup *rollup, size_t year_index, size_t region_index)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry && region_index < entry->regions.len ? entry->regions.items[region_index] : NULL;
}

SP_API size_t sp_rollup_trend_count(const sp_rollup *rollup, size_t year_index, sp_support_type type,
                                    sp_trend trend)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry && sp__in_slots(type, SP_SUPPORT_SLOTS) && sp__in_slots(trend, SP_TREND_SLOTS) ?
	       entry->totals.trend[type][trend] : 0;
}

SP_API int64_t sp_rollup_fte_sum(const sp_rollup *rollup, size_t year_index, sp_work_area area)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry && sp__in_slots(area, SP_AREA_SLOTS) ? entry->totals.fte[area] : 0;
}

SP_API int64_t sp_rollup_fte_mean(const sp_rollup *rollup, size_t year_index, sp_work_area area)
{
	size_t regions = sp_rollup_region_count(rollup, year_index);
	if (regions == 0)
		return 0;
	/* Rounded half up without forming sum + regions / 2, which could overflow. */
	uint64_t sum = (uint64_t)sp_rollup_fte_sum(rollup, year_index, area);
	uint64_t mean = sum / regions, rest = sum % regions;
	return (int64_t)(mean + (rest >= regions - rest));
}

SP_API size_t sp_rollup_ladder_count(const sp_rollup *rollup, size_t year_index, sp_actor actor,
                                     sp_ladder_step step)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry && sp__in_slots(actor, SP_ACTOR_SLOTS) && sp__in_slots(step, SP_LADDER_SLOTS) ?
	       entry->totals.ladder[actor][step] : 0;
}

SP_API int64_t sp_rollup_decisions(const sp_rollup *rollup, size_t year_index, sp_support_type type)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry && sp__in_slots(type, SP_SUPPORT_SLOTS) ? entry->totals.decisions[type] : 0;
}

SP_API int64_t sp_rollup_kronor(const sp_rollup *rollup, size_t year_index, sp_support_type type)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry && sp__in_slots(type, SP_SUPPORT_SLOTS) ? entry->totals.kronor[type] : 0;
}

SP_API size_t sp_rollup_interventions_by_service(const sp_rollup *rollup, size_t year_index,
                                                 sp_service_type type)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry && sp__in_slots(type, SP_SERVICE_SLOTS) ? entry->totals.by_service[type] : 0;
}

SP_API size_t sp_rollup_interventions_by_status(const sp_rollup *rollup, size_t year_index, sp_status status)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry && sp__in_slots(status, SP_STATUS_SLOTS) ? entry->totals.by_status[status] : 0;
}
