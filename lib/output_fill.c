/* Outputs' fields against their text (sp_output_text_read): comparing them,
 * and filling what the fields lack, never overwriting a figure that is there. */
#include "internal.h"
#include "serviceprogram/outputs.h"

/* Whether a field's value and the reading's agree: either may be absent. */
static bool agree(int64_t field, int64_t read, int64_t absent)
{
	return field == absent || read == absent || field == read;
}

SP_API sp_output_text_match sp_output_text_compare(sp_output_reading *reading, const sp_output *output)
{
	sp_output_reading r;
	const char *text = sp_output_text(output);
	int rc = text ? sp_output_text_read(&r, text, NULL) : SP_ENOTFOUND;
	if (reading)
		*reading = rc ? (sp_output_reading){ SP_SUPPORT_UNSET, -1, -1 } : r;
	if (rc == SP_EVALUE || rc == SP_ERANGE)
		return SP_OUTPUT_TEXT_UNCLEAR;
	if (rc)
		return SP_OUTPUT_TEXT_NO_FIGURES;
	sp_support_type type = sp_output_support_type(output);
	int64_t count = sp_output_count(output), amount = sp_output_amount_sek(output);
	if (!agree(type, r.support_type, SP_SUPPORT_UNSET) || !agree(count, r.count, -1) ||
	    !agree(amount, r.amount_sek, -1))
		return SP_OUTPUT_TEXT_DISAGREES;
	if ((type == SP_SUPPORT_UNSET && r.support_type != SP_SUPPORT_UNSET) || (count < 0 && r.count >= 0) ||
	    (amount < 0 && r.amount_sek >= 0))
		return SP_OUTPUT_TEXT_FIELDS_LACK;
	return SP_OUTPUT_TEXT_AGREES;
}

SP_API int sp_output_fill_from_text(int *filled, sp_output *output, sp_error *err)
{
	if (filled)
		*filled = 0;
	if (!output) {
		sp__error(err, SP_EINVAL, "no output given");
		return SP_EINVAL;
	}
	sp_output_reading r;
	if (sp_output_text_compare(&r, output) != SP_OUTPUT_TEXT_FIELDS_LACK)
		return 0;
	/* The reading's values are valid for the fields, so the setters cannot fail. */
	if (sp_output_support_type(output) == SP_SUPPORT_UNSET && r.support_type != SP_SUPPORT_UNSET)
		sp_output_set_support_type(output, r.support_type, NULL);
	if (sp_output_count(output) < 0 && r.count >= 0)
		sp_output_set_count(output, r.count, NULL);
	if (sp_output_amount_sek(output) < 0 && r.amount_sek >= 0)
		sp_output_set_amount_sek(output, r.amount_sek, NULL);
	if (filled)
		*filled = 1;
	return 0;
}

SP_API int sp_report_fill_outputs(size_t *filled, sp_report *report, sp_error *err)
{
	if (filled)
		*filled = 0;
	if (!report) {
		sp__error(err, SP_EINVAL, "no report given");
		return SP_EINVAL;
	}
	size_t n = 0;
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		sp_priority_area *area = sp_report_priority_area(report, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			sp_intervention *iv = sp_priority_area_intervention(area, i);
			for (size_t o = 0; o < sp_intervention_output_count(iv); o++) {
				int changed;
				sp_output_fill_from_text(&changed, sp_intervention_output(iv, o), NULL);
				n += (size_t)changed;
			}
		}
	}
	if (filled)
		*filled = n;
	return 0;
}
