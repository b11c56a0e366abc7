#!/usr/bin/env bash
# bench/nps.sh: nps(score) against count(score) and the hand-written FILTER
# form, as a plain aggregate over 10 million 0-10 scores and as a sliding
# window (ROWS BETWEEN 999 PRECEDING AND CURRENT ROW) over 1 million.
# Run by scripts/bench (serial plans, jit off).  Prints the median of
# CX_BENCH_RUNS (default 5) interleaved runs of each query and the ratios.
# Targets: nps(score) / count(score) <= 1.10, window form <= 1.15.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
runs=${CX_BENCH_RUNS:-5}

cx_psql -q <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS nps_bench, nps_bench_1m;
CREATE UNLOGGED TABLE nps_bench (score smallint);
INSERT INTO nps_bench SELECT floor(random() * 11)::int FROM generate_series(1, 10000000);
CREATE UNLOGGED TABLE nps_bench_1m (i bigint PRIMARY KEY, score smallint);
INSERT INTO nps_bench_1m SELECT i, floor(random() * 11)::int FROM generate_series(1, 1000000) AS i;
VACUUM (ANALYZE, FREEZE) nps_bench;
VACUUM (ANALYZE, FREEZE) nps_bench_1m;
SQL

# $1 = title, $2 = name of the ratio a/b lines, then label/query pairs
report() {
	local title=$1
	shift
	local labels=() queries=()
	while [ $# -gt 0 ]; do labels+=("$1"); queries+=("$2"); shift 2; done
	echo "-- $title"
	cx_psql -q -v l1="${labels[0]}" -v l2="${labels[1]}" -v l3="${labels[2]}" \
		-v q1="${queries[0]}" -v q2="${queries[1]}" -v q3="${queries[2]}" -v runs="$runs" <<'SQL'
CREATE TEMP TABLE r AS
SELECT row_number() OVER () AS i, label, median_ms
FROM cx_bench(ARRAY[:'l1', :'l2', :'l3'], ARRAY[:'q1', :'q2', :'q3'], :runs);
SELECT label AS query, round(median_ms::numeric, 1) AS median_ms FROM r ORDER BY i;
SELECT a.label || ' / ' || b.label AS ratio_of_medians, round((a.median_ms / b.median_ms)::numeric, 3) AS ratio
FROM r a, r b WHERE (a.i, b.i) IN ((2, 1), (3, 2), (3, 1)) ORDER BY a.i, b.i;
SQL
}

report "10M rows, serial plan" \
	'count(score)' 'SELECT count(score) FROM nps_bench' \
	'nps(score)' 'SELECT nps(score) FROM nps_bench' \
	'FILTER form' 'SELECT 100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(score) FROM nps_bench'

w='WINDOW w AS (ORDER BY i ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)'
report "1M rows, sliding window ROWS BETWEEN 999 PRECEDING AND CURRENT ROW" \
	'count(score) OVER w' "SELECT sum(x) FROM (SELECT count(score) OVER w AS x FROM nps_bench_1m $w) t" \
	'nps(score) OVER w' "SELECT sum(x) FROM (SELECT nps(score) OVER w AS x FROM nps_bench_1m $w) t" \
	'FILTER form OVER w' "SELECT sum(x) FROM (SELECT 100.0 * (count(*) FILTER (WHERE score >= 9) OVER w - count(*) FILTER (WHERE score <= 6) OVER w) / count(score) OVER w AS x FROM nps_bench_1m $w) t"
