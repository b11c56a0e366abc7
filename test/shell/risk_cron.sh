#!/usr/bin/env bash
# Risk alerts on a schedule: pg_cron runs cx_risk_scan() every minute and a
# customer stuck in billing loops, who has answered no survey, gets a "risk"
# alert from the scheduled run.  On a throwaway cluster of its own (the
# shared test cluster's settings are left alone) with
# shared_preload_libraries = 'cx_metrics,pg_cron' and pg_cron's jobs run by
# background workers (no TCP, no password: the cluster listens on a Unix
# socket only).  A model is fitted with risk_fit() on 400 synthetic
# customers (the more loops back into billing, the likelier a detractor),
# a risk configuration is attached on customers and the scan scheduled with
# cron.schedule(); the new customer arrives, and the test waits (up to 130 s:
# pg_cron 1.4 schedules by the minute) until the alert is in cx_alert and
# cron.job_run_details says the run succeeded, then checks the alert (kind,
# severity, subject, source table, reasons) against risk_score().  Skips
# (77) only when pg_cron is not installed for this PostgreSQL (scripts/lib.sh
# installs Debian's postgresql-NN-cron).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"

if [ -z "${CX_PGBIN:-}" ] || [ -z "${CX_WORK:-}" ]; then
	# by hand: build and install privately, as scripts/test does
	cx_private_setup
fi
CX_SERVER_USER=${CX_SERVER_USER:-$(cx_server_user)}
export CX_SERVER_USER
libdir=$("$CX_PGBIN/pg_config" --pkglibdir)
sharedir=$("$CX_PGBIN/pg_config" --sharedir)
if [ ! -f "$libdir/pg_cron.so" ] || [ ! -f "$sharedir/extension/pg_cron.control" ]; then
	echo "pg_cron is not installed for $("$CX_PGBIN/pg_config" --version) (Debian's postgresql-$CX_PGMAJOR-cron)"
	exit 77
fi

# ---- a cluster of our own ----------------------------------------------------
dir="$CX_WORK/risk_cron"
rm -rf "$dir"
mkdir -p "$dir"
[ "$(id -u)" -ne 0 ] || chown "$CX_SERVER_USER" "$dir"
port=$((55000 + RANDOM % 1000))
[ "$port" != "${PGPORT:-}" ] || port=$((port + 1))
cx_as_server "$CX_PGBIN/initdb" -D "$dir/data" -U "$CX_SERVER_USER" --no-sync -E UTF8 --locale=C.UTF-8 \
	-A trust >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$dir'
port = $port
fsync = off
timezone = 'UTC'
log_min_messages = warning
max_worker_processes = 16
shared_preload_libraries = 'cx_metrics,pg_cron'
cron.database_name = 'cx_risk_cron'
cron.use_background_workers = on
EOF
stop() {
	cx_as_server "$CX_PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
}
trap stop EXIT
cx_as_server "$CX_PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
	{ cat "$dir/server.log"; exit 1; }
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" "$@"; }
psql_ -d postgres -c "CREATE DATABASE cx_risk_cron"

