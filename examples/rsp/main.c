/*
 * rsp: validate, convert, summarise, compile and compare the yearly
 * follow-ups of regional service programmes. See `rsp --help` and rsp(1).
 */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "rsp.h"

static const command *const commands[] = {
	&rsp_validate, &rsp_convert, &rsp_summary, &rsp_rollup, &rsp_diff, &rsp_next_year, &rsp_redact, &rsp_new,
	&rsp_fill_outputs,
#ifdef RSP_HAVE_FORM
	&rsp_import, &rsp_form,
#endif
};
#define COMMAND_COUNT (sizeof(commands) / sizeof(commands[0]))

static void print_usage(FILE *out)
{
	fprintf(out, _("usage: rsp COMMAND [OPTIONS] ARGS...\n\ncommands:\n"));
	for (size_t i = 0; i < COMMAND_COUNT; i++)
		fprintf(out, "  rsp %s %s\n", commands[i]->name, _(commands[i]->synopsis));
	fprintf(out, "  rsp --version\n\n%s", _("A FILE of - is standard input, an OUT of - standard output; options may "
	                                         "come before or after the files, and \"--\" ends them.\n`rsp COMMAND "
	                                         "--help` tells more. Exit status: 0 ok, 1 the data has errors, 2 usage or "
	                                         "I/O error.\n"));
}

int rsp_usage_error(const command *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "rsp %s: ", cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, _(fmt), ap);
	va_end(ap);
	fprintf(stderr, _("\nusage: rsp %s %s\n"), cmd->name, _(cmd->synopsis));
	return RSP_USAGE;
}

int rsp_next_option(const command *cmd, int argc, char **argv, const char *shortopts, const struct option *longopts)
{
	/* A leading '+' or POSIXLY_CORRECT would stop at the first file; a leading '-' would return files as
	 * options; a leading ':' tells a missing argument (':') from an unknown option ('?'). */
	char with_colon[32];
	snprintf(with_colon, sizeof(with_colon), ":%s", shortopts);
	opterr = 0;
	int c = getopt_long(argc, argv, with_colon, longopts, NULL);
	/* one message a call: xgettext takes only the first of a ?: */
	if (c == ':')
		rsp_usage_error(cmd, "option '%s' needs an argument", argv[optind - 1]);
	else if (c == '?')
		rsp_usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
	return c == ':' ? '?' : c;
}

