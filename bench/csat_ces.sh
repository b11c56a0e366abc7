#!/usr/bin/env bash
# bench/csat_ces.sh: csat and ces against count() and the hand-written
# FILTER forms, serial plans (run by scripts/bench, which sets the env).
#   10M rows: csat(rating) / count(rating), FILTER / csat(rating),
#             ces(effort) / count(effort), ces_easy(effort) / count(effort),
#             avg(effort) / ces(effort), FILTER / ces_easy(effort)
#   1M rows, ROWS BETWEEN 999 PRECEDING AND CURRENT ROW: the same OVER w.
# Prints each query's median ms of CX_BENCH_RUNS (default 5) interleaved
# runs and its ratio to the first query of its table.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
runs=${CX_BENCH_RUNS:-5}
rows=${CX_BENCH_ROWS:-10000000}
wrows=${CX_BENCH_WINDOW_ROWS:-1000000}

cx_psql -q <<SQL
SET max_parallel_workers_per_gather = 0;
SELECT setseed(0.5) \g /dev/null
SET client_min_messages = warning;
DROP TABLE IF EXISTS cx_bench_survey, cx_bench_survey_w;
CREATE UNLOGGED TABLE cx_bench_survey (rating smallint, effort smallint);
INSERT INTO cx_bench_survey
	SELECT 1 + floor(random() * 5)::int, 1 + floor(random() * 7)::int FROM generate_series(1, $rows) AS i;
CREATE UNLOGGED TABLE cx_bench_survey_w (id int, rating smallint, effort smallint);
INSERT INTO cx_bench_survey_w
	SELECT i, 1 + floor(random() * 5)::int, 1 + floor(random() * 7)::int FROM generate_series(1, $wrows) AS i;
VACUUM ANALYZE cx_bench_survey;
VACUUM ANALYZE cx_bench_survey_w;
SQL

report() {
	cx_psql -q -c "SET max_parallel_workers_per_gather = 0" -c "SELECT * FROM cx_bench_report($1, $2, $runs)"
}

echo "CSAT, $rows rows (serial)"
report "ARRAY['count(rating)', 'csat(rating)', 'FILTER form']" \
	"ARRAY['SELECT count(rating) FROM cx_bench_survey',
	       'SELECT csat(rating) FROM cx_bench_survey',
	       'SELECT 100.0 * count(*) FILTER (WHERE rating >= 4) / count(rating) FROM cx_bench_survey']"

echo "CES, $rows rows (serial)"
report "ARRAY['count(effort)', 'ces(effort)', 'ces_easy(effort)', 'avg(effort)', 'FILTER form of % easy']" \
	"ARRAY['SELECT count(effort) FROM cx_bench_survey',
	       'SELECT ces(effort) FROM cx_bench_survey',
	       'SELECT ces_easy(effort) FROM cx_bench_survey',
	       'SELECT avg(effort) FROM cx_bench_survey',
	       'SELECT 100.0 * count(*) FILTER (WHERE effort >= 5) / count(effort) FROM cx_bench_survey']"

w="FROM cx_bench_survey_w WINDOW w AS (ORDER BY id ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)) s"
echo "CSAT window, $wrows rows, ROWS BETWEEN 999 PRECEDING AND CURRENT ROW"
report "ARRAY['count(rating) OVER w', 'csat(rating) OVER w', 'FILTER form OVER w']" \
	"ARRAY['SELECT sum(x) FROM (SELECT count(rating) OVER w AS x $w',
	       'SELECT sum(x) FROM (SELECT csat(rating) OVER w AS x $w',
	       'SELECT sum(x) FROM (SELECT 100.0 * count(*) FILTER (WHERE rating >= 4) OVER w / count(rating) OVER w AS x $w']"

echo "CES window, $wrows rows, ROWS BETWEEN 999 PRECEDING AND CURRENT ROW"
report "ARRAY['count(effort) OVER w', 'ces(effort) OVER w', 'ces_easy(effort) OVER w', 'FILTER form OVER w']" \
	"ARRAY['SELECT sum(x) FROM (SELECT count(effort) OVER w AS x $w',
	       'SELECT sum(x) FROM (SELECT ces(effort) OVER w AS x $w',
	       'SELECT sum(x) FROM (SELECT ces_easy(effort) OVER w AS x $w',
	       'SELECT sum(x) FROM (SELECT 100.0 * count(*) FILTER (WHERE effort >= 5) OVER w / count(effort) OVER w AS x $w']"

cx_psql -q -c 'DROP TABLE cx_bench_survey, cx_bench_survey_w'
