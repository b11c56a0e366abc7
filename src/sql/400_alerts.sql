-- Real-time alerts: a durable alert log, C trigger functions that write to
-- it and NOTIFY in the same transaction, set-up helpers that validate a
-- configuration against the table before creating the trigger, and the
-- closing-the-loop functions and views.
--
-- Permissions: the alert tables belong to the extension owner.  Nobody else
-- may write them; the C trigger switches to the owner of cx_alert (with
-- search_path = pg_catalog, pg_temp and a restricted security context) for
-- its writes, so it works for whatever role inserts the customer's row.
--   cx_alerts_reader     reads alerts and the views
--   cx_alerts_responder  + acknowledges and resolves alerts
--   cx_alerts_admin      + attaches and detaches alert triggers

DO $roles$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'cx_alerts_reader') THEN
		CREATE ROLE cx_alerts_reader NOLOGIN;
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'cx_alerts_responder') THEN
		CREATE ROLE cx_alerts_responder NOLOGIN IN ROLE cx_alerts_reader;
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'cx_alerts_admin') THEN
		CREATE ROLE cx_alerts_admin NOLOGIN IN ROLE cx_alerts_responder;
	END IF;
END
$roles$;

GRANT USAGE ON SCHEMA @extschema@ TO cx_alerts_reader;

-- ---- configuration ----------------------------------------------------------

CREATE TABLE @extschema@.cx_alert_config (
	config_id   serial PRIMARY KEY,
	table_name  pg_catalog.regclass NOT NULL,
	kind        pg_catalog.text NOT NULL,
	trigger_name pg_catalog.name NOT NULL,
	config      pg_catalog.jsonb NOT NULL,
	created_at  pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
	created_by  pg_catalog.name NOT NULL DEFAULT SESSION_USER,
	UNIQUE (table_name, trigger_name)
);
COMMENT ON TABLE @extschema@.cx_alert_config IS
'One row per alert trigger attached with cx_alert_attach(): the table, the kind and the validated configuration (with defaults filled in). The trigger itself carries the same settings as arguments; this table is the readable record. Kept by pg_dump.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.cx_alert_config', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.cx_alert_config_config_id_seq', '');

-- ---- the alert log ---------------------------------------------------------

CREATE TABLE @extschema@.cx_alert (
	id              bigserial PRIMARY KEY,
	kind            pg_catalog.text NOT NULL,
	severity        pg_catalog.text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
	source_table    pg_catalog.text NOT NULL,
	source_key      pg_catalog.text,
	subject         pg_catalog.text,
	details         pg_catalog.jsonb NOT NULL DEFAULT '{}',
	channel         pg_catalog.text,
	config_id       pg_catalog.int4,
	created_at      pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
	occurrences     pg_catalog.int4 NOT NULL DEFAULT 1,
	last_seen_at    pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),
	acknowledged_at pg_catalog.timestamptz,
	acknowledged_by pg_catalog.name,
	ack_note        pg_catalog.text,
	resolved_at     pg_catalog.timestamptz,
	resolved_by     pg_catalog.name,
	resolution_note pg_catalog.text,
	CHECK (acknowledged_at IS NOT NULL OR resolved_at IS NULL)
);
-- the cooldown lookup: the newest alerts of a subject and kind (byte-wise
-- comparison: cheaper, and enough for equality); not partial, so that the
-- triggers insert into it without evaluating a predicate
CREATE INDEX cx_alert_open_idx ON @extschema@.cx_alert (subject COLLATE "C", kind COLLATE "C", created_at);
COMMENT ON TABLE @extschema@.cx_alert IS
'The durable alert log: one row per alert, written by the alert triggers in the same transaction as the customer''s row (a rollback leaves no alert and sends no NOTIFY). occurrences counts the events folded into this alert during its cooldown; acknowledged_* and resolved_* are set by cx_alert_ack() and cx_alert_resolve(). Readable by cx_alerts_reader; written only by the extension''s functions.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.cx_alert', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.cx_alert_id_seq', '');

