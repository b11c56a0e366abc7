#!/usr/bin/env bash
# "delivery": "deferred" with a real LISTEN client (Python + psycopg2):
#   - on the suite's cluster (cx_metrics preloaded): the NOTIFY comes after
#     commit, within a second, exactly once; never for a rollback; a
#     PREPARE TRANSACTION of an alerting insert works, nothing is sent
#     before COMMIT PREPARED and nothing after ROLLBACK PREPARED; bursts
#     arrive once each, in id order; an unprivileged inserting role with a
#     hostile search_path works; DROP DATABASE is not blocked by the worker;
#   - on a cluster of its own, attached while preloaded, then restarted
#     without shared_preload_libraries: the check function refuses (55000,
#     with a hint) and alerts wait in the outbox;
#     after a crash (pg_ctl stop -m immediate) and a start with the library
#     preloaded they are delivered once, and a transaction prepared before
#     the crash announces its alert at COMMIT PREPARED after it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"

PY=
for p in /usr/bin/python3 python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import psycopg2' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "python3 with psycopg2 not found (scripts/lib.sh installs python3-psycopg2)"; exit 1; }
CX_SERVER_USER=${CX_SERVER_USER:-$(id -un)}
export CX_SERVER_USER

db=cx_alerts_deferred
own="$CX_WORK/deferred_cluster"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
pg_ctl_() { cx_as_server "$CX_PGBIN/pg_ctl" -D "$own/data" -l "$own/server.log" -w -t 60 "$@"; }
cleanup() {
	psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS cx_deferred_app" >/dev/null 2>&1 || true
	[ ! -f "$own/data/postmaster.pid" ] || pg_ctl_ -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$own"
}
trap cleanup EXIT

setup_sql='
CREATE EXTENSION cx_metrics;
CREATE TABLE answers (id bigserial PRIMARY KEY, customer text, score int);
SELECT cx_alert_attach('"'"'answers'"'"', '"'"'nps'"'"', '"'"'{"subject": "customer", "delivery": "deferred"}'"'"');
'

# ---- on the suite's cluster ---------------------------------------------------
psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql_ -d "$db" -c "$setup_sql" >/dev/null
psql_ -d "$db" <<'SQL'
DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cx_deferred_app') THEN
		CREATE ROLE cx_deferred_app LOGIN;
	END IF;
END $$;
GRANT INSERT ON answers TO cx_deferred_app;
GRANT USAGE ON SEQUENCE answers_id_seq TO cx_deferred_app;
CREATE SCHEMA evil;
CREATE TABLE evil.cx_alert_outbox (LIKE public.cx_alert_outbox);
GRANT ALL ON evil.cx_alert_outbox TO PUBLIC;
GRANT USAGE ON SCHEMA evil TO PUBLIC;
SQL

export DB=$db OWN="$own" PGBIN="$CX_PGBIN" SERVER_USER="$CX_SERVER_USER" SETUP_SQL="$setup_sql"
"$PY" - <<'PYEOF'
import json, os, select, subprocess, sys, time
import psycopg2

failures = []
def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures.append(what)

def connect(db, user=None, host=None, port=None):
    return psycopg2.connect(dbname=db, host=host or os.environ["PGHOST"], port=port or os.environ["PGPORT"],
                            user=user or os.environ["PGUSER"])

class Listener:
    def __init__(self, conn):
        self.conn = conn
        conn.autocommit = True
        conn.cursor().execute("LISTEN cx_alerts")
    def wait(self, seconds, want=None):
        """notifications arriving within seconds (returns early once want arrived)"""
        got = []
        end = time.time() + seconds
        while time.time() < end and (want is None or len(got) < want):
            if select.select([self.conn], [], [], max(0, end - time.time())) != ([], [], []):
                self.conn.poll()
                while self.conn.notifies:
                    got.append(self.conn.notifies.pop(0))
        return got

