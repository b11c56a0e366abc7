#!/usr/bin/env bash
# demo/41_alerts_listener.sh: a separate client process LISTENs for alerts
# (Python + psycopg2) while a CRM session answers a survey.  The alert
# arrives when the answer is committed, not before, and a rolled-back
# answer sends nothing.
set -euo pipefail
# run by scripts/demo: PGHOST/PGPORT/PGUSER/PGDATABASE, CX_PGBIN, CX_SERVER_USER, CX_WORK are set
cd "$(dirname "$0")"	# a directory the server user may enter
cx_psql() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$CX_SERVER_USER" -- "$CX_PGBIN/psql" -X -v ON_ERROR_STOP=1 "$@"
	else
		"$CX_PGBIN/psql" -X -v ON_ERROR_STOP=1 "$@"
	fi
}
PY=
for p in /usr/bin/python3 python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import psycopg2' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "python3 with psycopg2 is needed for the listener demo" >&2; exit 1; }

log=$(mktemp) times=$(mktemp)
commit="$CX_WORK/listener_commit"	# written by the CRM session (the server user)
rm -f "$commit"
# the listener: a real, separate process with its own connection; it prints
# each alert and writes the time it arrived to $times
CX_TIMES=$times "$PY" -u - >"$log" 2>&1 <<'PYEOF' &
import json, os, select, time
import psycopg2
conn = psycopg2.connect(dbname=os.environ["PGDATABASE"], host=os.environ["PGHOST"],
                        port=os.environ["PGPORT"], user=os.environ["PGUSER"])
conn.autocommit = True
conn.cursor().execute("LISTEN cx_alerts")
print("listener: LISTEN cx_alerts", flush=True)
end = time.time() + 20
while time.time() < end:
    if select.select([conn], [], [], 0.5) == ([], [], []):
        continue
    conn.poll()
    while conn.notifies:
        n = conn.notifies.pop(0)
        with open(os.environ["CX_TIMES"], "a") as f:
            f.write("received %.6f\n" % time.time())
        # the payload says which alert (its id, a JSON string) and how bad;
        # who and which row are read from cx_alert, which the roles protect
        a = json.loads(n.payload)
        cur = conn.cursor()
        cur.execute("SELECT subject, source_key FROM cx_alert WHERE id = %s::bigint", (a["id"],))
        subject, key = cur.fetchone()
        print("listener: %s %s alert #%s (%s) for customer %s from %s row %s" % (
            a["event"], a["kind"], a["id"], a["severity"], subject, a["source"], key), flush=True)
        if subject == "1234":
            raise SystemExit(0)
PYEOF
listener=$!
for _ in $(seq 1 50); do grep -q LISTEN "$log" && break; sleep 0.1; done
cat "$log"

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
wait "$listener" || true
sed -n '2,$p' "$log"
# the alert must have arrived after the COMMIT began, and soon after
awk '$1 == "commit" { c = $2 } $1 == "received" { r = $2 }
     END { if (c == "" || r == "") print "no alert arrived";
           else if (r < c) print "the alert arrived BEFORE the COMMIT (unexpected)";
           else if (r - c > 1) print "the alert arrived after the COMMIT, but more than 1 s later";
           else print "the alert arrived after the COMMIT (within 1 s), not during the 2 s of other work" }' "$commit" "$times"
echo "the durable alert rows (none for the rolled-back answer of customer 1500):"
cx_psql -q -c "SELECT id, kind, severity, subject, source_key FROM cx_alert WHERE subject IN ('1234', '1500') ORDER BY id"
rm -f "$log" "$times" "$commit"