REVOKE ALL ON @extschema@.cx_alert, @extschema@.cx_alert_config FROM PUBLIC;
GRANT SELECT ON @extschema@.cx_alert, @extschema@.cx_alert_config TO cx_alerts_reader;

-- ---- the trigger functions -------------------------------------------------

CREATE FUNCTION @extschema@.cx_alert_score_trigger()
RETURNS trigger
AS 'MODULE_PATHNAME', 'cx_alert_score_trigger'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.cx_alert_score_trigger() IS
'AFTER INSERT OR UPDATE row trigger raising nps_detractor, csat_low and ces_high_effort alerts. Its arguments are written by cx_alert_attach(), which validates them; do not create it by hand.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_score_trigger() FROM PUBLIC;

CREATE FUNCTION @extschema@.cx_alert_empathy_trigger()
RETURNS trigger
AS 'MODULE_PATHNAME', 'cx_alert_empathy_trigger'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.cx_alert_empathy_trigger() IS
'AFTER INSERT OR UPDATE row trigger raising empathy_low alerts on agents'' messages (empathy_score below the threshold, or anti-empathy language). Its arguments are written by cx_alert_attach(); do not create it by hand.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_empathy_trigger() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_empathy_trigger() TO cx_alerts_admin;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_score_trigger() TO cx_alerts_admin;

-- ---- set-up helpers --------------------------------------------------------

-- The type a column of tbl has, or an error naming the column and the
-- setting it was given for.
CREATE FUNCTION @extschema@.cx_alert_column_type(tbl pg_catalog.regclass, setting pg_catalog.text, col pg_catalog.text)
RETURNS pg_catalog.regtype
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t regtype;
BEGIN
	SELECT a.atttypid::regtype INTO t
	FROM pg_catalog.pg_attribute a
	WHERE a.attrelid = tbl AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'column "%" of setting "%" does not exist in table %', col, setting, tbl
			USING ERRCODE = 'undefined_column',
			      HINT = 'Name an existing column of the table in the configuration.';
	END IF;
	RETURN t;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_column_type(pg_catalog.regclass, pg_catalog.text, pg_catalog.text) IS
'Internal to cx_alert_attach(): the type of a configured column, or an undefined_column error naming the setting.';

CREATE FUNCTION @extschema@.cx_alert_attach(tbl pg_catalog.regclass, kind pg_catalog.text,
                                             config pg_catalog.jsonb DEFAULT '{}')
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET intervalstyle = 'postgres'
AS $$
DECLARE
	score_kinds CONSTANT text[] := ARRAY['nps', 'csat', 'ces'];
	common CONSTANT text[] := ARRAY['subject', 'key', 'at', 'threshold', 'cooldown',
	                                'channel', 'include', 'trigger_name'];
	allowed text[];
	numeric_types CONSTANT regtype[] := ARRAY['smallint', 'integer', 'bigint', 'numeric', 'real',
	                                          'double precision']::regtype[];
	time_types CONSTANT regtype[] := ARRAY['timestamp with time zone', 'timestamp without time zone',
	                                       'date']::regtype[];
	k text;
	lo int;
	hi int;
	def int;
	score_col text;
	subject_col text;
	key_col text;
	at_col text;
	threshold numeric;
	role_col text;
	agent text;
	lang text;
	anti boolean;
	text_types CONSTANT regtype[] := ARRAY['text', 'character varying', 'character']::regtype[];
	fn text;
	args text[];
	cond text;
	cooldown interval;
	channel text;
	include text[] := '{}';
	tg_name text;
	col text;
	cfg jsonb;
	id int;
	relkind "char";
