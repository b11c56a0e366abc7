-- Journey friction states stored in a table survive pg_dump / pg_restore.
CREATE TABLE journey_touchpoints (customer_id int, stage text, at timestamptz, channel text, failed bool);
INSERT INTO journey_touchpoints
SELECT c, (ARRAY['discovery', 'purchase', 'support', 'renewal'])[1 + (c * 7 + k) % 4],
       timestamptz '2026-01-01 00:00+00' + (c * 13 + k * 29) * interval '1 hour',
       (ARRAY['phone', 'email', NULL])[1 + (c + k) % 3], (c + k) % 5 = 0
FROM generate_series(1, 200) AS c, generate_series(1, 1 + c % 6) AS k;
CREATE TABLE journey_state_by_segment AS
SELECT customer_id % 3 AS segment,
       journey_friction(customer_id, stage, at, channel, failed,
                        journey_config(stages => ARRAY['discovery', 'purchase', 'support', 'renewal'],
                                       as_of => '2026-06-01 00:00+00') ORDER BY customer_id) AS state
FROM journey_touchpoints GROUP BY customer_id % 3;
