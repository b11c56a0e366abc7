#!/usr/bin/env bash
# How well the customer's voice reads real customers' tweets to airlines,
# labelled by people (development data in ../shared/voice/, see
# ../shared/README.md):
#   - us_airline_tweets_sample.csv: 400 English tweets, negative / neutral /
#     positive, and for negative ones the reason (Late Flight, ...);
#   - es_airline_tweets_sample.csv: 400 Spanish tweets, the same labels.
# Prints, per language:
#   - the AUC of -voice_sentiment for negative against positive tweets, with
#     the language given and detected (lang NULL), and that of a plain
#     baseline: ten negative words minus ten positive ones, counted;
#   - the macro-F1 over negative / neutral / positive with the thresholds of
#     the aggregate (CX_VOICE_NEGATIVE_BELOW / CX_VOICE_POSITIVE_ABOVE in
#     src/core/voice.h), and the best symmetric threshold of a grid: the one
#     weight calibrated here (reported, not written into the C);
#   - how often voice_topics names the topic of an English complaint's
#     labelled reason, first or at all;
#   - the share of tweets in which the voice finds nothing (sentiment 0).
# Fails when -voice_sentiment ranks the English tweets no better than the
# baseline.  Skipped when ../shared is absent.  The lexicon is written from
# the signals' definitions, not tuned on these rows.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
[ -n "${CX_SHARED:-}" ] && [ -f "$CX_SHARED/voice/us_airline_tweets_sample.csv" ] &&
	[ -f "$CX_SHARED/voice/es_airline_tweets_sample.csv" ] ||
	{ echo "../shared/voice is absent"; exit 77; }
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

