/*
 * Replacing a file whole or not at all, without touching what the caller
 * may not touch. The rules, and why:
 *
 * - Symbolic links are followed to the name they end in, and that name is
 *   replaced (a dangling link's target is created); the links stay. A loop
 *   is refused.
 * - A name that does not lead to a regular file (a device, a pipe,
 *   /dev/stdout on a pipe) is written as it is: there is nothing to replace.
 *   A link in /proc (/dev/stdout, /dev/fd/N, /proc/self/fd/N) names a file
 *   someone opened for us (`> out`, `>> log`): it is written at its end,
 *   never replaced, so that `>> log` appends and `> out` gets the report.
 *   A socket cannot be opened by its name: one named through this process's
 *   /proc/self/fd/N (a service's standard output) is written through
 *   descriptor N itself.
 * - A file that access(W_OK) refuses (read-only, another user's) is not
 *   replaced, although its directory would allow it; nor a file with other
 *   hard links, which a rename would leave holding the old contents.
 * - The temporary file sits beside the file (a rename cannot cross file
 *   systems) under a short name of its own, so that a name of NAME_MAX
 *   bytes can be saved. When it replaces a file it is created readable by
 *   its owner only, and takes the old file's owner, group and permissions
 *   before it is renamed.
 * - While the temporary file has a name, the calling thread blocks every
 *   signal, so that SIGTERM, SIGINT or SIGXFSZ (a file-size limit) ends the
 *   process only once the file is renamed or removed: no copy of the report
 *   is left behind. A signal that another thread of the process takes,
 *   SIGKILL or a crash of the system can still leave one (.spXXXXXXXX.tmp).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "file_replace.h"
#include "internal.h"

enum { MAX_LINKS = 40 }; /* the number of links Linux follows in one lookup */

static int io_error(sp_error *err, const char *path, const char *what)
{
	sp__error(err, SP_EIO, "%s: %s", _(what), sp__strerror(errno));
	sp__error_locate(err, path, 0, 0, "");
	return SP_EIO;
}

static int out_of_memory(sp_error *err)
{
	sp__error(err, SP_ENOMEM, "out of memory");
	return SP_ENOMEM;
}

