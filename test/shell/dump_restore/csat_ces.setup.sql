-- Stored csat_state / ces_state values (daily rollup tables, as users keep
-- them) must survive pg_dump / pg_restore with the same numbers.
SELECT setseed(0.25);
CREATE TABLE csat_daily_states (day date PRIMARY KEY, scale int NOT NULL, state csat_state);
INSERT INTO csat_daily_states
SELECT day, 5, csat_agg(1 + floor(random() * 5)::int)
FROM generate_series(date '2026-01-01', date '2026-03-31', interval '1 day') AS day,
     generate_series(1, 40) AS i
GROUP BY day;
INSERT INTO csat_daily_states VALUES ('2026-04-01', 7, '{scale:7,1:3,6:4,7:9223372036854775000}'),
                                     ('2026-04-02', 10, '{scale:10}'), ('2026-04-03', 5, NULL);
CREATE TABLE ces_daily_states (day date PRIMARY KEY, state ces_state);
INSERT INTO ces_daily_states
SELECT day, ces_agg(1 + floor(random() * 7)::int)
FROM generate_series(date '2026-01-01', date '2026-03-31', interval '1 day') AS day,
     generate_series(1, 40) AS i
GROUP BY day;
INSERT INTO ces_daily_states VALUES ('2026-04-01', '{}'), ('2026-04-02', NULL);
-- a view over the states, as a dashboard would define it
CREATE VIEW csat_monthly AS
SELECT date_trunc('month', day) AS month, csat_value(csat_rollup(state)) AS csat,
       (csat_ci(csat_rollup(state), 0.9)).*
FROM csat_daily_states WHERE scale = 5 GROUP BY 1;
