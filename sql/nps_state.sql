-- nps_state: text and binary input/output, round trips, malformed input.
\pset null '(null)'
\set SHOW_CONTEXT never

-- sqlstate, message and detail of an error raised by a statement
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	st text; msg text; det text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
	RETURN st || ' | ' || msg || ' | ' || det;
END $$;

-- canonical output: non-zero counts in ascending score order
SELECT s::nps_state AS canonical
FROM (VALUES ('{}'), (' { } '), ('{0:3,6:1,9:2,10:5}'), ('{10:5, 9:2, 6:1, 0:3}'),
             (E'\t{\n10 :5 ,\r0: 3 }\n'), ('{5:0}'), ('{7:-0,8:00012}'),
             ('{0:1,1:1,2:1,3:1,4:1,5:1,6:1,7:1,8:1,9:1,10:1}'),
             ('{10:9223372036854775807}')) AS v(s);

-- one hint for every kind of malformed input
SELECT '{11:1}'::nps_state;

-- malformed input: 22P02 with a detail naming the problem
SELECT s, pg_temp.err(format('SELECT %L::nps_state', s)) AS error
FROM (VALUES (''), ('   '), ('{'), ('}'), ('[1:2]'), ('{1:2'), ('{1:2,}'), ('{,}'), ('{1}'),
             ('{1:}'), ('{:1}'), ('{1:2}x'), ('{1:2}{}'), ('{1:2 3:4}'), ('{1 0:3}'),
             ('{1:2.0}'), ('{1:+2}'), ('{1:1e3}'), ('{a:1}'), ('{11:1}'), ('{-1:1}'),
             ('{99999999999999999999:1}'), ('{3:1,3:2}'), ('{10:1,4:1,10:0}'), ('{3:-1}'),
             ('{3:9223372036854775808}'), ('{3:9223372036854775807,4:1}'),
             ('{1:1}' || chr(1))) AS v(s);

-- text round trip of many random states
SELECT setseed(0.11);
CREATE TEMP TABLE rand_states AS
SELECT g, nps_agg(floor(random() * 11)::int) AS s
FROM generate_series(1, 3000) AS i, LATERAL (SELECT i % 200 AS g) x
GROUP BY g;
SELECT count(*) AS states,
       count(*) FILTER (WHERE s::text::nps_state::text = s::text) AS text_round_trips,
       count(*) FILTER (WHERE nps_responses(s::text::nps_state) = nps_responses(s)) AS same_responses
FROM rand_states;

-- binary send format: a version byte, then eleven big-endian int64 counts
SELECT nps_state_send('{0:3,10:5}');
SELECT nps_state_send('{}');

-- binary round trip through COPY (FORMAT binary): send, then recv
-- (the files go into the throwaway cluster's data directory)
CREATE TEMP TABLE rand_states_back (LIKE rand_states);
DO $$
BEGIN
	EXECUTE format('COPY rand_states TO %L WITH (FORMAT binary)',
	               current_setting('data_directory') || '/cx_nps_states.bin');
	EXECUTE format('COPY rand_states_back FROM %L WITH (FORMAT binary)',
	               current_setting('data_directory') || '/cx_nps_states.bin');
END $$;
SELECT count(*) AS states, count(*) FILTER (WHERE b.s::text = a.s::text) AS binary_round_trips
FROM rand_states a JOIN rand_states_back b USING (g);

-- malformed binary input: write a bytea field, read it back as an nps_state
CREATE TEMP TABLE one_state (s nps_state);
CREATE FUNCTION pg_temp.recv(b bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	st text; msg text; det text; r text;
BEGIN
	EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', b,
	               current_setting('data_directory') || '/cx_nps_bad.bin');
	TRUNCATE one_state;
	EXECUTE format('COPY one_state FROM %L WITH (FORMAT binary)',
	               current_setting('data_directory') || '/cx_nps_bad.bin');
	SELECT s::text INTO r FROM one_state;
	RETURN r;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
	RETURN st || ' | ' || msg || ' | ' || det;
END $$;
SELECT label, pg_temp.recv(b) AS result
FROM (VALUES
	('valid', nps_state_send('{0:3,6:1,9:2,10:5}')),
	('empty', nps_state_send('{}')),
	('version 2', '\x02'::bytea || substr(nps_state_send('{1:1}'), 2)),
	('version 0', '\x00'::bytea || substr(nps_state_send('{1:1}'), 2)),
	('short', substr(nps_state_send('{1:1}'), 1, 88)),
	('long', nps_state_send('{1:1}') || '\x00'::bytea),
	('nothing', ''::bytea),
	('negative count', '\x01'::bytea || '\xffffffffffffffff'::bytea || substr(nps_state_send('{}'), 10)),
	('total overflow', '\x01'::bytea || '\x7fffffffffffffff'::bytea || '\x0000000000000001'::bytea
	                   || substr(nps_state_send('{}'), 18))
) AS v(label, b);

-- a stored column survives an update of other columns and compares by text
CREATE TEMP TABLE stored (id int, s nps_state);
INSERT INTO stored VALUES (1, '{9:2,0:1}'), (2, '{}'), (3, NULL);
UPDATE stored SET id = id + 10;
SELECT id, s, nps_value(s) FROM stored ORDER BY id;
