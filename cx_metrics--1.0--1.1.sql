-- cx_metrics 1.0 -> 1.1 (also run by CREATE EXTENSION after the 1.0 script)
\echo Use "ALTER EXTENSION cx_metrics UPDATE TO '1.1'" to load this file. \quit

-- ---- alerts: a cooldown index keyed by a 64-bit hash --------------------
-- 1.0 probed (subject, kind, created_at): two text comparisons per step of
-- the descent and two text keys per entry.  1.1 keys the index by one
-- 64-bit hash of kind and subject (rechecked against the row), which makes
-- the probe and the entry of every alert cheaper.  It holds open alerts
-- only (resolved ones and alerts without a subject have no cooldown), so it
-- stays as small as the open alerts, however long the history grows.
CREATE FUNCTION @extschema@.cx_alert_cooldown_key(kind pg_catalog.text, subject pg_catalog.text)
RETURNS pg_catalog.int8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'cx_alert_cooldown_key_text';
COMMENT ON FUNCTION @extschema@.cx_alert_cooldown_key(pg_catalog.text, pg_catalog.text) IS
'The cooldown key of an alert: a 64-bit hash of its kind and subject, the same on every platform. Leading column of the index cx_alert_cooldown_idx of open alerts: WHERE cx_alert_cooldown_key(kind, subject) = cx_alert_cooldown_key(''nps_detractor'', ''42'') AND kind = ''nps_detractor'' AND subject = ''42'' AND resolved_at IS NULL uses it.';
CREATE INDEX cx_alert_cooldown_idx ON @extschema@.cx_alert
	(@extschema@.cx_alert_cooldown_key(kind, subject), created_at)
	WHERE subject IS NOT NULL AND resolved_at IS NULL;
COMMENT ON INDEX @extschema@.cx_alert_cooldown_idx IS
'The cooldown probe of the alert triggers: the newest open alert of a kind and subject, by cx_alert_cooldown_key(kind, subject). Open alerts only (resolved_at IS NULL, subject IS NOT NULL).';
DROP INDEX @extschema@.cx_alert_open_idx;

-- ---- alerts: a dropped table takes its alert configuration with it -------
-- In 1.0 the cx_alert_config rows (and segment rollups) of a table dropped
-- without cx_alert_detach() stayed behind, naming a table that no longer
-- exists.  The alerts it raised stay: they are history.
CREATE FUNCTION @extschema@.cx_alert_forget_dropped()
RETURNS pg_catalog.event_trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	WITH gone AS (
		DELETE FROM @extschema@.cx_alert_config c
		USING pg_catalog.pg_event_trigger_dropped_objects() d
		WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
		  AND d.objid = c.table_name::pg_catalog.oid
		RETURNING c.config_id)
	DELETE FROM @extschema@.cx_alert_segment_rollup r USING gone WHERE r.config_id = gone.config_id;
EXCEPTION WHEN OTHERS THEN
	-- never make a DROP fail because of the alert bookkeeping
	RAISE WARNING 'cx_metrics could not forget the alert configuration of a dropped table: %', SQLERRM
		USING HINT = 'Delete its rows from cx_alert_config by hand.';
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_forget_dropped() IS
'Event trigger function (sql_drop): deletes the cx_alert_config rows and segment rollups of dropped tables, as cx_alert_detach() would. The alerts they raised are kept.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_forget_dropped() FROM PUBLIC;
CREATE EVENT TRIGGER cx_alert_forget_dropped ON sql_drop
	EXECUTE FUNCTION @extschema@.cx_alert_forget_dropped();
COMMENT ON EVENT TRIGGER cx_alert_forget_dropped IS
'Forgets the alert configuration of a table when the table is dropped (cx_alert_forget_dropped).';

