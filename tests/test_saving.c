/*
 * Saving when the system says no: the old file stays as it was, nothing is
 * left behind, and the error says why. Each failure is made for real, in a
 * child process so that its limits and identity do not leak into the rest.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <stdbool.h>
#include <sys/wait.h>
#include <time.h>
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

/* Becomes nobody when root, whom modes do not stop (access() says yes to every file). */
static void become_nobody(void)
{
	const struct passwd *nobody = getpwnam("nobody");
	if (geteuid() == 0 && (!nobody || setgroups(0, NULL) || setgid(nobody->pw_gid) || setuid(nobody->pw_uid)))
		_exit(20);
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
	in_child(become_nobody, readonly_dir, "report.yaml", "Permission denied");
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

/* The library's fchmod is this one (an executable's symbols come first): it notes the
 * permissions the temporary file was created with, and fails when asked to. */
static mode_t mode_before_fchmod;
static bool fchmod_fails;

int fchmod(int fd, mode_t mode)
{
	struct stat st;
	mode_before_fchmod = fstat(fd, &st) == 0 ? st.st_mode & 07777 : 07777;
	if (fchmod_fails) {
		errno = EIO;
		return -1;
	}
	return (int)syscall(SYS_fchmod, fd, mode);
}

/* A new directory under /tmp, in `dir` (at least 32 bytes), with the old text in `name` there,
 * whose path `path` (256 bytes) gets. */
static void make_old_file(char *dir, char *path, const char *name)
{
	strcpy(dir, "/tmp/sp-save-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, 256, "%s/%s", dir, name);
	write_file(path, old_text);
}

static void remove_all(const char *dir)
{
	DIR *d = opendir(dir);
	char path[512];
	ck_assert_ptr_nonnull(d);
	for (struct dirent *e; (e = readdir(d));)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
			ck_assert_int_eq(unlink(path), 0);
		}
	closedir(d);
	ck_assert_int_eq(rmdir(dir), 0);
}

/* Saves the example to `path`; the result, with `why` in the message on failure. */
static int save_example(const char *path, const char *why)
{
	sp_report *r = load_example(EXAMPLE_YAML);
	sp_error err;
	int rc = sp_report_save_file(r, path, NULL, &err);
	sp_report_free(r);
	if (rc)
		ck_assert_msg(strstr(err.message, why) && strcmp(err.source, path) == 0, "%s: %s", err.source,
		              err.message);
	return rc;
}

static void assert_holds_the_example(const char *path)
{
	sp_report *r = load_example(EXAMPLE_YAML), *back = NULL;
	sp_error err;
	ck_assert_msg(sp_report_load_file(&back, path, NULL, &err) == 0, "%s: %s", path, err.message);
	ck_assert(sp_report_equal(r, back));
	sp_report_free(back);
	sp_report_free(r);
}

/* Makes `name` in `dir` a symbolic link to `target`; `path` (256 bytes) gets its path. */
static void make_link(char *path, const char *dir, const char *name, const char *target)
{
	snprintf(path, 256, "%s/%s", dir, name);
	ck_assert_int_eq(symlink(target, path), 0);
}

static void assert_a_link(const char *path)
{
	struct stat st;
	ck_assert_int_eq(lstat(path, &st), 0);
	ck_assert_msg(S_ISLNK(st.st_mode), "%s is no longer a link", path);
}

START_TEST(a_dangling_link_gets_its_target_created)
{
	char dir[32], path[256], link[256];
	make_old_file(dir, path, "old.yaml");
	make_link(link, dir, "link.yaml", "target.yaml");
	ck_assert_int_eq(save_example(link, ""), 0);
	assert_a_link(link);
	snprintf(path, sizeof(path), "%s/target.yaml", dir);
	assert_holds_the_example(path);
	remove_all(dir);
}
END_TEST

START_TEST(a_loop_of_links_is_refused)
{
	char dir[32], path[256], a[256], b[256];
	make_old_file(dir, path, "old.yaml");
	make_link(a, dir, "a.yaml", "b.yaml");
	make_link(b, dir, "b.yaml", "a.yaml");
	ck_assert_int_eq(save_example(a, "symbolic links"), SP_EIO);
	assert_a_link(a);
	assert_a_link(b);
	remove_all(dir);
}
END_TEST

/* /dev/stdout, /dev/fd/N and /proc/self/fd/N name what is open: a pipe or a socket (a service's
 * standard output) gets the report, a file opened for appending gets it at its end, and none of
 * them is replaced. */
START_TEST(open_files_are_written_as_they_are)
{
	static const char *const names[] = { "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1" };
	for (size_t i = 0; i < 2 * sizeof(names) / sizeof(names[0]); i++) {
		const char *name = names[i / 2];
		bool socket = i % 2;
		int fds[2];
		ck_assert_int_eq(socket ? socketpair(AF_UNIX, SOCK_STREAM, 0, fds) : pipe(fds), 0);
		pid_t pid = fork();
		ck_assert_int_ge(pid, 0);
		if (pid == 0) {
			close(fds[0]);
			if (dup2(fds[1], 1) < 0)
				_exit(10);
			_exit(save_example(name, "") ? 11 : 0);
		}
		close(fds[1]);
		char buf[64] = "";
		FILE *f = fdopen(fds[0], "r");
		ck_assert_ptr_nonnull(f);
		ck_assert_msg(fgets(buf, sizeof(buf), f) && strncmp(buf, "format: serviceprogram/1", 24) == 0,
		              "%s (%s) gave '%s'", name, socket ? "socket" : "pipe", buf);
		fclose(f);
		int status;
		ck_assert_int_eq(waitpid(pid, &status, 0), pid);
		ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "%s (%s): the child ended with %d", name,
		              socket ? "socket" : "pipe", status);
	}
	assert_a_link("/dev/stdout");

	struct stat st;
	char dir[32], path[256], name[64];
	make_old_file(dir, path, "log");
	int fd = open(path, O_WRONLY | O_APPEND);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(fstat(fd, &st), 0);
	snprintf(name, sizeof(name), "/proc/self/fd/%d", fd);
	ck_assert_int_eq(save_example(name, ""), 0);
	close(fd);
	struct stat after;
	ck_assert_int_eq(stat(path, &after), 0);
	ck_assert(after.st_ino == st.st_ino); /* the same file, not a new one */
	char text[64] = "";
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(fgets(text, sizeof(text), f));
	ck_assert_str_eq(text, old_text);
	ck_assert_ptr_nonnull(fgets(text, sizeof(text), f));
	ck_assert_str_eq(text, "format: serviceprogram/1\n");
	fclose(f);
	remove_all(dir);
}
END_TEST

