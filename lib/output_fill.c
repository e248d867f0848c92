/* Outputs' fields against their text (sp_output_text_read): comparing them,
 * and filling what the fields lack, never overwriting a figure that is there. */
#include "internal.h"
#include "serviceprogram/outputs.h"

/* Whether a field's value and the reading's agree: either may be absent. */
static bool agree(int64_t field, int64_t read, int64_t absent)
{
	return field == absent || read == absent || field == read;
}

SP_API int sp_output_text_compare(sp_output_text_match *match, sp_output_reading *reading,
                                  const sp_output *output, sp_error *err)
{
	sp_output_reading r = { SP_SUPPORT_UNSET, -1, -1 };
	if (reading)
		*reading = r;
	if (!match || !output) {
		sp__error(err, SP_EINVAL, "no output, or nowhere for the result");
		return SP_EINVAL;
	}
	const char *text = sp_output_text(output);
	int rc = text ? sp_output_text_read(&r, text, err) : SP_ENOTFOUND;
	if (rc == SP_ENOMEM)
		return rc;
	if (reading)
		*reading = r;
	sp_support_type type = sp_output_support_type(output);
	int64_t count = sp_output_count(output), amount = sp_output_amount_sek(output);
	if (rc == SP_EVALUE || rc == SP_ERANGE)
		*match = SP_OUTPUT_TEXT_UNCLEAR;
	else if (rc)
		*match = SP_OUTPUT_TEXT_NO_FIGURES;
	else if (!agree(type, r.support_type, SP_SUPPORT_UNSET) || !agree(count, r.count, -1) ||
	         !agree(amount, r.amount_sek, -1))
		*match = SP_OUTPUT_TEXT_DISAGREES;
	else if ((type == SP_SUPPORT_UNSET && r.support_type != SP_SUPPORT_UNSET) || (count < 0 && r.count >= 0) ||
	         (amount < 0 && r.amount_sek >= 0))
		*match = SP_OUTPUT_TEXT_FIELDS_LACK;
	else
		*match = SP_OUTPUT_TEXT_AGREES;
	return 0;
}

SP_API int sp_output_fill_from_text(int *filled, sp_output *output, sp_error *err)
{
	if (filled)
		*filled = 0;
	sp_output_text_match match;
	sp_output_reading r;
	int rc = sp_output_text_compare(&match, &r, output, err);
	if (rc || match != SP_OUTPUT_TEXT_FIELDS_LACK)
		return rc;
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
	for (size_t a = 0; a < sp_report_priority_area_count(report); a++) {
		sp_priority_area *area = sp_report_priority_area_mut(report, a);
		for (size_t i = 0; i < sp_priority_area_intervention_count(area); i++) {
			sp_intervention *iv = sp_priority_area_intervention_mut(area, i);
			for (size_t o = 0; o < sp_intervention_output_count(iv); o++) {
				int changed;
				int rc = sp_output_fill_from_text(&changed, sp_intervention_output_mut(iv, o), err);
				if (rc)
					return rc;
				if (filled)
					*filled += (size_t)changed;
			}
		}
	}
	return 0;
}
