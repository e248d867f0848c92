#!/bin/sh
# Where the time of loading and saving goes: runs bench_io --once under
# callgrind, once for each of the library's operations and each baseline,
# collecting only inside that operation (--toggle-collect), and prints the
# instructions it took and its hottest functions (self cost). Instructions,
# not time: they do not depend on the load of the machine.
#
# usage: tests/bench/profile.sh BUILD_DIR [INTERVENTIONS] [TOP]   (default: 1000 and 15)
set -eu
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR [INTERVENTIONS] [TOP]" >&2; exit 2; }
build=$1
interventions=${2:-1000}
top=${3:-15}
bench=$build/tests/bench/bench_io
[ -x "$bench" ] || { echo "no $bench: build first" >&2; exit 2; }
out=$(mktemp -d "${TMPDIR:-/tmp}/sp-profile-XXXXXX")
trap 'rm -rf "$out"' EXIT
trap 'exit 1' HUP INT PIPE TERM # so that the EXIT trap cleans up after a signal too

for op in our_json_load jansson_load our_yaml_load libyaml_loop our_json_save jansson_dump our_yaml_save libyaml_emit; do
	valgrind --tool=callgrind --toggle-collect="$op" --callgrind-out-file="$out/$op" "$bench" --once "$interventions" \
		>/dev/null 2>"$out/$op.log" || { cat "$out/$op.log" >&2; exit 1; }
	total=$(callgrind_annotate "$out/$op" | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
	echo
	echo "== $op: $total instructions ($interventions interventions)"
	# Rows are "Ir (share) file:function [object]"; the object's path is cut to its name, which
	# tells jansson's and libyaml's functions (whose names Debian strips) from the library's.
	callgrind_annotate --threshold=100 "$out/$op" | awk -v top="$top" '
		/file:function/ { on = 1; next }
		on && NF >= 3 && shown < top { sub(/\[.*\//, "["); print; shown++ }'
done
