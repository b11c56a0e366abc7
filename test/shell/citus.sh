#!/usr/bin/env bash
# Citus: the extension's aggregates computed partially on the workers.
#
# Runs only when Citus is installed for this PostgreSQL (its citus.so and
# citus.control); exits 77 (skipped) otherwise: Debian does not package
# Citus, and this project never builds it.  Starts a coordinator and two
# workers of its own on localhost (TCP on random ports, trust for local
# connections only), with shared_preload_libraries = 'citus,cx_metrics',
# distributes survey answers by customer, messages by conversation and
# journey events by event id (so that a journey's events are on several
# shards) over 32 shards, plus stored journey_friction states, keeps a plain
# local copy of each on the coordinator, and for
# every aggregate with a storable state checks, for a GROUP BY on a column
# that is not the distribution column:
#   - pushed: the plan computes it on the workers (worker_partial_agg in the
#     task's query, coord_combine_agg on the coordinator);
#   - equal: the same result as over the local copy, as text (bit for bit),
#     except weighted NPS, compared to 1e-9 (float sums in another order).
# Then cx_citus_setup() makes the lexicon tables reference tables, and an
# edit on the coordinator must change the workers' scores (empathy_agg and
# voice_agg computed on the workers equal to the same over the local copy)
# within its transaction, be undone by ROLLBACK and stay after COMMIT.
# Alerts on distributed tables (attached after create_distributed_table, and
# before it with cx_citus_distribute): single-row, multi-row, COPY,
# multi-shard UPDATE and a write sent to a worker land in the coordinator's
# cx_alert, one open alert per subject across shards, naming the distributed
# table, acknowledged and resolved there, and reach a listener on the
# coordinator; friction and churn_intent on a table distributed by the
# journey, friction on one that is not, segment_drop (by a column, and
# "via" a customers table) equal to one node's; reference tables refused
# with a hint; risk
# alerts scanned from distributed rows land in the coordinator's cx_alert.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"

by_hand=0
if [ -z "${CX_PGBIN:-}" ] || [ -z "${CX_WORK:-}" ]; then
	cx_private_setup
	by_hand=1
fi
CX_SERVER_USER=${CX_SERVER_USER:-$(cx_server_user)}
export CX_SERVER_USER
if ! cx_have_citus; then
	echo "Citus is not installed for $("$CX_PGBIN/pg_config" --version)"
	exit 77
fi

# ---- a coordinator and two workers ---------------------------------------------
trap 'cx_citus_stop; [ $by_hand = 0 ] || rm -rf "$CX_WORK"' EXIT
cx_citus_start "$CX_WORK/citus"
coord=${CX_CITUS_PORTS[0]}
psql_() { cx_citus_psql "$@"; }

# ---- data: distributed tables and local copies ----------------------------------
psql_ "$coord" >/dev/null <<'SQL'
SET citus.shard_count = 32;
CREATE TABLE answers (customer_id bigint, segment text, score int, weight float8, exposed boolean,
	features float8[], body text, lang text);
SELECT create_distributed_table('answers', 'customer_id');
INSERT INTO answers
SELECT i, 'segment ' || (i % 5), (i * 7919) % 11, 1 + (i % 3) * 0.25, i % 4 = 0,
	ARRAY[(i % 10)::float8, ((i * 31) % 7)::float8, (i % 3 = 0)::int::float8],
	(ARRAY['My order never arrived and I am really upset, I want to cancel.',
		   'Great service, thank you so much!', 'Llevo tres semanas esperando, es una vergüenza.',
		   'Todo perfecto, muy amables.', 'It took me five calls to get this fixed.'])[1 + i % 5],
	CASE WHEN i % 5 IN (2, 3) THEN 'es' ELSE 'en' END
FROM generate_series(1, 20000) i;
CREATE TABLE answers_local AS SELECT * FROM answers;

CREATE TABLE msg (conv int, agent int, role text, body text, sent_at timestamptz);
SELECT create_distributed_table('msg', 'conv');
INSERT INTO msg
SELECT c, c % 7, CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'agent' END,
	(ARRAY['Llevo tres días esperando y estoy harto.', 'Lamento mucho las molestias, ¿me indica el pedido?',
		   'My order never arrived and I am upset.', 'I am so sorry, I will fix this for you right now.',
		   'Gracias.', 'Entiendo su frustración, me encargo personalmente.'])[1 + (c * 7 + i) % 6],
	timestamptz '2026-10-01 10:00+00' + (c * 60 + i * (1 + c % 5)) * interval '1 min'
FROM generate_series(1, 3000) c, generate_series(0, 5) i;
CREATE TABLE msg_local AS SELECT * FROM msg;

