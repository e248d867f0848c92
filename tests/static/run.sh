#!/bin/sh
# Static analysis of lib/ and examples/: cppcheck (2.10) and clang-tidy (14).
# Exits 1 on any finding. Suppressions, each with its reason:
#   cppcheck:   tests/static/cppcheck-suppressions.txt, and inline
#               `// cppcheck-suppress ID` comments;
#   clang-tidy: the check list in .clang-tidy, and NOLINT comments.
#
#   tests/static/run.sh [BUILD]     BUILD: a configured meson build folder
#                                   (default build; set up if missing), whose
#                                   compile_commands.json clang-tidy reads
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build}
status=0

for tool in cppcheck clang-tidy; do
	command -v $tool >/dev/null 2>&1 || { echo "$tool is not installed (apt-get install cppcheck clang-tidy)"; exit 1; }
done
[ -f "$build/compile_commands.json" ] || meson setup "$build" >/dev/null

files=$(ls lib/*.c lib/form/*.c examples/*.c examples/rsp/*.c)

echo "== cppcheck $(cppcheck --version | sed 's/^Cppcheck //')"
if ! cppcheck --enable=warning,style,performance,portability,information --std=c11 --inline-suppr --quiet \
	--error-exitcode=1 -I include -I lib -D__GNUC__ -DSP_BUILDING_LIBRARY \
	--include=tests/static/cppcheck-defs.h --suppressions-list=tests/static/cppcheck-suppressions.txt \
	--template='{file}:{line}:{column}: {severity}: {id}: {message}' lib examples; then
	echo "cppcheck: findings above (fix them, or suppress one with a reason: see tests/static/cppcheck-suppressions.txt)"
	status=1
fi

echo "== clang-tidy $(clang-tidy --version | sed -n 's/.*LLVM version //p')"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# One file per run, as many runs as cores; .clang-tidy makes every warning an error.
# shellcheck disable=SC2086
if ! printf '%s\n' $files | xargs -P "$(nproc)" -n 1 clang-tidy -p "$build" --quiet > "$log" 2>&1; then
	grep -E ': (warning|error): ' "$log" | sort -u
	grep -qE ': (warning|error): ' "$log" || cat "$log"
	echo "clang-tidy: findings above (fix them, or a NOLINT(check) comment with a reason, or argue for a change in .clang-tidy)"
	status=1
fi

[ $status -eq 0 ] && echo "static analysis: no findings in lib/ and examples/"
exit $status
