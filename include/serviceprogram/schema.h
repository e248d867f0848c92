/**
 * @file serviceprogram/schema.h
 * @brief The format described as data, and generic access to any element
 * through it.
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

/** Any element of a report: the report itself, a priority area, an output, ... (opaque). */
typedef struct sp_node sp_node;
/** The description of one kind of element, e.g. "intervention": its fields in order (opaque, static). */
typedef struct sp_type sp_type;
/** One field of an element type: its key, kind, label, and whether it is required (opaque, static). */
typedef struct sp_field sp_field;

/**
 * Any typed model pointer you may change (sp_report *, sp_intervention *,
 * ...) as an sp_node *; `x` is the pointer. For a const one, use SP_CONST_NODE().
 */
#define SP_NODE(x) ((sp_node *)(x))
/** Any const typed model pointer (const sp_report *, ...) as a const sp_node *; `x` is the pointer. */
#define SP_CONST_NODE(x) ((const sp_node *)(x))

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

/**
 * The type of a whole report, the root of the format.
 * @return the report's type. Borrowed, static.
 */
SP_EXTERN const sp_type *sp_schema_report(void);

/**
 * The element's name in the format description.
 * @param type the element type
 * @return its name, e.g. "intervention"; NULL when @p type is NULL. Borrowed, static.
 */
SP_EXTERN const char *sp_type_name(const sp_type *type);
/**
 * The element's Swedish name.
 * @param type the element type
 * @return its name, e.g. "Insats"; NULL when @p type is NULL. Borrowed, static.
 */
SP_EXTERN const char *sp_type_label_sv(const sp_type *type);
/**
 * Number of fields of an element type; they are numbered 0 to count - 1 in
 * canonical key order, the order in which files are written.
 * @param type the element type
 * @return the number of fields; 0 when @p type is NULL
 */
SP_EXTERN size_t sp_type_field_count(const sp_type *type);
/**
 * One field of an element type, by number.
 * @param type the element type
 * @param index 0 to sp_type_field_count() - 1
 * @return the field; NULL when @p index is out of range. Borrowed, static.
 */
SP_EXTERN const sp_field *sp_type_field(const sp_type *type, size_t index);
/**
 * One field of an element type, by key.
 * @param type the element type
 * @param key the key in files, e.g. "amount_sek"
 * @return the field; NULL when the type has no such key. Borrowed, static.
 */
SP_EXTERN const sp_field *sp_type_field_by_key(const sp_type *type, const char *key);

/**
 * The field's key in files.
 * @param field the field
 * @return the key, e.g. "amount_sek"; NULL when @p field is NULL. Borrowed, static.
 */
SP_EXTERN const char *sp_field_key(const sp_field *field);
/**
 * What the field holds, and so which accessors reach it.
 * @param field the field
 * @return its kind; #SP_KIND_STRING when @p field is NULL
 */
SP_EXTERN sp_kind sp_field_kind(const sp_field *field);
/**
 * The field's Swedish label, as the Word form words it.
 * @param field the field
 * @return the label, e.g. "Belopp (kr)"; NULL when @p field is NULL. Borrowed, static.
 */
SP_EXTERN const char *sp_field_label_sv(const sp_field *field);
/**
 * Whether a document must have this field.
 * @param field the field
 * @return 1 when the field is required, else 0
 */
SP_EXTERN int sp_field_required(const sp_field *field);
/**
 * The enumeration of an #SP_KIND_ENUM or #SP_KIND_ENUM_SET field.
 * @param field the field
 * @return an ::sp_enum_id; -1 for a field of another kind
 */
SP_EXTERN int sp_field_enum(const sp_field *field);
/**
 * The element type of an #SP_KIND_OBJECT or #SP_KIND_LIST field.
 * @param field the field
 * @return the child type; NULL for a field of another kind. Borrowed, static.
 */
SP_EXTERN const sp_type *sp_field_type(const sp_field *field);

/**
 * The node's element type.
 * @param node the node
 * @return its type; NULL when @p node is NULL. Borrowed, static.
 */
SP_EXTERN const sp_type *sp_node_type(const sp_node *node);
/**
 * The node that holds this one.
 * @param node the node
 * @return its parent; NULL for the report (and for NULL). Borrowed.
 */
SP_EXTERN const sp_node *sp_node_parent(const sp_node *node);
/**
 * As sp_node_parent(), for changing it: from a node you may change, its parent to change.
 * @param node the node
 * @return its parent; NULL for the report (and for NULL). Borrowed, to change.
 */
