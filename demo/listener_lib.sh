# demo/listener_lib.sh: sourced by the demo's listener scripts (41_, 51_).
# A separate client process (Python + psycopg2) LISTENs for alerts on
# cx_alerts and prints each one, reading who and which row from cx_alert
# (which the roles protect; the payload carries only the alert's id, kind
# and severity).  Run by scripts/demo: PGHOST/PGPORT/PGUSER/PGDATABASE,
# CX_PGBIN, CX_SERVER_USER and CX_WORK are set.
cx_psql() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$CX_SERVER_USER" -- "$CX_PGBIN/psql" -X -v ON_ERROR_STOP=1 "$@"
	else
		"$CX_PGBIN/psql" -X -v ON_ERROR_STOP=1 "$@"
	fi
}

# listener_start SUBJECT: start the listener (it stops at the first alert for
# SUBJECT, or after 20 s); its output goes to $listener_log, the time each
# alert arrived to $listener_times
listener_start() {
	local py=
	for p in /usr/bin/python3 python3; do
		if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import psycopg2' 2>/dev/null; then py=$p; break; fi
	done
	[ -n "$py" ] || { echo "python3 with psycopg2 is needed for the listener demo" >&2; exit 1; }
	listener_log=$(mktemp)
	listener_times=$(mktemp)
	CX_TIMES=$listener_times CX_STOP_SUBJECT=$1 "$py" -u - >"$listener_log" 2>&1 <<'PYEOF' &
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
        cur.execute("SELECT subject, source_key, details -> 'markers' FROM cx_alert WHERE id = %s::bigint",
                    (a["id"],))
        subject, key, markers = cur.fetchone()
        print("listener: %s %s alert #%s (%s) for customer %s from %s row %s%s" % (
            a["event"], a["kind"], a["id"], a["severity"], subject, a["source"], key,
            "" if markers is None else " (said: %s)" % ", ".join(markers)), flush=True)
        if subject == os.environ["CX_STOP_SUBJECT"]:
            raise SystemExit(0)
PYEOF
	listener_pid=$!
	for _ in $(seq 1 50); do grep -q LISTEN "$listener_log" && break; sleep 0.1; done
	cat "$listener_log"
}

# listener_wait: wait for the listener to stop and print what it received
listener_wait() {
	wait "$listener_pid" || true
	sed -n '2,$p' "$listener_log"
}
