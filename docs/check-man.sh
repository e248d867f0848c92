#!/bin/sh
# Checks the man pages: each renders without a warning (groff -ww, and
# man --warnings where man-db is installed); every rsp subcommand that
# `rsp --help` lists has its page rsp-NAME.1; rsp.1 and each page link to
# each other in SEE ALSO.
#
# Usage: check-man.sh RSP RSP_1 PAGE...
set -u
rsp=$1 overview=$2
shift 2
status=0

fail() {
	echo "$*"
	status=1
}

for page in "$overview" "$@"; do
	out=$(groff -man -Tutf8 -ww -z "$page" 2>&1) || fail "$page: groff failed"
	[ -z "$out" ] || fail "$page: groff -ww:
$out"
	if command -v man >/dev/null 2>&1; then
		out=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
		[ -z "$out" ] || fail "$page: man --warnings:
$out"
	fi
	grep -q '^\.SH SEE ALSO' "$page" || fail "$page: no SEE ALSO section"
done

# Every subcommand has a page, and the pages and rsp(1) link both ways.
commands=$("$rsp" --help | sed -n 's/^  rsp \([a-z-]*\) .*/\1/p')
[ -n "$commands" ] || fail "$rsp --help lists no command"
for command in $commands; do
	page=
	for p in "$@"; do
		[ "$(basename "$p")" = "rsp-$command.1" ] && page=$p
	done
	[ -n "$page" ] || fail "rsp $command has no man page rsp-$command.1"
	escaped=$(printf '%s' "$command" | sed 's/-/\\\\-/g')
	grep -q "^\.BR rsp\\\\-$escaped (1)" "$overview" || fail "$overview: SEE ALSO does not name rsp-$command(1)"
	[ -z "$page" ] || grep -q '^\.BR rsp (1)' "$page" || fail "$page: SEE ALSO does not name rsp(1)"
done
for p in "$@"; do
	case $(basename "$p") in
	*.3)
		name=$(basename "$p" .3)
		grep -q "^\.BR $name (3)" "$overview" || fail "$overview: SEE ALSO does not name $name(3)"
		grep -q '^\.BR rsp (1)' "$p" || fail "$p: SEE ALSO does not name rsp(1)"
		;;
	esac
done

[ "$status" -eq 0 ] && echo "man pages: $(($# + 1)) render without warnings and link both ways"
exit "$status"