START_TEST(files_the_caller_may_not_write_are_not_replaced)
{
	char shared_dir[32], path[256];
	make_old_file(shared_dir, path, "report.yaml");
	ck_assert_int_eq(chmod(shared_dir, 0777), 0);
	const struct passwd *nobody = getpwnam("nobody");
	ck_assert_ptr_nonnull(nobody);
	/* Read-only, and the caller's own. */
	if (geteuid() == 0)
		ck_assert_int_eq(chown(path, nobody->pw_uid, nobody->pw_gid), 0);
	ck_assert_int_eq(chmod(path, 0444), 0);
	in_child(become_nobody, shared_dir, "report.yaml", "cannot replace the file: Permission denied");
	assert_unchanged(path);
	assert_alone(shared_dir, "report.yaml");
	/* Writable by its owner only, and that is not the caller; only root can make such a file. */
	if (geteuid() == 0) {
		ck_assert_int_eq(chown(path, 0, 0), 0);
		ck_assert_int_eq(chmod(path, 0644), 0);
		in_child(become_nobody, shared_dir, "report.yaml", "cannot replace the file: Permission denied");
		assert_unchanged(path);
		assert_alone(shared_dir, "report.yaml");
	}
	remove_all(shared_dir);
}
END_TEST

/* A link into a folder the caller may not search is refused: the link stays a link. */
START_TEST(a_link_into_a_folder_the_caller_cannot_search_is_refused)
{
	char dir[32], path[256], link[256], folder[256];
	make_old_file(dir, path, "report.yaml");
	ck_assert_int_eq(chmod(dir, 0777), 0);
	snprintf(folder, sizeof(folder), "%s/private", dir);
	ck_assert_int_eq(mkdir(folder, 0), 0);
	make_link(link, dir, "link.yaml", "private/report.yaml");
	in_child(become_nobody, dir, "link.yaml", "Permission denied");
	assert_a_link(link);
	ck_assert_int_eq(rmdir(folder), 0);
	remove_all(dir);
}
END_TEST

START_TEST(owner_group_and_permissions_are_kept)
{
	char dir[32], path[256];
	make_old_file(dir, path, "report.yaml");
	uid_t uid = geteuid();
	gid_t gid = getegid();
	if (uid == 0) { /* root can keep another user's ownership, and must */
		const struct passwd *nobody = getpwnam("nobody");
		ck_assert_ptr_nonnull(nobody);
		uid = nobody->pw_uid;
		gid = nobody->pw_gid;
		ck_assert_int_eq(chown(path, uid, gid), 0);
	}
	ck_assert_int_eq(chmod(path, 0640), 0);
	ck_assert_int_eq(save_example(path, ""), 0);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_uid, uid);
	ck_assert_int_eq(st.st_gid, gid);
	ck_assert_int_eq(st.st_mode & 07777, 0640);
	assert_holds_the_example(path);
	remove_all(dir);
}
END_TEST

