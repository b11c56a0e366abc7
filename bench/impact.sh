#!/usr/bin/env bash
# bench/impact.sh: the impact of one driver against the score alone.
#   1. nps_impact(score, exposed) against nps(score) and against the
#      hand-written FILTER form of the two groups' NPS, over 10 million rows;
#   2. the same GROUP BY driver over a long table (1 million respondents x
#      10 drivers = 10 million rows);
#   3. csat_impact and ces_impact against csat and ces and their FILTER
#      forms over 10 million rows.
# Run by scripts/bench (serial plans, jit off).  Prints the median of
# CX_BENCH_RUNS (default 5) interleaved runs of each query and the ratios.
# Target: nps_impact(score, exposed) / nps(score) <= 1.2 over 10 M rows.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
runs=${CX_BENCH_RUNS:-5}

cx_psql -q <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS impact_bench, impact_long;
CREATE UNLOGGED TABLE impact_bench (score smallint, exposed boolean, rating smallint, effort smallint);
INSERT INTO impact_bench
SELECT floor(random() * 11)::int, random() < 0.3, 1 + floor(random() * 5)::int, 1 + floor(random() * 7)::int
FROM generate_series(1, 10000000);
CREATE UNLOGGED TABLE impact_long (driver smallint, score smallint, exposed boolean);
INSERT INTO impact_long
SELECT d, s.score, random() < 0.05 * d
FROM (SELECT floor(random() * 11)::int AS score FROM generate_series(1, 1000000)) s,
     generate_series(1, 10) AS d;
VACUUM (ANALYZE, FREEZE) impact_bench;
VACUUM (ANALYZE, FREEZE) impact_long;
SQL

# $1 = title, $2 = the ratios to print as "a/b a/b ..." (query numbers),
# then label/query pairs (three)
report() {
	local title=$1 pairs=$2
	shift 2
	local labels=() queries=()
	while [ $# -gt 0 ]; do labels+=("$1"); queries+=("$2"); shift 2; done
	echo "-- $title"
	cx_psql -q -v l1="${labels[0]}" -v l2="${labels[1]}" -v l3="${labels[2]}" \
		-v q1="${queries[0]}" -v q2="${queries[1]}" -v q3="${queries[2]}" -v runs="$runs" \
		-v pairs="$pairs" <<'SQL'
CREATE TEMP TABLE r AS
SELECT row_number() OVER () AS i, label, median_ms
FROM cx_bench(ARRAY[:'l1', :'l2', :'l3'], ARRAY[:'q1', :'q2', :'q3'], :runs);
SELECT label AS query, round(median_ms::numeric, 1) AS median_ms FROM r ORDER BY i;
SELECT a.label || ' / ' || b.label AS ratio_of_medians, round((a.median_ms / b.median_ms)::numeric, 3) AS ratio
FROM unnest(string_to_array(:'pairs', ' ')) WITH ORDINALITY AS p(pair, k)
JOIN r a ON a.i = split_part(p.pair, '/', 1)::int
JOIN r b ON b.i = split_part(p.pair, '/', 2)::int
ORDER BY p.k;
SQL
}

filter_nps='100.0 * (count(*) FILTER (WHERE score >= 9 AND exposed) - count(*) FILTER (WHERE score <= 6 AND exposed)) / count(score) FILTER (WHERE exposed) - 100.0 * (count(*) FILTER (WHERE score >= 9 AND NOT exposed) - count(*) FILTER (WHERE score <= 6 AND NOT exposed)) / count(score) FILTER (WHERE NOT exposed)'

report "10M rows, serial plan" "2/1 3/2" \
	'nps(score)' 'SELECT nps(score) FROM impact_bench' \
	'nps_impact(score, exposed)' 'SELECT nps_impact(score, exposed) FROM impact_bench' \
	'FILTER form of the difference' "SELECT $filter_nps FROM impact_bench"

report "10M rows of (driver, score, exposed), GROUP BY driver (10 drivers), serial plan" "2/1 3/2" \
	'nps(score) GROUP BY driver' 'SELECT count(*) FROM (SELECT driver, nps(score) FROM impact_long GROUP BY driver) t' \
	'nps_impact(score, exposed) GROUP BY driver' 'SELECT count(*) FROM (SELECT driver, nps_impact(score, exposed) FROM impact_long GROUP BY driver) t' \
	'FILTER form GROUP BY driver' "SELECT count(*) FROM (SELECT driver, $filter_nps FROM impact_long GROUP BY driver) t"

report "10M rows, CSAT (1-5), serial plan" "2/1 3/2" \
	'csat(rating)' 'SELECT csat(rating) FROM impact_bench' \
	'csat_impact(rating, exposed)' 'SELECT csat_impact(rating, exposed) FROM impact_bench' \
	'FILTER form of the CSAT difference' 'SELECT 100.0 * count(*) FILTER (WHERE rating >= 4 AND exposed) / count(rating) FILTER (WHERE exposed) - 100.0 * count(*) FILTER (WHERE rating >= 4 AND NOT exposed) / count(rating) FILTER (WHERE NOT exposed) FROM impact_bench'
report "10M rows, CES (1-7), serial plan" "2/1 3/2" \
	'ces(effort)' 'SELECT ces(effort) FROM impact_bench' \
	'ces_impact(effort, exposed)' 'SELECT ces_impact(effort, exposed) FROM impact_bench' \
	'avg() FILTER form of the CES difference' 'SELECT avg(effort) FILTER (WHERE exposed) - avg(effort) FILTER (WHERE NOT exposed) FROM impact_bench'
