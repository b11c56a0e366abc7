#!/usr/bin/env bash
# How well empathy_score ranks human-labelled text: Spearman correlation with
# the labels of the samples in ../shared/empathy/ (see ../shared/README.md):
#   - empathetic_exchanges_sample.csv: 300 English replies rated for empathy 1-5;
#   - politeness_es_sample.csv: 300 Spanish messages rated for politeness 0-4
#     (tone, not empathy: a weaker link is expected).
# Prints the figures; fails only if the English empathy ranking is not better
# than chance (rho <= 0).  Skipped when ../shared is absent.
# The lexicon is written from the support profession's definition of
# empathy, not tuned on these rows.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
[ -n "${CX_SHARED:-}" ] && [ -f "$CX_SHARED/empathy/empathetic_exchanges_sample.csv" ] ||
	{ echo "../shared/empathy is absent"; exit 77; }
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

psql_ -d postgres -c "DROP DATABASE IF EXISTS cx_empathy_eval" -c "CREATE DATABASE cx_empathy_eval"
psql_ -d cx_empathy_eval -v shared="$CX_SHARED" <<'SQL'
CREATE EXTENSION cx_metrics;
CREATE TEMP TABLE ee (id int, customer_text text, reply_text text, label float8);
CREATE TEMP TABLE pe (id int, body text, label float8);
\set f1 :shared '/empathy/empathetic_exchanges_sample.csv'
\set f2 :shared '/empathy/politeness_es_sample.csv'
COPY ee FROM :'f1' WITH (FORMAT csv, HEADER true);
COPY pe FROM :'f2' WITH (FORMAT csv, HEADER true);
-- Spearman: Pearson correlation of ranks, ties sharing their average rank
CREATE FUNCTION pg_temp.spearman(xs float8[], ys float8[]) RETURNS float8 LANGUAGE sql AS $$
	WITH d AS (SELECT x, y FROM unnest(xs, ys) AS u(x, y)),
	r AS (SELECT rank() OVER (ORDER BY x) + (count(*) OVER (PARTITION BY x) - 1) / 2.0 AS rx,
	             rank() OVER (ORDER BY y) + (count(*) OVER (PARTITION BY y) - 1) / 2.0 AS ry FROM d)
	SELECT corr(rx, ry) FROM r $$;
\pset footer off
SELECT 'EmpatheticExchanges (en, empathy 1-5)' AS sample, count(*) AS n,
       round(pg_temp.spearman(array_agg(empathy_score(reply_text)), array_agg(label))::numeric, 3) AS spearman_rho,
       count(*) FILTER (WHERE empathy_score(reply_text) <> 0) AS scored_nonzero
FROM ee
UNION ALL
SELECT 'politeness (es, politeness 0-4)', count(*),
       round(pg_temp.spearman(array_agg(empathy_score(body)), array_agg(label))::numeric, 3),
       count(*) FILTER (WHERE empathy_score(body) <> 0)
FROM pe;
-- mean label by score band
SELECT CASE WHEN s < 0 THEN '1 negative' WHEN s = 0 THEN '2 zero' WHEN s < 50 THEN '3 0-50' ELSE '4 50+' END AS score_band,
       count(*) AS replies, round(avg(label)::numeric, 2) AS mean_empathy_label
FROM (SELECT empathy_score(reply_text) AS s, label FROM ee) x GROUP BY 1 ORDER BY 1;
SQL
rho=$(psql_ -d cx_empathy_eval -At -v shared="$CX_SHARED" <<'SQL'
CREATE TEMP TABLE ee (id int, customer_text text, reply_text text, label float8);
\set f1 :shared '/empathy/empathetic_exchanges_sample.csv'
COPY ee FROM :'f1' WITH (FORMAT csv, HEADER true);
SELECT corr(rx, ry) > 0 FROM (
	SELECT rank() OVER (ORDER BY s) + (count(*) OVER (PARTITION BY s) - 1) / 2.0 AS rx,
	       rank() OVER (ORDER BY label) + (count(*) OVER (PARTITION BY label) - 1) / 2.0 AS ry
	FROM (SELECT empathy_score(reply_text) AS s, label FROM ee) x) r;
SQL
)
psql_ -d postgres -c "DROP DATABASE cx_empathy_eval"
[ "$rho" = t ] || { echo "FAIL: empathy scores rank the English sample no better than chance"; exit 1; }
echo "ok   positive rank correlation on the English empathy sample"
