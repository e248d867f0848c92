#!/bin/sh
# mypy on tests/python/typing_test.py, against the package in the source tree (py.typed and the
# generated classes' annotations): the lines marked `# error` and only those must fail.
set -eu
source=$1
cd "$source"
out=$(MYPYPATH=bindings/python mypy --no-incremental --cache-dir=/dev/null --no-error-summary \
	tests/python/typing_test.py 2>&1 || true)
actual=$(echo "$out" | sed -n 's/^tests\/python\/typing_test.py:\([0-9]*\): error: .*/\1/p' | sort -n | uniq)
expected=$(grep -n '# error$' tests/python/typing_test.py | cut -d: -f1)
others=$(echo "$out" | grep -v '^tests/python/typing_test.py:' || true)
if [ "$actual" != "$expected" ] || [ -n "$others" ]; then
	echo "mypy's errors are not the expected ones (lines $(echo $expected))"
	echo "$out"
	exit 1
fi
echo "mypy finds exactly the $(echo "$expected" | wc -l) expected errors"
