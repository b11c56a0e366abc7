#!/usr/bin/env bash
# How well the empathy scores rank human-labelled text (development data in
# ../shared/empathy/, see ../shared/README.md), and how the weights of the
# score were fitted:
#   - empathetic_exchanges_train.csv: 3,958 everyday replies, each to a
#     person's message, rated for empathy 1-5 (the whole training split:
#     the calibration set);
#   - empathetic_exchanges_sample.csv: 300 rows of the same split;
#   - politeness_es_sample.csv: 300 Spanish messages rated for politeness
#     0-4 (tone, not empathy: a weaker link is expected).
# Prints the Spearman correlation with the labels of empathy_score (alone and
# against the customer message), of each sub-score of empathy_detail, and of
# reply length for comparison; then the fit: the Spearman on the training
# split of every weighting of a grid, its best, and the weights shipped
# (src/core/empathy_mech.h).  Fails when empathy_score ranks the training
# split no better than reply length alone.  Skipped when ../shared is absent.
# The lexicon is written from the mechanisms' definitions, not tuned on
# these rows; only the few weights of the combination are fitted here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
[ -n "${CX_SHARED:-}" ] && [ -f "$CX_SHARED/empathy/empathetic_exchanges_train.csv" ] ||
	{ echo "../shared/empathy is absent"; exit 77; }
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

