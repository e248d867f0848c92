#!/bin/sh
# Fuzzes the library with libFuzzer: builds BUILD (default build-fuzz) with
# clang and -Dfuzzing=true, then runs each harness for SECONDS (default 60).
#
#   tests/fuzz/run.sh [SECONDS [HARNESS...]]      harnesses: load_json load_yaml roundtrip analyse json_reader
#
# Environment: FUZZ_BUILD (the build folder), FUZZ_MAX_LEN (default 32768
# bytes), FUZZ_ARGS (more libFuzzer flags, e.g. "-jobs=2 -workers=2").
# New coverage goes to BUILD/fuzz-corpus/HARNESS (the checked-in corpora are
# only read: merge the best of it in with -merge=1 when worth keeping). A crash,
# leak, timeout or failed check stops that harness, its input is saved in
# BUILD/fuzz-artifacts/HARNESS/, and the script exits 1 after the others ran.
# Copy such an input to tests/fuzz/regressions/ so that the fuzz-corpus tests
# run it from then on.
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
harnesses=${*:-load_json load_yaml roundtrip analyse json_reader}
build=${FUZZ_BUILD:-build-fuzz}
max_len=${FUZZ_MAX_LEN:-32768}

if [ ! -f "$build/meson-info/intro-buildoptions.json" ]; then
	CC=clang meson setup "$build" -Dfuzzing=true >/dev/null
fi
meson configure "$build" -Dfuzzing=true >/dev/null
targets=""
for h in $harnesses; do
	targets="$targets tests/fuzz/fuzz_$h"
done
# shellcheck disable=SC2086
meson compile -C "$build" $targets >/dev/null

fuzz=tests/fuzz
failed=""
for h in $harnesses; do
	case $h in
	load_json | json_reader) seeds="$fuzz/corpus/json" ;;
	load_yaml) seeds="$fuzz/corpus/yaml" ;;
	*) seeds="$fuzz/corpus/json $fuzz/corpus/yaml" ;;
	esac
	work="$build/fuzz-corpus/$h" artifacts="$build/fuzz-artifacts/$h"
	mkdir -p "$work" "$artifacts"
	stamp="$artifacts/.started"
	touch "$stamp"
	echo "== fuzz $h for ${seconds}s"
	# shellcheck disable=SC2086
	if ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
		"$build/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -max_len="$max_len" -timeout=20 \
		-rss_limit_mb=2048 -dict="$fuzz/serviceprogram.dict" -artifact_prefix="$artifacts/" \
		-print_final_stats=1 ${FUZZ_ARGS:-} "$work" $seeds "$fuzz/regressions" > "$build/fuzz-$h.log" 2>&1; then
		grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' "$build/fuzz-$h.log" || true
	else
		echo "!! $h failed; the end of $build/fuzz-$h.log:"
		tail -n 60 "$build/fuzz-$h.log"
		echo "!! the input that failed, saved:"
		find "$artifacts" -type f -newer "$stamp" ! -name .started -exec ls -l {} +
		failed="$failed $h"
	fi
done
if [ -n "$failed" ]; then
	echo "fuzzing found problems in:$failed (copy the inputs above to $fuzz/regressions/)"
	exit 1
fi
echo "fuzzing found nothing in: $harnesses"
