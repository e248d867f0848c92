/**
 * @file serviceprogram/outputs.h
 * @brief Outputs (prestationer) understood from their text.
 *
 * Regions write an output as a line of text, "Hemsändning 8 st 1 537 062 kr",
 * and the figures count only what is in the output's fields (support type,
 * count, kronor). This module reads such a text the way regions write it,
 * so that the fields can be filled from it and checked against it.
 *
 * What the reader understands:
 *  - a support type by its Swedish label ("Servicebidrag"), by a common
 *    short name ("Hemsändning", "Driftstöd", "Korrosionsskydd") or with a
 *    common misspelling ("Korrosionskydd"), in any case, with or without
 *    Swedish letters ("Hemsandning");
 *  - a count: a whole number followed by "st", "st.", "stycken", "beslut",
 *    "ärenden", "bidrag" or "stöd" ("7st", "24 beslut"), or a number after
 *    "Antal …:" ("Antal fysiska företagsbesök: 22");
 *  - an amount: a number followed by "kr", "kronor", "SEK" or ":-", by
 *    "tkr" (thousands) or by "mkr", "Mkr", "MSEK", "miljoner kronor"
 *    (millions), with spaces, no-break spaces or points between thousands
 *    and a decimal comma ("6,48 mkr" is 6 480 000 kr);
 *  - bullets, dashes and colons around all of these.
 * Numbers without such a unit (years, "4 fysiska möten") are not figures.
 */
#ifndef SERVICEPROGRAM_OUTPUTS_H
#define SERVICEPROGRAM_OUTPUTS_H

#include "common.h"
#include "enums.h"
#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What an output's text says in figures. */
typedef struct sp_output_reading {
	sp_support_type support_type; /**< #SP_SUPPORT_UNSET when the text names none */
	int64_t count;                /**< the number of decisions or items; -1 when the text gives none */
	int64_t amount_sek;           /**< whole kronor; -1 when the text gives none */
} sp_output_reading;

/**
 * Reads an output's text into support type, count and amount.
 * @param out gets the reading; on failure every field is unset
 *        (#SP_SUPPORT_UNSET, -1, -1)
 * @param text the output's text, UTF-8
 * @param err filled on failure; may be NULL
 * @return 0 when the text gives a count or an amount (a support type alone
 *         is not a figure); #SP_ENOTFOUND when it gives neither;
 *         #SP_EVALUE when it cannot be read without guessing: two different
 *         counts, amounts or support types, or an amount that is not whole
 *         kronor; #SP_ERANGE for a number past 64 bits; #SP_EINVAL for a NULL
 *         @p out or @p text; #SP_ENOMEM (only for a text of 512 bytes or more)
 */
SP_EXTERN int sp_output_text_read(sp_output_reading *out, const char *text, sp_error *err);

/** How an output's fields compare with what its text gives (sp_output_text_compare()). */
typedef enum sp_output_text_match {
	SP_OUTPUT_TEXT_NO_FIGURES = 0, /**< no text, or a text that gives no count and no amount */
	SP_OUTPUT_TEXT_AGREES,         /**< the fields hold every figure the text gives, and the same */
	SP_OUTPUT_TEXT_FIELDS_LACK,    /**< the text gives a figure (or support type) that a field lacks; none differs */
	SP_OUTPUT_TEXT_DISAGREES,      /**< a field holds another figure or support type than the text gives */
	SP_OUTPUT_TEXT_UNCLEAR         /**< the text gives figures that cannot be read without guessing */
} sp_output_text_match;

/**
 * Compares an output's fields with what sp_output_text_read() reads from its text.
 * @param match gets how they compare
 * @param reading gets the reading when there is one (otherwise every field unset); may be NULL
 * @param output the output
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p match or @p output; #SP_ENOMEM
 */
SP_EXTERN int sp_output_text_compare(sp_output_text_match *match, sp_output_reading *reading,
                                     const sp_output *output, sp_error *err);

/**
 * Fills an output's absent support type, count and amount from its text,
 * where sp_output_text_compare() says #SP_OUTPUT_TEXT_FIELDS_LACK: the text
 * can be read and every figure it gives agrees with what the fields already
 * hold. Fields that are set are never changed.
 * @param filled gets 1 when a field was filled, 0 when the output was left
 *        as it was; may be NULL
 * @param output the output
 * @param err filled on failure; may be NULL
 * @return 0 also when nothing could be filled; #SP_EINVAL for a NULL @p output; #SP_ENOMEM
 */
SP_EXTERN int sp_output_fill_from_text(int *filled, sp_output *output, sp_error *err);

/**
 * Fills every output of a report as sp_output_fill_from_text() does.
 * sp_report_validate() then lists, as warnings, the outputs that were left alone
 * because their text could not be read without guessing or disagrees with
 * their fields.
 * @param filled gets the number of outputs that were changed; may be NULL
 * @param report the report
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL for a NULL @p report; #SP_ENOMEM, when the outputs
 *         before the one that failed are filled and the rest are not
 */
SP_EXTERN int sp_report_fill_outputs(size_t *filled, sp_report *report, sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
