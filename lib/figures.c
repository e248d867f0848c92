/*
 * The figures of one report, counted in a single walk over it: FTE per
 * staffing area, decisions and kronor per support type, interventions per
 * priority area, status and service type, the question-1 trends, and the
 * outputs whose figures are only in their text.
 */
#include <stdlib.h>

#include "internal.h"
#include "serviceprogram/outputs.h"

struct sp_figures {
	int64_t fte[SP_AREA_SLOTS];
	int64_t decisions[SP_SUPPORT_SLOTS];
	int64_t kronor[SP_SUPPORT_SLOTS];
	sp_trend trend[SP_SUPPORT_SLOTS];
	size_t by_status[SP_STATUS_SLOTS];
	size_t by_service[SP_SERVICE_SLOTS];
	size_t interventions;
	size_t outputs_without_figures;
	size_t area_count;
	struct { int64_t number; size_t interventions; } per_area[]; /* one per priority area, in the report's order */
};

/* Adds `value` unless it is absent (-1); false when the sum would pass INT64_MAX. */
static bool add_amount(int64_t *sum, int64_t value)
{
	return value < 0 || sp__add_checked(sum, value);
}

/* Adds to the slot of `value` and to the total in slot 0. */
static bool add_to_slot_and_total(int64_t *sums, int slot, int64_t value)
{
	return (slot == 0 || add_amount(&sums[slot], value)) && add_amount(&sums[0], value);
}

static int too_large(sp_error *err, const sp_report *report, const void *element, const char *what)
{
	char path[256];
	sp__error(err, SP_ERANGE, "the sum of %s passes the largest 64-bit number", what);
	sp_node_path(path, sizeof(path), SP_NODE(element));
	sp__error_locate(err, sp_report_source(report), sp_node_line(SP_NODE(element)),
	                 sp_node_column(SP_NODE(element)), path);
	return SP_ERANGE;
}

/* A type given twice keeps the first trend given. */
static void note_trend(sp_figures *f, const sp_demand *demand)
{
	sp_support_type type = sp_demand_support_type(demand);
	if (type != SP_SUPPORT_UNSET && f->trend[type] == SP_TREND_UNSET)
		f->trend[type] = sp_demand_trend(demand);
}

static int add_staffing(sp_figures *f, const sp_report *report, const sp_staffing *staffing, sp_error *err)
{
	sp_work_area area = sp_staffing_area(staffing);
	for (size_t i = 0; i < sp_staffing_position_count(staffing); i++) {
		const sp_position *position = sp_staffing_position(staffing, i);
		if (!add_to_slot_and_total(f->fte, area, sp_position_fte(position)))
			return too_large(err, report, position, "FTE");
	}
	return 0;
}

/* Counts an output whose text gives figures that none of its fields holds:
 * the totals leave it out, and say so. */
static int note_figures_only_in_text(sp_figures *f, const sp_output *output, sp_error *err)
{
	const char *text = sp_output_text(output);
	if (!text || sp_output_count(output) >= 0 || sp_output_amount_sek(output) >= 0)
		return 0;
	sp_output_reading reading;
	int rc = sp_output_text_read(&reading, text, err);
	if (rc == SP_ENOMEM)
		return rc;
	f->outputs_without_figures += rc != SP_ENOTFOUND;
	return 0;
}

static int add_output(sp_figures *f, const sp_report *report, const sp_output *output, sp_error *err)
{
	sp_support_type type = sp_output_support_type(output);
	int rc = note_figures_only_in_text(f, output, err);
	if (rc || type == SP_SUPPORT_UNSET)
		return rc;
	if (!add_to_slot_and_total(f->decisions, type, sp_output_count(output)))
		return too_large(err, report, output, "decisions");
	if (!add_to_slot_and_total(f->kronor, type, sp_output_amount_sek(output)))
		return too_large(err, report, output, "kronor");
	return 0;
}