-- ---- alerts: the statement-level triggers in C (issue #5) -------------------
--
-- segment_drop and friction were PL/pgSQL SECURITY DEFINER functions with
-- a pinned search_path.  They become C functions of the same name and
-- signature, so that the triggers attached under 1.0 call the C code after
-- ALTER EXTENSION cx_metrics UPDATE.  CREATE OR REPLACE drops SECURITY
-- DEFINER and the SET clause, deliberately: like the row triggers, the C
-- functions run as the inserting role and switch to the owner of cx_alert
-- (search_path = pg_catalog, pg_temp, restricted security context) only
-- for their SQL steps, and write alerts through the row triggers' direct
-- write path.  Their privileges (EXECUTE for cx_alerts_admin only) stay.

CREATE OR REPLACE FUNCTION @extschema@.cx_alert_segment_trigger()
RETURNS trigger
AS 'MODULE_PATHNAME', 'cx_alert_segment_trigger'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.cx_alert_segment_trigger() IS
'AFTER INSERT ... REFERENCING NEW TABLE AS cx_alert_new_rows FOR EACH STATEMENT trigger of the segment_drop alerts (C): folds the new answers into cx_alert_segment_rollup (one upsert per statement) and tests each segment touched once. Created by cx_alert_attach(); do not create it by hand.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_segment_trigger() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_segment_trigger() TO cx_alerts_admin;

CREATE OR REPLACE FUNCTION @extschema@.cx_alert_friction_trigger()
RETURNS trigger
AS 'MODULE_PATHNAME', 'cx_alert_friction_trigger'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.cx_alert_friction_trigger() IS
'AFTER INSERT ... REFERENCING NEW TABLE AS cx_alert_new_rows FOR EACH STATEMENT trigger of the friction alerts (C): for each journey touched, repeats and loops in the window (counted as journey_friction_score counts them) against the thresholds. Created by cx_alert_attach(); do not create it by hand.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_friction_trigger() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_friction_trigger() TO cx_alerts_admin;

-- The SQL write path of the PL/pgSQL triggers: the C triggers raise alerts
-- through the row triggers' alert_raise() instead.
DROP FUNCTION @extschema@.cx_alert_raise(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text,
                                         pg_catalog.text, pg_catalog.jsonb, pg_catalog.text, pg_catalog.int4,
                                         pg_catalog.interval);

-- Still used at attach time (cx_alert_attach_friction() plans it, so that a
-- configuration whose expressions do not plan is refused there); the
-- trigger runs the same expressions per journey.
COMMENT ON FUNCTION @extschema@.cx_alert_friction_sql(pg_catalog.jsonb, pg_catalog.regclass, pg_catalog.text) IS
'Internal to cx_alert_attach(tbl, ''friction'', ...): the query giving the journeys touched by a set of rows whose repeats or loops inside the window reach the thresholds; planned at attach time to validate the configuration (the C trigger evaluates the same expressions).';

-- ---- alerts: segment_drop checks at set-up that the table's owner can read "via" ----
-- The C trigger reads the customers table as the owner of the answers table
-- (see cx_alert_segment_trigger): cx_alert_attach() says so at set-up time
-- rather than on the first customer's insert.  1.0's function, with that
-- one check added after the via columns are validated.
CREATE OR REPLACE FUNCTION @extschema@.cx_alert_attach_segment(tbl pg_catalog.regclass, config pg_catalog.jsonb)
RETURNS pg_catalog.int4
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET intervalstyle = 'postgres'
AS $$
DECLARE
	allowed CONSTANT text[] := ARRAY['score', 'at', 'segment', 'via', 'via_key', 'window', 'baseline',
	                                 'min_answers', 'alpha', 'cooldown', 'channel', 'trigger_name'];
	k text;
	c jsonb;
	at_type regtype;
	via regclass;
	w interval;
	b interval;
	cooldown interval;
	min_answers int;
	alpha float8;
	channel text;
	tg_name text;
	id int;
BEGIN
	FOR k IN SELECT jsonb_object_keys(config) LOOP
		IF NOT k = ANY (allowed) THEN
			RAISE EXCEPTION 'unknown setting "%" for a segment_drop alert', k
				USING ERRCODE = 'invalid_parameter_value', HINT = format('Settings: %s.', array_to_string(allowed, ', '));
		END IF;
		IF jsonb_typeof(config -> k) NOT IN ('string', 'number') THEN
			RAISE EXCEPTION 'setting "%" must be a string or a number', k USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END LOOP;
	c := jsonb_build_object('score', coalesce(config ->> 'score', 'score'), 'at', config ->> 'at',
	                        'segment', coalesce(config ->> 'segment', 'segment'));
	IF NOT @extschema@.cx_alert_column_type(tbl, 'score', c ->> 'score') = ANY
	       (ARRAY['smallint', 'integer', 'bigint', 'numeric']::regtype[]) THEN
		RAISE EXCEPTION 'score column "%" of % is not smallint, integer, bigint or numeric', c ->> 'score', tbl
			USING ERRCODE = 'datatype_mismatch';
	END IF;
	c := c || jsonb_build_object('score_type', @extschema@.cx_alert_column_type(tbl, 'score', c ->> 'score')::text);
	IF c ->> 'at' IS NULL THEN
		RAISE EXCEPTION 'setting "at" is required' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'Name the column with the time of the answer, e.g. {"at": "answered_at"}.';
	END IF;
	at_type := @extschema@.cx_alert_column_type(tbl, 'at', c ->> 'at');
	IF NOT at_type = ANY (ARRAY['timestamp with time zone', 'timestamp without time zone', 'date']::regtype[]) THEN
		RAISE EXCEPTION 'column "%" of setting "at" is not a date or timestamp', c ->> 'at' USING ERRCODE = 'datatype_mismatch';
	END IF;
	c := c || jsonb_build_object('at_type', at_type::text);
	IF config ? 'via' THEN
		-- the segment lives in another table, joined on via_key
		-- an unqualified name is looked up in the table's schema
		via := CASE WHEN strpos(config ->> 'via', '.') > 0 THEN to_regclass(config ->> 'via')
		            ELSE to_regclass(format('%I.%I', (SELECT n.nspname FROM pg_catalog.pg_class r
		                                              JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace
		                                              WHERE r.oid = tbl), config ->> 'via')) END;
		IF via IS NULL THEN
			RAISE EXCEPTION 'table "%" of setting "via" does not exist', config ->> 'via'
				USING ERRCODE = 'undefined_table', HINT = 'Name a table in the same schema as the answers, or qualify it: "schema.table".';
		END IF;
		c := c || jsonb_build_object('via', via::text,
		                             'via_key', coalesce(config ->> 'via_key', 'customer_id'));
		PERFORM @extschema@.cx_alert_column_type((c ->> 'via')::regclass, 'segment', c ->> 'segment');
		PERFORM @extschema@.cx_alert_column_type((c ->> 'via')::regclass, 'via_key', c ->> 'via_key');
		PERFORM @extschema@.cx_alert_column_type(tbl, 'via_key', c ->> 'via_key');
		-- the trigger looks the segments up as the owner of the answers table
		IF NOT pg_catalog.has_table_privilege((SELECT r.relowner FROM pg_catalog.pg_class r WHERE r.oid = tbl),
		                                      via, 'SELECT') THEN
			RAISE EXCEPTION '%, the owner of %, may not read %',
				(SELECT r.relowner::regrole FROM pg_catalog.pg_class r WHERE r.oid = tbl), tbl, via
				USING ERRCODE = 'insufficient_privilege',
				      DETAIL = 'The trigger looks the segments up as the owner of the answers table.',
				      HINT = format('GRANT SELECT ON %s TO %s;', via,
				                    (SELECT r.relowner::regrole FROM pg_catalog.pg_class r WHERE r.oid = tbl));
		END IF;
	ELSIF config ? 'via_key' THEN
		RAISE EXCEPTION 'setting "via_key" needs "via"' USING ERRCODE = 'invalid_parameter_value';
	ELSE
		PERFORM @extschema@.cx_alert_column_type(tbl, 'segment', c ->> 'segment');
	END IF;
	BEGIN
		w := coalesce(config ->> 'window', '7 days')::interval;
		b := coalesce(config ->> 'baseline', '28 days')::interval;
		cooldown := coalesce(config ->> 'cooldown', '1 day')::interval;
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION 'window, baseline and cooldown must be intervals' USING ERRCODE = 'invalid_parameter_value',
			HINT = 'For example {"window": "7 days", "baseline": "28 days"}.';
	END;
	IF w < interval '1 day' OR b < interval '1 day' OR date_part('hour', w) <> 0 OR date_part('hour', b) <> 0
	   OR extract(epoch FROM w) > 366 * 86400 OR extract(epoch FROM b) > 3 * 366 * 86400 THEN
		RAISE EXCEPTION 'window and baseline must be whole days (window up to a year, baseline up to three)'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF cooldown < interval '0' THEN
		RAISE EXCEPTION 'cooldown % is negative', cooldown USING ERRCODE = 'invalid_parameter_value';
	END IF;
	BEGIN
		min_answers := coalesce((config ->> 'min_answers')::int, 30);
		alpha := coalesce((config ->> 'alpha')::float8, 0.01);
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION 'min_answers must be an integer and alpha a number' USING ERRCODE = 'invalid_parameter_value';
	END;
	IF min_answers < 1 OR NOT (alpha > 0 AND alpha < 1) THEN
		RAISE EXCEPTION 'min_answers must be at least 1 and alpha in (0, 1)' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	channel := coalesce(config ->> 'channel', 'cx_alerts');
	IF channel = '' OR octet_length(channel) >= 64 THEN
		RAISE EXCEPTION 'channel name "%" must have 1 to 63 bytes', channel USING ERRCODE = 'invalid_parameter_value';
	END IF;
	tg_name := coalesce(config ->> 'trigger_name', 'cx_alert_segment_drop');
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.tgrelid = tbl AND t.tgname = tg_name) THEN
		RAISE EXCEPTION 'table % already has a trigger named "%"', tbl, tg_name
			USING ERRCODE = 'duplicate_object',
			      HINT = 'Detach it first with cx_alert_detach(), or give this one another "trigger_name".';
	END IF;
	c := c || jsonb_build_object('window_days', extract(day FROM w)::int + 30 * extract(month FROM w)::int,
	                             'baseline_days', extract(day FROM b)::int + 30 * extract(month FROM b)::int,
	                             'min_answers', min_answers, 'alpha', alpha,
	                             'cooldown', cooldown::text, 'channel', channel);

	INSERT INTO @extschema@.cx_alert_config (table_name, kind, trigger_name, config)
	VALUES (tbl, 'segment_drop', tg_name, c)
	RETURNING config_id INTO id;
	-- the rollup starts with the answers already there
	EXECUTE @extschema@.cx_alert_segment_fold_sql(id, @extschema@.cx_alert_segment_sql(c, tbl::text),
	                                              c ->> 'score_type' <> 'numeric');
	EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS cx_alert_new_rows '
	               'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.cx_alert_segment_trigger(%L)',
	               tg_name, tbl, id);
	RETURN id;
END
$$;