-- journey events distributed by event id, not by journey: the events of
-- one journey are on several shards
CREATE TABLE jev (id bigint, journey bigint, segment text, stage text, at timestamptz,
	channel text, failed boolean, score int);
SELECT create_distributed_table('jev', 'id');
INSERT INTO jev
SELECT i, i / 9, 'segment ' || ((i / 9) % 5),
	(ARRAY['browse', 'cart', 'checkout', 'pay', 'done', 'help'])[1 + (i * 7919) % 6],
	timestamptz '2026-01-01 00:00+00' + (i % 17) * interval '3 hours' + (i / 9) * interval '1 min',
	(ARRAY['web', 'app', 'phone'])[1 + i % 3], i % 13 = 0, ((i / 9) % 11)::int
FROM generate_series(1, 30000) i;
CREATE TABLE jev_local AS SELECT * FROM jev;

-- stored journey_friction states (one per journey bucket), to add up
CREATE TABLE jstates (id int, segment text, s journey_friction_state);
SELECT create_distributed_table('jstates', 'id');
INSERT INTO jstates
SELECT b, 'segment ' || (b % 4),
	journey_friction(journey, stage, at, channel, failed, journey_config(as_of => '2026-01-20'))
FROM (SELECT *, journey % 40 AS b FROM jev_local) e GROUP BY b;
CREATE TABLE jstates_local AS SELECT * FROM jstates;
SQL

# ---- every aggregate: pushed down, equal to one node -----------------------------
# name | expression | table [| partial: why not grouped by the distribution
# column]; each grouped by another column than the distribution column
# (answers, jev and jstates by segment, msg by agent) and by the
# distribution column (some of the rows: a group per row)
cases=$(cat <<'EOF'
nps(int)|nps(score)|answers
nps(int, float8)|round(nps(score, weight)::numeric, 9)|answers
nps_agg|nps_agg(score)|answers
nps_summary|nps_summary(score)|answers
csat(int)|csat(score % 5 + 1)|answers
csat(int, scale)|csat(score % 7 + 1, 7)|answers
csat_agg|csat_agg(score % 5 + 1)|answers
csat_summary|csat_summary(score % 5 + 1)|answers
ces(int)|ces(score % 7 + 1)|answers
ces_easy|ces_easy(score % 7 + 1)|answers
ces_agg|ces_agg(score % 7 + 1)|answers
ces_summary|ces_summary(score % 7 + 1)|answers
voice_agg(body)|voice_agg(body)|answers
voice_agg(body, lang)|voice_agg(body, lang)|answers
driver_importance_agg|driver_importance_agg(score::float8, features, ARRAY['wait', 'calls', 'repeat'])|answers
nps_impact|nps_impact(score, exposed)|answers
csat_impact|csat_impact(score % 5 + 1, exposed)|answers
ces_impact|ces_impact(score % 7 + 1, exposed)|answers
empathy_agg(conversation, ...)|empathy_agg(conv::text, role, body, sent_at)|msg
empathy_agg(..., reply_target)|empathy_agg(conv::text, role, body, sent_at, '10 min')|msg
journey_friction|journey_friction(journey, stage, at)|jev|partial: without as_of, drop-off is judged at the start of the finishing node's transaction
journey_friction(..., config)|journey_friction(journey::text, stage, at, channel, failed, journey_config(final_stages => ARRAY['done'], as_of => '2026-01-20'))|jev
journey_moments|journey_moments(journey, stage, at, score)|jev|partial: without as_of, drop-off is judged at the start of the finishing node's transaction
journey_friction_merge|journey_friction_merge(s)|jstates
journey_moments(..., config)|journey_moments(journey, stage, at, score % 5 + 1, channel, failed, journey_moments_config(journey_config(stages => ARRAY['browse', 'cart', 'checkout', 'pay', 'done', 'help'], as_of => '2026-01-20'), '1 day', 5))|jev
EOF
)
# risk_metrics over a constant model (fitted on the local copy): the AUC and
# the counts bit for bit, the means of float sums to 10 digits (the order of
# their terms differs: about 1e-14 apart);
# risk_step's first pass, whose means differ in their last digits, by what
# risk_fit_update makes of it (another pass is needed: NULL)
model=$(psql_ "$coord" -At -c "SELECT risk_fit(score > 6, features)::text FROM answers_local")
rm_="risk_metrics('$model'::risk_model, score > 6, features)"
cases+=$'\n'"risk_metrics|ARRAY[($rm_).n, ($rm_).positives, ($rm_).skipped, ($rm_).auc::numeric, round(($rm_).log_loss::numeric, 10), round(($rm_).brier::numeric, 10), round(($rm_).mean_risk::numeric, 10)]|answers"
cases+=$'\n'"risk_step (first pass)|risk_fit_update(risk_step(NULL, score > 6, features)) IS NULL|answers|partial: a group per row is too few rows to fit"
status=0
# one case, one grouping: "partial" (by another column: worker_partial_agg on
# the workers, coord_combine_agg on the coordinator) or "whole" (by the
# distribution column: the aggregate itself in the workers' task queries);
# prints "pushed/equal"
run_case() {
	local name=$1 expr=$2 tbl=$3 key=$4 mode=$5 where=${6:-} q ql plan pushed=no diff groups equal=no fn
	q="SELECT $key, ($expr)::text AS r FROM $tbl $where GROUP BY $key"
	ql="SELECT $key, ($expr)::text AS r FROM ${tbl}_local $where GROUP BY $key"
	plan=$(psql_ "$coord" -At -c "EXPLAIN (VERBOSE, COSTS OFF) $q")
	fn=$(sed 's/[( ].*//' <<<"$name")
	if [ "$mode" = partial ]; then
		grep -q 'worker_partial_agg' <<<"$plan" && grep -q 'coord_combine_agg' <<<"$plan" && pushed=yes
	else
		! grep -q 'worker_partial_agg\|coord_combine_agg' <<<"$plan" &&
			grep -q "Query: SELECT .*$fn(.* GROUP BY $key" <<<"$plan" && pushed=yes
	fi
	diff=$(psql_ "$coord" -At -c "SELECT count(*) FROM (($q EXCEPT $ql) UNION ALL ($ql EXCEPT $q)) d")
	groups=$(psql_ "$coord" -At -c "SELECT count(*) FROM ($q) g")
	[ "$diff" = 0 ] && [ "$groups" -gt 1 ] && equal=yes
	printf '%s/%s (%s groups)' "$pushed" "$equal" "$groups"
	if [ $pushed != yes ] || [ $equal != yes ]; then
		status=1
		printf '\n%s\n' "$(head -20 <<<"$plan")"
	fi
}
printf '%-32s %-34s %s\n' aggregate "by another column: pushed/equal" "by the distribution column: pushed/equal"
while IFS='|' read -r name expr tbl only; do
	case $tbl in
	answers) other=segment dist=customer_id where="WHERE customer_id <= 3000" ;;
	msg) other=agent dist=conv where="" ;;
	jev) other=segment dist=id where="WHERE id <= 1000" ;;
	jstates) other=segment dist=id where="" ;;
	esac
	printf '%-32s %-34s ' "$name" "$(run_case "$name" "$expr" "$tbl" "$other" partial)"
	if [ -n "$only" ]; then
		printf -- '- (%s)' "${only#partial: }"
	else
		run_case "$name" "$expr" "$tbl" "$dist" whole "$where"
	fi
	echo
