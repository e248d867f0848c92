#!/bin/sh
# const protects: a getter given a const parent returns a const part, so a
# function holding a `const sp_report *` reads every part of it, and cannot
# get a part to change without a cast. Each snippet below must compile (or
# must fail to compile) as C11 with -Wall -Werror against the public headers.
#
#   const_test.sh INCLUDE-DIR
# CC chooses the compiler (default cc).
set -eu
include=$1
cc=${CC:-cc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# compiles WANT NAME BODY: WANT is yes or no; BODY is the body of a function
# given `const sp_report *r` and `sp_report *m`.
compiles() {
	printf '#include <serviceprogram.h>\nvoid f(const sp_report *r, sp_report *m);\nvoid f(const sp_report *r, sp_report *m)\n{\n\t(void)r; (void)m;\n%s\n}\n' "$3" > "$work/unit.c"
	if "$cc" -std=c11 -Wall -Werror -I"$include" -c "$work/unit.c" -o "$work/unit.o" 2> "$work/out"; then
		got=yes
	else
		got=no
	fi
	# Refused for the right reason: a discarded const qualifier, not a typo.
	if [ "$got" = no ] && ! grep -q "qualifier" "$work/out"; then
		got="no, but not for const"
	fi
	if [ "$got" != "$1" ]; then
		echo "$2: expected compiles=$1, got $got:"; sed 's/^/\t/' "$work/unit.c"; cat "$work/out"; status=1
	fi
}

compiles yes "const parts of a const report" \
	'const sp_intervention *iv = sp_priority_area_intervention(sp_report_priority_area(r, 0), 0); (void)iv;
	const sp_effects *e = sp_intervention_effects(iv); (void)e;
	const sp_node *n = sp_node_child(SP_CONST_NODE(r), sp_type_field(sp_schema_report(), 1), 0); (void)n;
	const sp_node *p = sp_node_parent(n); (void)p;'
compiles no "a const report's part into a pointer to change" \
	'sp_intervention *iv = sp_priority_area_intervention(sp_report_priority_area(r, 0), 0); (void)iv;'
compiles no "a const report's effects into a pointer to change" \
	'sp_effects *e = sp_intervention_effects(sp_priority_area_intervention(sp_report_priority_area(r, 0), 0)); (void)e;'
compiles no "changing a const report's part" \
	'sp_intervention_set_status(sp_priority_area_intervention(sp_report_priority_area(r, 0), 0), SP_STATUS_COMPLETED, NULL);'
compiles no "the _mut path from a const report" \
	'sp_priority_area *a = sp_report_priority_area_mut(r, 0); (void)a;'
compiles no "a const node's child to change" \
	'sp_node *n = sp_node_child(SP_CONST_NODE(r), sp_type_field(sp_schema_report(), 1), 0); (void)n;'
compiles yes "the _mut path from a report you may change" \
	'sp_intervention *iv = sp_priority_area_intervention_mut(sp_report_priority_area_mut(m, 0), 0);
	sp_intervention_set_status(iv, SP_STATUS_COMPLETED, NULL);
	sp_effects_set_general(sp_intervention_effects_mut(iv), "x", NULL);
	sp_node *n = sp_node_child_mut(SP_NODE(m), sp_type_field(sp_schema_report(), 1), 0);
	sp_node *p = sp_node_parent_mut(n); (void)p;'

[ $status -eq 0 ] && echo "const parts from const parents; parts to change only through _mut"
exit $status
