#!/usr/bin/env bash
# Journeys across ALTER EXTENSION UPDATE from 1.1: a journey_config stored in
# a table, a view calling the 1.1 constructor and a journey_friction_state
# written by 1.1 (JFS1) keep working and keep their meaning in 1.2; a view
# over journey_friction_report (whose result type changes) stops the update
# with an error naming it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
db=cx_journey_upgrade
psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
status=0

psql_ -d "$db" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION cx_metrics VERSION '1.1';
CREATE TABLE stored_config (c journey_config);
INSERT INTO stored_config SELECT journey_config(ARRAY['Open', 'Triage', 'Closed'], as_of => '2024-03-01 00:00+00');
CREATE VIEW config_view AS SELECT journey_config(idle_period => '10 days', as_of => '2024-03-01 00:00+00') AS c;
-- a state as version 1.1 wrote it (journeys of sql/journey_final.sql, no stage order)
CREATE TABLE stored_state (s journey_friction_state);
INSERT INTO stored_state VALUES ('4a465331000000060000003c598620000000025b7f3d40000002b58cd363c000000000000000000400000003000000044f70656e0002b0d5d4e940000000000000000004000000000000000500000000000000050000000000000001000000000000000100000000000000030000000000000001000000000000000100000000000000050000000000000000000000000000000500000000000000000000000000000004000000000000000000000003c59862000000000307ac00000000000000010000000000000000000000006b49d20007ec0000000000000002000000000000000000000001ad274800082c0000000000000001000000000000000000000001ad274800000000065472696167650002b0d6403312000000000000000003000000000000000400000000000000040000000000000001000000000000000000000000000000020000000000000001000000000000000100000000000000040000000000000000000000000000000400000000000000010000000000000003000000000000000000000017e36fc200000000030844000000000000000100000000000000000000000218711a00086c00000000000000010000000000000000000000035a4e9000090a000000000000000100000000000000000000001270b0180000000006436c6f7365640002b0d858a42c0000000000000000020000000000000003000000000000000200000000000000010000000000000000000000000000000000000000000000020000000000000002000000000000000300000000000000000000000000000003000000000000000100000000000000000000000000000000000000000000000000000000');
CREATE VIEW report_view AS SELECT stage FROM stored_state, journey_friction_report(s);
SQL

# the view over the report stops the update, and says which view
if out=$(psql_ -d "$db" -c 'ALTER EXTENSION cx_metrics UPDATE' 2>&1); then
	echo "FAIL: the update went through a view over journey_friction_report"; status=1
elif ! grep -q 'report_view' <<<"$out"; then
	echo "FAIL: the update's error does not name the view: $out"; status=1
else
	echo "ok   a view over journey_friction_report stops the update, named: $(grep -m1 ERROR <<<"$out")"
fi
psql_ -d "$db" -c 'DROP VIEW report_view' -c 'ALTER EXTENSION cx_metrics UPDATE'

out=$(psql_ -d "$db" -At <<'SQL'
CREATE TEMP TABLE ev(j int, stage text, at timestamptz);
INSERT INTO ev VALUES (1, 'Open', '2024-01-01 00:00+00'), (1, 'Triage', '2024-01-01 02:00+00'), (1, 'Closed', '2024-01-02 00:00+00'),
                      (2, 'Open', '2024-01-01 00:00+00'), (2, 'Triage', '2024-01-01 01:00+00');
SELECT 'version', extversion FROM pg_extension WHERE extname = 'cx_metrics';
SELECT 'stored_config_final_stages', coalesce((c).final_stages::text, 'null') FROM stored_config;
SELECT 'stored_config_drop_offs', string_agg(stage || '=' || drop_offs, ',' ORDER BY stage_order)
FROM journey_friction_report((SELECT journey_friction(j, stage, at, (SELECT c FROM stored_config)) FROM ev));
SELECT 'view', (c).idle_period, coalesce((c).final_stages::text, 'null') FROM config_view;
SELECT 'view_calls', p.proname FROM pg_depend d JOIN pg_proc p ON p.oid = d.refobjid
JOIN pg_rewrite r ON r.oid = d.objid AND r.ev_class = 'config_view'::regclass
WHERE d.refclassid = 'pg_proc'::regclass AND p.proname LIKE 'journey_config%';
SELECT 'stored_state', string_agg(stage || '=' || journeys || '/' || drop_offs || '/' || round(friction_index::numeric, 6), ',' ORDER BY rank)
FROM stored_state, journey_friction_report(s, min_journeys => 1);
SELECT 'new_call', coalesce((journey_config(final_stages => ARRAY['Closed'])).final_stages::text, 'null');
SQL
)
echo "$out"
expect() { grep -qxF "$1" <<<"$out" || { echo "FAIL: expected the line: $1"; status=1; }; }
expect 'version|1.2'
expect 'stored_config_final_stages|null'
expect 'stored_config_drop_offs|Open=0,Triage=1,Closed=0'
expect 'view|10 days|null'
expect 'view_calls|journey_config_1_1'
# the numbers version 1.1 reported for this state
expect 'stored_state|Triage=3/1/16.206140,Open=4/1/14.205479,Closed=2/0/13.725490'
expect 'new_call|{Closed}'
exit $status
