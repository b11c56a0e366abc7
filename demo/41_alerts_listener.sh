#!/usr/bin/env bash
# demo/41_alerts_listener.sh: a separate client process LISTENs for alerts
# (Python + psycopg2) while a CRM session answers a survey.  The alert
# arrives when the answer is committed, not before, and a rolled-back
# answer sends nothing.
set -euo pipefail
# run by scripts/demo: PGHOST/PGPORT/PGUSER/PGDATABASE, CX_PGBIN, CX_SERVER_USER, CX_WORK are set
cd "$(dirname "$0")"	# a directory the server user may enter
source ./listener_lib.sh

commit="$CX_WORK/listener_commit"	# written by the CRM session (the server user)
rm -f "$commit"
listener_start 1234
echo "crm session: BEGIN; INSERT a 3/10 answer for customer 1500; ROLLBACK"
cx_psql -q -c "BEGIN" -c "INSERT INTO nps_responses (customer_id, answered_at, score) VALUES (1500, '2026-11-20 12:00+00', 3)" -c "ROLLBACK"
echo "crm session: BEGIN; INSERT a 0/10 answer for customer 1234; 2 s of other work; COMMIT"
cx_psql -q -v commit="$commit" <<'SQL'
BEGIN;
INSERT INTO nps_responses (customer_id, answered_at, score) VALUES (1234, '2026-11-20 12:05+00', 0);
SELECT pg_sleep(2) \g /dev/null
SELECT extract(epoch FROM clock_timestamp()) AS t \gset
\o :commit
\qecho commit :t
\o
COMMIT;
SQL
listener_wait
# the alert must have arrived after the COMMIT began, and soon after
awk '$1 == "commit" { c = $2 } $1 == "received" { r = $2 }
     END { if (c == "" || r == "") print "no alert arrived";
           else if (r < c) print "the alert arrived BEFORE the COMMIT (unexpected)";
           else if (r - c > 1) print "the alert arrived after the COMMIT, but more than 1 s later";
           else print "the alert arrived after the COMMIT (within 1 s), not during the 2 s of other work" }' "$commit" "$listener_times"
echo "the durable alert rows (none for the rolled-back answer of customer 1500):"
cx_psql -q -c "SELECT id, kind, severity, subject, source_key FROM cx_alert WHERE subject IN ('1234', '1500') ORDER BY id"
rm -f "$listener_log" "$listener_times" "$commit"
