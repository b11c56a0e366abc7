#!/usr/bin/env bash
# A real LISTEN client (Python + psycopg2, a separate connection) proves that
# an alert's NOTIFY is delivered when the customer's transaction commits,
# never before and never on rollback; that the payload is valid JSON under
# 8000 bytes matching the alert row, whatever the values (quotes,
# backslashes, newlines, non-ASCII, 5000-character subjects); and that this
# holds for an unprivileged inserting role with a hostile search_path.
# Then the scopes (two tables with the same customer ids each page their
# own channel; a named scope shares one alert), escalation (a worse answer
# notifies "escalated", an equal one is silent) and the private payload (no
# subject or key unless the configuration opts in).
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
SELECT cx_alert_attach('answers', 'nps', '{"subject": "customer", "channel": "cx alerts \"room\"",
                                           "payload": ["subject", "key"]}');
CREATE TABLE team_a (id bigserial PRIMARY KEY, customer int, score int);
CREATE TABLE team_b (LIKE team_a INCLUDING ALL);
CREATE TABLE shared_c (LIKE team_a INCLUDING ALL);
CREATE TABLE shared_d (LIKE team_a INCLUDING ALL);
SELECT cx_alert_attach('team_a', 'nps', '{"subject": "customer", "channel": "team_a"}');
SELECT cx_alert_attach('team_b', 'nps', '{"subject": "customer", "channel": "team_b"}');
SELECT cx_alert_attach('shared_c', 'nps', '{"subject": "customer", "channel": "shared", "scope": "customer"}');
SELECT cx_alert_attach('shared_d', 'csat', '{"subject": "customer", "score": "score", "channel": "shared", "scope": "customer"}');
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
    cur.execute("SELECT id::text, kind, severity, source_table, config_id, source_key, subject"
                " FROM cx_alert WHERE id = %s::bigint", (p["id"],))
    row = cur.fetchone()
    admin.commit()
    check(row is not None and p == {"id": row[0], "event": "new", "kind": row[1], "severity": row[2],
                                    "source": row[3], "config_id": row[4], "key": row[5], "subject": row[6]},
          "payload matches the durable alert row, the id as a string: %s" % n.payload)

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

# 5. scopes: the same customer id on two teams' tables pages both teams
for ch in ("team_a", "team_b", "shared"):
    lc.execute("LISTEN " + ch)
def drain(seconds):
    got, end = [], time.time() + seconds
    while time.time() < end:
        more = wait_notifies(max(0.05, end - time.time()))
        got += more
    return got
cur = admin.cursor()
cur.execute("INSERT INTO team_a (customer, score) VALUES (7, 2)")
cur.execute("INSERT INTO team_b (customer, score) VALUES (7, 1)")
admin.commit()
got = drain(1.0)
chans = sorted(n.channel for n in got)
check(chans == ["team_a", "team_b"], "one customer id, two tables: each team paged on its channel (%s)" % chans)
for n in got:
    p = json.loads(n.payload)
    check(set(p) == {"id", "event", "kind", "severity", "source", "config_id"} and p["event"] == "new"
          and isinstance(p["id"], str), "private payload by default, id as a string: %s" % n.payload)
cur.execute("SELECT count(*), count(DISTINCT scope) FROM cx_alert WHERE subject = '7'")
check(cur.fetchone() == (2, 2), "two open alerts, one per configuration scope")
admin.commit()

# 6. escalation: 6 (medium) then 0 (high) notifies "escalated"; another 0 is silent
cur.execute("INSERT INTO team_a (customer, score) VALUES (8, 6)")
admin.commit()
first = drain(0.5)
cur.execute("INSERT INTO team_a (customer, score) VALUES (8, 0)")
admin.commit()
esc = drain(0.5)
cur.execute("INSERT INTO team_a (customer, score) VALUES (8, 0)")
admin.commit()
quiet = drain(0.5)
ps = [json.loads(n.payload) for n in first + esc]
check(len(first) == 1 and len(esc) == 1 and quiet == []
      and [(p["event"], p["severity"]) for p in ps] == [("new", "medium"), ("escalated", "high")]
      and ps[0]["id"] == ps[1]["id"],
      "a worse answer escalates the open alert and notifies once; an equal one is silent")
cur.execute("SELECT severity, occurrences, escalated_at IS NOT NULL, details->>'score', source_key"
            " FROM cx_alert WHERE subject = '8'")
row = cur.fetchone()
check(row[:4] == ("high", 3, True, "0"), "the escalated alert: high, 3 occurrences, escalated_at, the worse score (%s)" % (row,))
admin.commit()

# 7. a named scope shared by an NPS and a CSAT table: one alert per customer
cur.execute("INSERT INTO shared_c (customer, score) VALUES (9, 5)")
admin.commit()
one = drain(0.5)
cur.execute("INSERT INTO shared_d (customer, score) VALUES (9, 2)")
admin.commit()
none = drain(0.5)
cur.execute("SELECT count(*), sum(occurrences), min(scope) FROM cx_alert WHERE subject = '9'")
check(len(one) == 1 and none == [] and cur.fetchone() == (1, 2, "customer"),
      "a named scope: the CSAT answer folds into the NPS alert of the same customer")
admin.commit()

print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
PYEOF
