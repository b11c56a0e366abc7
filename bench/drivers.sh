#!/usr/bin/env bash
# bench/drivers.sh: driver_importance_agg(y, ARRAY[d1, ..., d10]) (an outcome
# and 10 drivers, 66 cross-products) against sum(d1), ..., sum(d10) of the
# same 10 columns, over 10 million rows (CX_BENCH_ROWS), serial plans, jit
# off.  Also shown: the cost of building the array alone
# (count(ARRAY[...])) and the named form.  Run by scripts/bench; prints the
# median of CX_BENCH_RUNS (default 5) interleaved runs of each query and the
# ratios.  Target: driver_importance_agg / sum of the 10 columns <= 2.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
runs=${CX_BENCH_RUNS:-5}
rows=${CX_BENCH_ROWS:-10000000}

cx_psql -q -v rows="$rows" <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS drivers_bench;
CREATE UNLOGGED TABLE drivers_bench AS
SELECT 1 + floor(random() * 5) AS y,
       random() AS d1, random() AS d2, random() AS d3, random() AS d4, random() AS d5,
       random() AS d6, random() AS d7, random() AS d8, random() AS d9, random() AS d10
FROM generate_series(1, :rows);
VACUUM (ANALYZE, FREEZE) drivers_bench;
SQL

d='d1, d2, d3, d4, d5, d6, d7, d8, d9, d10'
cx_psql -q -v runs="$runs" \
	-v q1="SELECT sum(d1), sum(d2), sum(d3), sum(d4), sum(d5), sum(d6), sum(d7), sum(d8), sum(d9), sum(d10) FROM drivers_bench" \
	-v q2="SELECT count(ARRAY[$d]) FROM drivers_bench" \
	-v q3="SELECT driver_importance_agg(y, ARRAY[$d]) FROM drivers_bench" \
	-v q4="SELECT driver_importance_agg(y, ARRAY[$d], '{a,b,c,d,e,f,g,h,i,j}') FROM drivers_bench" <<'SQL'
CREATE TEMP TABLE r AS
SELECT row_number() OVER () AS i, label, median_ms
FROM cx_bench(ARRAY['sum() of the 10 columns', 'count(ARRAY[10 columns])',
                    'driver_importance_agg(y, ARRAY[10 columns])', 'the same with names'],
              ARRAY[:'q1', :'q2', :'q3', :'q4'], :runs);
SELECT label AS query, round(median_ms::numeric, 1) AS median_ms FROM r ORDER BY i;
SELECT a.label || ' / ' || b.label AS ratio_of_medians, round((a.median_ms / b.median_ms)::numeric, 3) AS ratio
FROM r a, r b WHERE (a.i, b.i) IN ((3, 1), (4, 1), (2, 1)) ORDER BY a.i, b.i;
SQL
