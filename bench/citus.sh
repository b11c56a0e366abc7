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
#   - nps(score) over 2,000,000 answers, grouped by segment;
#   - alerts: the delay from COMMIT to a listener on the coordinator, for an
#     alert relayed from a shard and for one of a plain table (deferred).
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

# Alerts: the delay from the COMMIT of a detractor's answer to a LISTEN
# client's receipt on the coordinator, for a distributed table (the shard's
# trigger relays the alert; the coordinator's delivery worker raises it) and
# for a plain table on the coordinator with "delivery": "deferred"
# (CX_BENCH_LATENCY_ALERTS of each, a new customer each time, one table after
# the other: interleaved, a relayed alert would be caught by the relay round
# that follows the deferred alert's delivery; a random pause of 0-600 ms
# before each COMMIT spreads them over the relay's polling period).
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import psycopg2' 2>/dev/null; then PY=$p; break; fi
done
cx_citus_psql "$coord" >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE TABLE lat_d (id bigint PRIMARY KEY, customer_id bigint, score int);
SELECT create_distributed_table('lat_d', 'id');
CREATE TABLE lat_l (LIKE lat_d INCLUDING ALL);
SELECT cx_alert_attach('lat_d', 'nps', '{"subject": "customer_id", "key": "id", "delivery": "deferred"}');
SELECT cx_alert_attach('lat_l', 'nps', '{"subject": "customer_id", "key": "id", "delivery": "deferred"}');
SQL
cx_as_server "$PY" - "$CX_CITUS_DIR" "$coord" "${CX_BENCH_LATENCY_ALERTS:-200}" <<'PY'
import json, random, select, sys, time, psycopg2
host, port, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
listen = psycopg2.connect(host=host, port=port, dbname="postgres")
listen.autocommit = True
listen.cursor().execute("LISTEN cx_alerts")
write = psycopg2.connect(host=host, port=port, dbname="postgres")
cur = write.cursor()
cur.execute("SELECT table_name::text, config_id FROM cx_alert_config")
configs = dict(cur.fetchall())
write.commit()
delays = {"lat_d": [], "lat_l": []}
missed = {"lat_d": 0, "lat_l": 0}
random.seed(1)
for t in ("lat_d", "lat_l"):
    for i in range(n):
        cur.execute("INSERT INTO %s VALUES (%%s, %%s, 0)" % t, (i, i))
        time.sleep(random.uniform(0, 0.6))
        write.commit()
        t0 = time.monotonic()
        got = None
        while got is None and time.monotonic() < t0 + 5:
            if select.select([listen], [], [], 0.1) != ([], [], []):
                listen.poll()
                while listen.notifies:
                    p = json.loads(listen.notifies.pop(0).payload)
                    if str(p.get("config_id")) == str(configs[t]):
                        got = time.monotonic()
        if got is None:
            missed[t] += 1
        else:
            delays[t].append((got - t0) * 1000)
for t, label in (("lat_d", "distributed (relayed)"), ("lat_l", "plain table, deferred")):
    d = sorted(delays[t])
    med = d[len(d) // 2] if d else float("nan")
    p99 = d[min(len(d) - 1, int(0.99 * len(d)))] if d else float("nan")
    print("alert delay %-22s median %6.1f ms, p99 %6.1f ms, %d alerts, %d missed" % (label, med, p99, len(d), missed[t]))
PY
