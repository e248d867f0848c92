/**
 * @file serviceprogram/enums.h
 * @brief The format's enumerations, their tokens and Swedish labels.
 *
 * Every enum starts at 1; 0 (the *_UNSET value) means "not given". A file
 * carries the English token ("increase"); the loader also accepts the
 * Swedish label ("Ökar"), case-insensitively and ignoring surrounding white
 * space. Sets of enum values (service types, contact roles) are bit masks of
 * SP_BIT(value).
 */
#ifndef SERVICEPROGRAM_ENUMS_H
#define SERVICEPROGRAM_ENUMS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The bit of `value` in a set of enum values, e.g.
 * `SP_BIT(SP_SERVICE_GROCERIES) | SP_BIT(SP_SERVICE_FUEL)`.
 */
#define SP_BIT(value) (1u << (unsigned)(value))

/** Question 1: how demand for a support type is expected to develop. */
typedef enum sp_trend {
	SP_TREND_UNSET = 0, /**< no trend given */
	SP_TREND_DECREASE,  /**< Minskar */
	SP_TREND_UNCHANGED, /**< Oförändrad */
	SP_TREND_INCREASE   /**< Ökar */
} sp_trend;

/** The kinds of support under förordning (2000:284) and related aid. */
typedef enum sp_support_type {
	SP_SUPPORT_UNSET = 0, /**< no support type given */
	SP_SUPPORT_GROCERY_INVESTMENT,        /**< Investeringar kopplat till dagligvarubutiker */
	SP_SUPPORT_FUEL_INVESTMENT,           /**< Investeringar kopplat till drivmedelsförsäljning */
	SP_SUPPORT_SERVICE_GRANT,             /**< Servicebidrag */
	SP_SUPPORT_HOME_DELIVERY_GRANT,       /**< Hemsändningsbidrag */
	SP_SUPPORT_SPECIAL_OPERATING_SUPPORT, /**< Särskilt driftstöd */
	SP_SUPPORT_INVESTMENT_GRANT,          /**< Investeringsbidrag */
	SP_SUPPORT_CORROSION_PROTECTION,      /**< Stöd till korrosionsskydd */
	SP_SUPPORT_OTHER                      /**< Annat */
} sp_support_type;

/**
 * Question 3: what the staff work on; the format's enumeration
 * `staffing_area` (#SP_ENUM_STAFFING_AREA). The C type is named apart from it
 * because sp_staffing_area() is the getter of a staffing's `area`.
 */
typedef enum sp_work_area {
	SP_AREA_UNSET = 0, /**< no staffing area given */
	SP_AREA_COORDINATION, /**< Processledning/koordinering */
	SP_AREA_CASE_HANDLING /**< Stödhandläggning */
} sp_work_area;

/** Question 4: what a contact person is the contact for. */
typedef enum sp_contact_role {
	SP_ROLE_UNSET = 0, /**< no role; never a member of a set */
	SP_ROLE_PROGRAM,         /**< Kontaktperson för RSP */
	SP_ROLE_SUPPORT_CASES,   /**< Kontaktperson för stödärenden */
	SP_ROLE_WORKSPACE_ACCESS /**< Tillgång till sharepoint/teams */
} sp_contact_role;

/** Question 6: the kinds of collaboration partner. */
typedef enum sp_actor {
	SP_ACTOR_UNSET = 0, /**< no actor given */
	SP_ACTOR_MUNICIPALITIES,    /**< Kommuner */
	SP_ACTOR_COUNTY_BOARD,      /**< Länsstyrelse */
	SP_ACTOR_REGION_OTHER,      /**< Annan del av regionens organisation */
	SP_ACTOR_BUSINESS,          /**< Näringsliv */
	SP_ACTOR_CIVIL_SOCIETY,     /**< Civilsamhälle */
	SP_ACTOR_LEADER,            /**< Leader */
	SP_ACTOR_BUSINESS_PROMOTION,/**< Företagsfrämjare */
	SP_ACTOR_OTHER              /**< Annan */
} sp_actor;

/**
 * Question 6: the step on the samverkanstrappan. The order is the one
 * regions commonly use; the library claims no official ranking.
 */
typedef enum sp_ladder_step {
	SP_LADDER_UNSET = 0, /**< no step given */
	SP_LADDER_CONVERSATION,  /**< Samtal */
	SP_LADDER_CONSULTATION,  /**< Samråd */
	SP_LADDER_SHARED_VIEW,   /**< Samsyn */
	SP_LADDER_COOPERATION,   /**< Samarbete */
	SP_LADDER_COLLABORATION, /**< Samverkan */
	SP_LADDER_JOINT_ACTION   /**< Samhandling */
} sp_ladder_step;