SP_EXTERN sp_node *sp_node_parent_mut(sp_node *node);
/**
 * The line where the node began in the file it was loaded from.
 * @param node the node
 * @return the line, 1-based; 0 when the node was not loaded from a file
 */
SP_EXTERN unsigned int sp_node_line(const sp_node *node);
/**
 * The column where the node began in the file it was loaded from.
 * @param node the node
 * @return the column, 1-based; 0 when the node was not loaded from a file
 */
SP_EXTERN unsigned int sp_node_column(const sp_node *node);
/**
 * Writes the node's JSON pointer (RFC 6901) into `buf`, like snprintf.
 * @param buf where to write, always NUL-terminated when @p size is not 0
 * @param size the size of @p buf in bytes
 * @param node the node
 * @return the length of the whole pointer, without the NUL: the pointer is
 *         e.g. "/priority_areas/1/interventions/0", and "" (0) for the report
 */
SP_EXTERN int sp_node_path(char *buf, size_t size, const sp_node *node);

/**
 * Text of an #SP_KIND_STRING field.
 * @param node the node
 * @param field one of its type's fields
 * @return the text; NULL when absent, or when @p field does not belong to
 *         the node's type or is of another kind. Borrowed.
 */
SP_EXTERN const char *sp_node_string(const sp_node *node, const sp_field *field);
/**
 * Sets an #SP_KIND_STRING field to a copy of `value`.
 * @param node the node
 * @param field one of its type's #SP_KIND_STRING fields
 * @param value UTF-8 text without NUL, copied; NULL removes the field
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EVALUE (#SP_EFORMAT for
 *         `format`) for a county code, date or format that breaks its rule;
 *         #SP_EMISSING when removing a required field; #SP_EINVAL when
 *         @p field is not such a field of the node; #SP_ENOMEM
 */
SP_EXTERN int sp_node_set_string(sp_node *node, const sp_field *field, const char *value, sp_error *err);

/**
 * Value of a numeric field: integer, decimal, boolean, enum or set (see
 * ::sp_kind for what the number means).
 * @param node the node
 * @param field one of its type's fields
 * @return the value; -1 when absent, or when @p field does not belong to the
 *         node or is not numeric. An absent #SP_KIND_ENUM_SET reads as 0.
 */
SP_EXTERN int64_t sp_node_number(const sp_node *node, const sp_field *field);
/**
 * Sets a numeric field.
 * @param node the node
 * @param field one of its type's numeric fields
 * @param value the value as sp_node_number() gives it; -1 removes the field
 *        (0 too for an #SP_KIND_ENUM)
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ERANGE for a value out of range (negative numbers, enum
 *         values past sp_enum_max(), booleans other than 0 and 1, decimals
 *         above #SP_DECIMAL_MAX, set bits of no value); #SP_EMISSING when
 *         removing a required field; #SP_EINVAL when @p field is not a
 *         numeric field of the node
 */
SP_EXTERN int sp_node_set_number(sp_node *node, const sp_field *field, int64_t value, sp_error *err);

/**
 * Number of items of a list field.
 * @param node the node
 * @param field one of its type's #SP_KIND_LIST or #SP_KIND_STRING_LIST fields
 * @return the number of items; 0 for a field of another kind
 */
SP_EXTERN size_t sp_node_count(const sp_node *node, const sp_field *field);
/**
 * Item `index` of an #SP_KIND_LIST field, or the child of an
 * #SP_KIND_OBJECT field (index 0).
 * @param node the node
 * @param field one of its type's #SP_KIND_LIST or #SP_KIND_OBJECT fields
 * @param index the item, 0 to sp_node_count() - 1; 0 for an object
 * @return the child node; NULL otherwise. Borrowed.
 */
SP_EXTERN const sp_node *sp_node_child(const sp_node *node, const sp_field *field, size_t index);
/**
 * As sp_node_child(), for changing it: from a node you may change, the child to change.
 * @param node the node
 * @param field one of its type's #SP_KIND_LIST or #SP_KIND_OBJECT fields
 * @param index the item, 0 to sp_node_count() - 1; 0 for an object
 * @return the child node; NULL otherwise. Borrowed, to change.
 */
SP_EXTERN sp_node *sp_node_child_mut(sp_node *node, const sp_field *field, size_t index);
/**
 * Item `index` of an #SP_KIND_STRING_LIST field.
 * @param node the node
 * @param field one of its type's #SP_KIND_STRING_LIST fields
 * @param index the item, 0 to sp_node_count() - 1
 * @return the text; NULL when out of range or not such a field. Borrowed.
 */
