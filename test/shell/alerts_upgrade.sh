#!/usr/bin/env bash
# Alert triggers attached under 1.0 keep working after ALTER EXTENSION
# cx_metrics UPDATE, through the C statement-level trigger functions of 1.1:
#   - CREATE EXTENSION cx_metrics VERSION '1.0'; attach segment_drop, friction
#     and nps; insert answers and events (the PL/pgSQL statement triggers of
#     1.0 raise alerts and fill the rollup);
#   - ALTER EXTENSION cx_metrics UPDATE: the alerts, the rollup and the
#     configurations are as they were; the trigger functions are C, SECURITY
#     INVOKER, with the same privileges and comments as in a new install;
#   - insert more: the same triggers fire through the C code (the compact
#     NOTIFY payload of the C write path), fold events into the alerts of
#     1.0 inside their cooldown, and add to the same rollup.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

db=cx_alerts_upgrade
fresh=cx_alerts_upgrade_fresh
psql_ -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" \
	-c "DROP DATABASE IF EXISTS $fresh" -c "CREATE DATABASE $fresh"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP DATABASE IF EXISTS $fresh" >/dev/null 2>&1 || true' EXIT

psql_ -d "$db" -o /dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION cx_metrics VERSION '1.0';
CREATE TABLE customers (customer_id int PRIMARY KEY, segment text);
INSERT INTO customers SELECT i, (ARRAY['smb', 'enterprise'])[1 + i % 2] FROM generate_series(1, 200) i;
CREATE TABLE answers (id bigserial PRIMARY KEY, customer_id int, score int, answered_at timestamptz);
CREATE TABLE events (id bigserial PRIMARY KEY, contact_id int, stage text, created_at timestamptz);
SELECT FROM cx_alert_attach('answers', 'segment_drop', '{"at": "answered_at", "via": "customers", "min_answers": 20}');
SELECT FROM cx_alert_attach('answers', 'nps', '{"subject": "customer_id", "at": "answered_at"}');
SELECT FROM cx_alert_attach('events', 'friction', '{"journey": "contact_id", "at": "created_at", "stage": "stage", "repeats": 2, "window": "1 hour"}');
-- four good weeks, then a bad day for smb (customers with even ids)
INSERT INTO answers (customer_id, score, answered_at)
SELECT 1 + i % 200, 9 + i % 2, timestamptz '2026-09-01 12:00+00' + (i % 28) * interval '1 day' FROM generate_series(1, 1400) i;
INSERT INTO answers (customer_id, score, answered_at)
SELECT 2 * (1 + i % 100), i % 4, timestamptz '2026-09-29 12:00+00' FROM generate_series(1, 80) i;
INSERT INTO events (contact_id, stage, created_at) VALUES
	(7, 'open', '2026-10-01 10:00+00'), (7, 'open', '2026-10-01 10:10+00'), (7, 'open', '2026-10-01 10:20+00');
SQL

# The user's alerts, rollup, configurations and the triggers on the user's
# tables (the triggers on the extension's own tables are the update's to add:
# extension_upgrade.sh compares them with a new install's).
snapshot='SELECT id, kind, severity, source_table, source_key, subject, details, channel, config_id, occurrences
          FROM cx_alert ORDER BY id;
          SELECT config_id, segment, day, state FROM cx_alert_segment_rollup ORDER BY 1, 2, 3;
          SELECT config_id, table_name, kind, trigger_name, config - $${scope,delivery,payload}$$::text[]
          FROM cx_alert_config ORDER BY 1;
          SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          WHERE NOT t.tgisinternal
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = $$pg_class$$::regclass
                            AND d.objid = c.oid AND d.deptype = $$e$$)
          ORDER BY 1, 2;'
psql_ -d "$db" -c "$snapshot" >"$CX_WORK/alerts_upgrade.before"
psql_ -d "$db" -c 'ALTER EXTENSION cx_metrics UPDATE'
psql_ -d "$db" -c "$snapshot" >"$CX_WORK/alerts_upgrade.after"
psql_ -d "$fresh" -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION cx_metrics'

status=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; status=1; }
expect() {	# expect LABEL SQL EXPECTED
	local got
	got=$(psql_ -d "$db" -At -c "$2")
	if [ "$got" = "$3" ]; then ok "$1"; else bad "$1: got '$got', expected '$3'"; fi
}

if diff -u "$CX_WORK/alerts_upgrade.before" "$CX_WORK/alerts_upgrade.after"; then
	ok "alerts, rollup, configurations and triggers of 1.0 are unchanged by the update"
else
	bad "the update changed alerts, the rollup, configurations or triggers"
fi
# 1.2's shared settings, filled in so that listeners keep reading what they
# read (the subject and key in the payload, NOTIFY in the transaction), and
# each configuration its own scope; the open alerts take that scope
expect "1.2 fills in the shared settings of existing configurations" \
	"SELECT string_agg(config_id || ' ' || (config->>'scope') || ' ' || (config->>'delivery') || ' ' || (config->>'payload'), ', ' ORDER BY config_id) FROM cx_alert_config" \
	'1 config:1 notify ["subject", "key"], 2 config:2 notify ["subject", "key"], 3 config:3 notify ["subject", "key"]'
expect "alerts raised before the update get their configuration's scope" \
	"SELECT count(*) FILTER (WHERE scope = 'config:' || config_id) = count(*) FROM cx_alert" "t"
# the update goes all the way to default_version (1.0 -> 1.1 -> ...)
expect "version" "SELECT extversion FROM pg_extension WHERE extname = 'cx_metrics'" \
	"$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" "$here/../../cx_metrics.control")"
