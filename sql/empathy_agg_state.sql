-- empathy_agg_state: the storable state of empathy_agg, shipped through its
-- text form the way Citus ships a worker's partial state to the coordinator;
-- the reply target as an argument; bad states.

\set SHOW_CONTEXT never

CREATE TEMP TABLE msg AS
SELECT c, CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'agent' END AS role,
       (ARRAY['Llevo tres días esperando y estoy harto.', 'Lamento mucho las molestias, ¿me indica el pedido?',
              'My order never arrived and I am upset.', 'I am so sorry, I will fix this for you right now.',
              'Gracias.', 'Entiendo su frustración, me encargo personalmente.'])[1 + (c * 7 + i) % 6] AS body,
       timestamptz '2026-10-01 10:00+00' + (c * 60 + i * (1 + c % 5)) * interval '1 min' AS sent_at
FROM generate_series(1, 40) c, generate_series(0, 5) i;

-- a partial aggregate (the state, no final function) and a final one over
-- states, as Citus runs them on the workers and on the coordinator
CREATE AGGREGATE pg_temp.partial(text, text, text, timestamptz) (
	SFUNC = empathy_agg_state_trans, STYPE = empathy_agg_state,
	COMBINEFUNC = empathy_agg_state_combine);
CREATE AGGREGATE pg_temp.partial(text, text, text, timestamptz, interval) (
	SFUNC = empathy_agg_state_trans, STYPE = empathy_agg_state,
	COMBINEFUNC = empathy_agg_state_combine);
CREATE AGGREGATE pg_temp.finish(empathy_agg_state) (
	SFUNC = empathy_agg_state_combine, STYPE = empathy_agg_state,
	FINALFUNC = empathy_agg_state_final);

-- four "shards" (c % 4), each state through text and back, combined and
-- finished: the same result as over all rows at once, bit for bit
CREATE TEMP TABLE shipped AS
SELECT c % 4 AS shard, pg_temp.partial(c::text, role, body, sent_at)::text AS state
FROM msg GROUP BY 1;
SELECT count(*) AS shards, bool_and(state LIKE 'empathy:%') AS text_form,
       bool_and(state::empathy_agg_state::text = state) AS text_round_trip
FROM shipped;
SELECT (SELECT pg_temp.finish(state::empathy_agg_state) FROM shipped)
       = (SELECT empathy_agg(c::text, role, body, sent_at) FROM msg) AS shipped_equals_one_node,
       (SELECT (pg_temp.finish(state::empathy_agg_state)).conversations FROM shipped) AS conversations;
-- infinite times travel too
SELECT pg_temp.partial('1', 'customer', 'hola', timestamptz '-infinity')::text::empathy_agg_state::text
       = pg_temp.partial('1', 'customer', 'hola', timestamptz '-infinity')::text AS infinite_time_ships
FROM (VALUES (1)) v;
-- the binary form is the bytes the text form encodes
SELECT bool_and(empathy_agg_state_send(state::empathy_agg_state) = decode(substr(state, 9), 'base64')) AS binary_form
FROM shipped;

-- the reply target as an argument: the same as the setting, whatever the setting is
SET cx_metrics.reply_target = '10 min';
CREATE TEMP TABLE by_setting AS SELECT c % 3 AS g, empathy_agg(c::text, role, body, sent_at) AS r FROM msg GROUP BY 1;
RESET cx_metrics.reply_target;
SELECT bool_and(a.r = s.r) AS argument_equals_setting, count(*) AS groups,
       bool_or(a.r <> d.r) AS differs_from_default
FROM (SELECT c % 3 AS g, empathy_agg(c::text, role, body, sent_at, interval '10 min') AS r FROM msg GROUP BY 1) a
JOIN by_setting s USING (g)
JOIN (SELECT c % 3 AS g, empathy_agg(c::text, role, body, sent_at) AS r FROM msg GROUP BY 1) d USING (g);
-- the three-argument form
SET cx_metrics.reply_target = '30 s';
SELECT (SELECT empathy_agg(role, body, sent_at) FROM msg WHERE c = 3)
       = (SELECT empathy_agg(role, body, sent_at, '30 s') FROM msg WHERE c = 3) AS three_argument_form;
RESET cx_metrics.reply_target;
-- the argument travels with the state: a finish under another setting keeps it
CREATE TEMP TABLE shipped_target AS
SELECT c % 4 AS shard, pg_temp.partial(c::text, role, body, sent_at, '10 min')::text AS state
FROM msg GROUP BY 1;
SET cx_metrics.reply_target = '5 s';
SELECT (SELECT pg_temp.finish(state::empathy_agg_state) FROM shipped_target)
       = (SELECT r FROM (SELECT empathy_agg(c::text, role, body, sent_at, '10 min') AS r FROM msg) s) AS target_travels;
RESET cx_metrics.reply_target;

-- bad reply targets
SELECT empathy_agg(role, body, sent_at, NULL) FROM msg;
SELECT empathy_agg(role, body, sent_at, '0 s') FROM msg;
SELECT empathy_agg(role, body, sent_at, '31 days') FROM msg;
SELECT empathy_agg(role, body, sent_at, CASE WHEN c = 1 THEN interval '1 min' ELSE interval '2 min' END) FROM msg;
-- parts with different targets
SELECT pg_temp.finish(s) FROM (VALUES ((SELECT pg_temp.partial(c::text, role, body, sent_at, '1 min') FROM msg WHERE c = 1)),
                                      ((SELECT pg_temp.partial(c::text, role, body, sent_at, '2 min') FROM msg WHERE c = 2))) v(s);

-- bad states: never trusted
SELECT 'x'::empathy_agg_state;
SELECT 'empathy:'::empathy_agg_state;
SELECT 'empathy:AAAA'::empathy_agg_state;
SELECT 'empathy:not base64!'::empathy_agg_state;
SELECT 'empathy:@@@@'::empathy_agg_state;
-- a valid state with one byte changed: its message count, a role, a sequence number
SELECT ('empathy:' || translate(encode(overlay(decode(substr(state, 9), 'base64') placing '\x7f'::bytea from 12 for 1), 'base64'), E'\n', ''))::empathy_agg_state
FROM shipped WHERE shard = 0;
SELECT ('empathy:' || translate(encode(overlay(decode(substr(state, 9), 'base64') placing '\x07'::bytea from 45 for 1), 'base64'), E'\n', ''))::empathy_agg_state
FROM shipped WHERE shard = 0;
SELECT ('empathy:' || translate(encode(overlay(decode(substr(state, 9), 'base64') placing '\xff'::bytea from 41 for 1), 'base64'), E'\n', ''))::empathy_agg_state
FROM shipped WHERE shard = 0;
-- the reply target field
SELECT ('empathy:' || translate(encode(overlay(decode(substr(state, 9), 'base64') placing '\x80'::bytea from 17 for 1), 'base64'), E'\n', ''))::empathy_agg_state
FROM shipped WHERE shard = 0;
-- not in an aggregate
SELECT empathy_agg_state_trans(NULL, 'agent', 'hola', now());