# ---- the CRM, a model, the configuration, the schedule ------------------------
psql_ -d cx_risk_cron <<'SQL'
CREATE EXTENSION cx_metrics;
CREATE EXTENSION pg_cron;
CREATE TABLE customers (customer_id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE touchpoints (customer_id bigint NOT NULL REFERENCES customers, stage text NOT NULL, at timestamptz NOT NULL,
	outcome text);
CREATE TABLE nps_answers (customer_id bigint NOT NULL REFERENCES customers, score int NOT NULL);
-- 400 customers: discovery, purchase, then billing with (i % 5) returns to
-- billing after support, some contacts failed; detractors likelier with more
-- loops
INSERT INTO customers SELECT i, 'customer ' || i FROM generate_series(1, 400) i;
INSERT INTO touchpoints
SELECT i, s.stage, timestamptz '2026-10-01' + i * interval '1 hour' + s.n * interval '1 day',
       CASE WHEN (i * 13 + s.n * 7) % 5 = 0 THEN 'failed' ELSE 'ok' END
FROM generate_series(1, 400) i,
     LATERAL (SELECT 1 AS n, 'discovery' AS stage UNION ALL SELECT 2, 'purchase' UNION ALL SELECT 3, 'billing'
              UNION ALL SELECT 3 + 2 * l - 1, 'support' FROM generate_series(1, i % 5) l
              UNION ALL SELECT 3 + 2 * l, 'billing' FROM generate_series(1, i % 5) l) s;
INSERT INTO nps_answers
SELECT i, CASE WHEN (i * 37) % 100 < 5 + 20 * (i % 5) THEN (i * 7) % 7 ELSE 7 + (i * 11) % 4 END
FROM generate_series(1, 400) i;
-- the features: loops back into billing, failed contacts
CREATE VIEW customer_features AS
SELECT c.customer_id,
       ARRAY[count(*) FILTER (WHERE t.stage = 'billing' AND t.prev = 'support'),
             count(*) FILTER (WHERE t.outcome = 'failed')]::float8[] AS features
FROM customers c
LEFT JOIN (SELECT customer_id, stage, outcome, lag(stage) OVER (PARTITION BY customer_id ORDER BY at) AS prev
           FROM touchpoints) t USING (customer_id)
GROUP BY c.customer_id;
CREATE TABLE risk_models (name text PRIMARY KEY, model risk_model NOT NULL);
INSERT INTO risk_models
SELECT 'detractor', risk_fit(a.score <= 6, f.features, ARRAY['{} loops back in billing', '{} failed contacts'])
FROM customer_features f JOIN nps_answers a USING (customer_id);
SELECT cx_alert_attach('customers', 'risk', '{"threshold": 0.6, "high": 0.8}') AS config_id \gset
-- every minute, the customers who have not answered a survey yet
SELECT cron.schedule('risk-scan', '* * * * *',
	format($$SELECT count(*) FROM cx_risk_scan((SELECT model FROM risk_models WHERE name = 'detractor'),
	  'SELECT customer_id AS subject, features FROM customer_features f
	   WHERE NOT EXISTS (SELECT 1 FROM nps_answers a WHERE a.customer_id = f.customer_id)', %s)$$, :config_id)) > 0
	AS scheduled;
SQL

# ---- a new customer stuck in billing loops (failing there), no survey answered
psql_ -d cx_risk_cron <<'SQL'
INSERT INTO customers VALUES (5001, 'Stuck in billing');
INSERT INTO touchpoints
SELECT 5001, s, timestamptz '2026-11-20 09:00+00' + n * interval '1 hour', CASE s WHEN 'billing' THEN 'failed' ELSE 'ok' END
FROM unnest(ARRAY['discovery', 'purchase', 'billing', 'support', 'billing', 'support', 'billing',
                  'support', 'billing', 'support', 'billing']) WITH ORDINALITY u(s, n);
SELECT f.features, round(risk_score(m.model, f.features)::numeric, 4) AS risk
FROM customer_features f, risk_models m WHERE f.customer_id = 5001;
SQL

echo "waiting for pg_cron's next run (at the start of a minute) ..."
start=$SECONDS
status=
alerts=0
while [ $((SECONDS - start)) -lt 130 ]; do
	alerts=$(psql_ -d cx_risk_cron -At -c "SELECT count(*) FROM cx_alert WHERE kind = 'risk' AND subject = '5001'")
	status=$(psql_ -d cx_risk_cron -At -c "SELECT string_agg(DISTINCT status, ',') FROM cron.job_run_details
		WHERE jobid = (SELECT jobid FROM cron.job WHERE jobname = 'risk-scan') AND status NOT IN ('starting', 'running')")
	if [ "$alerts" -gt 0 ] && [ -n "$status" ]; then break; fi
	sleep 2
done
echo "after $((SECONDS - start)) s: $alerts alert(s) for customer 5001; job runs: ${status:-none finished}"
psql_ -d cx_risk_cron -P pager=off -c "SELECT status, return_message FROM cron.job_run_details ORDER BY runid"
[ "$alerts" = 1 ] || { echo "FAIL: no risk alert for customer 5001 from the scheduled scan"; tail -20 "$dir/server.log"; exit 1; }
[ "$status" = succeeded ] || { echo "FAIL: the scheduled scan did not succeed: $status"; tail -20 "$dir/server.log"; exit 1; }

out=$(psql_ -d cx_risk_cron -At -F '|' <<'SQL'
SELECT a.kind, a.severity, a.subject, a.source_table, a.config_id = c.config_id,
       (a.details ->> 'risk')::numeric = round(risk_score(m.model, f.features)::numeric, 4),
       a.details ->> 'reasons', a.details ->> 'threshold'
FROM cx_alert a, cx_alert_config c, risk_models m, customer_features f
WHERE a.kind = 'risk' AND a.subject = '5001' AND c.kind = 'risk' AND f.customer_id = 5001;
SQL
)
echo "the alert: $out"
IFS='|' read -r kind severity subject source same_config same_risk reason threshold <<<"$out"
[ "$kind" = risk ] && [ "$severity" = high ] && [ "$subject" = 5001 ] && [ "$source" = public.customers ] &&
	[ "$same_config" = t ] && [ "$same_risk" = t ] && [ "$threshold" = 0.6 ] ||
	{ echo "FAIL: unexpected alert"; exit 1; }
[[ "$reason" == *'"4 loops back in billing: +'* ]] || { echo "FAIL: the billing loops are not among the reasons: $reason"; exit 1; }
# nobody else: every other customer has answered a survey
others=$(psql_ -d cx_risk_cron -At -c "SELECT count(*) FROM cx_alert WHERE subject <> '5001'")
[ "$others" = 0 ] || { echo "FAIL: $others alerts for customers who answered a survey"; exit 1; }
echo "ok: the scheduled cx_risk_scan raised a high risk alert for customer 5001: $reason"
