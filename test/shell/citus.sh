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
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"

if [ -z "${CX_PGBIN:-}" ] || [ -z "${CX_WORK:-}" ]; then
	cx_private_setup
fi
CX_SERVER_USER=${CX_SERVER_USER:-$(cx_server_user)}
export CX_SERVER_USER
libdir=$("$CX_PGBIN/pg_config" --pkglibdir)
sharedir=$("$CX_PGBIN/pg_config" --sharedir)
if [ ! -f "$libdir/citus.so" ] || [ ! -f "$sharedir/extension/citus.control" ]; then
	echo "Citus is not installed for $("$CX_PGBIN/pg_config" --version)"
	exit 77
fi

# ---- a coordinator and two workers ---------------------------------------------
dir="$CX_WORK/citus"
rm -rf "$dir"
mkdir -p "$dir"
[ "$(id -u)" -ne 0 ] || chown "$CX_SERVER_USER" "$dir"
base=$((56200 + RANDOM % 700))
nodes=(c w1 w2)
ports=($base $((base + 1)) $((base + 2)))
stop() {
	for n in "${nodes[@]}"; do
		cx_as_server "$CX_PGBIN/pg_ctl" -D "$dir/$n" -m immediate -w stop >/dev/null 2>&1 || true
	done
}
trap stop EXIT
for i in 0 1 2; do
	n=${nodes[$i]}
	cx_as_server "$CX_PGBIN/initdb" -D "$dir/$n" -U "$CX_SERVER_USER" --no-sync -E UTF8 \
		--locale=C.UTF-8 -A trust >"$dir/initdb_$n.log" 2>&1 || { cat "$dir/initdb_$n.log"; exit 1; }
	cat >"$dir/$n/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
EOF
	cat >>"$dir/$n/postgresql.conf" <<EOF
listen_addresses = 'localhost'
unix_socket_directories = '$dir'
port = ${ports[$i]}
fsync = off
timezone = 'UTC'
log_min_messages = warning
shared_preload_libraries = 'citus,cx_metrics'
max_prepared_transactions = 100
EOF
	cx_as_server "$CX_PGBIN/pg_ctl" -D "$dir/$n" -l "$dir/$n.log" -w -t 60 start >/dev/null ||
		{ cat "$dir/$n.log"; exit 1; }
done
psql_() {
	local port=$1
	shift
	cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -d postgres "$@"
}
for p in "${ports[@]}"; do psql_ "$p" -c 'CREATE EXTENSION citus'; done
coord=${ports[0]}
psql_ "$coord" >/dev/null <<SQL
SELECT citus_set_coordinator_host('localhost', $coord);
SELECT citus_add_node('localhost', ${ports[1]});
SELECT citus_add_node('localhost', ${ports[2]});
CREATE EXTENSION cx_metrics;
SQL

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
# name | expression | table (answers and jev grouped by segment, msg by agent)
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
journey_friction|journey_friction(journey, stage, at)|jev
journey_friction(..., config)|journey_friction(journey::text, stage, at, channel, failed, journey_config(final_stages => ARRAY['done'], as_of => '2026-01-20'))|jev
journey_moments|journey_moments(journey, stage, at, score)|jev
journey_friction_merge|journey_friction_merge(s)|jstates
journey_moments(..., config)|journey_moments(journey, stage, at, score % 5 + 1, channel, failed, journey_moments_config(journey_config(stages => ARRAY['browse', 'cart', 'checkout', 'pay', 'done', 'help']), '1 day', 5))|jev
EOF
)
status=0
printf '%-32s %-7s %s\n' aggregate pushed equal
while IFS='|' read -r name expr tbl; do
	key=segment
	[ "$tbl" = msg ] && key=agent
	q="SELECT $key, ($expr)::text AS r FROM $tbl GROUP BY $key"
	plan=$(psql_ "$coord" -At -c "EXPLAIN (VERBOSE, COSTS OFF) $q")
	pushed=no
	if grep -q 'worker_partial_agg' <<<"$plan" && grep -q 'coord_combine_agg' <<<"$plan"; then
		pushed=yes
	fi
	ql="SELECT $key, ($expr)::text AS r FROM ${tbl}_local GROUP BY $key"
	diff=$(psql_ "$coord" -At -c "SELECT count(*) FROM (($q EXCEPT $ql) UNION ALL ($ql EXCEPT $q)) d")
	groups=$(psql_ "$coord" -At -c "SELECT count(*) FROM ($q) g")
	equal=no
	[ "$diff" = 0 ] && [ "$groups" -gt 1 ] && equal=yes
	printf '%-32s %-7s %s (%s groups)\n' "$name" "$pushed" "$equal" "$groups"
	if [ $pushed != yes ] || [ $equal != yes ]; then
		status=1
		echo "$plan" | head -20
	fi
done <<<"$cases"

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
exit $status
