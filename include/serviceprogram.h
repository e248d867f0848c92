/**
 * @file serviceprogram.h
 * @brief The umbrella header: include it to get every module.
 *
 * libserviceprogram: the data model of the annual follow-up of a Swedish
 * regional service programme (regionalt serviceprogram, RSP 2022-2030),
 * with JSON and YAML as its file formats.
 *
 * Include this header to get every module:
 *  - serviceprogram/common.h: errors, version, conventions
 *  - serviceprogram/enums.h: the format's enums, tokens and Swedish labels
 *  - serviceprogram/schema.h: the format as data; generic access to any field
 *  - serviceprogram/model.h: the report and its parts, typed accessors
 *  - serviceprogram/numbers.h: decimals and amounts as text
 *  - serviceprogram/outputs.h: outputs understood from their text
 *  - serviceprogram/io.h: loading and saving JSON and YAML
 *  - serviceprogram/validate.h: checking a report, completeness for submission
 *  - serviceprogram/figures.h: a report's figures, the national rollup
 *  - serviceprogram/diff.h: year-over-year comparison
 *  - serviceprogram/transform.h: next year's skeleton, redaction, empty template
 */
#ifndef SERVICEPROGRAM_H
#define SERVICEPROGRAM_H

#include "serviceprogram/common.h"
#include "serviceprogram/enums.h"
#include "serviceprogram/schema.h"
#include "serviceprogram/model.h"
#include "serviceprogram/numbers.h"
#include "serviceprogram/outputs.h"
#include "serviceprogram/io.h"
#include "serviceprogram/validate.h"
#include "serviceprogram/figures.h"
#include "serviceprogram/diff.h"
#include "serviceprogram/transform.h"

#endif
