#!/bin/sh
# bindings/python/serviceprogram/_generated.py is committed (so the package works from the source tree
# and from pip without a build step) and must be exactly what the generator writes from the library.
set -eu
python=$1 generator=$2 committed=$3 library=$4
expected=$(mktemp)
trap 'rm -f "$expected"' EXIT
SERVICEPROGRAM_LIBRARY="$library" PYTHONDONTWRITEBYTECODE=1 "$python" "$generator" > "$expected"
if ! diff -u "$committed" "$expected"; then
	echo "bindings/python/serviceprogram/_generated.py differs from the library's schema; regenerate it:"
	echo "  SERVICEPROGRAM_LIBRARY=build/lib/libserviceprogram.so.0 python3 bindings/python/generate_classes.py > bindings/python/serviceprogram/_generated.py"
	exit 1
fi