/* Parses options that every file command shares: --to and -o. */
int rsp_file_options(const command *cmd, int argc, char **argv, sp_syntax *syntax, const char **output)
{
	static const struct option options[] = {
		{ "to", required_argument, NULL, 't' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	while ((c = rsp_next_option(cmd, argc, argv, "o:", options)) != -1) {
		if (c == 't' && syntax && (*syntax = rsp_parse_syntax(optarg)) != SP_SYNTAX_AUTO)
			continue;
		if (c == 't' && syntax)
			return rsp_usage_error(cmd, "--to wants json or yaml, not '%s'", optarg);
		if (c == 'o' && output) {
			*output = optarg;
			continue;
		}
		if (c != '?')
			rsp_usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
		return RSP_USAGE;
	}
	return RSP_OK;
}

bool rsp_wants_help(const command *cmd, int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			printf(_("usage: rsp %s %s\n\n%s\nA FILE of - is standard input, an OUT of - standard output; "
			         "options may come before or after the files, and \"--\" ends them.\nExit status: 0 ok, 1 the "
			         "data has errors, 2 usage or I/O error.\n"), cmd->name, _(cmd->synopsis), _(cmd->help));
			return true;
		}
	return false;
}

void rsp_print_error(const sp_error *err)
{
	char text[2048];
	sp_error_format(text, sizeof(text), err);
	fprintf(stderr, "%s\n", text);
}

int rsp_status_of(const sp_error *err)
{
	switch (err->code) {
	case SP_EIO:
	case SP_EINVAL:
	case SP_ENOMEM: return RSP_USAGE;
	default: return RSP_DATA_ERROR;
	}
}

int rsp_load_report(sp_report **out, const char *path, sp_load_errors *errors, sp_error *err)
{
	sp_load_options opts = SP_LOAD_OPTIONS_INIT;
	opts.errors = errors;
	if (strcmp(path, "-") == 0) {
		opts.source_name = "<stdin>";
		return sp_report_load_stream(out, stdin, &opts, err);
	}
	return sp_report_load_file(out, path, &opts, err);
}

size_t rsp_for_each_load_error(const sp_load_errors *errors, const sp_error *err,
                               void (*each)(const sp_error *error, void *context), void *context)
{
	size_t count = sp_load_errors_count(errors);
	for (size_t i = 0; i < count; i++)
		each(sp_load_errors_get(errors, i), context);
	/* Without a list (no memory for one), or when memory ran out, which the list may lack. */
	if (!count || (err->code == SP_ENOMEM && sp_load_errors_get(errors, count - 1)->code != SP_ENOMEM)) {
		each(err, context);
		count++;
	}
	return count;
}

static void print_to_stderr(const sp_error *error, void *context)
{
	(void)context;
	rsp_print_error(error);
}

int rsp_load(sp_report **out, const char *path)
{
	sp_error err;
	sp_load_errors *errors = NULL;
	(void)sp_load_errors_new(&errors); /* without a list, the first error alone */
	int rc = rsp_load_report(out, path, errors, &err);
	if (rc) {
		rsp_for_each_load_error(errors, &err, print_to_stderr, NULL);
		rc = rsp_status_of(&err);
	}
	sp_load_errors_free(errors);
	return rc;
}

int rsp_save(const sp_report *report, const char *path, sp_syntax syntax)
{
	sp_save_options opts = SP_SAVE_OPTIONS_INIT;
	sp_error err;
	int rc;
	opts.syntax = syntax;
	if (strcmp(path, "-") == 0) {
		if (syntax == SP_SYNTAX_AUTO)
			opts.syntax = SP_SYNTAX_YAML;
		rc = sp_report_save_stream(stdout, report, &opts, &err);
	} else {
		rc = sp_report_save_file(report, path, &opts, &err);
	}
	if (rc) {
		if (!err.source[0])
			snprintf(err.source, sizeof(err.source), "%s", path);
		rsp_print_error(&err);
		return RSP_USAGE;
	}
	return RSP_OK;
}

sp_syntax rsp_parse_syntax(const char *text)
{
	if (strcmp(text, "json") == 0)
		return SP_SYNTAX_JSON;
	if (strcmp(text, "yaml") == 0 || strcmp(text, "yml") == 0)
		return SP_SYNTAX_YAML;
	return SP_SYNTAX_AUTO;
}

const char *rsp_kronor(char *buf, size_t size, int64_t value)
{
	char digits[32];
	int n = snprintf(digits, sizeof(digits), "%lld", (long long)value);
	size_t used = 0;
	for (int i = 0; i < n && used + 2 < size; i++) {
		if (i > 0 && digits[i - 1] != '-' && (n - i) % 3 == 0)
			buf[used++] = ' ';
		buf[used++] = digits[i];
	}
	buf[used] = '\0';
	return buf;
}

const char *rsp_fte(char *buf, size_t size, int64_t thousandths)
{
	sp_decimal_format(buf, size, thousandths);
	char *dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
	return buf;
}

void rsp_wrap(FILE *out, const char *prefix, bool hanging, const char *text)
{
	enum { WIDTH = 100 };
	int prefix_chars = 0;
	bool first = true;
	for (const char *c = prefix; *c; c++)
		prefix_chars += ((unsigned char)*c & 0xC0) != 0x80;
	while (*text) {
		int room = WIDTH - prefix_chars, chars = 0;
		const char *end = text, *brk = NULL;
		for (; *end && *end != '\n' && (chars < room || !brk); end++) {
			if (*end == ' ')
				brk = end;
			chars += ((unsigned char)*end & 0xC0) != 0x80;
		}
		if (*end && *end != '\n' && brk)
			end = brk;
		bool indent_only = hanging && !first;
		fprintf(out, "%*s%s%.*s\n", indent_only ? prefix_chars : 0, "", indent_only ? "" : prefix,
		        (int)(end - text), text);
		text = *end ? end + 1 : end;
		first = false;
	}
}

void rsp_row(FILE *out, int width, const char *label, const char *value)
{
	int chars = 0;
	for (const char *c = label; *c; c++)
		chars += ((unsigned char)*c & 0xC0) != 0x80;
	fprintf(out, "  %s%*s %s\n", label, chars < width ? width - chars : 0, "", value);
}

/* Runs the command line; its exit status. */
static int run(int argc, char **argv)
{
	if (argc < 2) {
		print_usage(stderr);
		return RSP_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
		print_usage(stdout);
		return RSP_OK;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("rsp (libserviceprogram) %s\n", sp_version(NULL, NULL, NULL));
		return RSP_OK;
	}
	for (size_t i = 0; i < COMMAND_COUNT; i++)
		if (strcmp(argv[1], commands[i]->name) == 0) {
			if (rsp_wants_help(commands[i], argc - 1, argv + 1))
				return RSP_OK;
			return commands[i]->run(argc - 1, argv + 1);
		}
	fprintf(stderr, _("rsp: unknown command '%s'\n"), argv[1]);
	print_usage(stderr);
	return RSP_USAGE;
}

int main(int argc, char **argv)
{
	/* A file-size limit makes a write fail with EFBIG, which is reported, instead of killing rsp. */
	signal(SIGXFSZ, SIG_IGN);
	/* strerror()'s reasons in the language of rsp's own messages, as gettext chooses both from the
	 * environment (the text's characters from LC_CTYPE); numbers stay in the C locale's form. */
	setlocale(LC_MESSAGES, "");
	setlocale(LC_CTYPE, "");
	int status = run(argc, argv);
	/* Every command writes its output through stdout: whatever write failed on the way (a full
	 * disk, a closed pipe, a file-size limit) shows in its error flag or in this last flush. */
	errno = 0;
	if (fflush(stdout) || ferror(stdout) || fclose(stdout)) {
		if (errno)
			fprintf(stderr, _("rsp: cannot write standard output: %s\n"), strerror(errno));
		else
			fprintf(stderr, "%s", _("rsp: cannot write standard output\n"));
		return RSP_USAGE;
	}
	return status;
}
