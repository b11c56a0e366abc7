#!/usr/bin/env bash
# A real LISTEN client (Python + psycopg2, a separate connection) proves that
# an alert's NOTIFY is delivered when the customer's transaction commits,
# never before and never on rollback; that the payload is valid JSON under
# 8000 bytes matching the alert row, whatever the values (quotes,
# backslashes, newlines, non-ASCII, 5000-character subjects); and that this
# holds for an unprivileged inserting role with a hostile search_path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"

PY=
for p in /usr/bin/python3 python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import psycopg2' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "python3 with psycopg2 not found (scripts/lib.sh installs python3-psycopg2)"; exit 1; }

db=cx_alerts_listener
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS cx_listener_app" >/dev/null 2>&1 || true' EXIT
psql_ -d "$db" <<'SQL'
CREATE EXTENSION cx_metrics;
CREATE TABLE answers (id bigserial PRIMARY KEY, customer text, score int, comment text);
SELECT cx_alert_attach('answers', 'nps', '{"subject": "customer", "channel": "cx alerts \"room\""}');
DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cx_listener_app') THEN
		CREATE ROLE cx_listener_app LOGIN;
	END IF;
END $$;
GRANT INSERT ON answers TO cx_listener_app;
GRANT USAGE ON SEQUENCE answers_id_seq TO cx_listener_app;
CREATE SCHEMA evil;
CREATE FUNCTION evil.now() RETURNS timestamptz LANGUAGE sql AS $f$ SELECT '1999-01-01'::timestamptz $f$;
GRANT USAGE ON SCHEMA evil TO PUBLIC;
SQL

DB=$db "$PY" - <<'PYEOF'
import json, os, select, sys, time
import psycopg2

db = os.environ["DB"]
def connect(user=None):
    c = psycopg2.connect(dbname=db, host=os.environ["PGHOST"], port=os.environ["PGPORT"],
                         user=user or os.environ["PGUSER"])
    return c

failures = []
def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures.append(what)

channel = 'cx alerts "room"'
listener = connect()
listener.autocommit = True
lc = listener.cursor()
lc.execute('LISTEN "cx alerts ""room"""')

def wait_notifies(seconds):
    got = []
    end = time.time() + seconds
    while time.time() < end:
        if select.select([listener], [], [], max(0, end - time.time())) != ([], [], []):
            listener.poll()
            while listener.notifies:
                got.append(listener.notifies.pop(0))
            if got:
                return got
    return got

admin = connect()
app = connect("cx_listener_app")
ac = app.cursor()
ac.execute("SET search_path = evil, public, pg_catalog")

# 1. nothing before commit, exactly one on commit
ac.execute("INSERT INTO answers (customer, score) VALUES ('c1', 2)")
check(wait_notifies(1.0) == [], "no notification before commit")
t0 = time.time()
app.commit()
got = wait_notifies(5.0)
latency = time.time() - t0
check(len(got) == 1, "one notification on commit (got %d, %.0f ms after commit)" % (len(got), latency * 1000))
if got:
    n = got[0]
    check(n.channel == channel, "on the configured channel %r" % n.channel)
    p = json.loads(n.payload)
    cur = admin.cursor()
    cur.execute("SELECT id, kind, severity, source_table, source_key, subject FROM cx_alert WHERE id = %s", (p["id"],))
    row = cur.fetchone()
    admin.commit()
    check(row is not None and p == {"id": row[0], "kind": row[1], "severity": row[2], "source": row[3],
                                    "key": row[4], "subject": row[5]},
          "payload matches the durable alert row: %s" % n.payload)

# 2. a rollback: no notification, no row
ac.execute("INSERT INTO answers (customer, score) VALUES ('c2', 0)")
app.rollback()
check(wait_notifies(1.5) == [], "no notification on rollback")
cur = admin.cursor()
cur.execute("SELECT count(*) FROM cx_alert WHERE subject = 'c2'")
check(cur.fetchone()[0] == 0, "no alert row after rollback")
admin.commit()

# 3. the cooldown: a second detractor answer of c1 pages nobody
ac.execute("INSERT INTO answers (customer, score) VALUES ('c1', 1)")
app.commit()
check(wait_notifies(1.0) == [], "no second notification inside the cooldown")

# 4. hostile values: valid JSON under 8000 bytes, subject cut at 256 bytes
hostile = ["it's \"bad\" \\ really\nbad\r\t: ñandú 😡 \x01 ", "é" * 5000, "\\" * 4000, "\"" * 3000,
           "x\ny" * 2000]
ac.executemany("INSERT INTO answers (customer, score, comment) VALUES (%s, 0, %s)",
               [(h, h) for h in hostile])
app.commit()
got = []
while len(got) < len(hostile):
    more = wait_notifies(5.0)
    if not more:
        break
    got += more
check(len(got) == len(hostile), "one notification per hostile subject (%d)" % len(got))
for n in got:
    ok = True
    try:
        p = json.loads(n.payload)
    except ValueError:
        ok = False
    check(ok and len(n.payload.encode()) < 8000, "valid JSON of %d bytes" % len(n.payload.encode()))
    if ok:
        full = [h for h in hostile if h == p["subject"] or (p["subject"].endswith("...") and h.startswith(p["subject"][:-3]))]
        check(len(full) == 1 and len(p["subject"].encode()) <= 259 and "comment" not in p,
              "subject is the value or its cut at a character boundary, no free text")
cur = admin.cursor()
cur.execute("SELECT count(*) FROM cx_alert WHERE created_at < '2000-01-01'")
check(cur.fetchone()[0] == 0, "hostile search_path did not change now()")
admin.commit()

print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
PYEOF