def ids(notes):
    return [int(json.loads(n.payload)["id"]) for n in notes]

db = os.environ["DB"]
listener = Listener(connect(db))
admin = connect(db)
admin.autocommit = True
ac = admin.cursor()
def one(sql, *args):
    ac.execute(sql, args)
    return ac.fetchone()[0]

app = connect(db, "cx_deferred_app")
cur = app.cursor()
cur.execute("SET search_path = evil, public, pg_catalog")

# 1. commit: nothing before, exactly one within a second after
cur.execute("INSERT INTO answers (customer, score) VALUES ('c1', 2)")
check(listener.wait(1.0) == [], "nothing before commit")
t0 = time.time()
app.commit()
got = listener.wait(1.0, 1)
latency = time.time() - t0
check(len(got) == 1, "one notification within 1 s of the commit (%.0f ms)" % (latency * 1000))
# (a worker stays 2 s after its last delivery)
ac.execute("SELECT application_name FROM pg_stat_activity WHERE backend_type = 'cx_metrics alert delivery' AND datname = %s", (db,))
check(ac.fetchall() == [("cx_metrics alert delivery",)], "the worker shows in pg_stat_activity")
check(listener.wait(1.5) == [], "and no second one")
if got:
    p = json.loads(got[0].payload)
    row = None
    ac.execute("SELECT id::text, kind, severity, source_table, config_id FROM cx_alert WHERE id = %s::bigint",
               (p["id"],))
    row = ac.fetchone()
    check(row is not None and p == {"id": row[0], "event": "new", "kind": row[1], "severity": row[2],
                                    "source": row[3], "config_id": row[4]},
          "the payload of \"notify\" delivery, matching the alert row: %s" % got[0].payload)
check(one("SELECT count(*) FROM cx_alert_outbox") == 0, "the outbox is empty after delivery")
check(one("SELECT count(*) FROM evil.cx_alert_outbox") == 0, "the hostile search_path's outbox got nothing")

# 2. rollback: never
cur.execute("INSERT INTO answers (customer, score) VALUES ('c2', 0)")
app.rollback()
check(listener.wait(2.0) == [], "nothing for a rolled-back alert")
check(one("SELECT count(*) FROM cx_alert WHERE subject = 'c2'") == 0, "no alert row after the rollback")

# 3. PREPARE TRANSACTION / COMMIT PREPARED: once, not before
prep = connect(db, "cx_deferred_app")
prep.autocommit = True
pc = prep.cursor()
pc.execute("SET search_path = evil, public, pg_catalog")
pc.execute("BEGIN")
pc.execute("INSERT INTO answers (customer, score) VALUES ('c3', 1)")
try:
    pc.execute("PREPARE TRANSACTION 'cx_deferred_p1'")
    prepared = True
except psycopg2.Error as e:
    prepared = str(e)
    pc.execute("ROLLBACK")
check(prepared is True, "PREPARE TRANSACTION of an alerting insert works: %s" % prepared)
check(listener.wait(2.0) == [], "nothing while the transaction is prepared")
check(one("SELECT count(*) FROM cx_alert_outbox") == 0, "its outbox row is invisible while prepared")
ac.execute("COMMIT PREPARED 'cx_deferred_p1'")
t0 = time.time()
got = listener.wait(1.0, 1)
check(len(got) == 1, "one notification within 1 s of COMMIT PREPARED (%.0f ms)" % ((time.time() - t0) * 1000))
check(listener.wait(1.5) == [], "and no second one")
check(ids(got) == [one("SELECT id FROM cx_alert WHERE subject = 'c3'")], "for the prepared transaction's alert")