psql_ -d postgres -c "DROP DATABASE IF EXISTS cx_empathy_eval" -c "CREATE DATABASE cx_empathy_eval"
out=$(psql_ -d cx_empathy_eval -v shared="$CX_SHARED" <<'SQL'
CREATE EXTENSION cx_metrics;
CREATE TABLE ee (id int, customer_text text, reply_text text, label float8, part text);
CREATE TEMP TABLE load (id int, customer_text text, reply_text text, label float8);
\set f1 :shared '/empathy/empathetic_exchanges_train.csv'
\set f2 :shared '/empathy/empathetic_exchanges_sample.csv'
\set f3 :shared '/empathy/politeness_es_sample.csv'
COPY load FROM :'f1' WITH (FORMAT csv, HEADER true);
INSERT INTO ee SELECT *, 'train' FROM load;
TRUNCATE load;
COPY load FROM :'f2' WITH (FORMAT csv, HEADER true);
INSERT INTO ee SELECT *, 'sample' FROM load;
CREATE TABLE pe (id int, body text, label float8);
COPY pe FROM :'f3' WITH (FORMAT csv, HEADER true);

-- Spearman: Pearson correlation of ranks, ties sharing their average rank
CREATE FUNCTION spearman(xs float8[], ys float8[]) RETURNS float8 LANGUAGE sql AS $$
	WITH d AS (SELECT x, y FROM unnest(xs, ys) AS u(x, y)),
	r AS (SELECT rank() OVER (ORDER BY x) + (count(*) OVER (PARTITION BY x) - 1) / 2.0 AS rx,
	             rank() OVER (ORDER BY y) + (count(*) OVER (PARTITION BY y) - 1) / 2.0 AS ry FROM d)
	SELECT round(corr(rx, ry)::numeric, 3)::float8 FROM r $$;

CREATE TABLE det AS
SELECT e.part, e.label, length(e.reply_text) AS len,
       empathy_score(e.reply_text, e.customer_text, NULL) AS score_ctx,
       (empathy_detail(e.reply_text)).*,
       (empathy_detail(e.reply_text, e.customer_text, NULL)).interpretation AS interpretation_ctx
FROM ee e;
\pset footer off
\echo 'Spearman correlation with people''s empathy ratings (EmpatheticExchanges, English):'
SELECT part AS split, count(*) AS replies,
       spearman(array_agg(score), array_agg(label)) AS empathy_score,
       spearman(array_agg(score_ctx), array_agg(label)) AS "empathy_score(reply, customer)",
       spearman(array_agg(len::float8), array_agg(label)) AS reply_length,
       count(*) FILTER (WHERE emotional_reaction + interpretation + exploration = 0) AS no_mechanism
FROM det GROUP BY part ORDER BY part DESC;
\echo 'each sub-score of empathy_detail against the same ratings (the sets have no per-mechanism labels):'
SELECT part AS split,
       spearman(array_agg(emotional_reaction), array_agg(label)) AS emotional_reaction,
       spearman(array_agg(interpretation), array_agg(label)) AS interpretation,
       spearman(array_agg(interpretation_ctx), array_agg(label)) AS interpretation_in_context,
       spearman(array_agg(exploration), array_agg(label)) AS exploration,
       spearman(array_agg(-anti_empathy), array_agg(label)) AS minus_anti_empathy,
       spearman(array_agg(elaboration), array_agg(label)) AS elaboration
FROM det GROUP BY part ORDER BY part DESC;
\echo 'Spanish politeness (Wikipedia talk pages, 0-4), the score and each sub-score:'
SELECT count(*) AS messages,
       spearman(array_agg((d).score), array_agg(label)) AS empathy_score,
       spearman(array_agg((d).emotional_reaction), array_agg(label)) AS emotional_reaction,
       spearman(array_agg((d).interpretation), array_agg(label)) AS interpretation,
       spearman(array_agg((d).exploration), array_agg(label)) AS exploration,
       spearman(array_agg(-(d).anti_empathy), array_agg(label)) AS minus_anti_empathy,
       spearman(array_agg((d).courtesy), array_agg(label)) AS courtesy,
       spearman(array_agg(length(body)::float8), array_agg(label)) AS length
FROM (SELECT body, label, empathy_detail(body) AS d FROM pe) x;

-- The fit: every weighting of a grid, on the training split.  The sub-scores
-- are fixed by their definitions; only the weights of P are fitted.  A is
-- not fitted (anti-empathy is rare in this set).
\echo 'fit on the training split: P = 1 - exp(-(wE E + wI I + wX X + 0.5 O + 0.5 C + wL L) / 100)'
CREATE TABLE grid AS
SELECT we, wi, wx, wl,
       spearman(array_agg(100 * ((1 - exp(-(we * emotional_reaction + wi * interpretation + wx * exploration
                                            + 0.5 * ownership + 0.5 * courtesy + wl * elaboration) / 100))
                                 - anti_empathy / 100)), array_agg(label)) AS rho
FROM det, unnest('{0,0.25,0.5,1}'::float8[]) we, unnest('{0,0.25,0.5,1}'::float8[]) wi,
     unnest('{0,0.25,0.5,1}'::float8[]) wx, unnest('{0.5,1,1.5,2}'::float8[]) wl
WHERE part = 'train' GROUP BY we, wi, wx, wl;
SELECT 'best of the grid' AS weights, we, wi, wx, wl, rho FROM (SELECT * FROM grid ORDER BY rho DESC, we, wi, wx, wl LIMIT 1) b
UNION ALL
SELECT 'equal mechanisms, best wL', we, wi, wx, wl, rho FROM (SELECT * FROM grid WHERE we = wi AND wi = wx AND we > 0 ORDER BY rho DESC LIMIT 1) q
UNION ALL
SELECT 'shipped', 0.5, 0.5, 0.5, 1.0, rho FROM grid WHERE we = 0.5 AND wi = 0.5 AND wx = 0.5 AND wl = 1.0
UNION ALL
SELECT 'length alone', 0, 0, 0, 1, spearman(array_agg(len::float8), array_agg(label)) FROM det WHERE part = 'train';
SQL
)
echo "---- figures ----"
echo "$out"
ok=$(psql_ -d cx_empathy_eval -At -c "SELECT spearman(array_agg(score), array_agg(label)) > spearman(array_agg(len::float8), array_agg(label)) FROM det WHERE part = 'train'")
psql_ -d postgres -c "DROP DATABASE cx_empathy_eval"
[ "$ok" = t ] || { echo "FAIL: empathy_score ranks the training split no better than reply length"; exit 1; }
echo "ok   empathy_score ranks the training split better than reply length alone"