BEGIN
	IF tbl IS NULL OR kind IS NULL OR config IS NULL THEN
		RAISE EXCEPTION 'table, kind and config must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF kind = ANY (score_kinds) THEN
		allowed := common || ARRAY['score'];
	ELSIF kind = 'empathy' THEN
		allowed := common || ARRAY['text', 'role', 'agent', 'lang', 'anti'];
	ELSIF kind IN ('segment_drop', 'friction') THEN
		allowed := NULL;		-- checked by their own set-up function
	ELSE
		RAISE EXCEPTION 'unknown alert kind "%"', kind
			USING ERRCODE = 'invalid_parameter_value',
			      DETAIL = 'Kinds: nps (detractor answers), csat (low ratings), ces (high effort: low agreement that it was easy), empathy (agent messages), segment_drop (a segment''s NPS significantly down), friction (repeated contacts in a journey).';
	END IF;
	IF jsonb_typeof(config) <> 'object' THEN
		RAISE EXCEPTION 'alert configuration must be a JSON object' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	FOR k IN SELECT jsonb_object_keys(config) WHERE allowed IS NOT NULL LOOP
		IF NOT k = ANY (allowed) THEN
			RAISE EXCEPTION 'unknown setting "%" for a % alert', k, kind
				USING ERRCODE = 'invalid_parameter_value',
				      HINT = format('Settings: %s.', array_to_string(allowed, ', '));
		END IF;
		IF k NOT IN ('include', 'anti') AND jsonb_typeof(config -> k) NOT IN ('string', 'number') THEN
			RAISE EXCEPTION 'setting "%" must be a string or a number', k USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END LOOP;
	SELECT c.relkind INTO relkind FROM pg_catalog.pg_class c WHERE c.oid = tbl;
	IF relkind NOT IN ('r', 'p') THEN
		RAISE EXCEPTION '% is not a table', tbl
			USING ERRCODE = 'wrong_object_type', DETAIL = 'Alert triggers attach to ordinary or partitioned tables.';
	END IF;
	IF kind = 'segment_drop' THEN
		RETURN @extschema@.cx_alert_attach_segment(tbl, config);
	ELSIF kind = 'friction' THEN
		RETURN @extschema@.cx_alert_attach_friction(tbl, config);
	END IF;

	IF kind = ANY (score_kinds) THEN
		-- the score column and its scale
		lo := CASE kind WHEN 'nps' THEN 0 ELSE 1 END;
		hi := CASE kind WHEN 'nps' THEN 10 WHEN 'csat' THEN 5 ELSE 7 END;
		def := CASE kind WHEN 'nps' THEN 6 WHEN 'csat' THEN 2 ELSE 3 END;
		score_col := coalesce(config ->> 'score', CASE kind WHEN 'nps' THEN 'score' WHEN 'csat' THEN 'rating' ELSE 'effort' END);
		IF NOT @extschema@.cx_alert_column_type(tbl, 'score', score_col) = ANY (numeric_types) THEN
			RAISE EXCEPTION 'score column "%" of % has type %, not a number', score_col, tbl,
				@extschema@.cx_alert_column_type(tbl, 'score', score_col)
				USING ERRCODE = 'datatype_mismatch', HINT = 'The score column must be smallint, integer, bigint, numeric, real or double precision.';
		END IF;
		BEGIN
			threshold := coalesce((config ->> 'threshold')::int, def);
		EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
			RAISE EXCEPTION 'threshold "%" is not an integer', config ->> 'threshold' USING ERRCODE = 'invalid_parameter_value';
		END;
		IF threshold NOT BETWEEN lo AND hi THEN
			RAISE EXCEPTION 'threshold % is outside the % scale %..%', threshold, kind, lo, hi
				USING ERRCODE = 'invalid_parameter_value',
				      HINT = format('A %s alert fires when the answer <= threshold.', kind);
		END IF;
	ELSE
		-- empathy: the message text, who wrote it, the language
		score_col := coalesce(config ->> 'text', 'body');
		IF NOT @extschema@.cx_alert_column_type(tbl, 'text', score_col) = ANY (text_types) THEN
			RAISE EXCEPTION 'text column "%" of % is not text', score_col, tbl USING ERRCODE = 'datatype_mismatch';
		END IF;
		role_col := config ->> 'role';
		agent := config ->> 'agent';
		IF role_col IS NOT NULL THEN
			PERFORM @extschema@.cx_alert_column_type(tbl, 'role', role_col);
			IF agent IS NULL THEN
				RAISE EXCEPTION 'setting "agent" is required with "role"' USING ERRCODE = 'invalid_parameter_value',
					HINT = 'Give the value of the role column for agents'' messages, e.g. {"role": "message_type", "agent": 1}.';
			END IF;
		ELSIF agent IS NOT NULL THEN
			RAISE EXCEPTION 'setting "agent" needs "role"' USING ERRCODE = 'invalid_parameter_value';
		END IF;
		lang := nullif(coalesce(config ->> 'lang', 'auto'), 'auto');
		IF lang IS NOT NULL AND lang NOT IN ('es', 'en') THEN
			RAISE EXCEPTION 'unknown empathy language "%"', lang USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Use "es", "en" or "auto" (detect from the text).';
		END IF;
		IF config ? 'anti' AND jsonb_typeof(config -> 'anti') <> 'boolean' THEN
			RAISE EXCEPTION 'setting "anti" must be true or false' USING ERRCODE = 'invalid_parameter_value';
		END IF;
		anti := coalesce((config -> 'anti')::boolean, true);
		BEGIN
			threshold := coalesce((config ->> 'threshold')::numeric, 0);
		EXCEPTION WHEN invalid_text_representation THEN
			RAISE EXCEPTION 'threshold "%" is not a number', config ->> 'threshold' USING ERRCODE = 'invalid_parameter_value';
		END;
		IF threshold NOT BETWEEN -100 AND 100 THEN
			RAISE EXCEPTION 'empathy threshold % is outside -100..100', threshold USING ERRCODE = 'invalid_parameter_value',
				HINT = 'An empathy alert fires when empathy_score(text) < threshold.';
		END IF;
	END IF;

	-- the subject (customer) and the row key
	subject_col := config ->> 'subject';
	IF subject_col IS NULL THEN
		RAISE EXCEPTION 'setting "subject" is required' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Name the column holding the customer, e.g. {"subject": "customer_id"}.';
	END IF;
	PERFORM @extschema@.cx_alert_column_type(tbl, 'subject', subject_col);
	key_col := config ->> 'key';
	IF key_col IS NULL THEN
		SELECT a.attname INTO key_col
		FROM pg_catalog.pg_index i
		JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
		WHERE i.indrelid = tbl AND i.indisprimary AND i.indnatts = 1;
		IF key_col IS NULL THEN
			RAISE EXCEPTION 'table % has no single-column primary key', tbl
				USING ERRCODE = 'invalid_parameter_value', HINT = 'Name the column identifying a row with "key".';
		END IF;
	END IF;
	PERFORM @extschema@.cx_alert_column_type(tbl, 'key', key_col);
	at_col := config ->> 'at';
	IF at_col IS NOT NULL AND NOT @extschema@.cx_alert_column_type(tbl, 'at', at_col) = ANY (time_types) THEN
		RAISE EXCEPTION 'column "%" of setting "at" is not a date or timestamp', at_col USING ERRCODE = 'datatype_mismatch';
	END IF;

	-- cooldown, channel, included columns
	BEGIN
		cooldown := coalesce(config ->> 'cooldown', '1 day')::interval;
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION 'cooldown "%" is not an interval', config ->> 'cooldown'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'For example "1 day" or "30 minutes".';
	END;
	IF cooldown < interval '0' OR extract(epoch FROM cooldown) > 10 * 365.25 * 86400 THEN
		RAISE EXCEPTION 'cooldown % is outside 0 .. 10 years', cooldown USING ERRCODE = 'invalid_parameter_value';
	END IF;
	channel := coalesce(config ->> 'channel', 'cx_alerts');
	IF channel = '' OR octet_length(channel) >= 64 THEN
		RAISE EXCEPTION 'channel name "%" must have 1 to 63 bytes', channel USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF config ? 'include' THEN
		IF jsonb_typeof(config -> 'include') <> 'array' THEN
			RAISE EXCEPTION 'setting "include" must be an array of column names' USING ERRCODE = 'invalid_parameter_value';
		END IF;
		SELECT coalesce(array_agg(x), '{}') INTO include FROM jsonb_array_elements_text(config -> 'include') AS x;
		FOREACH col IN ARRAY include LOOP
			PERFORM @extschema@.cx_alert_column_type(tbl, 'include', col);
		END LOOP;
		IF cardinality(include) > 16 THEN
			RAISE EXCEPTION 'at most 16 included columns' USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END IF;
	tg_name := coalesce(config ->> 'trigger_name', 'cx_alert_' || kind);
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = tbl AND t.tgname = tg_name) THEN
		RAISE EXCEPTION 'table % already has a trigger named "%"', tbl, tg_name
			USING ERRCODE = 'duplicate_object',
			      HINT = 'Detach it first with cx_alert_detach(), or give this one another "trigger_name".';
	END IF;

	cfg := jsonb_build_object('subject', subject_col, 'key', key_col,
	                          'at', at_col, 'threshold', threshold, 'cooldown', cooldown::text,
	                          'channel', channel, 'include', to_jsonb(include));
	IF kind = 'empathy' THEN
		cfg := cfg || jsonb_build_object('text', score_col, 'role', role_col, 'agent', agent,
		                                 'lang', coalesce(lang, 'auto'), 'anti', anti);
	ELSE
		cfg := cfg || jsonb_build_object('score', score_col);
	END IF;
	INSERT INTO @extschema@.cx_alert_config (table_name, kind, trigger_name, config)
	VALUES (tbl, kind, tg_name, cfg)
	RETURNING config_id INTO id;

	-- Trigger arguments, positional and all validated above: config_id, kind,
	-- score or text column, subject, key, at ('' = none), threshold, cooldown
	-- in microseconds, channel, [empathy: role ('' = none), agent value,
	-- language ('' = detect), anti], then the included columns.  The trigger
	-- looks the columns up again once per statement and never trusts them.
	args := ARRAY[id::text, kind, score_col, subject_col, key_col, coalesce(at_col, ''),
	              threshold::text, ((extract(epoch FROM cooldown) * 1000000)::bigint)::text, channel];
	IF kind = 'empathy' THEN
		args := args || ARRAY[coalesce(role_col, ''), coalesce(agent, ''), coalesce(lang, ''), anti::text];
		fn := 'cx_alert_empathy_trigger';
	ELSE
		fn := 'cx_alert_score_trigger';
	END IF;
	-- Empathy: a WHEN clause, so that customers' messages never queue a
	-- trigger event (scoring a text is the expensive part).  Parsed here, with
	-- the pinned search_path: stored as resolved operators.  The score kinds
	-- have none: the executor parses and compiles a WHEN clause again for
	-- every statement, which cost a single-row INSERT more than queueing the
	-- event and letting the C function return at once for a passive or
	-- promoter answer (measured: about 4 us per statement against 1 us).
	IF kind = 'empathy' THEN
		cond := format('NEW.%I IS NOT NULL', score_col);
		IF role_col IS NOT NULL THEN
			cond := cond || format(' AND NEW.%I::pg_catalog.text OPERATOR(pg_catalog.=) %L', role_col, agent);
		END IF;
		cond := format('WHEN (%s) ', cond);
	ELSE
		cond := '';
	END IF;
	EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OF %I ON %s FOR EACH ROW %s'
	               'EXECUTE FUNCTION @extschema@.%I(%s)',
	               tg_name, score_col, tbl, cond, fn,
	               (SELECT string_agg(quote_literal(a), ', ' ORDER BY o)
	                FROM unnest(args || include) WITH ORDINALITY AS u(a, o)));
	RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_attach(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) IS
