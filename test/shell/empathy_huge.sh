#!/usr/bin/env bash
# Huge texts (about 100 MB) behave: empathy_score, empathy_markers and
# empathy_agg give the exact results, in a few seconds and without error.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS cx_empathy_huge" -c "CREATE DATABASE cx_empathy_huge"
psql_ -d cx_empathy_huge -c 'CREATE EXTENSION cx_metrics'
status=0
expect() {	# expect LABEL SQL EXPECTED
	local got
	got=$(psql_ -d cx_empathy_huge -c "$2")
	if [ "$got" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: got '$got', expected '$3'"; status=1; fi
}
# 6 million apologies (capped at 3) and one anti-empathy expression (2): 100 * ((1 - e^-1.5) - (1 - e^-1))
expect "empathy_score on 102 MB" \
	"SELECT round(empathy_score(repeat('Lo siento mucho. ', 6000000) || 'como ya le dije')::numeric, 6)
	        = round((100 * ((1 - exp(-(0.5 * 100 * (1 - exp(-4 / 1.5)) + 100) / 100)) - (1 - exp(-1.0))))::numeric, 6)" "t"
expect "empathy_markers on 99 MB finds the one phrase at its position" \
	"SELECT count(*) || ' ' || min(\"position\") || ' ' || min(matched) FROM empathy_markers(repeat('zq ', 33000000) || 'lo siento')" \
	"1 99000001 lo siento"
expect "every one of 1 million markers in a 20 MB text" \
	"SELECT count(*) || ' ' || sum(weight) FROM empathy_markers(repeat('I''m so sorry. zq zq ', 1000000), 'en')" "1000000 1500000"
expect "empathy_agg with a 100 MB message" \
	"SELECT round((empathy_agg(r, b, t)).language::numeric, 4)
	        = round((100 * (1 - exp(-(0.5 * 100 * (1 - exp(-1 / 1.5)) + 100) / 100)))::numeric, 4)
	 FROM (VALUES ('customer', 'estoy harto', now()),
	        ('agent', repeat('zq ', 33000000) || 'lo siento', now() + interval '1 min')) v(r, b, t)" "t"
expect "empty and NULL" "SELECT empathy_score('') || ' ' || coalesce(empathy_score(NULL)::text, 'null')" "0 null"
psql_ -d postgres -c "DROP DATABASE cx_empathy_huge"
exit $status
