#!/bin/sh
# The library's exported symbols must be exactly those listed in
# lib/libserviceprogram.symbols (one per line, sorted in the C locale), and
# all of them public API (sp_*, never the internal sp__*). Adding or removing
# an exported function changes the ABI: this test fails until the list is
# updated on purpose.
#
#   symbols_test.sh LIBRARY SYMBOLS-FILE
set -eu
lib=$1 list=$2
actual=$(mktemp) listed=$(mktemp)
trap 'rm -f "$actual" "$listed"' EXIT

# Dynamic symbols the library defines, without symbol versions.
nm -D --defined-only "$lib" | awk 'NF >= 3 { sub(/@.*/, "", $3); print $3 }' | LC_ALL=C sort -u > "$actual"
test -s "$actual" || { echo "no exported symbols found in $lib"; exit 1; }

status=0
bad=$(grep -v '^sp_' "$actual" || true)
if [ -n "$bad" ]; then
	echo "exported symbols that are not sp_* (mark only public API SP_EXTERN / SP_API):"
	echo "$bad" | sed 's/^/  /'
	status=1
fi
internal=$(grep '^sp__' "$actual" || true)
if [ -n "$internal" ]; then
	echo "internal sp__* symbols are exported:"
	echo "$internal" | sed 's/^/  /'
	status=1
fi

if ! LC_ALL=C sort -c "$list" 2>/dev/null || [ -n "$(LC_ALL=C sort "$list" | uniq -d)" ]; then
	echo "$list is not sorted (LC_ALL=C sort) or has a name twice"
	status=1
fi

LC_ALL=C sort -u "$list" > "$listed"
added=$(LC_ALL=C comm -13 "$listed" "$actual")
removed=$(LC_ALL=C comm -23 "$listed" "$actual")
if [ -n "$added" ] || [ -n "$removed" ]; then
	[ -z "$added" ] || { echo "exported but not in $list (added to the ABI):"; echo "$added" | sed 's/^/  + /'; }
	[ -z "$removed" ] || { echo "in $list but no longer exported (removed from the ABI):"; echo "$removed" | sed 's/^/  - /'; }
	cat <<MSG

If the change is intended, update the list with
  nm -D --defined-only $lib | awk 'NF >= 3 { sub(/@.*/, "", \$3); print \$3 }' | LC_ALL=C sort -u > $list
and commit it with the change. Adding symbols is compatible (bump the minor
version); removing or changing one is not: bump soversion in meson.build.
MSG
	status=1
fi

[ $status -eq 0 ] && echo "$(wc -l < "$actual") exported symbols, all sp_*, as listed in $list"
exit $status
