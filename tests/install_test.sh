#!/bin/sh
# meson install into a scratch root, then build the example against the
# installed library through pkg-config, as a user of the library would.
set -eu
build=$1 source=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

meson install -C "$build" --destdir "$root" --no-rebuild --quiet

pc=$(find "$root" -name libserviceprogram.pc)
test -n "$pc" || { echo "no libserviceprogram.pc installed"; exit 1; }
grep -q '^Requires.private: yaml-0.1' "$pc" || { echo "pkg-config file lacks Requires.private"; cat "$pc"; exit 1; }
! grep -q 'jansson' "$pc" || { echo "pkg-config file names jansson, which the library does not use"; cat "$pc"; exit 1; }
test -f "$(find "$root" -path '*include/serviceprogram/model.h')" || { echo "headers not installed"; exit 1; }
mo=$(find "$root" -path '*/locale/sv/LC_MESSAGES/libserviceprogram.mo')
test -n "$mo" || { echo "the Swedish catalogue (.mo) is not installed"; exit 1; }
! command -v msgunfmt >/dev/null || msgunfmt "$mo" | grep -q 'msgstr "minnet räcker inte"' ||
	{ echo "the installed .mo lacks the Swedish messages"; exit 1; }

lib=$(find "$root" -name 'libserviceprogram.so.*.*.*')
soname=$(readelf -d "$lib" | sed -n 's/.*SONAME.*\[\(.*\)\]/\1/p')
test "$soname" = "libserviceprogram.so.0" || { echo "soname is '$soname'"; exit 1; }
# JSON is the library's own (lib/json_source.c, lib/json_writer.c, lib/kept_values.c): libyaml is all it needs.
! readelf -d "$lib" | grep NEEDED | grep -q jansson || { echo "the library links jansson"; readelf -d "$lib"; exit 1; }

# Only the public API is exported.
if nm -D --defined-only "$lib" | awk '{print $3}' | grep -v '^sp_' | grep -v '^$'; then
	echo "symbols above are exported but not sp_*"; exit 1
fi
nm -D --defined-only "$lib" | grep -q ' sp__' && { echo "internal sp__ symbols are exported"; exit 1; }

export PKG_CONFIG_PATH="$(dirname "$pc")" PKG_CONFIG_SYSROOT_DIR="$root"
cc -std=c99 -Wall -Werror "$source/examples/report-summary.c" \
	$(pkg-config --cflags --libs libserviceprogram) -o "$root/report-summary"
LD_LIBRARY_PATH="$(dirname "$lib")" "$root/report-summary" \
	"$source/examples/data/jamtland-harjedalen-2023.yaml" > "$root/out.txt"
grep -q 'Region Jämtland Härjedalen, verksamhetsår 2023' "$root/out.txt"
grep -q '^Hemsändningsbidrag: 8 st, 1537062 kr$' "$root/out.txt"
echo "installed library, headers and pkg-config file work"