static int write_all(int fd, const char *text, size_t len)
{
	while (len) {
		ssize_t n = write(fd, text, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		text += n, len -= (size_t)n;
	}
	return 0;
}

/* The length of `path`'s directory part with its final '/'; 0 when it has none. */
static size_t directory_length(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? (size_t)(slash - path) + 1 : 0;
}

/* True when the link `name` lies in /proc: its target is an open file, not a name to replace. */
static bool in_proc(const char *name)
{
	char dir[PATH_MAX], resolved[PATH_MAX];
	size_t dir_len = directory_length(name);
	if (dir_len >= sizeof(dir))
		return false;
	memcpy(dir, name, dir_len);
	dir[dir_len] = '\0';
	return realpath(dir_len ? dir : ".", resolved) && strncmp(resolved, "/proc/", 6) == 0;
}

/* Follows the symbolic links from `path`: `*out` gets the name they end in, which need not
 * exist (yours to free); `*opened` is set when a link names an open file instead. */
static int follow_links(char **out, bool *opened, const char *path, sp_error *err)
{
	char *name = strdup(path);
	*opened = false;
	for (int links = 0; name; links++) {
		struct stat st;
		char target[PATH_MAX];
		/* A name that cannot be looked up is the one to create; why it cannot be
		 * shows when the temporary file beside it cannot be created either. */
		if (lstat(name, &st) || !S_ISLNK(st.st_mode) || (*opened = in_proc(name)))
			break;
		ssize_t n = links < MAX_LINKS ? readlink(name, target, sizeof(target) - 1) : (errno = ELOOP, -1);
		if (n < 0) {
			free(name);
			return io_error(err, path, "cannot replace the file");
		}
		target[n] = '\0';
		size_t dir_len = target[0] == '/' ? 0 : directory_length(name);
		char *next = malloc(dir_len + (size_t)n + 1);
		if (next) {
			memcpy(next, name, dir_len);
			memcpy(next + dir_len, target, (size_t)n + 1);
		}
		free(name);
		name = next;
	}
	if (!name)
		return out_of_memory(err);
	*out = name;
	return 0;
}

/* Opens `path` with `flags` and writes the text: for what is written as it is. */
static int write_in_place(const char *path, int flags, const char *text, size_t len, sp_error *err)
{
	int fd = open(path, flags | O_CLOEXEC);
	if (fd < 0)
		return io_error(err, path, "cannot open");
	int rc = write_all(fd, text, len) ? io_error(err, path, "cannot write") : 0;
	if (close(fd) && !rc)
		rc = io_error(err, path, "cannot write");
	return rc;
}

/* The descriptor that `name`, a link in /proc, stands for when it is one of this process's
 * (/proc/self/fd/N, /proc/PID/fd/N); -1 otherwise. */
static int own_descriptor(const char *name)
{
	char dir[PATH_MAX], resolved[PATH_MAX], own[32];
	size_t dir_len = directory_length(name);
	char *end;
	long fd = strtol(name + dir_len, &end, 10);
	if (dir_len >= sizeof(dir) || end == name + dir_len || *end || fd < 0 || fd > INT_MAX)
		return -1;
	memcpy(dir, name, dir_len);
	dir[dir_len] = '\0';
	snprintf(own, sizeof(own), "/proc/%ld/fd", (long)getpid());
	return realpath(dir, resolved) && strcmp(resolved, own) == 0 ? (int)fd : -1;
}

/* Writes the text to the socket `path` names, where it names one of this process's descriptors. */
static int write_to_socket(const char *path, const char *text, size_t len, sp_error *err)
{
	char *name;
	bool opened;
	int rc = follow_links(&name, &opened, path, err);
	if (rc)
		return rc;
	int fd = opened ? own_descriptor(name) : -1;
	free(name);
	if (fd < 0) {
		errno = ENXIO; /* what opening a socket by its name says */
		return io_error(err, path, "cannot open");
	}
	return write_all(fd, text, len) ? io_error(err, path, "cannot write") : 0;
}

/* Creates a new file with `mode` beside `name`; `*tmp` gets its name (yours to free; NULL
 * when out of memory). The file descriptor, or -1 with errno set. */
static int create_temporary(char **tmp, const char *name, mode_t mode)
{
	static atomic_uint calls;
	size_t dir_len = directory_length(name), size = dir_len + sizeof(".sp12345678.tmp");
	struct timespec now;
	*tmp = malloc(size);
	if (!*tmp || clock_gettime(CLOCK_REALTIME, &now))
		return -1;
	unsigned long seed = (unsigned long)now.tv_nsec ^ ((unsigned long)getpid() << 12);
	for (unsigned attempt = 0; attempt < 100; attempt++) {
		unsigned long tag = (seed + (unsigned long)atomic_fetch_add(&calls, 1) * 2654435761UL) & 0xffffffffUL;
		snprintf(*tmp, size, "%.*s.sp%08lx.tmp", (int)dir_len, name, tag);
		int fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

/* Gives the new file the old one's owner, group and permissions. Another owner, or a group
 * the process is not in, needs privileges; without them the new file keeps the process's, as
 * any file it creates. A report is not a program: set-ID bits are not carried over. */
static int take_attributes(int fd, const struct stat *old)
{
	if (fchown(fd, old->st_uid, old->st_gid) &&
	    (errno != EPERM || (fchown(fd, (uid_t)-1, old->st_gid) && errno != EPERM)))
		return -1;
	return fchmod(fd, old->st_mode & 0777);
}

/* Writes the text to a temporary file beside `name` and renames it over `name`. */
static int replace(const char *path, const char *name, const char *text, size_t len, sp_error *err)
{
	struct stat old;
	bool exists = lstat(name, &old) == 0;
	if (exists && faccessat(AT_FDCWD, name, W_OK, AT_EACCESS))
		return io_error(err, path, "cannot replace the file");
	if (exists && old.st_nlink > 1) {
		sp__error(err, SP_EIO, "cannot replace a file that has other hard links: they would keep the old contents");
		sp__error_locate(err, path, 0, 0, "");
		return SP_EIO;
	}
	/* Blocking every signal cannot fail: the arguments are valid. */
	sigset_t all, signals;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &signals);
	char *tmp;
	int rc = 0, fd = create_temporary(&tmp, name, exists ? 0600 : 0666);
	if (fd < 0) {
		rc = tmp ? io_error(err, path, "cannot create a temporary file beside it") : out_of_memory(err);
	} else {
		if (exists && take_attributes(fd, &old))
			rc = io_error(err, path, "cannot give the new file the old one's owner and permissions");
		else if (write_all(fd, text, len) || fsync(fd))
			rc = io_error(err, path, "cannot write");
		if (close(fd) && !rc)
			rc = io_error(err, path, "cannot write");
		if (!rc && rename(tmp, name))
			rc = io_error(err, path, "cannot replace the file");
		if (rc)
			unlink(tmp);
	}
	free(tmp);
	pthread_sigmask(SIG_SETMASK, &signals, NULL);
	return rc;
}

int sp__file_replace(const char *path, const char *text, size_t len, sp_error *err)
{
	struct stat st;
	bool found = stat(path, &st) == 0;
	if (found && S_ISSOCK(st.st_mode))
		return write_to_socket(path, text, len, err);
	if (found && !S_ISREG(st.st_mode))
		return write_in_place(path, O_WRONLY, text, len, err);
	if (!found && errno != ENOENT)
		return io_error(err, path, "cannot replace the file");
	char *name;
	bool opened;
	int rc = follow_links(&name, &opened, path, err);
	if (rc)
		return rc;
	rc = opened ? write_in_place(path, O_WRONLY | O_APPEND, text, len, err) : replace(path, name, text, len, err);
	free(name);
	return rc;
}