# 4. ROLLBACK PREPARED: never
pc.execute("BEGIN")
pc.execute("INSERT INTO answers (customer, score) VALUES ('c4', 1)")
pc.execute("PREPARE TRANSACTION 'cx_deferred_p2'")
ac.execute("ROLLBACK PREPARED 'cx_deferred_p2'")
check(listener.wait(2.0) == [], "nothing after ROLLBACK PREPARED")
check(one("SELECT count(*) FROM cx_alert WHERE subject = 'c4'") == 0, "no alert row after ROLLBACK PREPARED")
prep.close()

# 5. bursts: 300 alerts in one transaction, 30 in transactions of their own
cur.executemany("INSERT INTO answers (customer, score) VALUES (%s, 3)", [("b%d" % i,) for i in range(300)])
app.commit()
for i in range(30):
    cur.execute("INSERT INTO answers (customer, score) VALUES (%s, 3)", ("s%d" % i,))
    app.commit()
got = listener.wait(5.0, 330)
got += listener.wait(1.5)
ac.execute("SELECT id FROM cx_alert WHERE subject ~ '^[bs][0-9]+$' ORDER BY id")
want = [r[0] for r in ac.fetchall()]
check(sorted(ids(got)) == want, "every alert of the bursts exactly once (%d of %d)" % (len(got), len(want)))
check(ids(got) == sorted(ids(got)), "in id order")
ac.execute("SELECT preloaded, launcher_pid IS NOT NULL, queued, delivered FROM cx_alert_delivery")
st = ac.fetchone()
check(st[0] and st[1] and st[2] == 0 and st[3] == 332,
      "cx_alert_delivery: preloaded, launcher running, nothing queued, 332 delivered (%r)" % (st,))
listener.conn.close(); admin.close(); app.close()

# 6. DROP DATABASE right after a delivery: the worker leaves, nothing waits 5 s
pg = connect("postgres")
pg.autocommit = True
c = connect(db); c.cursor().execute("INSERT INTO answers (customer, score) VALUES ('d1', 1)"); c.commit(); c.close()
time.sleep(0.5)
t0 = time.time()
try:
    pg.cursor().execute('DROP DATABASE "%s"' % db)
    dropped = True
except psycopg2.Error as e:
    dropped = str(e)
check(dropped is True and time.time() - t0 < 3, "DROP DATABASE with a running worker works (%.1f s): %s" % (time.time() - t0, dropped))
pg.close()

# ---- a cluster of its own: not preloaded, then a crash ----------------------
own, pgbin, user = os.environ["OWN"], os.environ["PGBIN"], os.environ["SERVER_USER"]
def as_server(*cmd):
    if os.getuid() == 0:
        cmd = ("runuser", "-u", user, "--") + cmd
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
def pg_ctl(*args):
    r = as_server(pgbin + "/pg_ctl", "-D", own + "/data", "-l", own + "/server.log", "-w", "-t", "60", *args)
    if r.returncode != 0:
        print(r.stdout)
        print(open(own + "/server.log").read()[-3000:])
        sys.exit("pg_ctl %s failed" % " ".join(args))
port = str(int(os.environ["PGPORT"]) + 7)
as_server("mkdir", "-p", own)
r = as_server(pgbin + "/initdb", "-D", own + "/data", "-U", user, "--no-sync", "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust")
if r.returncode != 0:
    sys.exit("initdb failed: " + r.stdout)
with open(own + "/data/postgresql.conf", "a") as f:
    f.write("listen_addresses = ''\nunix_socket_directories = '%s'\nport = %s\nfsync = off\n"
            "max_prepared_transactions = 5\nshared_preload_libraries = 'cx_metrics'\n" % (own, port))
def preload(on):
    with open(own + "/data/postgresql.conf", "a") as f:
        f.write("shared_preload_libraries = '%s'\n" % ("cx_metrics" if on else ""))
pg_ctl("start")
def own_connect(db):
    c = connect(db, host=own, port=port)
    c.autocommit = True
    return c