psql_ -d postgres -c "DROP DATABASE IF EXISTS cx_voice_eval" -c "CREATE DATABASE cx_voice_eval"
out=$(psql_ -d cx_voice_eval -v shared="$CX_SHARED" <<'SQL'
CREATE EXTENSION cx_metrics;
CREATE TABLE tw (lang text, id int, label text, reason text, body text);
CREATE TEMP TABLE load_en (id int, label text, reason text, body text);
CREATE TEMP TABLE load_es (id int, label text, body text);
\set f1 :shared '/voice/us_airline_tweets_sample.csv'
\set f2 :shared '/voice/es_airline_tweets_sample.csv'
COPY load_en FROM :'f1' WITH (FORMAT csv, HEADER true);
COPY load_es FROM :'f2' WITH (FORMAT csv, HEADER true);
INSERT INTO tw SELECT 'en', id, label, NULLIF(reason, ''), body FROM load_en;
INSERT INTO tw SELECT 'es', id, label, NULL, body FROM load_es;

-- The baseline: ten everyday negative words and ten positive ones, the same
-- in both languages as far as they allow (Spanish inflects for gender and
-- number), counted as whole words of the lowercased text.  Written from
-- general knowledge, not from these rows.
CREATE TABLE base_words (lang text, polarity int, pattern text);
INSERT INTO base_words VALUES
	('en', -1, 'bad'), ('en', -1, 'worst'), ('en', -1, 'terrible'), ('en', -1, 'awful'),
	('en', -1, 'horrible'), ('en', -1, 'hate'), ('en', -1, 'angry'), ('en', -1, 'disappointed'),
	('en', -1, 'problems?'), ('en', -1, 'never'),
	('en', 1, 'good'), ('en', 1, 'great'), ('en', 1, 'best'), ('en', 1, 'love'),
	('en', 1, 'thanks'), ('en', 1, 'thank'), ('en', 1, 'excellent'), ('en', 1, 'amazing'),
	('en', 1, 'happy'), ('en', 1, 'nice'),
	('es', -1, 'malo?s?|mala?s?'), ('es', -1, 'peor(es)?'), ('es', -1, 'terribles?'), ('es', -1, 'fatal(es)?'),
	('es', -1, 'horribles?'), ('es', -1, 'odio'), ('es', -1, 'enfadad[oa]s?'), ('es', -1, 'decepcionad[oa]s?'),
	('es', -1, 'problemas?'), ('es', -1, 'nunca'),
	('es', 1, 'buen[oa]?s?'), ('es', 1, 'genial(es)?'), ('es', 1, 'mejor(es)?'), ('es', 1, 'encanta'),
	('es', 1, 'gracias'), ('es', 1, 'agradec\w*'), ('es', 1, 'excelentes?'), ('es', 1, 'increíbles?'),
	('es', 1, 'feliz|felices'), ('es', 1, 'bonit[oa]s?');

-- AUC (Mann-Whitney): the chance that a tweet of the class expected higher
-- (hi) scores above one of the other, ties counting half
CREATE FUNCTION auc(xs float8[], hi bool[]) RETURNS float8 LANGUAGE sql AS $$
	WITH d AS (SELECT x, h FROM unnest(xs, hi) AS u(x, h)),
	r AS (SELECT h, rank() OVER (ORDER BY x) + (count(*) OVER (PARTITION BY x) - 1) / 2.0 AS rx FROM d),
	s AS (SELECT sum(rx) FILTER (WHERE h) AS rh, count(*) FILTER (WHERE h) AS nh,
	             count(*) FILTER (WHERE NOT h) AS nl FROM r)
	SELECT round(((rh - nh * (nh + 1) / 2.0) / (nh * nl))::numeric, 3)::float8 FROM s $$;

-- macro-F1 over the three labels of a prediction
CREATE FUNCTION macro_f1(gold text[], pred text[]) RETURNS float8 LANGUAGE sql AS $$
	WITH d AS (SELECT g, p FROM unnest(gold, pred) AS u(g, p)),
	c AS (SELECT l, count(*) FILTER (WHERE g = l AND p = l) AS tp,
	             count(*) FILTER (WHERE g <> l AND p = l) AS fp,
	             count(*) FILTER (WHERE g = l AND p <> l) AS fn
	      FROM d, unnest('{negative,neutral,positive}'::text[]) l GROUP BY l)
	SELECT round(avg(CASE WHEN tp = 0 THEN 0 ELSE 2.0 * tp / (2 * tp + fp + fn) END)::numeric, 3)::float8 FROM c $$;

CREATE TABLE det AS
SELECT t.lang, t.id, t.label, t.reason, t.body,
       voice_sentiment(t.body, t.lang) AS s,
       voice_sentiment(t.body, NULL) AS s_detected,
       (voice_signals(t.body, NULL)).language AS detected,
       (SELECT coalesce(sum(b.polarity * regexp_count(lower(t.body), '\m(' || b.pattern || ')\M')), 0)
        FROM base_words b WHERE b.lang = t.lang)::float8 AS base
FROM tw t;
\pset footer off
\echo 'negative against positive tweets, AUC (0.5 = chance) of -voice_sentiment and of the baseline (10 negative words - 10 positive):'
SELECT lang, count(*) FILTER (WHERE label = 'negative') AS negative, count(*) FILTER (WHERE label = 'positive') AS positive,
       auc(array_agg(-s), array_agg(label = 'negative')) AS voice_lang_given,
       auc(array_agg(-s_detected), array_agg(label = 'negative')) AS voice_lang_detected,
       auc(array_agg(-base), array_agg(label = 'negative')) AS baseline,
       round(avg((detected = lang)::int)::numeric, 3) AS detected_right
FROM det WHERE label IN ('negative', 'positive') GROUP BY lang ORDER BY lang DESC;

-- The three labels: negative below -t, positive above t, neutral between.
CREATE TABLE f1grid AS
SELECT d.lang, g.t,
       macro_f1(array_agg(d.label),
                array_agg(CASE WHEN d.s < -g.t THEN 'negative' WHEN d.s > g.t THEN 'positive' ELSE 'neutral' END)) AS f1
FROM det d, generate_series(0, 60, 5) g(t) GROUP BY d.lang, g.t;
\echo 'negative / neutral / positive, macro-F1 (lang given): the aggregate''s thresholds (src/core/voice.h) and the grid t = 0..60 step 5'
SELECT d.lang, count(*) AS tweets,
       macro_f1(array_agg(d.label),
                array_agg(CASE WHEN d.s < -10 THEN 'negative' WHEN d.s > 10 THEN 'positive' ELSE 'neutral' END))
           AS "shipped (below -10 / above 10)",
       (SELECT t FROM f1grid f WHERE f.lang = d.lang ORDER BY f1 DESC, t LIMIT 1) AS best_t,
       (SELECT f1 FROM f1grid f WHERE f.lang = d.lang ORDER BY f1 DESC, t LIMIT 1) AS best_f1,
       round(avg((d.s < -10)::int)::numeric, 3) AS predicted_negative,
       round(avg((d.s > 10)::int)::numeric, 3) AS predicted_positive
FROM det d GROUP BY d.lang ORDER BY d.lang DESC;
\echo 'calibrated: the best symmetric threshold t for both languages together (mean macro-F1; the C keeps 10 until someone changes it)'
SELECT t, round(avg(f1)::numeric, 3) AS mean_f1,
       max(f1) FILTER (WHERE lang = 'en') AS en, max(f1) FILTER (WHERE lang = 'es') AS es
FROM f1grid GROUP BY t ORDER BY avg(f1) DESC, t LIMIT 1;

-- Topics: the reasons of English complaints that name a topic of the
-- taxonomy.
CREATE TABLE reason_topic (reason text, topic text);
INSERT INTO reason_topic VALUES
	('Late Flight', 'delivery'), ('Cancelled Flight', 'cancellation'), ('Lost Luggage', 'delivery'),
	('Customer Service Issue', 'staff'), ('Customer Service Issue', 'waiting'),
	('Customer Service Issue', 'communication'), ('Flight Booking Problems', 'booking');
CREATE TABLE tp AS
SELECT d.id, d.reason,
       (SELECT vt.topic FROM voice_topics(d.body, 'en') WITH ORDINALITY AS vt(topic, weight, matched, n)
        ORDER BY n LIMIT 1) AS top,
       ARRAY(SELECT vt.topic FROM voice_topics(d.body, 'en') AS vt) AS topics
FROM det d
WHERE d.lang = 'en' AND d.label = 'negative' AND d.reason IN (SELECT reason FROM reason_topic);
\echo 'English complaints: share whose voice_topics(text, ''en'') names the topic of the labelled reason (first topic, any topic; of all tweets):'
SELECT coalesce(reason, 'all') AS reason, count(*) AS tweets,
       count(*) FILTER (WHERE top IS NOT NULL) AS with_a_topic,
       round(avg(coalesce(top IN (SELECT topic FROM reason_topic r WHERE r.reason = tp.reason), false)::int)::numeric, 3)
		   AS top_matches,
       round(avg((topics && ARRAY(SELECT topic FROM reason_topic r WHERE r.reason = tp.reason))::int)::numeric, 3) AS any_matches
FROM tp GROUP BY ROLLUP (reason) ORDER BY reason IS NULL, count(*) DESC, reason;

\echo 'share of tweets in which the voice finds nothing (sentiment exactly 0, lang given):'
SELECT lang, coalesce(label, 'all') AS label, count(*) AS tweets, round(avg((s = 0)::int)::numeric, 3) AS sentiment_0
FROM det GROUP BY lang, ROLLUP (label) ORDER BY lang DESC, label IS NULL, label;
SQL
)
echo "---- figures ----"
echo "$out"
ok=$(psql_ -d cx_voice_eval -At -c "SELECT auc(array_agg(-s), array_agg(label = 'negative')) > auc(array_agg(-base), array_agg(label = 'negative')) FROM det WHERE lang = 'en' AND label IN ('negative', 'positive')")
psql_ -d postgres -c "DROP DATABASE cx_voice_eval"
[ "$ok" = t ] || { echo "FAIL: -voice_sentiment ranks the English tweets no better than the word-count baseline"; exit 1; }
echo "ok   -voice_sentiment ranks the English tweets better than the word-count baseline"
