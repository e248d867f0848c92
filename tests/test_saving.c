/*
 * Saving when the system says no: the old file stays as it was, nothing is
 * left behind, and the error says why. Each failure is made for real, in a
 * child process so that its limits and identity do not leak into the rest.
 */
#include <dirent.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support.h"

static const char old_text[] = "old: the previous version\n";

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

static void assert_unchanged(const char *path)
{
	char buf[256] = "";
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	ck_assert_str_eq(buf, old_text);
}

/* The only entry of `dir` must be `name`: no temporary file left. */
static void assert_alone(const char *dir, const char *name)
{
	DIR *d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	for (struct dirent *e; (e = readdir(d));)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			ck_assert_msg(strcmp(e->d_name, name) == 0, "left behind: %s", e->d_name);
	closedir(d);
}

/* Saves the report to `name` in `dir` in a child, after `prepare`; the child's exit status 0
 * means it saw the failure it expected. The report is loaded and the directory entered first,
 * so that the child needs no access to anything else once prepared. */
static void in_child(void (*prepare)(void), const char *dir, const char *name, const char *why)
{
	sp_report *r = load_example(EXAMPLE_YAML);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		sp_error err;
		if (chdir(dir))
			_exit(10);
		prepare();
		int rc = sp_report_save_file(r, name, NULL, &err);
		sp_report_free(r); /* the child frees what it has too: valgrind follows it */
		if (rc != SP_EIO)
			_exit(11);
		if (strcmp(err.source, name) != 0)
			_exit(12);
		_exit(strstr(err.message, why) ? 0 : 13);
	}
	sp_report_free(r);
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child ended with %d", status);
}

static void small_file_limit(void)
{
	struct rlimit limit = { 1024, 1024 };
	signal(SIGXFSZ, SIG_IGN); /* the write fails with EFBIG instead of killing us */
	setrlimit(RLIMIT_FSIZE, &limit);
}

START_TEST(a_full_disk_leaves_the_old_file)
{
	char dir[] = "/tmp/sp-save-XXXXXX", path[256];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/report.yaml", dir);
	write_file(path, old_text);
	in_child(small_file_limit, dir, "report.yaml", "File too large");
	assert_unchanged(path);
	assert_alone(dir, "report.yaml");
	unlink(path);
	rmdir(dir);
}
END_TEST

static char readonly_dir[64];

/* A directory we may not write to: root ignores modes, so root becomes nobody. */
static void lose_write_access(void)
{
	if (geteuid() == 0) {
		const struct passwd *nobody = getpwnam("nobody");
		if (!nobody || setgid(nobody->pw_gid) || setuid(nobody->pw_uid))
			_exit(20);
	}
}

START_TEST(a_read_only_directory_leaves_the_old_file)
{
	char path[256];
	strcpy(readonly_dir, "/tmp/sp-save-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(readonly_dir));
	snprintf(path, sizeof(path), "%s/report.yaml", readonly_dir);
	write_file(path, old_text);
	ck_assert_int_eq(chmod(readonly_dir, 0555), 0);
	ck_assert_int_eq(chmod(path, 0644), 0);
	in_child(lose_write_access, readonly_dir, "report.yaml", "Permission denied");
	assert_unchanged(path);
	assert_alone(readonly_dir, "report.yaml");
	chmod(readonly_dir, 0755);
	unlink(path);
	rmdir(readonly_dir);
}
END_TEST

START_TEST(links_are_followed_and_devices_written_in_place)
{
	char dir[] = "/tmp/sp-save-XXXXXX", target[256], link[256], fifo[256];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(target, sizeof(target), "%s/real.yaml", dir);
	snprintf(link, sizeof(link), "%s/link.yaml", dir);
	write_file(target, old_text);
	ck_assert_int_eq(symlink("real.yaml", link), 0);
	sp_report *r = load_example(EXAMPLE_YAML);
	sp_error err;
	ck_assert_int_eq(sp_report_save_file(r, link, NULL, &err), 0);
	struct stat st;
	ck_assert_int_eq(lstat(link, &st), 0);
	ck_assert(S_ISLNK(st.st_mode)); /* still a link */
	sp_report *back = NULL;
	ck_assert_int_eq(sp_report_load_file(&back, target, NULL, &err), 0); /* its target got the report */
	ck_assert(sp_report_equal(r, back));
	sp_report_free(back);

	/* A FIFO stays a FIFO: what is written goes through it. */
	snprintf(fifo, sizeof(fifo), "%s/pipe", dir);
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	pid_t pid = fork();
	if (pid == 0) {
		sp_report_free(r);
		FILE *f = fopen(fifo, "r");
		char buf[64] = "";
		int ok = f && fgets(buf, sizeof(buf), f) && strncmp(buf, "format: serviceprogram/1", 24) == 0;
		if (f)
			fclose(f);
		_exit(ok ? 0 : 1);
	}
	sp_save_options opts = SP_SAVE_OPTIONS_INIT;
	opts.syntax = SP_SYNTAX_YAML;
	ck_assert_int_eq(sp_report_save_file(r, fifo, &opts, &err), 0);
	int status;
	waitpid(pid, &status, 0);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ck_assert_int_eq(stat(fifo, &st), 0);
	ck_assert(S_ISFIFO(st.st_mode));
	/* /dev/null stays a device. */
	ck_assert_int_eq(sp_report_save_file(r, "/dev/null", NULL, &err), 0);
	ck_assert_int_eq(stat("/dev/null", &st), 0);
	ck_assert(S_ISCHR(st.st_mode));
	sp_report_free(r);
	unlink(fifo);
	unlink(link);
	unlink(target);
	ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

START_TEST(errors_never_show_personal_data)
{
	static const char *const documents[] = {
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2023\n"
		"contacts: [{name: Anna Berg, email: anna.berg@region.se, roles: [kontaktperson]}]\n",
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2023\n"
		"contacts: [{name: Anna Berg, email: [anna.berg@region.se]}]\n",
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2023\n"
		"contacts: [{name: Anna Berg, email: anna.berg@region.se, telefon: 070-1234567}]\n",
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2023\n"
		"contacts: [{name: Anna Berg, email: anna.berg@region.se}, {name: Anna Berg, name: Anna Berg}]\n",
		"format: serviceprogram/1\nregion: {name: X}\nyear: 2023\n"
		"staffing: [{area: coordination, positions: [{name: Anna Berg, fte: Anna Berg}]}]\n",
	};
	for (size_t i = 0; i < sizeof(documents) / sizeof(documents[0]); i++) {
		sp_report *r = NULL;
		sp_error err;
		ck_assert_int_lt(sp_report_load_buffer(&r, documents[i], strlen(documents[i]), NULL, &err), 0);
		char text[1024];
		sp_error_format(text, sizeof(text), &err);
		ck_assert_msg(!strstr(text, "Anna") && !strstr(text, "anna") && !strstr(text, "070"),
		              "personal data in: %s", text);
		ck_assert_msg(strncmp(err.path, "/contacts/", 10) == 0 || strncmp(err.path, "/staffing/", 10) == 0,
		              "no path in: %s", text);
	}
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("saving");
	TCase *tc = tcase_create("saving");
	tcase_add_test(tc, a_full_disk_leaves_the_old_file);
	tcase_add_test(tc, a_read_only_directory_leaves_the_old_file);
	tcase_add_test(tc, links_are_followed_and_devices_written_in_place);
	tcase_add_test(tc, errors_never_show_personal_data);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
