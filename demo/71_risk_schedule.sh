#!/usr/bin/env bash
# demo/71_risk_schedule.sh: acting on the predicted risk.  A "risk" alert
# configuration on customers, and pg_cron running cx_risk_scan() every
# minute over the customers who have answered no survey yet (neither
# nps_responses nor the journey_survey of demo/61_moments.sql), with the
# detractor model of demo/70_predict.sql (public.risk_models) and its
# features (public.customer_features).  A new customer gets stuck in billing
# loops; the next scheduled scan raises a risk alert for them, with the
# reasons, before they ever answer a survey: an ordinary alert (cx_alert,
# NOTIFY, cooldown, acknowledge and resolve).  pg_cron 1.4 schedules by the
# minute: this waits up to two minutes for the run.  scripts/demo preloads
# pg_cron (shared_preload_libraries, cron.database_name = 'cx_demo',
# cron.use_background_workers = on); without it this says so and stops.
set -euo pipefail
# run by scripts/demo: PGHOST/PGPORT/PGUSER/PGDATABASE, CX_PGBIN, CX_SERVER_USER, CX_WORK are set
cd "$(dirname "$0")"	# a directory the server user may enter
source ./listener_lib.sh	# (for cx_psql)

if ! cx_psql -At -c "SHOW shared_preload_libraries" | grep -q pg_cron; then
	echo "pg_cron is not preloaded (scripts/demo preloads it when Debian's postgresql-NN-cron is installed): no scheduled scan"
	exit 0
fi

if [ "$(cx_psql -At -c "SELECT to_regclass('risk_models') IS NOT NULL AND to_regclass('customer_features') IS NOT NULL")" != t ]; then
	echo "no risk_models and customer_features (demo/70_predict.sql makes them): nothing to scan with" >&2
	exit 1
fi

echo "the risk configuration and the schedule:"
cx_psql -P pager=off -q <<'SQL'
CREATE EXTENSION IF NOT EXISTS pg_cron;
-- risk >= 0.5 raises an alert, >= 0.8 a high one; one open alert per customer for 7 days
SELECT cx_alert_attach('customers', 'risk', '{"threshold": 0.5, "high": 0.8, "cooldown": "7 days"}') AS risk_config \gset
SELECT kind, trigger_name, config - 'scope' - 'payload' AS config FROM cx_alert_config WHERE config_id = :risk_config;
-- every minute: score the customers who have answered no survey yet
SELECT cron.schedule('cx-risk-scan', '* * * * *', format($$
	SELECT count(*) FROM cx_risk_scan(
		(SELECT model FROM risk_models WHERE name = 'detractor'),
		'SELECT f.customer_id AS subject, f.features FROM customer_features f
		 WHERE NOT EXISTS (SELECT 1 FROM nps_responses r WHERE r.customer_id = f.customer_id)
		   AND NOT EXISTS (SELECT 1 FROM journey_survey s WHERE s.customer_id = f.customer_id)',
		%s)$$, :risk_config)) AS jobid \gset
SELECT jobname, schedule, command FROM cron.job WHERE jobid = :jobid;
SQL

echo "a new customer, 2001, goes round and round between billing and support (and answers no survey):"
cx_psql -P pager=off -q <<'SQL'
INSERT INTO customers VALUES (2001, 'Nora Quinn', 'smb', 'north', '2026-11-02 09:00+00');
INSERT INTO touchpoints (customer_id, stage, at, channel, outcome)
SELECT 2001, s, timestamptz '2026-11-02 09:00+00' + (n - 1) * interval '2 days', ch, o
FROM unnest(ARRAY['discovery', 'purchase', 'onboarding', 'billing', 'support', 'billing', 'support', 'billing', 'support', 'billing'],
            ARRAY['web', 'web', 'email', 'email', 'phone', 'email', 'chat', 'phone', 'phone', 'email'],
            ARRAY['ok', 'ok', 'ok', 'failed', 'failed', 'failed', 'ok', 'failed', 'failed', 'failed'])
     WITH ORDINALITY AS u(s, ch, o, n);
SELECT stage, at::date AS day, channel, outcome FROM touchpoints WHERE customer_id = 2001 ORDER BY at;
SQL

echo "waiting for pg_cron's next run (every minute, on the minute) ..."
start=$SECONDS
since=$(cx_psql -At -c "SELECT now()")
found=0
while [ $((SECONDS - start)) -lt 130 ]; do
	found=$(cx_psql -At -v since="$since" <<'SQL'
SELECT count(*) FROM cron.job_run_details d JOIN cron.job j USING (jobid)
WHERE j.jobname = 'cx-risk-scan' AND d.start_time > :'since'::timestamptz AND d.status IN ('succeeded', 'failed')
SQL
)
	[ "$found" = 0 ] || break
	sleep 2
done
[ "$found" != 0 ] || { echo "pg_cron did not run the scan within $((SECONDS - start)) s"; exit 1; }
echo "the scheduled run (after about $((SECONDS - start)) s):"
cx_psql -P pager=off -v since="$since" <<'SQL'
SELECT d.status, d.return_message
FROM cron.job_run_details d JOIN cron.job j USING (jobid)
WHERE j.jobname = 'cx-risk-scan' AND d.start_time > :'since'::timestamptz
ORDER BY d.runid LIMIT 1;
SQL
n=$(cx_psql -At -c "SELECT count(*) FROM cx_alert WHERE kind = 'risk' AND subject = '2001'")
[ "$n" = 1 ] || { echo "the scheduled scan raised no risk alert for customer 2001"; exit 1; }
echo "the risk alert it raised for customer 2001, who has answered no survey:"
cx_psql -P pager=off <<'SQL'
SELECT kind, severity, subject, source_table, details ->> 'risk' AS risk, details -> 'reasons' AS reasons
FROM cx_alert WHERE kind = 'risk' AND subject = '2001';
SELECT (SELECT count(*) FROM nps_responses WHERE customer_id = 2001)
       + (SELECT count(*) FROM journey_survey WHERE customer_id = 2001) AS survey_answers,
       (SELECT count(*) FROM cx_alert WHERE kind = 'risk' AND subject <> '2001') AS other_risk_alerts;
SQL
echo "(the job keeps running every minute: a repeated risk folds into the open alert, a higher one escalates it;"
echo " SELECT cron.unschedule('cx-risk-scan') stops it)"
