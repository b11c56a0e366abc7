#!/usr/bin/env bash
# bench/citus.sh: the aggregates on a Citus cluster (a coordinator and two
# workers on this machine) against the same query over a plain copy of the
# data on the coordinator (one node).  Runs only when Citus is installed for
# this PostgreSQL (Debian does not package it); says so and exits otherwise.
#   - journey_friction(journey, stage, at) over 500,000 events of 100,000
#     journeys (6 stages, loops), distributed by journey over 32 shards,
#     grouped by a segment (8 groups): not the distribution column, so
#     Citus computes the aggregate partially on the workers when its state
#     can travel, and pulls the rows to the coordinator when it cannot;
#   - empathy_agg over 200,000 messages of 40,000 conversations, grouped by
#     agent (the messages distributed by conversation);
#   - nps(score) over 2,000,000 answers, grouped by segment.
# The outer count(r) reads each result, so that no plan can skip computing it.
# Each pair is run interleaved (cx_bench in bench/lib.sql), medians of
# CX_BENCH_RUNS; the ratio is distributed / one node.  The three nodes share
# this machine's cores with each other, so the ratio says what the
# distribution costs or saves here, not what separate machines would give.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
runs=${CX_BENCH_RUNS:-5}
if ! cx_have_citus; then
	echo "Citus is not installed for $("$CX_PGBIN/pg_config" --version): nothing to measure"
	exit 0
fi
trap cx_citus_stop EXIT
cx_citus_start "$CX_WORK/citus_bench" "work_mem = 64MB" "jit = off" "max_parallel_workers_per_gather = 0" \
	"shared_buffers = 256MB"
coord=${CX_CITUS_PORTS[0]}
start=$SECONDS
cx_citus_psql "$coord" -f "$CX_BENCH/lib.sql" >/dev/null
cx_citus_psql "$coord" >/dev/null <<'SQL'
SET citus.shard_count = 32;
SELECT setseed(0.15);
CREATE TABLE events (journey_id bigint, segment int, stage text, at timestamptz);
SELECT create_distributed_table('events', 'journey_id');
INSERT INTO events
SELECT j, j % 8, (ARRAY['visit', 'signup', 'billing', 'support', 'billing', 'renewal'])[1 + (j * 7 + k) % 6],
       timestamptz '2026-01-01' + j * interval '1 min' + k * (1 + (j % 11)) * interval '1 hour'
FROM generate_series(1, 100000) j, generate_series(0, 4) k;
CREATE TABLE events_local AS SELECT * FROM events;

CREATE TABLE msg (conv bigint, agent int, role text, body text, sent_at timestamptz);
SELECT create_distributed_table('msg', 'conv');
INSERT INTO msg
SELECT c, c % 50, CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'agent' END,
       (ARRAY['Llevo tres días esperando y estoy harto.', 'Lamento mucho las molestias, ¿me indica el pedido?',
              'My order never arrived and I am upset.', 'I am so sorry, I will fix this for you right now.',
              'Gracias.', 'Entiendo su frustración, me encargo personalmente.'])[1 + (c * 7 + i) % 6],
       timestamptz '2026-10-01' + (c * 60 + i * (1 + c % 5)) * interval '1 min'
FROM generate_series(1, 40000) c, generate_series(0, 4) i;
CREATE TABLE msg_local AS SELECT * FROM msg;

CREATE TABLE answers (customer_id bigint, segment int, score int);
SELECT create_distributed_table('answers', 'customer_id');
INSERT INTO answers SELECT i, i % 8, (i::bigint * 7919) % 11 FROM generate_series(1, 2000000) i;
CREATE TABLE answers_local AS SELECT * FROM answers;
VACUUM ANALYZE events_local, msg_local, answers_local;
SQL
echo "data loaded in $((SECONDS - start)) s"
for q in \
	"journey_friction|SELECT count(r) FROM (SELECT segment, journey_friction(journey_id, stage, at) AS r FROM %s GROUP BY segment) s|events" \
	"empathy_agg|SELECT count(r) FROM (SELECT agent, empathy_agg(conv::text, role, body, sent_at) AS r FROM %s GROUP BY agent) s|msg" \
	"nps|SELECT count(r) FROM (SELECT segment, nps(score) AS r FROM %s GROUP BY segment) s|answers"; do
	IFS='|' read -r name sql tbl <<<"$q"
	dq=$(printf "$sql" "$tbl")
	lq=$(printf "$sql" "${tbl}_local")
	plan=$(cx_citus_psql "$coord" -At -c "EXPLAIN (VERBOSE, COSTS OFF) $dq")
	where="rows pulled to the coordinator"
	grep -q worker_partial_agg <<<"$plan" && where="partial states on the workers"
	cx_citus_psql "$coord" -At -F ' ' -v dq="$dq" -v lq="$lq" -v runs="$runs" -v name="$name" -v where="$where" <<'SQL'
SELECT format('%s distributed %s ms, one node %s ms, ratio %s (%s)', rpad(:'name', 17),
              round(d::numeric, 1), round(l::numeric, 1), round((d / l)::numeric, 2), :'where')
FROM (SELECT max(median_ms) FILTER (WHERE label = 'distributed') AS d,
             max(median_ms) FILTER (WHERE label = 'one node') AS l
      FROM cx_bench(ARRAY['distributed', 'one node'], ARRAY[:'dq', :'lq'], :runs)) x;
SQL
done