'Validate an alert configuration against a table and create its trigger; returns the config_id. Kinds: nps, csat, ces. Settings: score (column; default score/rating/effort), subject (column, required), key (column; default the primary key), at (timestamp column), threshold (alert when the answer <= threshold; default 6 for nps 0-10, 2 for csat 1-5, 3 for ces 1-7 "made it easy"), cooldown (interval, default 1 day), channel (default cx_alerts), include (columns copied into details), trigger_name (default cx_alert_<kind>).';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_attach(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_attach(pg_catalog.regclass, pg_catalog.text, pg_catalog.jsonb) TO cx_alerts_admin;

CREATE FUNCTION @extschema@.cx_alert_detach(tbl pg_catalog.regclass, kind pg_catalog.text DEFAULT NULL,
                                             trigger_name pg_catalog.name DEFAULT NULL)
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r record;
	n int := 0;
BEGIN
	FOR r IN
		SELECT c.config_id, c.trigger_name
		FROM @extschema@.cx_alert_config c
		WHERE c.table_name = tbl
		  AND (cx_alert_detach.kind IS NULL OR c.kind = cx_alert_detach.kind)
		  AND (cx_alert_detach.trigger_name IS NULL OR c.trigger_name = cx_alert_detach.trigger_name)
		ORDER BY c.config_id
	LOOP
		EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', r.trigger_name, tbl);
		DELETE FROM @extschema@.cx_alert_segment_rollup s WHERE s.config_id = r.config_id;
		DELETE FROM @extschema@.cx_alert_config c WHERE c.config_id = r.config_id;
		n := n + 1;
	END LOOP;
	IF n = 0 THEN
		RAISE EXCEPTION 'no alert trigger% is attached to %',
			CASE WHEN kind IS NOT NULL THEN format(' of kind %s', kind) ELSE '' END ||
			CASE WHEN trigger_name IS NOT NULL THEN format(' named %s', trigger_name) ELSE '' END, tbl
			USING ERRCODE = 'undefined_object', HINT = 'SELECT * FROM cx_alert_config lists the attached alert triggers.';
	END IF;
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_detach(pg_catalog.regclass, pg_catalog.text, pg_catalog.name) IS
'Drop the alert triggers attached to a table by cx_alert_attach() (all of them, or those of one kind or trigger name) and their cx_alert_config rows; returns how many. Alerts already raised stay in cx_alert.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_detach(pg_catalog.regclass, pg_catalog.text, pg_catalog.name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_detach(pg_catalog.regclass, pg_catalog.text, pg_catalog.name) TO cx_alerts_admin;
GRANT INSERT, DELETE ON @extschema@.cx_alert_config TO cx_alerts_admin;
GRANT USAGE ON SEQUENCE @extschema@.cx_alert_config_config_id_seq TO cx_alerts_admin;

-- ---- closing the loop ------------------------------------------------------

CREATE FUNCTION @extschema@.cx_alert_ack(alert_id pg_catalog.int8, note pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.cx_alert
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	a @extschema@.cx_alert;
BEGIN
	SELECT * INTO a FROM @extschema@.cx_alert WHERE id OPERATOR(pg_catalog.=) alert_id FOR UPDATE;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'alert % does not exist', alert_id USING ERRCODE = 'no_data_found';
	END IF;
	IF a.acknowledged_at IS NOT NULL THEN
		RAISE EXCEPTION 'alert % was already acknowledged', alert_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
			      DETAIL = format('Acknowledged at %s by %s.', a.acknowledged_at, a.acknowledged_by);
	END IF;
	UPDATE @extschema@.cx_alert
	SET acknowledged_at = pg_catalog.now(), acknowledged_by = SESSION_USER, ack_note = note
	WHERE id OPERATOR(pg_catalog.=) alert_id
	RETURNING * INTO a;
	RETURN a;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_ack(pg_catalog.int8, pg_catalog.text) IS
'Acknowledge an alert ("someone is on it") with an optional note; records the time and the session user. Errors when the alert does not exist or was already acknowledged. For cx_alerts_responder.';

CREATE FUNCTION @extschema@.cx_alert_resolve(alert_id pg_catalog.int8, note pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.cx_alert
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	a @extschema@.cx_alert;
BEGIN
	SELECT * INTO a FROM @extschema@.cx_alert WHERE id OPERATOR(pg_catalog.=) alert_id FOR UPDATE;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'alert % does not exist', alert_id USING ERRCODE = 'no_data_found';
	END IF;
	IF a.resolved_at IS NOT NULL THEN
		RAISE EXCEPTION 'alert % was already resolved', alert_id
			USING ERRCODE = 'object_not_in_prerequisite_state',
			      DETAIL = format('Resolved at %s by %s.', a.resolved_at, a.resolved_by);
	END IF;
	UPDATE @extschema@.cx_alert
	SET acknowledged_at = COALESCE(acknowledged_at, pg_catalog.now()),
	    acknowledged_by = COALESCE(acknowledged_by, SESSION_USER),
	    resolved_at = pg_catalog.now(), resolved_by = SESSION_USER, resolution_note = note
	WHERE id OPERATOR(pg_catalog.=) alert_id
	RETURNING * INTO a;
	RETURN a;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_resolve(pg_catalog.int8, pg_catalog.text) IS
'Resolve an alert with an optional note (what was done); acknowledges it too when that was not done. Ends the cooldown: the next event for the same kind and subject raises a new alert. Errors when the alert does not exist or was already resolved. For cx_alerts_responder.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_ack(pg_catalog.int8, pg_catalog.text) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.cx_alert_resolve(pg_catalog.int8, pg_catalog.text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_ack(pg_catalog.int8, pg_catalog.text) TO cx_alerts_responder;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_resolve(pg_catalog.int8, pg_catalog.text) TO cx_alerts_responder;

CREATE VIEW @extschema@.cx_alert_open AS
SELECT a.id, a.kind, a.severity, a.subject, a.source_table, a.source_key,
       a.created_at, pg_catalog.now() OPERATOR(pg_catalog.-) a.created_at AS age,
       a.occurrences, a.last_seen_at,
       a.acknowledged_at IS NOT NULL AS acknowledged, a.acknowledged_by
FROM @extschema@.cx_alert a
WHERE a.resolved_at IS NULL;
COMMENT ON VIEW @extschema@.cx_alert_open IS
'Alerts not yet resolved, with their age (now() - created_at) and whether someone acknowledged them. ORDER BY age DESC for the oldest first.';

CREATE VIEW @extschema@.cx_alert_open_by_kind AS
SELECT a.kind,
       pg_catalog.count(*) AS open_alerts,
       pg_catalog.count(*) FILTER (WHERE a.acknowledged_at IS NULL) AS unacknowledged,
       pg_catalog.count(*) FILTER (WHERE a.severity OPERATOR(pg_catalog.=) 'high') AS high_severity,
       pg_catalog.count(*) FILTER (WHERE a.created_at OPERATOR(pg_catalog.>=) (pg_catalog.now() OPERATOR(pg_catalog.-) interval '1 hour')) AS under_1h,
       pg_catalog.count(*) FILTER (WHERE a.created_at OPERATOR(pg_catalog.<) (pg_catalog.now() OPERATOR(pg_catalog.-) interval '1 hour')
                                     AND a.created_at OPERATOR(pg_catalog.>=) (pg_catalog.now() OPERATOR(pg_catalog.-) interval '1 day')) AS from_1h_to_1d,
       pg_catalog.count(*) FILTER (WHERE a.created_at OPERATOR(pg_catalog.<) (pg_catalog.now() OPERATOR(pg_catalog.-) interval '1 day')) AS over_1d,
       pg_catalog.max(pg_catalog.now() OPERATOR(pg_catalog.-) a.created_at) AS oldest_age
FROM @extschema@.cx_alert a
WHERE a.resolved_at IS NULL
GROUP BY a.kind;
COMMENT ON VIEW @extschema@.cx_alert_open_by_kind IS
'Open (unresolved) alerts per kind: how many, how many nobody acknowledged, how many are high severity, how many are under 1 hour, 1 hour to 1 day and over 1 day old, and the oldest one''s age.';

CREATE VIEW @extschema@.cx_alert_response_times AS
SELECT a.kind,
       pg_catalog.count(*) AS alerts,
       pg_catalog.count(a.acknowledged_at) AS acknowledged,
       pg_catalog.count(a.resolved_at) AS resolved,
       pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY a.acknowledged_at OPERATOR(pg_catalog.-) a.created_at) AS median_time_to_ack,
       pg_catalog.percentile_cont(0.9) WITHIN GROUP (ORDER BY a.acknowledged_at OPERATOR(pg_catalog.-) a.created_at) AS p90_time_to_ack,
       pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY a.resolved_at OPERATOR(pg_catalog.-) a.created_at) AS median_time_to_resolve,
       pg_catalog.percentile_cont(0.9) WITHIN GROUP (ORDER BY a.resolved_at OPERATOR(pg_catalog.-) a.created_at) AS p90_time_to_resolve
FROM @extschema@.cx_alert a
GROUP BY a.kind;
COMMENT ON VIEW @extschema@.cx_alert_response_times IS
'Per kind: alerts raised, acknowledged and resolved, and the median and 90th percentile of the time from creation to acknowledgement and to resolution (over the alerts that reached that step).';

GRANT SELECT ON @extschema@.cx_alert_open, @extschema@.cx_alert_open_by_kind,
                @extschema@.cx_alert_response_times TO cx_alerts_reader;

CREATE FUNCTION @extschema@.cx_alert_recovery(answers pg_catalog.regclass,
                                               subject pg_catalog.text DEFAULT 'customer_id',
                                               score pg_catalog.text DEFAULT 'score',
                                               at pg_catalog.text DEFAULT 'answered_at')
RETURNS TABLE (alert_id pg_catalog.int8, kind pg_catalog.text, alert_subject pg_catalog.text,
               resolved_at pg_catalog.timestamptz, next_answered_at pg_catalog.timestamptz,
               next_score pg_catalog.float8, recovered pg_catalog.bool)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM @extschema@.cx_alert_column_type(answers, 'subject', subject);
	IF NOT @extschema@.cx_alert_column_type(answers, 'score', score) = ANY
	       (ARRAY['smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision']::regtype[]) THEN
		RAISE EXCEPTION 'score column "%" of % is not a number', score, answers USING ERRCODE = 'datatype_mismatch';
	END IF;
	IF NOT @extschema@.cx_alert_column_type(answers, 'at', at) = ANY
	       (ARRAY['timestamp with time zone', 'timestamp without time zone', 'date']::regtype[]) THEN
		RAISE EXCEPTION 'column "%" of % is not a date or timestamp', at, answers USING ERRCODE = 'datatype_mismatch';
	END IF;
	RETURN QUERY EXECUTE format(
		'SELECT a.id, a.kind, a.subject, a.resolved_at, n.at, n.score, n.score >= 7
		 FROM @extschema@.cx_alert a
		 LEFT JOIN LATERAL (
		     SELECT r.%2$I::pg_catalog.timestamptz AS at, r.%3$I::pg_catalog.float8 AS score
		     FROM %4$s r
		     WHERE r.%1$I::pg_catalog.text OPERATOR(pg_catalog.=) a.subject
		       AND r.%2$I::pg_catalog.timestamptz OPERATOR(pg_catalog.>) a.resolved_at
		       AND r.%3$I IS NOT NULL
		     ORDER BY r.%2$I
		     LIMIT 1) n ON true
		 WHERE a.resolved_at IS NOT NULL
		 ORDER BY a.resolved_at, a.id', subject, at, score, answers);
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_recovery(pg_catalog.regclass, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'Did the recovery work? For every resolved alert, the same subject''s first NPS answer in table answers after the resolution (NULL when none yet) and recovered = that answer is 7 or more (passive or promoter). Columns default to customer_id, score, answered_at. Runs with the caller''s rights on answers.';
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_recovery(pg_catalog.regclass, pg_catalog.text, pg_catalog.text, pg_catalog.text) TO cx_alerts_reader;
