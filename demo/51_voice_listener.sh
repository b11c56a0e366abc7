#!/usr/bin/env bash
# demo/51_voice_listener.sh: a support team's service LISTENs for alerts
# while a customer writes in the help desk: "cancelo mi cuenta" raises a
# churn_intent alert (attached in demo/50_voice.sql) that the listener
# receives with the words that made it; a customer who says they will NOT
# leave raises nothing.
set -euo pipefail
cd "$(dirname "$0")"	# a directory the server user may enter
source ./listener_lib.sh

listener_start 6
echo "help desk: a customer writes \"No me voy a dar de baja, solo quería preguntar.\" (conversation 7)"
cx_psql -q -c "INSERT INTO chat_messages VALUES (7, 'Lucía', 0, 'No me voy a dar de baja, solo quería preguntar.', '2026-11-20 14:00+00')"
echo "help desk: a customer writes \"Es la segunda vez que escribo. Cancelo mi cuenta y me voy a la competencia.\" (conversation 6)"
cx_psql -q -c "INSERT INTO chat_messages VALUES (6, 'Lucía', 0, 'Es la segunda vez que escribo. Cancelo mi cuenta y me voy a la competencia.', '2026-11-20 14:05+00')"
listener_wait
echo "the durable alert rows of conversations 6 and 7:"
cx_psql -q -c "SELECT kind, severity, subject, details -> 'markers' AS markers, round((details ->> 'churn_intent')::numeric) AS churn FROM cx_alert WHERE subject IN ('6', '7') AND source_table = 'public.chat_messages' ORDER BY id"
rm -f "$listener_log" "$listener_times"
