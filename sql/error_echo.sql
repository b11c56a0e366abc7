-- Errors that echo user input (a language, a role, a stage name, a number,
-- a state's text, an alert trigger's argument, a journey key) cut it to 64 characters, at a character boundary, with
-- "..." when cut: a 60 kB argument gives a short message, not 60 kB in the
-- error and the server log.

-- the SQLSTATE, the lengths and the text of an error's message, detail and hint
CREATE FUNCTION ee_error(sql text, OUT state text, OUT msg_len int, OUT detail_len int,
                         OUT hint_len int, OUT message text)
LANGUAGE plpgsql AS $$
DECLARE
  d text;
  h text;
BEGIN
  EXECUTE sql;
  message := 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                          d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
  msg_len := length(message);
  detail_len := coalesce(length(d), 0);
  hint_len := coalesce(length(h), 0);
END $$;

-- a language of 60 kB: empathy_score, empathy_markers
SELECT * FROM ee_error($$SELECT empathy_score('hola', repeat('x', 60000))$$);
SELECT * FROM ee_error($$SELECT * FROM empathy_markers('hola', repeat('y', 60000))$$);
-- cut at a character boundary: 64 characters of two bytes each, then "..."
SELECT * FROM ee_error($$SELECT empathy_score('hola', repeat('ñ', 30000))$$);
-- short values are echoed whole, 64 characters too, 65 are cut
SELECT * FROM ee_error($$SELECT empathy_score('hola', 'fr')$$);
SELECT * FROM ee_error($$SELECT empathy_score('hola', repeat('é', 64))$$);
SELECT * FROM ee_error($$SELECT empathy_score('hola', repeat('é', 65))$$);
-- an empty language is unknown too
SELECT * FROM ee_error($$SELECT empathy_score('hola', '')$$);
-- empathy_agg: a message role of 60 kB
SELECT * FROM ee_error($$SELECT empathy_agg(repeat('r', 60000), 'hola', now())$$);
-- journey_friction: stage names (at most 1000 bytes; a longer one is refused)
SELECT * FROM ee_error($$SELECT journey_friction(1, repeat('s', 60000), now())$$);
SELECT * FROM ee_error($$SELECT journey_friction(1, repeat('t', 900), now(), journey_config(stages => ARRAY['a']))$$);
SELECT * FROM ee_error($$SELECT journey_friction(1, 'a', now(), journey_config(stages => ARRAY[repeat('u', 900), repeat('u', 900)]))$$);
SELECT * FROM ee_error($$SELECT journey_friction(1, 'a', now(), journey_config(stages => ARRAY['a', repeat('ü', 60000)]))$$);
SELECT * FROM ee_error($$SELECT journey_friction_merge(s) FROM (
  SELECT journey_friction(1, repeat('v', 900), now(), journey_config(stages => ARRAY[repeat('v', 900)])) UNION ALL
  SELECT journey_friction(1, repeat('w', 900), now(), journey_config(stages => ARRAY[repeat('w', 900)]))) AS v(s)$$);
-- numbers: an NPS, CSAT or CES answer with 60000 digits (16000 after the point)
SELECT * FROM ee_error($$SELECT nps(('1' || repeat('0', 60000))::numeric)$$);
SELECT * FROM ee_error($$SELECT nps(('0.' || repeat('5', 16000))::numeric)$$);
SELECT * FROM ee_error($$SELECT csat(('1' || repeat('0', 60000))::numeric)$$);
SELECT * FROM ee_error($$SELECT ces(('0.' || repeat('5', 16000))::numeric)$$);
SELECT * FROM ee_error($$SELECT ces(('1' || repeat('0', 60000))::numeric)$$);
SELECT * FROM ee_error($$SELECT csat(('0.' || repeat('5', 16000))::numeric)$$);
-- the text of a state
SELECT * FROM ee_error($$SELECT (repeat('z', 60000))::nps_state$$);
SELECT * FROM ee_error($$SELECT (repeat('z', 60000))::csat_state$$);
SELECT * FROM ee_error($$SELECT (repeat('z', 60000))::ces_state$$);
SELECT * FROM ee_error($$SELECT (repeat('zz', 30000))::journey_friction_state$$);
-- a state's text is never echoed, nor half of a character of it
SELECT 'ññ'::journey_friction_state;
SELECT 'aañ'::journey_friction_state;
-- the arguments of an alert trigger made by hand (cx_alert_attach() never
-- writes such values), and a segment or journey key from the data
CREATE TABLE ee_answers (id int PRIMARY KEY, customer_id int, score int);
SELECT 'CREATE TRIGGER ee_t AFTER INSERT ON ee_answers FOR EACH ROW EXECUTE FUNCTION cx_alert_score_trigger('
       || quote_literal('1') || ',' || quote_literal('nps') || ',' || quote_literal('score') || ','
       || quote_literal('customer_id') || ',' || quote_literal('id') || ',' || quote_literal('') || ','
       || quote_literal('6') || ',' || quote_literal('0') || ',' || quote_literal(repeat('c', 60000)) || ')' AS ddl \gset
:ddl;
SELECT * FROM ee_error($$INSERT INTO ee_answers VALUES (1, 1, 0)$$);
DROP TRIGGER ee_t ON ee_answers;
SELECT 'CREATE TRIGGER ee_t AFTER INSERT ON ee_answers FOR EACH ROW EXECUTE FUNCTION cx_alert_score_trigger('
       || quote_literal('1') || ',' || quote_literal(repeat('k', 60000)) || ',' || quote_literal('score') || ','
       || quote_literal('customer_id') || ',' || quote_literal('id') || ',' || quote_literal('') || ','
       || quote_literal('6') || ',' || quote_literal('0') || ',' || quote_literal('cx') || ')' AS ddl \gset
:ddl;
SELECT * FROM ee_error($$INSERT INTO ee_answers VALUES (2, 1, 0)$$);
DROP TABLE ee_answers;
CREATE TABLE ee_events (id serial PRIMARY KEY, journey text, stage text, at timestamptz);
SELECT cx_alert_attach('ee_events', 'friction', '{"journey": "journey", "at": "at", "stage": "stage"}') > 0 AS attached;
SELECT * FROM ee_error($$INSERT INTO ee_events (journey, stage, at) VALUES (repeat('j', 60000), repeat('s', 1001), now())$$);
SELECT cx_alert_detach('ee_events');
DROP TABLE ee_events;

-- and as psql shows them
SELECT empathy_score('hola', repeat('x', 60000));
SELECT repeat('z', 60000)::nps_state;

DROP FUNCTION ee_error(text);
