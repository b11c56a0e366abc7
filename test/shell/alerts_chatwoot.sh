#!/usr/bin/env bash
# Alerts on a real CRM schema: Chatwoot's core tables (../shared/crm/
# chatwoot_core.sql), loaded unchanged.  Every alert kind that fits is
# attached with cx_alert_attach() and the alerts raised are checked against
# a plain-SQL reference:
#   csat (low rating)   csat_survey_responses.rating 1-5, subject contact_id
#   empathy             messages.content of agents (message_type = 1), subject
#                       the conversation
#   friction            conversations per contact (repeated contacts) and the
#                       customer's messages per conversation (message_type = 0)
# (segment_drop needs 0-10 NPS answers, which Chatwoot does not store.)
# Skips (77) when ../shared is absent.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
[ -n "${CX_SHARED:-}" ] && [ -f "$CX_SHARED/crm/chatwoot_core.sql" ] ||
	{ echo "skipped: ../shared/crm/chatwoot_core.sql is absent"; exit 77; }

db=cx_alerts_chatwoot
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
# Chatwoot's schema needs two contrib modules: every packaged server has
# them, a server built by hand may not
for ext in pg_trgm pgcrypto; do
	[ "$(psql_ -d postgres -Atc "SELECT count(*) FROM pg_available_extensions WHERE name = '$ext'")" = 1 ] ||
		{ echo "skipped: this server has no $ext, which Chatwoot's schema needs"; exit 77; }
done
psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
psql_ -d "$db" -f "$CX_SHARED/crm/chatwoot_core.sql" >/dev/null
psql_ -d "$db" -c 'CREATE EXTENSION cx_metrics'

