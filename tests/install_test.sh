#!/bin/sh
# meson install into a scratch root, then use what was installed as its users would: build the example
# through pkg-config (also after moving the whole tree elsewhere, with and without
# `pkg-config --define-prefix`), and import the Python package with every Python given.
set -eu
build=$1 source=$2 prefix=$3
shift 3  # the rest: the Pythons to import the package with
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

meson install -C "$build" --destdir "$root" --no-rebuild --quiet

# Everything goes under the prefix.
outside=$(cd "$root" && find . ! -type d | sed 's|^\.||' | grep -v "^$prefix/" || true)
test -z "$outside" || { echo "installed outside the prefix $prefix:"; echo "$outside"; exit 1; }

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

# The Python package: under the prefix, where Debian's python3 looks for the prefixes it searches
# (/usr/local and /usr), and importable by every Python from there.
package=$(dirname "$(find "$root" -path '*/serviceprogram/__init__.py')")
test -f "$package/py.typed" || { echo "py.typed is not installed"; exit 1; }
site=$(dirname "$package")
site_in_prefix=${site#"$root"}
if [ -x /usr/bin/python3 ] && { [ "$prefix" = /usr/local ] || [ "$prefix" = /usr ]; }; then
	/usr/bin/python3 -c 'import site, sys; sys.exit(sys.argv[1] not in site.getsitepackages())' "$site_in_prefix" ||
		{ echo "$site_in_prefix is not a site directory of /usr/bin/python3"; exit 1; }
fi
for python in "$@"; do
	(cd "$root" && PYTHONPATH="$site" SERVICEPROGRAM_LIBRARY="$lib" "$python" -c '
import sys, serviceprogram as s
assert s.__file__.startswith(sys.argv[1]), s.__file__
assert s.load(sys.argv[2]).region.name == "Jämtland Härjedalen"' "$site" "$source/examples/data/jamtland-harjedalen-2023.yaml") ||
		{ echo "$python cannot use the installed package"; exit 1; }
done

# Builds the example through pkg-config and runs it; $1: the directory holding libserviceprogram.so.0.
example() {
	cc -std=c99 -Wall -Werror "$source/examples/report-summary.c" \
		$(pkg-config "$@" --cflags --libs libserviceprogram) -o "$root/report-summary"
	LD_LIBRARY_PATH="$libdir" "$root/report-summary" "$source/examples/data/jamtland-harjedalen-2023.yaml" > "$root/out.txt"
	grep -q 'Region Jämtland Härjedalen, verksamhetsår 2023' "$root/out.txt"
	grep -q '^Hemsändningsbidrag: 8 st, 1537062 kr$' "$root/out.txt"
}

# As installed, seen through a sysroot.
libdir=$(dirname "$lib")
PKG_CONFIG_PATH="$(dirname "$pc")" PKG_CONFIG_SYSROOT_DIR="$root" example

# Moved elsewhere: the .pc file finds its directories from where it is.
mkdir "$root/moved"
mv "$root$prefix" "$root/moved/tree"
pc_moved=$(find "$root/moved" -name libserviceprogram.pc)
libdir=$(dirname "$(find "$root/moved" -name 'libserviceprogram.so.0')")
for define_prefix in "" --define-prefix; do
	flags=$(PKG_CONFIG_PATH="$(dirname "$pc_moved")" pkg-config $define_prefix --cflags --libs libserviceprogram)
	case "$flags" in
	*"$root/moved/tree/"*) ;;
	*) echo "pkg-config $define_prefix does not point into the moved tree: $flags"; exit 1 ;;
	esac
	PKG_CONFIG_PATH="$(dirname "$pc_moved")" example $define_prefix
	if [ -e "$(dirname "$pc_moved")/serviceprogram-form.pc" ]; then
		flags=$(PKG_CONFIG_PATH="$(dirname "$pc_moved")" pkg-config $define_prefix --cflags --libs serviceprogram-form)
		case "$flags" in
		*"$root/moved/tree/"*-lserviceprogram-form*) ;;
		*) echo "pkg-config $define_prefix serviceprogram-form does not point into the moved tree: $flags"; exit 1 ;;
		esac
	fi
done
echo "installed library, headers, pkg-config file (also moved) and Python package work"