SP_EXTERN const char *sp_node_item_string(const sp_node *node, const sp_field *field, size_t index);
/**
 * Appends a new, empty child to an #SP_KIND_LIST field.
 * @param out gets the child, borrowed from @p node; may be NULL
 * @param node the node
 * @param field one of its type's #SP_KIND_LIST fields
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EINVAL when @p field is not such a field of the node; #SP_ELIMIT when
 *         the list already holds 2^32 - 1 items, the most a list can; #SP_ENOMEM
 */
SP_EXTERN int sp_node_append(sp_node **out, sp_node *node, const sp_field *field, sp_error *err);
/**
 * Appends a copy of `value` to an #SP_KIND_STRING_LIST field.
 * @param node the node
 * @param field one of its type's #SP_KIND_STRING_LIST fields
 * @param value UTF-8 text without NUL, copied
 * @param err filled on failure; may be NULL
 * @return 0; #SP_EUTF8 for invalid text; #SP_EINVAL for a NULL @p value or
 *         when @p field is not such a field of the node; #SP_ELIMIT when the list
 *         already holds 2^32 - 1 items, the most a list can; #SP_ENOMEM
 */
SP_EXTERN int sp_node_append_string(sp_node *node, const sp_field *field, const char *value, sp_error *err);
/**
 * Removes item `index` of a list field, freeing it; later items move up.
 * @param node the node
 * @param field one of its type's #SP_KIND_LIST or #SP_KIND_STRING_LIST fields
 * @param index the item, 0 to sp_node_count() - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL when
 *         @p field is not a list field of the node
 */
SP_EXTERN int sp_node_remove(sp_node *node, const sp_field *field, size_t index, sp_error *err);

/**
 * The element a JSON pointer (RFC 6901) names, below `node`: the inverse of
 * sp_node_path(), e.g. "/priority_areas/1/interventions/0" from the report.
 * `~1` in a reference token stands for '/', `~0` for '~'.
 * @param node where the pointer starts, usually the report
 * @param pointer the JSON pointer; "" is @p node itself
 * @return the element; NULL when the pointer is malformed, names no element
 *         (a missing key or index) or names a value rather than an element
 *         ("/year"). Borrowed.
 */
SP_EXTERN const sp_node *sp_node_at(const sp_node *node, const char *pointer);
/**
 * As sp_node_at(), for changing it: from a node you may change, the element to change.
 * @param node where the pointer starts, usually the report
 * @param pointer the JSON pointer; "" is @p node itself
 * @return the element; NULL as for sp_node_at(). Borrowed, to change.
 */
SP_EXTERN sp_node *sp_node_at_mut(sp_node *node, const char *pointer);

/**
 * @name Unknown keys kept on load
 * Keys the format does not know, which loading kept (#SP_UNKNOWN_KEYS_KEEP)
 * and saving writes back after the known keys. They are reached by key; the
 * value comes as JSON text whatever the file's syntax was.
 * @{
 */
/**
 * Number of unknown keys kept at a node.
 * @param node the node
 * @return how many; 0 for NULL
 */
SP_EXTERN size_t sp_node_unknown_count(const sp_node *node);
/**
 * One of the unknown keys kept at a node, in the order the file had them.
 * @param out gets the key, yours to free with sp_free(); NULL on failure
 * @param node the node
 * @param index 0 to sp_node_unknown_count() - 1
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when @p index is out of range; #SP_EINVAL for a
 *         NULL @p out or @p node; #SP_ENOMEM
 */
SP_EXTERN int sp_node_unknown_key(char **out, const sp_node *node, size_t index, sp_error *err);
/**
 * The value of a kept unknown key, as compact JSON text (e.g. `{"a":[1,2]}`,
 * `"text"`, `1.5`).
 * @param out gets the text, NUL-terminated, yours to free with sp_free(); NULL on failure
 * @param node the node
 * @param key the unknown key
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when no such key was kept at @p node; #SP_EINVAL
 *         for a NULL argument; #SP_ENOMEM
 */
SP_EXTERN int sp_node_unknown_value(char **out, const sp_node *node, const char *key, sp_error *err);
/**
 * Removes a kept unknown key, so that saving no longer writes it.
 * @param node the node
 * @param key the unknown key
 * @param err filled on failure; may be NULL
 * @return 0; #SP_ENOTFOUND when no such key was kept at @p node; #SP_EINVAL for a NULL argument
 */
SP_EXTERN int sp_node_remove_unknown(sp_node *node, const char *key, sp_error *err);
/** @} */

#ifdef __cplusplus
}
#endif

#endif