out=$(psql_ -d "$db" -At <<'SQL'
SELECT setseed(0.5);
\set QUIET on
-- the schema is Chatwoot's, unchanged: the helper validates it as it is
SELECT 'attached csat ' || cx_alert_attach('csat_survey_responses', 'csat',
	'{"subject": "contact_id", "at": "created_at", "include": ["feedback_message"], "channel": "chatwoot_alerts"}');
-- wrong column names for this schema are caught at set-up time
DO $$ BEGIN
	PERFORM cx_alert_attach('csat_survey_responses', 'csat', '{"subject": "customer_id"}');
EXCEPTION WHEN undefined_column THEN RAISE NOTICE 'setup error caught: %', SQLERRM;
END $$;

INSERT INTO accounts (name, created_at, updated_at) VALUES ('acme', now(), now());
INSERT INTO contacts (name, account_id, created_at, updated_at)
SELECT 'contact ' || i, 1, now(), now() FROM generate_series(1, 200) i;
INSERT INTO conversations (account_id, inbox_id, contact_id, created_at, updated_at)
SELECT 1, 1, 1 + (i % 200), now(), now() FROM generate_series(1, 1000) i;
-- 2,000 ratings: Chatwoot writes them one per survey answer; here in one go
INSERT INTO csat_survey_responses (account_id, conversation_id, message_id, rating, feedback_message,
                                   contact_id, created_at, updated_at)
SELECT 1, 1 + (i % 1000), i, 1 + floor(random() * 5)::int,
       CASE WHEN random() < 0.5 THEN E'the agent said "wait"\\n…again ' || i END,
       1 + floor(random() * 200)::int, now(), now()
FROM generate_series(1, 2000) i;
-- (a contact's ratings fold in row order: a 1 after a 2 escalates the
-- alert to high and takes that row's key)
WITH ref AS (
	SELECT contact_id::text AS subject, count(*) AS n,
	       coalesce(min(id) FILTER (WHERE rating = 1), min(id)) AS first_id
	FROM csat_survey_responses WHERE rating <= 2 GROUP BY contact_id)
SELECT 'one alert per contact with low ratings: ' ||
       ((SELECT count(*) FROM cx_alert) = (SELECT count(*) FROM ref)),
       'occurrences and worst first row match: ' ||
       ((SELECT count(*) FROM cx_alert a JOIN ref USING (subject)
         WHERE a.occurrences = ref.n AND a.source_key = ref.first_id::text
           AND a.kind = 'csat_low' AND a.channel = 'chatwoot_alerts'
           AND a.source_table = 'public.csat_survey_responses'
           AND a.severity = CASE WHEN (SELECT rating FROM csat_survey_responses r WHERE r.id = ref.first_id) = 1
                                 THEN 'high' ELSE 'medium' END
           AND a.details->'values' ? 'feedback_message'
           AND a.details->>'at' IS NOT NULL) = (SELECT count(*) FROM ref)),
       'no alert for ratings 3-5: ' ||
       NOT EXISTS (SELECT 1 FROM cx_alert a JOIN csat_survey_responses r ON r.id::text = a.source_key WHERE r.rating > 2);
-- an agent corrects a rating down (UPDATE OF rating): a contact without an
-- open alert gets one
DELETE FROM cx_alert;
UPDATE csat_survey_responses SET rating = 1 WHERE id = (SELECT min(id) FROM csat_survey_responses WHERE rating = 5);
SELECT 'update raised: ' || (count(*) = 1 AND min(details->>'previous_score') = '5') FROM cx_alert;
SELECT 'detached ' || cx_alert_detach('csat_survey_responses');

-- empathy: agents' messages, Chatwoot's messages table as it is
DELETE FROM cx_alert;
SELECT 'attached empathy ' || (cx_alert_attach('messages', 'empathy',
	'{"text": "content", "role": "message_type", "agent": 1, "subject": "conversation_id", "at": "created_at"}') > 0);
INSERT INTO messages (content, account_id, inbox_id, conversation_id, message_type, created_at, updated_at)
SELECT (ARRAY['I understand how frustrating this is, I am sorry.', 'That is not my problem.',
              'Calm down and read the manual.', 'Lo siento mucho, entiendo tu frustración.',
              'No es mi problema.', 'Your order has shipped.', 'Thanks for waiting!'])[1 + floor(random() * 7)::int],
       1, 1, 1 + (i % 500), (random() < 0.5)::int, timestamp '2026-10-01' + i * interval '1 minute', now()
FROM generate_series(1, 1500) i;
WITH ref AS (
	SELECT m.conversation_id::text AS subject, count(*) AS n
	FROM messages m
	WHERE m.message_type = 1 AND (empathy_score(m.content) < 0
	      OR EXISTS (SELECT 1 FROM empathy_markers(m.content) k WHERE k.dimension = 'anti_empathy' AND NOT k.negated))
	GROUP BY 1)
SELECT 'empathy alerts match the reference: ' ||
       ((SELECT count(*) FROM ref) > 50
        AND (SELECT count(*) FROM cx_alert) = (SELECT count(*) FROM ref)
        AND (SELECT count(*) FROM cx_alert a JOIN ref USING (subject)
             WHERE a.kind = 'empathy_low' AND a.occurrences = ref.n) = (SELECT count(*) FROM ref)
        AND NOT EXISTS (SELECT 1 FROM cx_alert a JOIN messages m ON m.id::text = a.source_key WHERE m.message_type <> 1));

-- friction: a contact opening conversation after conversation, and a
-- customer writing again and again in one conversation
DELETE FROM cx_alert;
SELECT 'attached friction ' || (cx_alert_attach('conversations', 'friction',
	'{"journey": "contact_id", "at": "created_at", "repeats": 2, "window": "7 days", "trigger_name": "cx_alert_repeat_contact"}') > 0
	AND cx_alert_attach('messages', 'friction',
	'{"journey": "conversation_id", "at": "created_at", "where_column": "message_type", "where_value": 0,
	  "repeats": 3, "window": "1 hour", "trigger_name": "cx_alert_chasing"}') > 0);
INSERT INTO conversations (account_id, inbox_id, contact_id, created_at, updated_at) VALUES
	(1, 1, 7001, '2026-10-01', now()), (1, 1, 7001, '2026-10-03', now()), (1, 1, 7002, '2026-10-01', now());
INSERT INTO conversations (account_id, inbox_id, contact_id, created_at, updated_at) VALUES
	(1, 1, 7001, '2026-10-04', now()), (1, 1, 7002, '2026-10-20', now());
INSERT INTO messages (content, account_id, inbox_id, conversation_id, message_type, created_at, updated_at)
SELECT 'hello?', 1, 1, 9999, 0, timestamp '2026-10-05 10:00' + i * interval '10 minutes', now()
FROM generate_series(0, 3) i;
SELECT 'friction alerts: ' || string_agg(format('%s %s repeats=%s', kind, subject, details->>'repeats'), ', ' ORDER BY id)
FROM cx_alert;
SELECT 'detached ' || cx_alert_detach('messages') || ' ' || cx_alert_detach('conversations');
SQL
)
echo "$out"
if grep -qE ': false' <<<"$out"; then echo "FAIL"; exit 1; fi
for want in 'attached csat 1' 'one alert per contact with low ratings: true|occurrences and worst first row match: true|no alert for ratings 3-5: true' 'update raised: true' 'detached 1' \
	'attached empathy true' 'empathy alerts match the reference: true' 'attached friction true' \
	'friction alerts: journey_friction 7001 repeats=2, journey_friction 9999 repeats=3' 'detached 2 1'; do
	grep -qxF "$want" <<<"$out" || { echo "FAIL: missing '$want'"; exit 1; }
done
echo "ok: csat, empathy and friction alerts on Chatwoot's tables, unchanged, match the references"
