/*
 * Given to cppcheck with --include: cppcheck does not read the system
 * headers (slow, and noisy with glibc's), so the macros from jansson.h that
 * shape control flow are spelled out here, as jansson 2.14 defines them.
 * Without them cppcheck takes `json_object_foreach(...) { ... }` for a call
 * and reports a missing return (lib/save.c).
 */
#define json_object_foreach(object, key, value) \
	for (key = json_object_iter_key(json_object_iter(object)); \
	     key && (value = json_object_iter_value(json_object_key_to_iter(key))); \
	     key = json_object_iter_key(json_object_iter_next(object, json_object_key_to_iter(key))))
#define json_array_foreach(array, index, value) \
	for (index = 0; index < json_array_size(array) && (value = json_array_get(array, index)); index++)
