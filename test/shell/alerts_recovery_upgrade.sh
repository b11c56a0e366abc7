#!/usr/bin/env bash
# The resolution category through ALTER EXTENSION cx_metrics UPDATE from 1.1:
#   - CREATE EXTENSION cx_metrics VERSION '1.1'; alerts raised, one resolved
#     with a note, one acknowledged; EXECUTE on the old
#     cx_alert_resolve(bigint, text) granted to a role of the user's (with
#     GRANT OPTION) and to PUBLIC-less defaults;
#   - ALTER EXTENSION cx_metrics UPDATE: the alerts and their notes are as
#     they were, the new column is NULL, the 1.1 calls still work, the role
#     keeps its right on the new cx_alert_resolve, nobody else gains one;
#   - categories work after the update, and the recovery report counts the
#     alert resolved under 1.1 as "uncategorised".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

db=cx_recovery_upgrade
role=cx_recovery_upgrade_helpdesk
cleanup() {
	psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1 || true
}
cleanup
trap cleanup EXIT
psql_ -d postgres -c "CREATE DATABASE $db" -c "CREATE ROLE $role"

psql_ -d "$db" -o /dev/null <<SQL
SET client_min_messages = warning;
CREATE EXTENSION cx_metrics VERSION '1.1';
CREATE TABLE answers (id bigserial PRIMARY KEY, customer_id int, score int, answered_at timestamptz);
SELECT FROM cx_alert_attach('answers', 'nps', '{"subject": "customer_id", "at": "answered_at"}');
INSERT INTO answers (customer_id, score, answered_at) VALUES
	(1, 2, '2026-11-01 10:00+00'), (2, 4, '2026-11-01 11:00+00'), (3, 0, '2026-11-01 12:00+00');
SELECT FROM cx_alert_resolve((SELECT id FROM cx_alert WHERE subject = '1'), 'refund issued, it''s "done"');
SELECT FROM cx_alert_ack((SELECT id FROM cx_alert WHERE subject = '2'), 'on it');
GRANT EXECUTE ON FUNCTION cx_alert_resolve(bigint, text) TO $role WITH GRANT OPTION;
SQL

snapshot='SELECT id, kind, subject, acknowledged_at IS NOT NULL AS acked, ack_note,
                 resolved_at IS NOT NULL AS resolved, resolved_by, resolution_note
          FROM cx_alert ORDER BY id'
psql_ -d "$db" -c "$snapshot" >"$CX_WORK/recovery_upgrade.before"
psql_ -d "$db" -c 'SET client_min_messages = warning' -c 'ALTER EXTENSION cx_metrics UPDATE'
psql_ -d "$db" -c "$snapshot" >"$CX_WORK/recovery_upgrade.after"

status=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; status=1; }
expect() {	# expect LABEL SQL EXPECTED
	local got
	got=$(psql_ -d "$db" -At -c "$2" 2>&1) || true
	if [ "$got" = "$3" ]; then ok "$1"; else bad "$1: got '$got', expected '$3'"; fi
}

if diff -u "$CX_WORK/recovery_upgrade.before" "$CX_WORK/recovery_upgrade.after"; then
	ok "alerts, acknowledgements and resolution notes of 1.1 are unchanged by the update"
else
	bad "the update changed the alerts of 1.1"
fi
expect "the note of the alert resolved under 1.1" \
	"SELECT resolution_note FROM cx_alert WHERE subject = '1'" 'refund issued, it'"'"'s "done"'
expect "the new column is NULL for every alert of 1.1" \
	"SELECT count(*) FILTER (WHERE resolution_category IS NULL) || ' of ' || count(*) FROM cx_alert" "3 of 3"
expect "one cx_alert_resolve, with the category" \
	"SELECT string_agg(p.oid::regprocedure::text, ', ') FROM pg_proc p WHERE p.proname = 'cx_alert_resolve'" \
	"cx_alert_resolve(bigint,text,text)"
expect "the user's role keeps EXECUTE, with its grant option" \
	"SELECT has_function_privilege('$role', 'cx_alert_resolve(bigint, text, text)', 'EXECUTE WITH GRANT OPTION')" "t"
expect "cx_alerts_responder keeps EXECUTE, PUBLIC and cx_alerts_reader still have none" \
	"SELECT has_function_privilege('cx_alerts_responder', 'cx_alert_resolve(bigint, text, text)', 'EXECUTE')
	        || ' ' || has_function_privilege('cx_alerts_reader', 'cx_alert_resolve(bigint, text, text)', 'EXECUTE')
	        || ' ' || EXISTS (SELECT 1 FROM pg_proc p, aclexplode(p.proacl) x
	                          WHERE p.proname = 'cx_alert_resolve' AND x.grantee = 0)" "true false false"
expect "the 1.1 call (alert, note) still resolves" \
	"SELECT resolution_note || ' ' || coalesce(resolution_category, 'NULL') FROM cx_alert_resolve((SELECT id FROM cx_alert WHERE subject = '2'), 'called back')" \
	"called back NULL"
err=$(psql_ -d "$db" -At -c "SELECT cx_alert_resolve((SELECT id FROM cx_alert WHERE subject = '3'), 'x', 'refund')" 2>&1 || true)
if grep -q '^ERROR:  unknown resolution category "refund"' <<<"$err" &&
	grep -q '^DETAIL:  No resolution category is defined yet.' <<<"$err" &&
	grep -q "^HINT:  A cx_alerts_admin adds it: INSERT INTO public.cx_alert_resolution_category" <<<"$err"; then
	ok "an unknown category is refused (none is defined after the update), with the INSERT to add it"
else
	bad "unknown category after the update: $err"
fi
expect "a category added after the update is accepted" \
	"INSERT INTO cx_alert_resolution_category VALUES ('refund', 'money back');
	 SELECT resolution_category FROM cx_alert_resolve((SELECT id FROM cx_alert WHERE subject = '3'), 'x', 'Refund')" "refund"
# customers 1 and 3 answer again a week later (3 still unhappy: a new, open alert)
expect "the report counts the alerts resolved under 1.1 as uncategorised" \
	"INSERT INTO answers (customer_id, score, answered_at) VALUES (1, 9, now() + interval '7 days'), (3, 4, now() + interval '7 days');
	 SELECT string_agg(category || ' ' || resolved || ' ' || answered || ' ' || recovered, ', ' ORDER BY category)
	 FROM cx_alert_recovery_report('answers')" "refund 1 1 0, uncategorised 2 1 1"
exit $status
