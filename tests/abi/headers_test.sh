#!/bin/sh
# Each public header compiles on its own (and when included twice) as C99
# with -pedantic -Wall -Wextra -Werror, and as C++11 with -pedantic -Werror.
# Then one C++ program takes the address of every symbol listed in
# lib/libserviceprogram.symbols through the umbrella header and links against
# the built library: every exported symbol is declared in a public header,
# with C linkage (extern "C") for C++.
#
#   headers_test.sh INCLUDE-DIR SYMBOLS-FILE LIBRARY
# CC and CXX choose the compilers (default cc, and g++ or else clang++).
set -eu
include=$1 list=$2 lib=$3
cc=${CC:-cc}
cxx=${CXX:-}
if [ -z "$cxx" ]; then
	for c in g++ clang++ c++; do
		command -v "$c" >/dev/null 2>&1 && { cxx=$c; break; }
	done
fi
[ -n "$cxx" ] || { echo "no C++ compiler (install g++)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
count=0
for header in "$include"/serviceprogram.h "$include"/serviceprogram/*.h; do
	name=${header#"$include"/}
	count=$((count + 1))
	printf '#include <%s>\n#include <%s>\nint sp_header_test_unit;\n' "$name" "$name" > "$work/unit.c"
	cp "$work/unit.c" "$work/unit.cpp"
	if ! out=$("$cc" -std=c99 -pedantic -Wall -Wextra -Werror -I"$include" -c "$work/unit.c" -o "$work/unit.o" 2>&1); then
		echo "$name does not compile on its own as C99:"; echo "$out"; status=1
	fi
	if ! out=$("$cxx" -std=c++11 -pedantic -Wall -Wextra -Werror -I"$include" -c "$work/unit.cpp" -o "$work/unit.o" 2>&1); then
		echo "$name does not compile on its own as C++11:"; echo "$out"; status=1
	fi
done

# Every listed symbol, declared and with C linkage.
{
	echo '#include <serviceprogram.h>'
	echo 'typedef void (*any_function)(void);'
	echo 'static const any_function symbols[] = {'
	sed -n 's/^\(sp_[A-Za-z0-9_]*\)$/\treinterpret_cast<any_function>(\&\1),/p' "$list"
	echo '};'
	echo 'int main() { return sizeof(symbols) / sizeof(symbols[0]) > 0 && symbols[0] ? 0 : 1; }'
} > "$work/all.cpp"
if ! out=$("$cxx" -std=c++11 -pedantic -Wall -Wextra -Werror -I"$include" "$work/all.cpp" -o "$work/all" "$lib" 2>&1); then
	echo "the symbols of $list are not all declared in the public headers with C linkage:"; echo "$out" | head -40
	status=1
elif ! LD_LIBRARY_PATH="$(dirname "$lib")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$work/all"; then
	echo "the C++ program over all symbols does not run"; status=1
fi

[ $status -eq 0 ] && echo "$count headers compile alone as C99 and C++11; $(grep -c '^sp_' "$list") symbols declared with C linkage"
exit $status
