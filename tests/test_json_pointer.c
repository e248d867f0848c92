/*
 * The one JSON-pointer builder (lib/json_pointer.c, built into this test): keys escaped per
 * RFC 6901, indexes, and a pointer cut where the buffer ends without splitting an escape or a
 * UTF-8 character.
 */
#include "internal.h"
#include "support.h"

static size_t push_key(char *buf, size_t size, size_t used, const char *key)
{
	return sp__pointer_push_key(buf, size, used, key, strlen(key));
}

START_TEST(keys_are_escaped)
{
	char buf[64];
	size_t used = push_key(buf, sizeof(buf), 0, "a/b~c");
	used = sp__pointer_push_index(buf, sizeof(buf), used, 12);
	used = push_key(buf, sizeof(buf), used, "~~//");
	used = push_key(buf, sizeof(buf), used, "");
	used = push_key(buf, sizeof(buf), used, "åäö");
	ck_assert_str_eq(buf, "/a~1b~0c/12/~0~0~1~1//åäö");
	ck_assert_uint_eq(used, strlen(buf));
}
END_TEST

START_TEST(cut_on_whole_characters_and_escapes)
{
	/* Each size from 1 up: whatever is cut, the pointer is a prefix of the whole one, ends on a
	 * character boundary and never in the middle of an escape. */
	const char *whole = "/priority_areas/3/åå~0~1x/ö";
	for (size_t size = 1; size <= strlen(whole) + 1; size++) {
		char buf[64];
		memset(buf, 'Z', sizeof(buf));
		size_t used = push_key(buf, size, 0, "priority_areas");
		used = sp__pointer_push_index(buf, size, used, 3);
		used = push_key(buf, size, used, "åå~/x");
		used = push_key(buf, size, used, "ö");
		ck_assert_uint_lt(used, size);
		ck_assert_uint_eq(used, size <= strlen(whole) ? size - 1 : strlen(buf)); /* full, or all of it */
		used = strlen(buf);
		ck_assert_int_eq(buf[size], 'Z'); /* nothing past the buffer */
		ck_assert_msg(strncmp(buf, whole, used) == 0, "size %zu: '%s' is no prefix of '%s'", size, buf, whole);
		ck_assert_msg(used == 0 || ((unsigned char)whole[used] & 0xC0) != 0x80, "size %zu: '%s' splits a character",
		              size, buf);
		ck_assert_msg(used == 0 || buf[used - 1] != '~', "size %zu: '%s' splits an escape", size, buf);
	}
}
END_TEST

int main(void)
{
	Suite *suite = suite_create("json_pointer");
	TCase *tc = tcase_create("json_pointer");
	tcase_add_test(tc, keys_are_escaped);
	tcase_add_test(tc, cut_on_whole_characters_and_escapes);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