done <<<"$cases"

# risk_fit's one-step form: every pass of risk_fit_iterate is computed on the
# workers (a Newton pass too: its previous state travels in the query), and
# the model is risk_fit's over the local copy up to rounding
pass1=$(psql_ "$coord" -At -c "SELECT risk_step(NULL, score > 6, features)::text FROM answers")
for q in "SELECT segment, risk_step(NULL, score > 6, features) FROM answers GROUP BY segment" \
	"SELECT risk_step('$pass1'::risk_step_state, score > 6, features) FROM answers"; do
	plan=$(psql_ "$coord" -At -c "EXPLAIN (VERBOSE, COSTS OFF) $q")
	if grep -q 'worker_partial_agg' <<<"$plan" && grep -q 'coord_combine_agg' <<<"$plan"; then
		echo "ok   risk_step pushed down: ${q:0:60}..."
	else
		echo "FAIL risk_step not pushed down: ${q:0:60}..."; echo "$plan" | head -20; status=1
	fi
done
for w in "" "WHERE segment = 'segment 2'"; do
	d=$(psql_ "$coord" -At -c "
		SELECT max(greatest(abs(a.coefficient - b.coefficient), abs(a.std_error - b.std_error)) / b.std_error)
		FROM risk_coefficients(risk_fit_iterate('SELECT score > 6, features FROM answers $(sed "s/'/''/g" <<<"$w")')) a
		JOIN risk_coefficients((SELECT risk_fit(score > 6, features) FROM answers_local $w)) b USING (feature)")
	if psql_ "$coord" -At -c "SELECT $d < 1e-10" | grep -q t; then
		echo "ok   risk_fit_iterate on the workers = risk_fit on one node ${w:+($w)}: max difference $d standard errors"
	else
		echo "FAIL risk_fit_iterate ${w:+($w)}: max difference $d standard errors"; status=1
	fi
done

# journey keys of another type (numeric) use the anyelement form, which
# Citus cannot push down (it checks the declared argument types): it has no
# combine function, so Citus computes it on the coordinator, as in 1.1
q="SELECT segment, (journey_friction(journey::numeric, stage, at, journey_config(as_of => '2026-01-20')))::text FROM jev GROUP BY 1 ORDER BY 1"
plan=$(psql_ "$coord" -At -c "EXPLAIN (VERBOSE, COSTS OFF) $q")
r1=$(psql_ "$coord" -At -c "$q")
r2=$(psql_ "$coord" -At -c "${q/FROM jev /FROM jev_local }")
if ! grep -q 'worker_partial_agg' <<<"$plan" && [ -n "$r1" ] && [ "$r1" = "$r2" ]; then
	echo "ok   journey_friction with numeric keys: on the coordinator, equal to one node"
else
	echo "FAIL journey_friction with numeric keys"; echo "$plan" | head -20; status=1
fi

# the reply target as an argument reaches the workers' partial states: the
# coordinator's setting does not change the result, as on one node
r1=$(psql_ "$coord" -At -c "SET cx_metrics.reply_target = '5 s'; SELECT (empathy_agg(conv::text, role, body, sent_at, '10 min'))::text FROM msg")
r2=$(psql_ "$coord" -At -c "SELECT (empathy_agg(conv::text, role, body, sent_at, '10 min'))::text FROM msg_local")
if [ "$r1" = "$r2" ]; then echo "ok   reply_target argument, coordinator setting ignored"; else
	echo "FAIL reply_target argument: $r1 vs $r2"; status=1; fi
# ---- lexicon edits reach every node, in the same transaction ----------------------
n=$(psql_ "$coord" -At -c "SELECT count(*) FROM cx_citus_setup()")
again=$(psql_ "$coord" -At -c "SELECT count(*) FROM cx_citus_setup()")
refs=$(psql_ "$coord" -At -c "SELECT string_agg(logicalrelid::text, ',' ORDER BY 1) FROM pg_dist_partition
	WHERE partmethod = 'n' AND logicalrelid::text LIKE '%_user'")
if [ "$n" = 3 ] && [ "$again" = 0 ] &&
	[ "$refs" = "empathy_lexicon_user,voice_lexicon_user,voice_taxonomy_user" ]; then
	echo "ok   cx_citus_setup: 3 reference tables, none the second time"
else
	echo "FAIL cx_citus_setup: $n, then $again ($refs)"; status=1
fi
# one transaction: scores before the edit, after it (distributed and local,
# which must agree), then rolled back; then the same edit committed
edit_sql=$(cat <<'SQL'
INSERT INTO empathy_lexicon_user VALUES ('en', 'this whole mess', 'anti_empathy', 3, false);
INSERT INTO voice_taxonomy_user VALUES ('en', 'whole mess', 'chaos_topic', 2, false);
SQL
)
score_sql=$(cat <<'SQL'
SELECT (SELECT string_agg(r::text, ';' ORDER BY agent) FROM (SELECT agent, empathy_agg(conv::text, role, 'this whole mess. ' || body, sent_at) r FROM msg GROUP BY agent) d)
    || '|' || (SELECT string_agg(r::text, ';' ORDER BY agent) FROM (SELECT agent, empathy_agg(conv::text, role, 'this whole mess. ' || body, sent_at) r FROM msg_local GROUP BY agent) l)
    || '|' || (SELECT string_agg(r::text, ';' ORDER BY segment) FROM (SELECT segment, voice_agg('the whole mess: ' || body) r FROM answers GROUP BY segment) d)
    || '|' || (SELECT string_agg(r::text, ';' ORDER BY segment) FROM (SELECT segment, voice_agg('the whole mess: ' || body) r FROM answers_local GROUP BY segment) l);
SQL
)
out=$(psql_ "$coord" -At <<SQL
$score_sql
BEGIN;
$edit_sql
$score_sql
ROLLBACK;
$score_sql
BEGIN;
$edit_sql
COMMIT;
$score_sql
SQL
)
mapfile -t rows <<<"$out"
check_row() { # label row: distributed = local for both aggregates
	local e_d e_l v_d v_l
	IFS='|' read -r e_d e_l v_d v_l <<<"$2"
	if [ -n "$e_d" ] && [ "$e_d" = "$e_l" ] && [ -n "$v_d" ] && [ "$v_d" = "$v_l" ]; then
		echo "ok   $1: workers' scores equal the coordinator's local ones"
	else
		echo "FAIL $1: distributed and local scores differ"; status=1
	fi
}
check_row "before the edit" "${rows[0]}"
check_row "edit not committed yet" "${rows[1]}"
check_row "after rollback" "${rows[2]}"
check_row "after commit" "${rows[3]}"
if [ "${rows[1]}" != "${rows[0]}" ] && [ "${rows[2]}" = "${rows[0]}" ] && [ "${rows[3]}" = "${rows[1]}" ]; then
	echo "ok   the edit changes the scores in its transaction, the rollback restores them"
else
	echo "FAIL the edit's effect: before/in/rollback/commit do not follow it"; status=1
fi
# ---- alerts ----------------------------------------------------------------------
# Alerts on distributed tables: the triggers fire on the shards, relay their
# alerts to the coordinator, whose delivery worker raises them there.  A
# LISTEN client on the coordinator collects the NOTIFYs of every case.
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import psycopg2' 2>/dev/null; then PY=$p; break; fi
done
[ -n "${PY:-}" ] || { echo "FAIL python3 with psycopg2 not found (scripts/lib.sh installs python3-psycopg2)"; exit 1; }
listen_log=$CX_WORK/citus/listen.log
listen_ready=$CX_WORK/citus/listen.ready
cx_as_server "$PY" - "$CX_CITUS_DIR" "$coord" "$listen_log" "$listen_ready" <<'PY' &
import select, sys, time, psycopg2
host, port, log, ready = sys.argv[1:5]
conn = psycopg2.connect(host=host, port=port, dbname="postgres")
conn.autocommit = True
conn.cursor().execute("LISTEN cx_alerts")
open(ready, "w").close()
end = time.time() + 120
with open(log, "a") as out:
    while time.time() < end:
        if select.select([conn], [], [], 1) == ([], [], []):
            if open(ready).read() == "stop":
                break
            continue
        conn.poll()
        while conn.notifies:
            out.write(conn.notifies.pop(0).payload + "\n")
            out.flush()
PY
listener=$!
for _ in $(seq 100); do [ -e "$listen_ready" ] && break; sleep 0.1; done

# wait (at most 15 s) until query $2 on the coordinator prints $3; prints what it printed
wait_for() {
	local got i
	for i in $(seq 60); do
		got=$(psql_ "$coord" -At -c "$1" 2>&1) || true
		[ "$got" = "$2" ] && break
		sleep 0.25
	done
	printf '%s' "$got"
}
check() {	# label, got, want
	if [ "$2" = "$3" ]; then echo "ok   $1"; else
		echo "FAIL $1: got ${2//$'\n'/; }, want ${3//$'\n'/; }"; status=1; fi
}
refused() {	# label, sql, expected error line
	local err
	err=$(psql_ "$coord" -c "$2" 2>&1 || true)
	if grep -qF "$3" <<<"$err" && grep -q '^HINT:' <<<"$err"; then echo "ok   $1: refused with a hint"; else
		echo "FAIL $1: ${err//$'\n'/; }"; status=1; fi
}

# attached after create_distributed_table: survey answers distributed by
# answer id, so that one customer's answers are on several shards
psql_ "$coord" >/dev/null <<'SQL'
CREATE TABLE surveys (id bigint PRIMARY KEY, customer_id bigint, score int);
SELECT create_distributed_table('surveys', 'id');
SELECT cx_alert_attach('surveys', 'nps', '{"subject": "customer_id", "key": "id", "delivery": "deferred"}');
SQL
shards=$(psql_ "$coord" -At -c "SELECT sum(result::int) FROM run_command_on_workers(\$\$SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relname LIKE 'surveys\\_%' AND t.tgname LIKE 'cx\\_alert\\_nps%'\$\$)")
check "cx_alert_attach on a distributed table: the trigger is on its 32 shards" "$shards" "32"

# single-row, multi-row (a two-phase commit over several shards), COPY, a
# multi-shard UPDATE, a rolled-back write and a write sent to a worker
psql_ "$coord" >/dev/null <<'SQL'
INSERT INTO surveys VALUES (1, 101, 3);
INSERT INTO surveys SELECT i, 100 + i % 4, CASE WHEN i % 2 = 0 THEN 2 ELSE 10 END FROM generate_series(2, 41) i;
COPY surveys FROM STDIN;
50	105	0
51	105	9
52	106	1
\.
UPDATE surveys SET score = 0 WHERE customer_id = 101 AND score = 10;
BEGIN;
INSERT INTO surveys VALUES (60, 107, 0);
ROLLBACK;
SQL
psql_ "${CX_CITUS_PORTS[1]}" -c "INSERT INTO surveys VALUES (70, 108, 4)" >/dev/null
# customers 100 and 102 answered 2 (ten times each), 101 once 3, ten times 10
# then 0 (the UPDATE), 103 always 10; 105 and 106 by COPY; 108 on a worker
# (a 4: medium)
want=$'100|10|high|public.surveys\n101|11|high|public.surveys\n102|10|high|public.surveys\n105|1|high|public.surveys\n106|1|high|public.surveys\n108|1|medium|public.surveys'
got=$(wait_for "SELECT string_agg(format('%s|%s|%s|%s', subject, occurrences, severity, source_table), E'\n' ORDER BY subject) FROM cx_alert WHERE resolved_at IS NULL AND kind = 'nps_detractor'" "$want")
check "writes through the coordinator and a worker: one open alert per customer across shards, naming the distributed table" "$got" "$want"
got=$(psql_ "$coord" -At -c "SELECT (SELECT sum(result::int) FROM run_command_on_workers('SELECT count(*) FROM cx_alert')) || '|' || (SELECT sum(result::int) FROM run_command_on_workers('SELECT count(*) FROM cx_alert_relay'))")
check "the workers keep no alert, and their relays are drained" "$got" "0|0"
id=$(psql_ "$coord" -At -c "SELECT id FROM cx_alert WHERE subject = '105'")
got=$(psql_ "$coord" -At -c "SELECT (cx_alert_ack($id)).acknowledged_by IS NOT NULL, (cx_alert_resolve($id, 'called back')).resolved_at IS NOT NULL")
check "acknowledged and resolved on the coordinator" "$got" "t|t"

# attached before distributing: cx_citus_distribute() moves the triggers to
# the shards; the rows already there raise nothing again
psql_ "$coord" >/dev/null <<'SQL'
CREATE TABLE tickets (id bigint, conversation_id bigint, sender text, body text, sent_at timestamptz,
	PRIMARY KEY (id, conversation_id));
INSERT INTO tickets VALUES (1, 900, 'customer', 'I will cancel my account', now());
SELECT cx_alert_attach('tickets', 'friction', '{"journey": "conversation_id", "at": "sent_at",
	"where_column": "sender", "where_value": "customer", "repeats": 2, "window": "2 hours"}');
SELECT cx_alert_attach('tickets', 'churn_intent', '{"text": "body", "role": "sender", "customer": "customer",
	"subject": "conversation_id", "key": "id"}');
SQL
refused "create_distributed_table of a table with alert triggers (Citus)" \
	"SELECT create_distributed_table('tickets', 'conversation_id')" "cannot distribute relation"
got=$(psql_ "$coord" -At -c "SELECT cx_citus_distribute('tickets', 'conversation_id')" 2>/dev/null)
check "cx_citus_distribute: two alert triggers moved to the shards" "$got" "2"
psql_ "$coord" >/dev/null <<'SQL'
INSERT INTO tickets VALUES
	(2, 901, 'customer', 'Cancel my account now, I am switching to another company', now()),
	(3, 902, 'customer', 'hello?', now() - interval '30 min'),
	(4, 902, 'customer', 'anyone there?', now() - interval '10 min'),
	(5, 902, 'customer', 'hello??', now());
SQL
want=$'churn_intent|901|public.tickets\njourney_friction|902|public.tickets'
got=$(wait_for "SELECT string_agg(format('%s|%s|%s', kind, subject, source_table), E'\n' ORDER BY kind) FROM cx_alert WHERE source_table = 'public.tickets'" "$want")
check "friction and churn_intent alerts on a table distributed before: raised on the coordinator, none for the rows already there" "$got" "$want"

# friction on a table not distributed by the journey (contacts by id, the
# journey a customer): the shards relay the journeys they touch and the
# coordinator reads their windows from the distributed table; the same rows
# on a plain table give the same alerts
want=$(psql_ "$coord" -At 2>/dev/null <<'SQL' | tail -n1
CREATE TABLE contacts_d (id bigint PRIMARY KEY, customer_id bigint, stage text, at timestamptz);
SELECT create_distributed_table('contacts_d', 'id');
CREATE TABLE contacts_l (LIKE contacts_d INCLUDING ALL);
SELECT cx_alert_attach('contacts_d', 'friction', '{"journey": "customer_id", "at": "at", "stage": "stage", "repeats": 2, "loops": 1, "window": "2 hours"}');
SELECT cx_alert_attach('contacts_l', 'friction', '{"journey": "customer_id", "at": "at", "stage": "stage", "repeats": 2, "loops": 1, "window": "2 hours"}');
-- customer 500: three contacts in one statement (over several shards);
-- 501: one per statement, a loop back to billing; 502: two, below the thresholds
INSERT INTO contacts_d VALUES (1, 500, 'support', '2026-11-20 10:00+00'), (2, 500, 'support', '2026-11-20 10:20+00'),
	(3, 500, 'support', '2026-11-20 10:40+00'), (4, 502, 'billing', '2026-11-20 10:00+00'), (5, 502, 'support', '2026-11-20 10:30+00');
INSERT INTO contacts_d VALUES (6, 501, 'billing', '2026-11-20 09:00+00');
INSERT INTO contacts_d VALUES (7, 501, 'support', '2026-11-20 09:30+00');
INSERT INTO contacts_d VALUES (8, 501, 'billing', '2026-11-20 10:00+00');
INSERT INTO contacts_l SELECT * FROM contacts_d WHERE id <= 5;
INSERT INTO contacts_l SELECT * FROM contacts_d WHERE id = 6;
INSERT INTO contacts_l SELECT * FROM contacts_d WHERE id = 7;
INSERT INTO contacts_l SELECT * FROM contacts_d WHERE id = 8;
SELECT string_agg(format('%s|%s|%s|%s', subject, severity, source_key, details - 'table'), ';' ORDER BY subject)
FROM cx_alert WHERE source_table = 'public.contacts_l';
SQL
)
check "friction by customer on a plain table: alerts for customers 500 and 501" "$(sed 's/|[^;]*//g' <<<"$want")" "500;501"
got=$(wait_for "SELECT string_agg(format('%s|%s|%s|%s', subject, severity, source_key, details - 'table'), ';' ORDER BY subject) FROM cx_alert WHERE source_table = 'public.contacts_d'" "$want")
check "friction on a table not distributed by the journey: the alerts of one node" "$got" "$want"

# what is not supported says so
psql_ "$coord" -c "CREATE TABLE ref (id int); SELECT create_reference_table('ref')" >/dev/null
refused "cx_alert_attach on a reference table" "SELECT cx_alert_attach('ref', 'nps', '{\"subject\": \"id\", \"key\": \"id\"}')" \
	"ERROR:  alert triggers are not supported on Citus reference tables"
# segment_drop: the shards relay their rollup states (with "via": per
# customer key, whose segments the coordinator looks up), the coordinator
# folds and tests; the same answers on a plain table give the same alert
# and the same rollup
psql_ "$coord" >/dev/null <<'SQL'
CREATE TABLE seg_customers (customer_id bigint PRIMARY KEY, segment text);
INSERT INTO seg_customers SELECT i, CASE WHEN i % 2 = 0 THEN 'smb' ELSE 'ent' END FROM generate_series(1, 200) i;
SQL
seg_case() {	# name, settings
	local want got
	want=$(psql_ "$coord" -At 2>/dev/null <<SQL | tail -n1
CREATE TABLE $1_d (id bigint PRIMARY KEY, customer_id bigint, segment text, score int, answered_at timestamptz);
SELECT create_distributed_table('$1_d', 'id');
CREATE TABLE $1_l (LIKE $1_d INCLUDING ALL);
-- a baseline of mostly promoters, filled into the rollups at attach time
INSERT INTO $1_d SELECT i, 1 + i % 200, CASE WHEN i % 2 = 1 THEN 'smb' ELSE 'ent' END,
	CASE WHEN i % 5 = 0 THEN 5 ELSE 10 END, timestamptz '2026-11-20' - ((8 + i % 20) || ' days')::interval
FROM generate_series(1, 400) i;
INSERT INTO $1_l SELECT * FROM $1_d;
SELECT cx_alert_attach('$1_d', 'segment_drop', '$2') AS d \gset
SELECT cx_alert_attach('$1_l', 'segment_drop', '$2') AS l \gset
-- then a week of SMB detractors, in one statement each
INSERT INTO $1_d SELECT 1000 + i, 2 * (1 + i % 100), 'smb', i % 4,
	timestamptz '2026-11-20' - ((i % 6) || ' days')::interval FROM generate_series(1, 60) i;
INSERT INTO $1_l SELECT * FROM $1_d WHERE id > 1000;
SELECT format('%s|%s|%s|%s', severity, subject, source_key, details - 'table') FROM cx_alert WHERE config_id = :l;
SQL
)
	check "segment_drop ($1) on a plain table: one alert (high, smb)" "$(cut -d'|' -f1-2 <<<"$want")" "high|smb"
	got=$(wait_for "SELECT format('%s|%s|%s|%s', severity, subject, source_key, details - 'table') || '|' || (details ->> 'table') FROM cx_alert WHERE kind = 'nps_segment_drop' AND source_table = 'public.$1_d'" "$want|public.$1_d")
	check "segment_drop ($1) on a distributed table: the alert of one node, naming the distributed table" "$got" "$want|public.$1_d"
	got=$(psql_ "$coord" -At -c "SELECT (SELECT string_agg(format('%s %s %s', segment, day, state), ',' ORDER BY segment, day) FROM cx_alert_segment_rollup r JOIN cx_alert_config c USING (config_id) WHERE c.table_name = '$1_d'::regclass) = (SELECT string_agg(format('%s %s %s', segment, day, state), ',' ORDER BY segment, day) FROM cx_alert_segment_rollup r JOIN cx_alert_config c USING (config_id) WHERE c.table_name = '$1_l'::regclass)")
	check "segment_drop ($1): the rollup folded from the shards' states equals one node's" "$got" "t"
}
seg_case segcol '{"at": "answered_at", "segment": "segment", "min_answers": 30}'
seg_case segvia '{"at": "answered_at", "via": "seg_customers", "segment": "segment", "min_answers": 30}'

# the listener on the coordinator had one NOTIFY per new alert (the folded
# ones are silent): 6 detractors (deferred), the 2 ticket alerts, the
# friction alerts of the contacts (two each) and the segment drops of the
# distributed and the plain tables (two each)
echo stop >"$listen_ready"
wait $listener || true
got=$(grep -c '"event": *"new"' "$listen_log" || true)
check "a listener on the coordinator: one NOTIFY per new alert" "$got" "16"

# detaching drops the shards' triggers
psql_ "$coord" -c "SELECT cx_alert_detach('surveys')" >/dev/null
shards=$(psql_ "$coord" -At -c "SELECT sum(result::int) FROM run_command_on_workers(\$\$SELECT count(*) FROM pg_trigger t WHERE t.tgname LIKE 'cx\\_alert\\_nps%'\$\$)")
check "cx_alert_detach on a distributed table: the shards' triggers are gone" "$shards" "0"
# risk alerts over distributed data: the scan runs on the coordinator
risk=$(psql_ "$coord" -At <<'SQL'
CREATE TABLE answers_model AS
SELECT risk_fit(score <= 6, features[1:2], ARRAY['{} waits', '{} calls']) AS model FROM answers;
-- the threshold: the median risk, so that some customers are above it and some not
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY risk_score(m.model, a.features[1:2])) AS threshold
FROM answers a, answers_model m WHERE a.customer_id <= 2000 \gset
SELECT cx_alert_attach('answers', 'risk', jsonb_build_object('threshold', :threshold, 'high', 0.99)) \gset
SELECT count(*) FROM cx_risk_scan((SELECT model FROM answers_model),
	'SELECT customer_id AS subject, features[1:2] AS features FROM answers WHERE customer_id <= 2000', :cx_alert_attach);
SELECT count(*), count(DISTINCT subject), bool_and(source_table::regclass = 'answers'::regclass), bool_and(kind = 'risk') FROM cx_alert WHERE kind = 'risk';
SELECT count(*) FILTER (WHERE risk_score(m.model, a.features[1:2]) >= :threshold)
FROM answers a, answers_model m WHERE a.customer_id <= 2000;
SQL
)
mapfile -t rr <<<"$risk"
if [ "${rr[0]}" -gt 0 ] && [ "${rr[0]}" -lt 2000 ] && [ "${rr[1]}" = "${rr[0]}|${rr[0]}|t|t" ] &&
	[ "${rr[2]}" = "${rr[0]}" ]; then
	echo "ok   risk alerts from distributed rows: ${rr[0]} alerts in the coordinator's cx_alert, naming answers"
else
	echo "FAIL risk alerts from distributed rows: ${risk//$'\n'/; }"; status=1
fi

# every node, in a new session: the committed edit is there
w=$(psql_ "$coord" -At -c "SELECT string_agg(DISTINCT result, ',') FROM run_command_on_workers(\$\$SELECT empathy_score('Sorry for this whole mess', 'en')\$\$)")
c=$(psql_ "$coord" -At -c "SELECT empathy_score('Sorry for this whole mess', 'en')")
if [ "$w" = "$c" ]; then echo "ok   empathy_score after the edit: $c on the coordinator and the workers"; else
	echo "FAIL empathy_score after the edit: coordinator $c, workers $w"; status=1; fi
exit $status
