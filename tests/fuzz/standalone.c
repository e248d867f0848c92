/*
 * main() for a fuzz harness built without libFuzzer: runs
 * LLVMFuzzerTestOneInput once over each file named on the command line,
 * and over each file of each folder named (in name order, not descending
 * into subfolders, skipping names that begin with '.'). A harness that
 * finds a fault abort()s, so the test fails; the last "running" line
 * printed names the input.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t ran;

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return 1;
	}
	size_t cap = 4096, len = 0;
	uint8_t *data = malloc(cap);
	for (size_t n; data && (n = fread(data + len, 1, cap - len, f)) > 0;) {
		len += n;
		if (len == cap) {
			uint8_t *bigger = realloc(data, cap *= 2);
			if (!bigger)
				free(data);
			data = bigger;
		}
	}
	int failed = ferror(f) || !data;
	fclose(f);
	if (failed) {
		fprintf(stderr, "%s: cannot read\n", path);
		free(data);
		return 1;
	}
	printf("running %s (%zu bytes)\n", path, len);
	fflush(stdout);
	/* An exact-size copy, so that AddressSanitizer sees a read past the end. */
	uint8_t *exact = malloc(len ? len : 1);
	if (!exact) {
		free(data);
		return 1;
	}
	if (len)
		memcpy(exact, data, len);
	free(data);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	ran++;
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *path)
{
	DIR *dir = opendir(path);
	if (!dir) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return 1;
	}
	char **names = NULL;
	size_t count = 0, cap = 0;
	int failed = 0;
	for (struct dirent *e; (e = readdir(dir));) {
		if (e->d_name[0] == '.')
			continue;
		if (count == cap) {
			char **bigger = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof(*names));
			if (!bigger) {
				failed = 1;
				break;
			}
			names = bigger;
		}
		size_t size = strlen(path) + strlen(e->d_name) + 2;
		if (!(names[count] = malloc(size))) {
			failed = 1;
			break;
		}
		snprintf(names[count++], size, "%s/%s", path, e->d_name);
	}
	closedir(dir);
	if (count)
		qsort(names, count, sizeof(*names), by_name);
	for (size_t i = 0; i < count; i++) {
		struct stat st;
		if (!failed && stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
			failed |= run_file(names[i]);
		free(names[i]);
	}
	free(names);
	return failed;
}

int main(int argc, char **argv)
{
	int failed = 0;
	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE-OR-FOLDER...\n", argv[0]);
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "%s: %s\n", argv[i], strerror(errno));
			failed = 1;
		} else {
			failed |= S_ISDIR(st.st_mode) ? run_dir(argv[i]) : run_file(argv[i]);
		}
	}
	/* Each input either ran through or aborted the program. */
	printf("%zu passed, %d failed\n", ran, failed);
	return failed || ran == 0;
}
