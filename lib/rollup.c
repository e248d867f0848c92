/*
 * The national rollup: each added report's figures folded into its year's
 * totals, plus the samverkanstrappan step per actor, which figures do not
 * carry. An add either folds the whole report or leaves the rollup as it
 * was: the new totals are summed into a copy and only stored once every
 * allocation has succeeded.
 * A region is one region however its reports spell it (sp__same_region).
 */
#include <stdio.h>
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
	size_t outputs_without_figures;
} totals;

typedef struct region_entry {
	char *name;   /* as the report gives it */
	char *source; /* the report's source name; NULL for a report that was not loaded */
	char county[3]; /* "" when the report gives none */
} region_entry;

typedef struct year_entry {
	int64_t year;
	sp_list regions; /* region_entry *, in the order added */
	totals totals;
} year_entry;

struct sp_rollup {
	sp_list years; /* year_entry *, ascending */
};

static void region_entry_free(region_entry *region)
{
	if (!region)
		return;
	free(region->name);
	free(region->source);
	free(region);
}

static void year_entry_free(year_entry *entry)
{
	if (!entry)
		return;
	for (size_t i = 0; i < entry->regions.len; i++)
		region_entry_free(entry->regions.items[i]);
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

static bool same_region(const region_entry *known, const char *name, const char *county)
{
	return sp__same_region(known->name, known->county[0] ? known->county : NULL, name, county);
}

static const region_entry *find_region(const year_entry *entry, const char *name, const char *county)
{
	for (size_t i = 0; entry && i < entry->regions.len; i++)
		if (same_region(entry->regions.items[i], name, county))
			return entry->regions.items[i];
	return NULL;
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
	t->outputs_without_figures += sp_figures_outputs_without_figures(f);
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

static int fold_report(totals *t, const sp_report *report, int64_t year, sp_error *err)
{
	sp_figures *figures;
	int rc = sp_report_figures(&figures, report, err);
	if (rc)
		return rc;
	if (!fold_sums(t, figures)) {
		sp__error(err, SP_ERANGE, "adding this region's figures to the totals of %lld passes the largest "
		          "64-bit number", (long long)year);
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

static region_entry *region_entry_new(const sp_report *report)
{
	const char *name = sp_region_name(sp_report_region(report)), *source = sp_report_source(report);
	const char *county = sp_region_county_code(sp_report_region(report));
	region_entry *region = calloc(1, sizeof(*region));
	if (!region)
		return NULL;
	region->name = sp__doc_strndup(NULL, name, strlen(name));
	region->source = source ? sp__doc_strndup(NULL, source, strlen(source)) : NULL;
	if (county)
		snprintf(region->county, sizeof(region->county), "%s", county);
	if (!region->name || (source && !region->source)) {
		region_entry_free(region);
		return NULL;
	}
	return region;
}

/* Stores the region and its year's new totals; on failure nothing changes. */
static int store(sp_rollup *rollup, year_entry *entry, const sp_report *report, int64_t year, const totals *next,
                 sp_error *err)
{
	year_entry *fresh = NULL;
	region_entry *region = region_entry_new(report);
	if (!region)
		goto nomem;
	if (!entry && !(entry = fresh = calloc(1, sizeof(*fresh))))
		goto nomem;
	if (sp__list_push(NULL, &entry->regions, region))
		goto nomem;
	region = NULL; /* the entry owns it now */
	if (fresh) {
		fresh->year = year;
		if (insert_year(rollup, year_position(rollup, year), fresh))
			goto nomem;
	}
	entry->totals = *next;
	return 0;
nomem:
	region_entry_free(region);
	year_entry_free(fresh);
	sp__error(err, SP_ENOMEM, "out of memory");
	return SP_ENOMEM;
}

/* Refuses a second report of one region and year, naming both sources. */
static int refuse_twice(const region_entry *known, const sp_report *report, int64_t year, sp_error *err)
{
	const char *source = sp_report_source(report);
	/* The region's name is the report's value: the sources (file names) say which reports they are. */
	const char *unnamed = _("a report not read from a file");
	sp__error(err, SP_EDUPLICATE, "the region is in the rollup for %lld already (%s); %s is the same region",
	          (long long)year, known->source ? known->source : unnamed, source ? source : unnamed);
	sp__error_locate(err, source, 0, 0, "/region");
	return SP_EDUPLICATE;
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
	const region_entry *known = find_region(entry, region, sp_region_county_code(sp_report_region(report)));
	if (known)
		return refuse_twice(known, report, year, err);
	totals next;
	if (entry)
		next = entry->totals;
	else
		memset(&next, 0, sizeof(next));
	int rc = fold_report(&next, report, year, err);
	return rc ? rc : store(rollup, entry, report, year, &next, err);
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

static const region_entry *region_at(const sp_rollup *rollup, size_t year_index, size_t region_index)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry && region_index < entry->regions.len ? entry->regions.items[region_index] : NULL;
}

SP_API const char *sp_rollup_region(const sp_rollup *rollup, size_t year_index, size_t region_index)
{
	const region_entry *region = region_at(rollup, year_index, region_index);
	return region ? region->name : NULL;
}

SP_API const char *sp_rollup_region_county_code(const sp_rollup *rollup, size_t year_index, size_t region_index)
{
	const region_entry *region = region_at(rollup, year_index, region_index);
	return region && region->county[0] ? region->county : NULL;
}

SP_API const char *sp_rollup_region_source(const sp_rollup *rollup, size_t year_index, size_t region_index)
{
	const region_entry *region = region_at(rollup, year_index, region_index);
	return region ? region->source : NULL;
}

SP_API const char *sp_rollup_region_earlier_name(const sp_rollup *rollup, size_t year_index, size_t region_index)
{
	const region_entry *region = region_at(rollup, year_index, region_index);
	for (size_t y = year_index; region && y-- > 0;) {
		const region_entry *earlier = find_region(entry_at(rollup, y), region->name,
		                                          region->county[0] ? region->county : NULL);
		if (earlier)
			return strcmp(earlier->name, region->name) ? earlier->name : NULL;
	}
	return NULL;
}

SP_API size_t sp_rollup_outputs_without_figures(const sp_rollup *rollup, size_t year_index)
{
	const year_entry *entry = entry_at(rollup, year_index);
	return entry ? entry->totals.outputs_without_figures : 0;
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
