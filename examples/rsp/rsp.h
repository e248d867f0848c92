/* rsp: the command-line program over libserviceprogram. Shared helpers. */
#ifndef RSP_H
#define RSP_H

#include <stdbool.h>
#include <stdio.h>

#include <serviceprogram.h>

/* The messages a person reads, in the language of the locale, from the library's catalogue
 * (po/sv.po): _() translates, N_() only marks a text translated where it is used. */
#define _(english) sp_translate(SP_LANGUAGE_DEFAULT, english) /* NOLINT(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp): gettext's name, which xgettext knows */
#define N_(english) english

/* Exit statuses, the same for every subcommand. */
enum { RSP_OK = 0, RSP_DATA_ERROR = 1, RSP_USAGE = 2 };

typedef struct command {
	const char *name;
	const char *synopsis; /* the arguments, for usage lines */
	const char *help;     /* what --help prints after the usage line; English, translated when printed */
	int (*run)(int argc, char **argv);
} command;

extern const command rsp_validate, rsp_convert, rsp_summary, rsp_rollup, rsp_diff, rsp_next_year, rsp_redact,
	rsp_new, rsp_fill_outputs;

/* Prints "rsp NAME: message" and the usage line to stderr; returns RSP_USAGE. */
int rsp_usage_error(const command *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The usage error for getopt_long's answer `c` ('?' or ':'; the option strings start with ':'). */
int rsp_option_error(const command *cmd, int c, char **argv);
/* True (after printing help) when argv[1..] asks for --help. */
bool rsp_wants_help(const command *cmd, int argc, char **argv);

/* Prints an error as FILE:LINE:COLUMN: error: PATH: message. */
void rsp_print_error(const sp_error *err);
/* The exit status an error deserves: I/O and usage problems 2, bad data 1. */
int rsp_status_of(const sp_error *err);

/* Loads FILE ("-" is standard input); 0 or an SP_E* code with `err` filled. */
int rsp_load_report(sp_report **out, const char *path, sp_error *err);
/* The same, but on failure prints the error and returns the exit status it deserves. */
int rsp_load(sp_report **out, const char *path);
/* Saves to PATH ("-" is standard output) in `syntax` (AUTO: from the name; YAML for "-"). */
int rsp_save(const sp_report *report, const char *path, sp_syntax syntax);
/* Parses "json" or "yaml"; SP_SYNTAX_AUTO when neither. */
sp_syntax rsp_parse_syntax(const char *text);

/* "1 537 062" for kronor and counts; "0,85" for thousandths; Swedish forms for summaries. */
const char *rsp_kronor(char *buf, size_t size, int64_t value);
const char *rsp_fte(char *buf, size_t size, int64_t thousandths);
/* Prints "  LABEL  VALUE" with LABEL padded to `width` characters (not bytes). */
void rsp_row(FILE *out, int width, const char *label, const char *value);

#endif