expect "1.0 raised a segment drop and a friction alert" \
	"SELECT string_agg(kind || ' ' || subject || ' x' || occurrences, ', ' ORDER BY id) FROM cx_alert WHERE kind <> 'nps_detractor'" \
	"nps_segment_drop smb x1, journey_friction 7 x1"
expect "the statement trigger functions are C, SECURITY INVOKER, without SET" \
	"SELECT string_agg(p.proname || ' ' || l.lanname || ' ' || p.prosecdef || ' ' || coalesce(p.proconfig::text, '-'), ', ' ORDER BY p.proname)
	 FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
	 WHERE p.proname IN ('cx_alert_segment_trigger', 'cx_alert_friction_trigger')" \
	"cx_alert_friction_trigger c false -, cx_alert_segment_trigger c false -"
expect "the SQL write path is gone" "SELECT count(*) FROM pg_proc WHERE proname = 'cx_alert_raise'" "0"

# the extension's functions: the same language, security, settings,
# privileges and comments as in a new install
functions="SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || l.lanname || ' '
                  || p.prosecdef || ' ' || coalesce(p.proconfig::text, '-') || ' ' || coalesce(p.proacl::text, '-')
                  || ' ' || coalesce(obj_description(p.oid, 'pg_proc'), '(no comment)')
           FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
           JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
           JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'cx_metrics'
           ORDER BY 1"
psql_ -d "$db" -At -c "$functions" >"$CX_WORK/alerts_upgrade.functions.upgraded"
psql_ -d "$fresh" -At -c "$functions" >"$CX_WORK/alerts_upgrade.functions.fresh"
if diff -u "$CX_WORK/alerts_upgrade.functions.fresh" "$CX_WORK/alerts_upgrade.functions.upgraded"; then
	ok "functions of the upgraded extension equal a new install's ($(wc -l <"$CX_WORK/alerts_upgrade.functions.fresh"))"
else
	bad "functions of the upgraded extension differ from a new install's"
fi

# after the update: the same triggers, now C
out=$(psql_ -d "$db" <<'SQL'
SET client_min_messages = warning;
LISTEN cx_alerts;
-- smb worse again the next day: folded into 1.0's alert (cooldown 1 day)
INSERT INTO answers (customer_id, score, answered_at)
SELECT 2 * (1 + i % 100), 0, timestamptz '2026-09-30 12:00+00' FROM generate_series(1, 40) i;
-- the journey goes on: folded too; a new journey chasing: a new alert
INSERT INTO events (contact_id, stage, created_at) VALUES (7, 'open', '2026-10-01 10:30+00');
INSERT INTO events (contact_id, stage, created_at) VALUES
	(8, 'open', '2026-10-01 11:00+00'), (8, 'open', '2026-10-01 11:05+00'), (8, 'open', '2026-10-01 11:09+00');
-- enterprise answers badly: a new segment alert
INSERT INTO answers (customer_id, score, answered_at)
SELECT 1 + 2 * (i % 100), i % 3, timestamptz '2026-09-30 12:00+00' FROM generate_series(1, 80) i;
SQL
)
grep -m 3 -i notification <<<"$out" | sed 's/^/    /' || true
if grep -qE 'payload "\{"id":"[0-9]+","event":"new","kind":"journey_friction","severity":"(medium|high)","source":"public.events","config_id":3,' <<<"$out" &&
	grep -qE 'payload "\{"id":"[0-9]+","event":"new","kind":"nps_segment_drop","severity":"(medium|high)","source":"public.answers","config_id":1,"key":"2026-09-30","subject":"enterprise"\}"' <<<"$out"; then
	ok "new alerts are raised by the C write path (its compact NOTIFY payload)"
else
	bad "no NOTIFY from the C write path: $out"
fi
expect "events folded into the alerts of 1.0, new alerts for new subjects" \
	"SELECT string_agg(kind || ' ' || subject || ' x' || occurrences, ', ' ORDER BY id) FROM cx_alert WHERE kind <> 'nps_detractor'" \
	"nps_segment_drop smb x2, journey_friction 7 x2, journey_friction 8 x1, nps_segment_drop enterprise x1"
expect "the rollup holds every answer, before and after the update" \
	"SELECT (SELECT sum(nps_responses(state)) FROM cx_alert_segment_rollup) = (SELECT count(*) FROM answers)" "t"
expect "the rollup equals nps_agg per segment and day" \
	"SELECT count(*) FROM (SELECT c.segment, (a.answered_at AT TIME ZONE 'UTC')::date AS day, nps_agg(a.score) AS state
	                       FROM answers a JOIN customers c USING (customer_id) GROUP BY 1, 2) r
	 FULL JOIN cx_alert_segment_rollup x ON x.segment = r.segment AND x.day = r.day
	 WHERE x.state::text IS DISTINCT FROM r.state::text" "0"
expect "the new segment alert is cx_alert_segment_check()'s test" \
	"SELECT k.alert AND (a.details->>'window_answers')::bigint = k.window_answers
	        AND (a.details->>'difference')::numeric = round(k.difference::numeric, 2)
	 FROM cx_alert a, cx_alert_segment_check(a.config_id, a.subject, a.source_key::date) k
	 WHERE a.kind = 'nps_segment_drop' AND a.subject = 'enterprise'" "t"
expect "the score alerts (C since 1.0) go on" \
	"SELECT count(*) = (SELECT count(DISTINCT customer_id) FROM answers WHERE score <= 6) FROM cx_alert WHERE kind = 'nps_detractor'" "t"
expect "detach after the update drops the triggers" "SELECT cx_alert_detach('answers') + cx_alert_detach('events')" "3"
expect "... and the rollup" "SELECT count(*) FROM cx_alert_segment_rollup" "0"
exit $status