/** The action plan's "huvudsakligt serviceslag". */
typedef enum sp_service_type {
	SP_SERVICE_UNSET = 0, /**< no service type; never a member of a set */
	SP_SERVICE_GROCERIES,      /**< Dagligvaror */
	SP_SERVICE_FUEL,           /**< Drivmedel */
	SP_SERVICE_AGENT_SERVICES, /**< Ombud för posttjänst, betaltjänst eller apotek */
	SP_SERVICE_BROADER_CONTEXT /**< Bredare sammanhang */
} sp_service_type;

/** An intervention's status for next year's plan. */
typedef enum sp_status {
	SP_STATUS_UNSET = 0, /**< no status given */
	SP_STATUS_CONTINUING, /**< Fortsätter */
	SP_STATUS_COMPLETED   /**< Klar */
} sp_status;

/**
 * Whether stated effects are achieved or expected; the format's enumeration
 * `effects_basis` (#SP_ENUM_EFFECTS_BASIS), named apart from it because
 * sp_effects_basis() is the getter of the effects' `basis`.
 */
typedef enum sp_basis {
	SP_BASIS_UNSET = 0, /**< not said whether achieved or expected */
	SP_BASIS_ACHIEVED, /**< Uppnådda */
	SP_BASIS_EXPECTED  /**< Förväntade */
} sp_basis;

/** Names the enumerations for the functions below, e.g. sp_enum_token(). */
typedef enum sp_enum_id {
	SP_ENUM_TREND, /**< sp_trend: question 1's assessment */
	SP_ENUM_SUPPORT_TYPE, /**< sp_support_type */
	SP_ENUM_STAFFING_AREA, /**< sp_work_area: question 3 */
	SP_ENUM_CONTACT_ROLE, /**< sp_contact_role: question 4 */
	SP_ENUM_ACTOR, /**< sp_actor: question 6 */
	SP_ENUM_LADDER_STEP, /**< sp_ladder_step: question 6 */
	SP_ENUM_SERVICE_TYPE, /**< sp_service_type: the action plan */
	SP_ENUM_STATUS, /**< sp_status: an intervention's status */
	SP_ENUM_EFFECTS_BASIS, /**< sp_basis: an intervention's effects */
	SP_ENUM_COUNT /**< the number of enumerations, not one of them */
} sp_enum_id;

/**
 * The number of enumerations of the library loaded at run time: their ids
 * are 0 to sp_enum_count() - 1 (#SP_ENUM_COUNT in these headers, which an
 * older or newer library may differ from). Bindings that list every
 * enumeration ask this rather than write the number down.
 * @return the number of enumerations
 */
SP_EXTERN int sp_enum_count(void);

/**
 * The enum's name as used in the format description.
 * @param e the enumeration
 * @return its name, e.g. "support_type"; NULL for an unknown id. Borrowed, static.
 */
SP_EXTERN const char *sp_enum_name(sp_enum_id e);

/**
 * The highest value of an enumeration: its values are 1 to sp_enum_max(e).
 * @param e the enumeration
 * @return the highest value; 0 for an unknown id
 */
SP_EXTERN int sp_enum_max(sp_enum_id e);

/**
 * The token written to files.
 * @param e the enumeration
 * @param value one of its values, 1 to sp_enum_max(e)
 * @return the token, e.g. "increase"; NULL when @p value is out of range (the
 *         *_UNSET value included). Borrowed, static.
 */
SP_EXTERN const char *sp_enum_token(sp_enum_id e, int value);

/**
 * The Swedish label, as the Word form words it.
 * @param e the enumeration
 * @param value one of its values, 1 to sp_enum_max(e)
 * @return the label, e.g. "Ökar"; NULL when @p value is out of range. Borrowed, static.
 */
SP_EXTERN const char *sp_enum_label_sv(sp_enum_id e, int value);

/**
 * The value whose token or Swedish label is `text`, as the loader reads it:
 * case-insensitive (Latin, Greek and Cyrillic letters), accented letters
 * composed or not (Unicode NFC: "O" with a combining diaeresis is "Ö"),
 * surrounding white space ignored.
 * @param e the enumeration
 * @param text the token or label, e.g. "increase", " ökar "; may be NULL
 * @return the value, or 0 (the *_UNSET value) when none matches
 */
SP_EXTERN int sp_enum_parse(sp_enum_id e, const char *text);

/**
 * The value whose token or Swedish label is closest to a misspelt `text`,
 * for a "did you mean": compared as sp_enum_parse() does, by edit distance,
 * and only when the distance is small for the length of `text` (at most one
 * change in three characters), so that text that is no attempt at a value
 * (which may be a person's name typed in the wrong place) gets no suggestion.
 * @param e the enumeration
 * @param text what was written; may be NULL
 * @return the value, or 0 when none is close (or `text` is a value itself)
 */
SP_EXTERN int sp_enum_suggest(sp_enum_id e, const char *text);

#ifdef __cplusplus
}
#endif

#endif
