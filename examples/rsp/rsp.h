/* rsp: the command-line program over libserviceprogram. Shared helpers. */
#ifndef RSP_H
#define RSP_H

#include <getopt.h>
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
	const char *synopsis; /* the arguments, for usage lines; English, translated when printed */
	const char *help;     /* what --help prints after the usage line; English, translated when printed */
	int (*run)(int argc, char **argv);
} command;

extern const command rsp_validate, rsp_convert, rsp_summary, rsp_rollup, rsp_diff, rsp_next_year, rsp_redact,
	rsp_new, rsp_fill_outputs;
/* The Word form's commands, when rsp is built with libserviceprogram-form. */
extern const command rsp_import, rsp_form;

/* Prints "rsp NAME: message" and the usage line to stderr; returns RSP_USAGE. */
int rsp_usage_error(const command *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/*
 * The next option of a subcommand's arguments, GNU style: options and files
 * may come in any order, "--" ends the options and a lone "-" is a file.
 * Returns getopt_long()'s value; '?' after printing the usage error (the
 * caller returns RSP_USAGE). After -1, argv[optind..argc-1] are the files,
 * in the order given. The only option parser of the subcommands.
 */
int rsp_next_option(const command *cmd, int argc, char **argv, const char *shortopts, const struct option *longopts);
/* True (after printing help) when argv[1..] asks for --help. */
/* Reads the options that the file commands share: --to (when `syntax` is given) and -o (when `output`
 * is), anywhere among the arguments; the files are then argv[optind] onwards. */
int rsp_file_options(const command *cmd, int argc, char **argv, sp_syntax *syntax, const char **output);
bool rsp_wants_help(const command *cmd, int argc, char **argv);

/* Prints an error as FILE:LINE:COLUMN: error: PATH: message. */
void rsp_print_error(const sp_error *err);
/* The exit status an error deserves: I/O and usage problems 2, bad data 1. */
int rsp_status_of(const sp_error *err);

/* Loads FILE ("-" is standard input); 0 or an SP_E* code with `err` filled, and `errors` (may be NULL)
 * with every error. */
int rsp_load_report(sp_report **out, const char *path, sp_load_errors *errors, sp_error *err);
/* Calls `each` for every error of a failed load: those in `errors`, or `err` when the list has none
 * (or lacks the SP_ENOMEM that ended the load). Returns how many. */
size_t rsp_for_each_load_error(const sp_load_errors *errors, const sp_error *err,
                               void (*each)(const sp_error *error, void *context), void *context);
/* Loads FILE, but on failure prints every error and returns the exit status the first deserves. */
int rsp_load(sp_report **out, const char *path);
/* Saves to PATH ("-" is standard output) in `syntax` (AUTO: from the name; YAML for "-"). */
int rsp_save(const sp_report *report, const char *path, sp_syntax syntax);
/*
 * Saves a report to be filled in: to PATH ending in .json as plain JSON,
 * else as YAML with the form's questions, the keys and examples as comments
 * (template.c), in the language of the locale (sp_language_default()). `previous`,
 * when not NULL, is the report a next year's report was made from: the
 * next-year texts of its interventions that do not continue are shown.
 */
int rsp_save_annotated(const sp_report *report, const char *path, const sp_report *previous);
/* Parses "json" or "yaml"; SP_SYNTAX_AUTO when neither. */
sp_syntax rsp_parse_syntax(const char *text);

/* "1 537 062" for kronor and counts; "0,85" for thousandths; Swedish forms for summaries. */
const char *rsp_kronor(char *buf, size_t size, int64_t value);
const char *rsp_fte(char *buf, size_t size, int64_t thousandths);
/* Prints `text` in lines of at most 100 characters, broken at spaces and at its own
 * line breaks, each line after `prefix`; when `hanging`, only the first, and the
 * others after as many spaces. */
void rsp_wrap(FILE *out, const char *prefix, bool hanging, const char *text);
/* Prints "  LABEL  VALUE" with LABEL padded to `width` characters (not bytes). */
void rsp_row(FILE *out, int width, const char *label, const char *value);

#endif