static int add_intervention(sp_figures *f, const sp_report *report, const sp_intervention *iv, sp_error *err)
{
	unsigned int services = sp_intervention_service_types(iv);
	f->interventions++;
	f->by_status[sp_intervention_status(iv)]++;
	for (int type = 1; type < SP_SERVICE_SLOTS; type++)
		f->by_service[type] += (services & SP_BIT(type)) != 0;
	for (size_t i = 0; i < sp_intervention_output_count(iv); i++) {
		int rc = add_output(f, report, sp_intervention_output(iv, i), err);
		if (rc)
			return rc;
	}
	return 0;
}

static int add_priority_area(sp_figures *f, const sp_report *report, size_t index, sp_error *err)
{
	const sp_priority_area *area = sp_report_priority_area(report, index);
	f->per_area[index].number = sp_priority_area_number(area);
	f->per_area[index].interventions = sp_priority_area_intervention_count(area);
	for (size_t i = 0; i < f->per_area[index].interventions; i++) {
		int rc = add_intervention(f, report, sp_priority_area_intervention(area, i), err);
		if (rc)
			return rc;
	}
	return 0;
}

static int walk_report(sp_figures *f, const sp_report *report, sp_error *err)
{
	int rc = 0;
	for (size_t i = 0; i < sp_report_demand_count(report); i++)
		note_trend(f, sp_report_demand(report, i));
	for (size_t i = 0; !rc && i < sp_report_staffing_count(report); i++)
		rc = add_staffing(f, report, sp_report_staffing(report, i), err);
	for (size_t i = 0; !rc && i < f->area_count; i++)
		rc = add_priority_area(f, report, i, err);
	return rc;
}

SP_API int sp_report_figures(sp_figures **out, const sp_report *report, sp_error *err)
{
	if (out)
		*out = NULL;
	if (!out || !report) {
		sp__error(err, SP_EINVAL, "figures need a report and somewhere to go");
		return SP_EINVAL;
	}
	size_t areas = sp_report_priority_area_count(report);
	sp_figures *f = calloc(1, sizeof(*f) + areas * sizeof(f->per_area[0]));
	if (!f) {
		sp__error(err, SP_ENOMEM, "out of memory");
		return SP_ENOMEM;
	}
	f->area_count = areas;
	int rc = walk_report(f, report, err);
	if (rc) {
		free(f);
		return rc;
	}
	*out = f;
	return 0;
}

SP_API void sp_figures_free(sp_figures *figures)
{
	free(figures);
}

SP_API int64_t sp_figures_fte(const sp_figures *figures, sp_work_area area)
{
	return figures && sp__in_slots(area, SP_AREA_SLOTS) ? figures->fte[area] : 0;
}

SP_API int64_t sp_figures_decisions(const sp_figures *figures, sp_support_type type)
{
	return figures && sp__in_slots(type, SP_SUPPORT_SLOTS) ? figures->decisions[type] : 0;
}

SP_API int64_t sp_figures_kronor(const sp_figures *figures, sp_support_type type)
{
	return figures && sp__in_slots(type, SP_SUPPORT_SLOTS) ? figures->kronor[type] : 0;
}

SP_API size_t sp_figures_interventions(const sp_figures *figures)
{
	return figures ? figures->interventions : 0;
}

SP_API size_t sp_figures_outputs_without_figures(const sp_figures *figures)
{
	return figures ? figures->outputs_without_figures : 0;
}

SP_API size_t sp_figures_area_interventions(const sp_figures *figures, int64_t area_number)
{
	size_t n = 0;
	for (size_t i = 0; figures && i < figures->area_count; i++)
		if (figures->per_area[i].number == area_number)
			n += figures->per_area[i].interventions;
	return n;
}

SP_API size_t sp_figures_interventions_by_status(const sp_figures *figures, sp_status status)
{
	return figures && sp__in_slots(status, SP_STATUS_SLOTS) ? figures->by_status[status] : 0;
}

SP_API size_t sp_figures_interventions_by_service(const sp_figures *figures, sp_service_type type)
{
	return figures && sp__in_slots(type, SP_SERVICE_SLOTS) ? figures->by_service[type] : 0;
}

SP_API sp_trend sp_figures_trend(const sp_figures *figures, sp_support_type type)
{
	return figures && sp__in_slots(type, SP_SUPPORT_SLOTS) ? figures->trend[type] : SP_TREND_UNSET;
}