/* The temporary file that replaces a private file is never readable by others, not even
 * before it is given the old file's permissions; and when it cannot be given them, the
 * save fails. */
START_TEST(the_temporary_file_is_private_from_the_start)
{
	char dir[32], path[256];
	make_old_file(dir, path, "report.yaml");
	ck_assert_int_eq(chmod(path, 0600), 0);
	umask(0);
	ck_assert_int_eq(save_example(path, ""), 0);
	ck_assert_msg((mode_before_fchmod & 077) == 0, "created with %o", (unsigned)mode_before_fchmod);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0600);

	write_file(path, old_text);
	fchmod_fails = true;
	ck_assert_int_eq(save_example(path, "Input/output error"), SP_EIO);
	fchmod_fails = false;
	assert_unchanged(path);
	assert_alone(dir, "report.yaml");
	remove_all(dir);
}
END_TEST

START_TEST(hard_links_are_not_split)
{
	char dir[32], path[256], other[256];
	make_old_file(dir, path, "report.yaml");
	snprintf(other, sizeof(other), "%s/other.yaml", dir);
	ck_assert_int_eq(link(path, other), 0);
	ck_assert_int_eq(save_example(path, "hard links"), SP_EIO);
	assert_unchanged(path);
	assert_unchanged(other);
	remove_all(dir);
}
END_TEST

START_TEST(a_name_of_255_bytes_can_be_saved)
{
	char dir[32], path[512], name[256];
	make_old_file(dir, path, "old.yaml");
	memset(name, 'a', 250);
	strcpy(name + 250, ".yaml");
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	ck_assert_int_eq(save_example(path, ""), 0);
	assert_holds_the_example(path);
	remove_all(dir);
}
END_TEST

START_TEST(an_empty_name_is_refused)
{
	sp_report *r = load_example(EXAMPLE_YAML);
	sp_error err;
	ck_assert_int_eq(sp_report_save_file(r, "", NULL, &err), SP_EINVAL);
	ck_assert_str_eq(err.message, "no file name to save to");
	sp_report_free(r);
}
END_TEST

/* A file-size limit that kills (SIGXFSZ's default), or SIGTERM at any moment of saving again
 * and again, leaves the file old or new, and no copy of the report beside it. */
static void save_until_killed(const char *dir, int signal_number, long delay_ns)
{
	sp_report *r = load_example(EXAMPLE_YAML);
	int ready[2];
	ck_assert_int_eq(pipe(ready), 0);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		sp_error err;
		struct rlimit limit = { 1024, 1024 };
		/* Check's own handlers would pass the signal on to the whole process group. */
		if (chdir(dir) || signal(signal_number, SIG_DFL) == SIG_ERR ||
		    (signal_number == SIGXFSZ && setrlimit(RLIMIT_FSIZE, &limit)) || write(ready[1], "", 1) != 1)
			_exit(10);
		for (;;) /* until the limit, or the parent's signal, ends it */
			sp_report_save_file(r, "report.yaml", NULL, &err);
	}
	sp_report_free(r);
	char byte;
	ck_assert_int_eq(read(ready[0], &byte, 1), 1);
	close(ready[0]);
	close(ready[1]);
	if (signal_number != SIGXFSZ) {
		struct timespec wait = { 0, delay_ns };
		nanosleep(&wait, NULL);
		kill(pid, signal_number);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == signal_number, "the child ended with %d", status);
	assert_alone(dir, "report.yaml");
}

START_TEST(signals_leave_no_copy_behind)
{
	char dir[32], path[256];
	make_old_file(dir, path, "report.yaml");
	save_until_killed(dir, SIGXFSZ, 0);
	assert_unchanged(path);
	for (long delay_ns = 0; delay_ns < 20000000; delay_ns += 700000) {
		save_until_killed(dir, SIGTERM, delay_ns);
		save_until_killed(dir, SIGINT, delay_ns);
	}
	remove_all(dir);
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
	tcase_add_test(tc, a_dangling_link_gets_its_target_created);
	tcase_add_test(tc, a_loop_of_links_is_refused);
	tcase_add_test(tc, open_files_are_written_as_they_are);
	tcase_add_test(tc, files_the_caller_may_not_write_are_not_replaced);
	tcase_add_test(tc, a_link_into_a_folder_the_caller_cannot_search_is_refused);
	tcase_add_test(tc, owner_group_and_permissions_are_kept);
	tcase_add_test(tc, the_temporary_file_is_private_from_the_start);
	tcase_add_test(tc, hard_links_are_not_split);
	tcase_add_test(tc, a_name_of_255_bytes_can_be_saved);
	tcase_add_test(tc, an_empty_name_is_refused);
	tcase_add_test(tc, signals_leave_no_copy_behind);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
