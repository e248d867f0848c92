#!/bin/sh
# The README's format reference must be exactly what the library's schema prints.
set -eu
program=$1 readme=$2
expected=$(mktemp) actual=$(mktemp)
trap 'rm -f "$expected" "$actual"' EXIT
"$program" > "$expected"
sed -n '/<!-- format-reference:begin -->/,/<!-- format-reference:end -->/p' "$readme" | sed '1d;$d' > "$actual"
if ! diff -u "$actual" "$expected"; then
	echo "README.md's format reference differs from the schema; regenerate it with examples/format-reference"
	exit 1
fi