c = own_connect("postgres"); c.cursor().execute("CREATE DATABASE cx_deferred_own"); c.close()
c = own_connect("cx_deferred_own")
k = c.cursor()
k.execute(os.environ["SETUP_SQL"])
c.close()
# attached while preloaded; then the library is taken out of the list
pg_ctl("-m", "fast", "stop")
preload(False)
pg_ctl("start")
c = own_connect("cx_deferred_own")
k = c.cursor()
try:
    k.execute("SELECT cx_alert_delivery_check()")
    err = None
except psycopg2.Error as e:
    err = e
check(err is not None and err.pgcode == "55000" and "shared_preload_libraries" in err.pgerror
      and err.diag.message_hint and "restart" in err.diag.message_hint,
      "not preloaded: cx_alert_delivery_check() fails with 55000 and a hint (%s / %s)"
      % (err and err.pgerror.splitlines()[0], err and err.diag.message_hint))
c.rollback()
try:
    k.execute("""SELECT cx_alert_attach('answers', 'csat', '{"subject": "customer", "score": "score", "delivery": "deferred"}')""")
    err = None
except psycopg2.Error as e:
    err = e
check(err is not None and err.pgcode == "55000",
      "not preloaded: cx_alert_attach(... \"delivery\": \"deferred\") says so at set-up (%s)"
      % (err and err.pgerror.splitlines()[0]))
c.rollback()
c.notices.clear()
k.execute("INSERT INTO answers (customer, score) VALUES ('q1', 1), ('q2', 2)")
k.execute("INSERT INTO answers (customer, score) VALUES ('q3', 3)")
check(len([n for n in c.notices if "not be delivered" in n]) == 1, "one WARNING per session that the alerts wait: %r" % c.notices)
k.execute("SELECT preloaded, launcher_pid, queued FROM cx_alert_delivery")
st = k.fetchone()
check(st == (False, None, 3), "cx_alert_delivery: not preloaded, no launcher, 3 queued (%r)" % (st,))
# a prepared alert, and a prepared lock on the queued rows: both survive the crash
k.execute("BEGIN")
k.execute("INSERT INTO answers (customer, score) VALUES ('q4', 4)")
k.execute("PREPARE TRANSACTION 'cx_alert_q4'")
k.execute("BEGIN")
k.execute("SELECT id FROM cx_alert_outbox FOR UPDATE")
k.execute("PREPARE TRANSACTION 'cx_hold_outbox'")
c.close()
pg_ctl("-m", "immediate", "stop")
preload(True)
pg_ctl("start")

lst = Listener(own_connect("cx_deferred_own"))
adm = own_connect("cx_deferred_own")
k = adm.cursor()
check(lst.wait(2.0) == [], "after the crash, nothing while the queued rows are locked")
k.execute("ROLLBACK PREPARED 'cx_hold_outbox'")
got = lst.wait(3.0, 3)
got += lst.wait(1.5)
k.execute("SELECT id FROM cx_alert WHERE subject IN ('q1', 'q2', 'q3') ORDER BY id")
want = [r[0] for r in k.fetchall()]
check(ids(got) == want, "the 3 alerts queued before the crash, delivered once each after it (%r)" % ids(got))
k.execute("COMMIT PREPARED 'cx_alert_q4'")
got = lst.wait(2.0, 1)
got += lst.wait(1.5)
k.execute("SELECT id FROM cx_alert WHERE subject = 'q4'")
check(ids(got) == [k.fetchone()[0]], "the alert prepared before the crash: once, at COMMIT PREPARED after it")
k.execute("SELECT preloaded, queued, delivered FROM cx_alert_delivery")
st = k.fetchone()
check(st == (True, 0, 4), "cx_alert_delivery: preloaded, nothing queued, 4 delivered (%r)" % (st,))
k.execute("SELECT cx_alert_delivery_check()")
check(True, "preloaded: cx_alert_delivery_check() passes")
lst.conn.close(); adm.close()
pg_ctl("-m", "fast", "stop")

print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
PYEOF
