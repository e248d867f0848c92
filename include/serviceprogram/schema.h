/*
 * libserviceprogram: the format described as data, and generic access to
 * any element through it.
 *
 * Every element of a report (the report itself, a priority area, an
 * intervention, an output, ...) is an sp_node; the typed pointers of
 * model.h convert to it with SP_NODE(). Each node has an sp_type, whose
 * fields (key, kind, Swedish label, required or not, enum or child type)
 * are the one description of the format that loading, saving, copying,
 * comparing and error paths all follow. Bindings use these functions to
 * reach every field without tables of their own.
 */
#ifndef SERVICEPROGRAM_SCHEMA_H
#define SERVICEPROGRAM_SCHEMA_H

#include "common.h"
#include "enums.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sp_node sp_node;
typedef struct sp_type sp_type;
typedef struct sp_field sp_field;

/** Any typed model pointer (sp_report *, sp_intervention *, ...) as an sp_node *. */
#define SP_NODE(x) ((sp_node *)(x))

/** What a field holds, and so which of the functions below reach it. */
typedef enum sp_kind {
	SP_KIND_STRING,      /**< UTF-8 text: sp_node_string() */
	SP_KIND_INTEGER,     /**< non-negative 64-bit integer: sp_node_number() */
	SP_KIND_DECIMAL,     /**< non-negative decimal, three places, as thousandths: sp_node_number() */
	SP_KIND_BOOLEAN,     /**< 0 or 1: sp_node_number() */
	SP_KIND_ENUM,        /**< one value of sp_field_enum(): sp_node_number() */
	SP_KIND_ENUM_SET,    /**< a set of values as SP_BIT() mask: sp_node_number() */
	SP_KIND_STRING_LIST, /**< a list of text: sp_node_count(), sp_node_item_string() */
	SP_KIND_OBJECT,      /**< one child node, always there: sp_node_child(n, f, 0) */
	SP_KIND_LIST         /**< a list of child nodes: sp_node_count(), sp_node_child() */
} sp_kind;

/** The type of a whole report, the root of the format. Borrowed, static. */
SP_EXTERN const sp_type *sp_schema_report(void);

/** The element's name in the format description, e.g. "intervention". */
SP_EXTERN const char *sp_type_name(const sp_type *type);
/** The element's Swedish name, e.g. "Insats". */
SP_EXTERN const char *sp_type_label_sv(const sp_type *type);
/** Number of fields; they are numbered 0..count-1 in canonical key order. */
SP_EXTERN size_t sp_type_field_count(const sp_type *type);
/** Field `index`, or NULL when out of range. Borrowed, static. */
SP_EXTERN const sp_field *sp_type_field(const sp_type *type, size_t index);
/** The field with this key, or NULL. */
SP_EXTERN const sp_field *sp_type_field_by_key(const sp_type *type, const char *key);

/** The key in files, e.g. "amount_sek". */
SP_EXTERN const char *sp_field_key(const sp_field *field);
SP_EXTERN sp_kind sp_field_kind(const sp_field *field);
/** The Swedish label, e.g. "Belopp (kr)". */
SP_EXTERN const char *sp_field_label_sv(const sp_field *field);
/** 1 when a document must have this field, else 0. */
SP_EXTERN int sp_field_required(const sp_field *field);
/** The enum of an SP_KIND_ENUM or SP_KIND_ENUM_SET field, else -1. */
SP_EXTERN int sp_field_enum(const sp_field *field);
/** The child type of an SP_KIND_OBJECT or SP_KIND_LIST field, else NULL. */
SP_EXTERN const sp_type *sp_field_type(const sp_field *field);

/** The node's type. */
SP_EXTERN const sp_type *sp_node_type(const sp_node *node);
/** The node that holds this one, NULL for the report. Borrowed. */
SP_EXTERN sp_node *sp_node_parent(const sp_node *node);
/** Where the node began in the file it was loaded from (1-based), 0 when it was not loaded. */
SP_EXTERN unsigned int sp_node_line(const sp_node *node);
SP_EXTERN unsigned int sp_node_column(const sp_node *node);
/**
 * Writes the node's JSON pointer (e.g. "/priority_areas/1/interventions/0")
 * into `buf`, always NUL-terminated; returns the length it needs.
 */
SP_EXTERN int sp_node_path(char *buf, size_t size, const sp_node *node);

/**
 * Text of an SP_KIND_STRING field; NULL when absent or when `field` does
 * not belong to the node's type or is of another kind. Borrowed.
 */
SP_EXTERN const char *sp_node_string(const sp_node *node, const sp_field *field);
/**
 * Sets an SP_KIND_STRING field to a copy of `value` (checked to be UTF-8
 * without NUL); NULL removes it. Removing a required field is SP_EMISSING.
 */
SP_EXTERN int sp_node_set_string(sp_node *node, const sp_field *field, const char *value, sp_error *err);

/**
 * Value of a numeric field (see sp_kind for what the number means); -1
 * when absent, or when `field` does not belong to the node or is not numeric.
 * An absent SP_KIND_ENUM_SET reads as 0.
 */
SP_EXTERN int64_t sp_node_number(const sp_node *node, const sp_field *field);
/**
 * Sets a numeric field; -1 removes it. Out-of-range values are SP_ERANGE
 * (negative numbers, enum values past sp_enum_max, booleans other than 0/1,
 * decimals above 1 000 000.000).
 */
SP_EXTERN int sp_node_set_number(sp_node *node, const sp_field *field, int64_t value, sp_error *err);

/** Number of items of an SP_KIND_LIST or SP_KIND_STRING_LIST field, else 0. */
SP_EXTERN size_t sp_node_count(const sp_node *node, const sp_field *field);
/** Item `index` of an SP_KIND_LIST field, or the child of an SP_KIND_OBJECT field (index 0); NULL otherwise. Borrowed. */
SP_EXTERN sp_node *sp_node_child(const sp_node *node, const sp_field *field, size_t index);
/** Item `index` of an SP_KIND_STRING_LIST field, or NULL. Borrowed. */
SP_EXTERN const char *sp_node_item_string(const sp_node *node, const sp_field *field, size_t index);
/**
 * Appends a new, empty child to an SP_KIND_LIST field; `*out` (if `out`
 * is not NULL) is the child, borrowed from `node`.
 */
SP_EXTERN int sp_node_append(sp_node **out, sp_node *node, const sp_field *field, sp_error *err);
/** Appends a copy of `value` to an SP_KIND_STRING_LIST field. */
SP_EXTERN int sp_node_append_string(sp_node *node, const sp_field *field, const char *value, sp_error *err);
/** Removes item `index` of a list field (freeing it); later items move up. SP_ENOTFOUND when out of range. */
SP_EXTERN int sp_node_remove(sp_node *node, const sp_field *field, size_t index, sp_error *err);

#ifdef __cplusplus
}
#endif

#endif
