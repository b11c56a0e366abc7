-- Moments-of-truth states stored in a table survive pg_dump / pg_restore.
CREATE TABLE moments_touchpoints (customer_id int, stage text, at timestamptz, channel text, failed bool);
INSERT INTO moments_touchpoints
SELECT c, (ARRAY['discovery', 'purchase', 'support', 'renewal'])[1 + (c * 7 + k) % 4],
       timestamptz '2026-01-01 00:00+00' + (c * 13 + k * 29) * interval '1 hour',
       (ARRAY['phone', 'email', NULL])[1 + (c + k) % 3], (c + k) % 5 = 0
FROM generate_series(1, 300) AS c, generate_series(1, 1 + c % 6) AS k;
CREATE TABLE moments_answers AS SELECT c AS customer_id, (c * 7) % 11 AS score FROM generate_series(1, 300) AS c WHERE c % 4 <> 0;
CREATE TABLE moments_state_by_segment AS
SELECT t.customer_id % 3 AS segment,
       journey_moments(t.customer_id, t.stage, t.at, a.score, t.channel, t.failed,
                       journey_moments_config(journey_config(stages => ARRAY['discovery', 'purchase', 'support', 'renewal'],
                                                             as_of => '2026-06-01 00:00+00'), '2 days')) AS state
FROM moments_touchpoints t LEFT JOIN moments_answers a USING (customer_id) GROUP BY t.customer_id % 3;
