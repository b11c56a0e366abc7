-- Friction alerts: a statement-level trigger with a transition table looks,
-- for every journey touched by the new events, at that journey's events in
-- the window ending at its latest new event, measured with the journey
-- concern's journey_friction() / journey_friction_score(): repeated contacts
-- (an event within the window of the previous one in the same stage) and
-- loops (back to an earlier stage).  Above a threshold: an alert.

-- The query giving, per journey touched by the rows of rows_from, its
-- repeats and loops inside the window.
CREATE FUNCTION @extschema@.cx_alert_friction_sql(cfg pg_catalog.jsonb, tbl pg_catalog.regclass,
                                                   rows_from pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT format(
		'WITH touched AS (
		     SELECT n.%1$I AS journey, pg_catalog.max(n.%2$I::pg_catalog.timestamptz) AS last_at
		     FROM %4$s n WHERE n.%1$I IS NOT NULL AND n.%2$I IS NOT NULL %5$s
		     GROUP BY n.%1$I)
		 SELECT t.journey::pg_catalog.text AS journey, t.last_at, s.events, s.repeats, s.loops, s.last_stage
		 FROM touched t
		 CROSS JOIN LATERAL (
		     SELECT (@extschema@.journey_friction_score(@extschema@.journey_friction(
		                 e.%1$I, %3$s, e.%2$I::pg_catalog.timestamptz,
		                 @extschema@.journey_config(NULL, %6$L::pg_catalog.interval, %6$L::pg_catalog.interval, t.last_at)
		                 ORDER BY e.%2$I))).*
		     FROM %7$s e
		     WHERE e.%1$I OPERATOR(pg_catalog.=) t.journey
		       AND e.%2$I::pg_catalog.timestamptz OPERATOR(pg_catalog.>=) (t.last_at OPERATOR(pg_catalog.-) %6$L::pg_catalog.interval)
		       AND e.%2$I::pg_catalog.timestamptz OPERATOR(pg_catalog.<=) t.last_at %8$s) s
		 WHERE s.repeats OPERATOR(pg_catalog.>=) %9$s OR s.loops OPERATOR(pg_catalog.>=) %10$s
		 ORDER BY 1',
		cfg ->> 'journey', cfg ->> 'at',
		CASE WHEN cfg ->> 'stage' IS NULL THEN '''contact''::pg_catalog.text'
		     ELSE format('e.%I::pg_catalog.text', cfg ->> 'stage') END,
		rows_from,
		CASE WHEN cfg ->> 'where_column' IS NULL THEN ''
		     ELSE format('AND n.%I::pg_catalog.text OPERATOR(pg_catalog.=) %L', cfg ->> 'where_column', cfg ->> 'where_value') END,
		cfg ->> 'window', tbl,
		CASE WHEN cfg ->> 'where_column' IS NULL THEN ''
		     ELSE format('AND e.%I::pg_catalog.text OPERATOR(pg_catalog.=) %L', cfg ->> 'where_column', cfg ->> 'where_value') END,
		(cfg ->> 'repeats')::int, (cfg ->> 'loops')::int)
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_friction_sql(pg_catalog.jsonb, pg_catalog.regclass, pg_catalog.text) IS
'Internal to the friction alerts: the query giving the journeys touched by a set of rows whose repeats or loops inside the window reach the thresholds.';

CREATE FUNCTION @extschema@.cx_alert_friction_trigger()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_config_id int := TG_ARGV[0]::int;
	c jsonb;
	r record;
	v_source text := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
BEGIN
	SELECT x.config INTO c FROM @extschema@.cx_alert_config x WHERE x.config_id = v_config_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'friction alert trigger "%" on %: configuration % is missing', TG_NAME, TG_TABLE_NAME, v_config_id
			USING ERRCODE = 'undefined_object', HINT = 'Run cx_alert_detach() and cx_alert_attach() again.';
	END IF;
	FOR r IN EXECUTE @extschema@.cx_alert_friction_sql(c, TG_RELID::regclass, 'cx_alert_new_rows') LOOP
		PERFORM @extschema@.cx_alert_raise('journey_friction',
			CASE WHEN r.repeats >= 2 * (c ->> 'repeats')::int OR r.loops >= 2 * (c ->> 'loops')::int
			     THEN 'high' ELSE 'medium' END,
			v_source, r.last_at::text, r.journey,
			jsonb_build_object('journey', r.journey, 'events', r.events, 'repeats', r.repeats, 'loops', r.loops,
			                   'last_stage', r.last_stage, 'window', c -> 'window',
			                   'repeats_threshold', c -> 'repeats', 'loops_threshold', c -> 'loops',
			                   'last_event_at', r.last_at, 'table', v_source),
			c ->> 'channel', v_config_id, (c ->> 'cooldown')::interval);
	END LOOP;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_friction_trigger() IS
'AFTER INSERT ... REFERENCING NEW TABLE AS cx_alert_new_rows FOR EACH STATEMENT trigger of the friction alerts: for each journey touched, repeats and loops in the window (journey_friction_score) against the thresholds. Created by cx_alert_attach(); do not create it by hand.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_friction_trigger() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_friction_trigger() TO cx_alerts_admin;

CREATE FUNCTION @extschema@.cx_alert_attach_friction(tbl pg_catalog.regclass, config pg_catalog.jsonb)
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET intervalstyle = 'postgres'
AS $$
DECLARE
	allowed CONSTANT text[] := ARRAY['journey', 'at', 'stage', 'where_column', 'where_value', 'window',
	                                 'repeats', 'loops', 'cooldown', 'channel', 'trigger_name'];
	k text;
	c jsonb;
	w interval;
	cooldown interval;
	repeats int;
	loops int;
	channel text;
	tg_name text;
	id int;
BEGIN
	FOR k IN SELECT jsonb_object_keys(config) LOOP
		IF NOT k = ANY (allowed) THEN
			RAISE EXCEPTION 'unknown setting "%" for a friction alert', k
				USING ERRCODE = 'invalid_parameter_value', HINT = format('Settings: %s.', array_to_string(allowed, ', '));
		END IF;
		IF jsonb_typeof(config -> k) NOT IN ('string', 'number') THEN
			RAISE EXCEPTION 'setting "%" must be a string or a number', k USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END LOOP;
	IF config ->> 'journey' IS NULL OR config ->> 'at' IS NULL THEN
		RAISE EXCEPTION 'settings "journey" and "at" are required' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Name the column identifying the journey (the subject of the alert) and its time, e.g. {"journey": "contact_id", "at": "created_at"}.';
	END IF;
	PERFORM @extschema@.cx_alert_column_type(tbl, 'journey', config ->> 'journey');
	IF NOT @extschema@.cx_alert_column_type(tbl, 'at', config ->> 'at') = ANY
	       (ARRAY['timestamp with time zone', 'timestamp without time zone', 'date']::regtype[]) THEN
		RAISE EXCEPTION 'column "%" of setting "at" is not a date or timestamp', config ->> 'at' USING ERRCODE = 'datatype_mismatch';
	END IF;
	IF config ? 'stage' THEN
		PERFORM @extschema@.cx_alert_column_type(tbl, 'stage', config ->> 'stage');
	END IF;
	IF (config ? 'where_column') <> (config ? 'where_value') THEN
		RAISE EXCEPTION 'settings "where_column" and "where_value" go together' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Count only some rows, e.g. the customer''s messages: {"where_column": "message_type", "where_value": 0}.';
	END IF;
	IF config ? 'where_column' THEN
		PERFORM @extschema@.cx_alert_column_type(tbl, 'where_column', config ->> 'where_column');
	END IF;
	BEGIN
		w := coalesce(config ->> 'window', '72 hours')::interval;
		cooldown := coalesce(config ->> 'cooldown', '1 day')::interval;
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION 'window and cooldown must be intervals' USING ERRCODE = 'invalid_parameter_value';
	END;
	IF w <= interval '0' OR cooldown < interval '0' THEN
		RAISE EXCEPTION 'window must be positive and cooldown not negative' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	BEGIN
		repeats := coalesce((config ->> 'repeats')::int, 2);
		loops := coalesce((config ->> 'loops')::int, 2);
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION 'repeats and loops must be integers' USING ERRCODE = 'invalid_parameter_value';
	END;
	IF repeats < 1 OR loops < 1 THEN
		RAISE EXCEPTION 'repeats and loops must be at least 1' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	channel := coalesce(config ->> 'channel', 'cx_alerts');
	IF channel = '' OR octet_length(channel) >= 64 THEN
		RAISE EXCEPTION 'channel name "%" must have 1 to 63 bytes', channel USING ERRCODE = 'invalid_parameter_value';
	END IF;
	tg_name := coalesce(config ->> 'trigger_name', 'cx_alert_friction');
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = tbl AND t.tgname = tg_name) THEN
		RAISE EXCEPTION 'table % already has a trigger named "%"', tbl, tg_name
			USING ERRCODE = 'duplicate_object',
			      HINT = 'Detach it first with cx_alert_detach(), or give this one another "trigger_name".';
	END IF;
	c := jsonb_build_object('journey', config ->> 'journey', 'at', config ->> 'at', 'stage', config ->> 'stage',
	                        'where_column', config ->> 'where_column', 'where_value', config ->> 'where_value',
	                        'window', w::text, 'repeats', repeats, 'loops', loops,
	                        'cooldown', cooldown::text, 'channel', channel);
	-- the query must plan now, not on a customer's insert
	EXECUTE 'EXPLAIN ' || @extschema@.cx_alert_friction_sql(c, tbl, tbl::text);
	INSERT INTO @extschema@.cx_alert_config (table_name, kind, trigger_name, config)
	VALUES (tbl, 'friction', tg_name, c)
	RETURNING config_id INTO id;
	EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS cx_alert_new_rows '
	               'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.cx_alert_friction_trigger(%L)',
	               tg_name, tbl, id);
	RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_attach_friction(pg_catalog.regclass, pg_catalog.jsonb) IS
'Internal to cx_alert_attach(tbl, ''friction'', config): validates the configuration (and plans its query), records it and creates the statement trigger.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_attach_friction(pg_catalog.regclass, pg_catalog.jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_attach_friction(pg_catalog.regclass, pg_catalog.jsonb) TO cx_alerts_admin;
