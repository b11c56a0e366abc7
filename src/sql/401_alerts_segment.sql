-- Segment drop alerts: a statement-level trigger with a transition table
-- keeps a rollup of NPS states (nps_state) per segment and day, and alerts
-- when a segment's trailing-window NPS is significantly below its baseline
-- (nps_test, with a minimum number of answers on each side).  A bulk load of
-- thousands of rows costs one GROUP BY and one check per segment touched.
-- Also the SQL write path shared by the set-based alert kinds.

CREATE TABLE @extschema@.cx_alert_segment_rollup (
	config_id pg_catalog.int4 NOT NULL,
	segment   pg_catalog.text NOT NULL,
	day       pg_catalog.date NOT NULL,
	state     @extschema@.nps_state NOT NULL,
	PRIMARY KEY (config_id, segment, day)
);
COMMENT ON TABLE @extschema@.cx_alert_segment_rollup IS
'NPS states per segment and day for each segment_drop alert configuration (config_id), kept by the segment trigger and filled from the existing rows when attached. nps_rollup(state) over a range of days gives the NPS of that period. Kept by pg_dump.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.cx_alert_segment_rollup', '');
REVOKE ALL ON @extschema@.cx_alert_segment_rollup FROM PUBLIC;
GRANT SELECT ON @extschema@.cx_alert_segment_rollup TO cx_alerts_reader;
-- cx_alert_attach() fills the rollup with the caller's rights on the table
GRANT INSERT, UPDATE, DELETE ON @extschema@.cx_alert_segment_rollup TO cx_alerts_admin;

-- Raise an alert or fold it into the open one of the same kind and subject
-- inside the cooldown (the set-based twin of the C triggers' write path,
-- under the same kind of transaction-scoped advisory lock), and NOTIFY a new
-- one with the compact payload.  Returns the alert id.  Internal: callable
-- only by the extension's SECURITY DEFINER trigger functions.
CREATE FUNCTION @extschema@.cx_alert_raise(p_kind pg_catalog.text, p_severity pg_catalog.text,
                                            p_source pg_catalog.text, p_key pg_catalog.text,
                                            p_subject pg_catalog.text, p_details pg_catalog.jsonb,
                                            p_channel pg_catalog.text, p_config_id pg_catalog.int4,
                                            p_cooldown pg_catalog.interval)
RETURNS pg_catalog.int8
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id bigint;
BEGIN
	IF p_subject IS NOT NULL AND p_cooldown > interval '0' THEN
		-- one of 256 striped locks (as the C triggers: a bulk load must not
		-- fill the shared lock table); a second key space from the C ones
		PERFORM pg_advisory_xact_lock(hashtext('cx_alert'), hashtext(p_kind || chr(1) || p_subject) & 255);
		SELECT a.id INTO v_id FROM @extschema@.cx_alert a
		WHERE a.subject COLLATE "C" = p_subject AND a.kind COLLATE "C" = p_kind
		  AND a.created_at > now() - p_cooldown AND a.resolved_at IS NULL
		ORDER BY a.subject COLLATE "C" DESC, a.kind COLLATE "C" DESC, a.created_at DESC LIMIT 1;
		IF FOUND THEN
			UPDATE @extschema@.cx_alert SET occurrences = occurrences + 1, last_seen_at = now()
			WHERE id = v_id;
			RETURN v_id;
		END IF;
	END IF;
	INSERT INTO @extschema@.cx_alert (kind, severity, source_table, source_key, subject, details, channel, config_id)
	VALUES (p_kind, p_severity, p_source, p_key, p_subject, p_details, p_channel, p_config_id)
	RETURNING id INTO v_id;
	PERFORM pg_notify(p_channel, json_build_object('id', v_id, 'kind', p_kind, 'severity', p_severity,
	                                               'source', left(p_source, 256), 'key', left(p_key, 256),
	                                               'subject', left(p_subject, 256))::text);
	RETURN v_id;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_raise(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.jsonb, pg_catalog.text, pg_catalog.int4, pg_catalog.interval) IS
'Internal write path of the set-based alert kinds (segment_drop, friction): raise an alert or fold it into the open alert of the same kind and subject inside the cooldown, and NOTIFY a new one. Not callable by users.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_raise(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.jsonb, pg_catalog.text, pg_catalog.int4, pg_catalog.interval) FROM PUBLIC;

-- The SQL expressions of a segment configuration, relative to the new rows
-- aliased n (and the segment table aliased v).
CREATE FUNCTION @extschema@.cx_alert_segment_sql(cfg pg_catalog.jsonb, rows_from pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT format('SELECT %s AS segment, %s AS day, n.%I AS score FROM %s n%s',
	              CASE WHEN cfg ->> 'via' IS NULL THEN format('n.%I::pg_catalog.text', cfg ->> 'segment')
	                   ELSE format('v.%I::pg_catalog.text', cfg ->> 'segment') END,
	              CASE cfg ->> 'at_type'
	                   WHEN 'timestamp with time zone' THEN format('pg_catalog.timezone(''UTC'', n.%I)::pg_catalog.date', cfg ->> 'at')
	                   ELSE format('n.%I::pg_catalog.date', cfg ->> 'at') END,
	              cfg ->> 'score', rows_from,
	              CASE WHEN cfg ->> 'via' IS NULL THEN ''
	                   ELSE format(' LEFT JOIN %s v ON v.%I OPERATOR(pg_catalog.=) n.%I',
	                               (cfg ->> 'via')::pg_catalog.regclass, cfg ->> 'via_key', cfg ->> 'via_key') END)
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_segment_sql(pg_catalog.jsonb, pg_catalog.text) IS
'Internal to the segment_drop alerts: the query giving (segment, day, score) of a set of rows under a configuration.';

-- The statement folding (segment, day, score) rows into the rollup; it
-- returns the segments touched with their latest day.  Run by the trigger
-- function itself (only its own statements can read the transition table).
CREATE FUNCTION @extschema@.cx_alert_segment_fold_sql(p_config_id pg_catalog.int4, p_rows pg_catalog.text,
                                                      p_integral pg_catalog.bool DEFAULT true)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
	-- One pass over the rows (no materialised copy): answers off the 0-10
	-- scale are left out and counted (a warning), never an error on the
	-- customer's insert.
	SELECT format(
		'WITH agg AS (
		     SELECT s.segment, s.day,
		            @extschema@.nps_agg(s.score) FILTER (WHERE %3$s) AS state,
		            pg_catalog.count(*) FILTER (WHERE s.score IS NOT NULL AND NOT (%3$s)) AS bad
		     FROM (%1$s) s
		     WHERE s.segment IS NOT NULL AND s.day IS NOT NULL
		     GROUP BY s.segment, s.day),
		 ins AS (
		     INSERT INTO @extschema@.cx_alert_segment_rollup AS r (config_id, segment, day, state)
		     SELECT %2$s, agg.segment, agg.day, agg.state FROM agg WHERE agg.state IS NOT NULL
		     ON CONFLICT (config_id, segment, day)
		     DO UPDATE SET state = @extschema@.nps_state_combine(r.state, excluded.state)
		     RETURNING r.segment, r.day)
		 SELECT t.segment, t.last_day, b.skipped
		 FROM (SELECT COALESCE(pg_catalog.sum(agg.bad), 0)::pg_catalog.int8 AS skipped FROM agg) b
		 LEFT JOIN (SELECT ins.segment, pg_catalog.max(ins.day) AS last_day FROM ins GROUP BY ins.segment) t ON true
		 ORDER BY t.segment',
		p_rows, p_config_id,
		'COALESCE(s.score OPERATOR(pg_catalog.>=) 0 AND s.score OPERATOR(pg_catalog.<=) 10' ||
		CASE WHEN p_integral THEN ''
		     ELSE ' AND s.score::pg_catalog.numeric OPERATOR(pg_catalog.=) pg_catalog.trunc(s.score::pg_catalog.numeric)' END ||
		', false)')
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_segment_fold_sql(pg_catalog.int4, pg_catalog.text, pg_catalog.bool) IS
'Internal to the segment_drop alerts: the statement adding the rows of a query to the rollup of a configuration (p_integral: the score column holds whole numbers); it returns the segments touched with their latest day (one row with a NULL segment when none) and how many answers were off the 0-10 scale.';

-- Is the segment's trailing window significantly below its baseline, as of
-- a day?  One row per segment, whether it alerts or not.
CREATE FUNCTION @extschema@.cx_alert_segment_check(p_config_id pg_catalog.int4, p_segment pg_catalog.text,
                                                    p_day pg_catalog.date)
RETURNS TABLE (segment pg_catalog.text, day pg_catalog.date, window_nps pg_catalog.float8,
               window_answers pg_catalog.int8, baseline_nps pg_catalog.float8,
               baseline_answers pg_catalog.int8, difference pg_catalog.float8,
               p_value pg_catalog.float8, alert pg_catalog.bool)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	c jsonb;
	w int;
	b int;
	w_state @extschema@.nps_state;
	b_state @extschema@.nps_state;
	t @extschema@.nps_test_result;
BEGIN
	SELECT x.config INTO c FROM @extschema@.cx_alert_config x WHERE x.config_id = p_config_id AND x.kind = 'segment_drop';
	IF NOT FOUND THEN
		RAISE EXCEPTION 'no segment_drop alert configuration %', p_config_id USING ERRCODE = 'undefined_object';
	END IF;
	w := (c ->> 'window_days')::int;
	b := (c ->> 'baseline_days')::int;
	SELECT @extschema@.nps_rollup(r.state) FILTER (WHERE r.day > p_day - w),
	       @extschema@.nps_rollup(r.state) FILTER (WHERE r.day <= p_day - w)
	INTO w_state, b_state
	FROM @extschema@.cx_alert_segment_rollup r
	WHERE r.config_id = p_config_id AND r.segment = p_segment
	  AND r.day > p_day - w - b AND r.day <= p_day;
	segment := p_segment;
	day := p_day;
	window_nps := @extschema@.nps_value(w_state);
	window_answers := coalesce(@extschema@.nps_responses(w_state), 0);
	baseline_nps := @extschema@.nps_value(b_state);
	baseline_answers := coalesce(@extschema@.nps_responses(b_state), 0);
	IF window_answers >= (c ->> 'min_answers')::int AND baseline_answers >= (c ->> 'min_answers')::int THEN
		t := @extschema@.nps_test(w_state, b_state);
		difference := t.difference;
		p_value := t.p_value;
		alert := t.difference < 0 AND t.p_value < (c ->> 'alpha')::float8;
	ELSE
		alert := false;
	END IF;
	RETURN NEXT;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_segment_check(pg_catalog.int4, pg_catalog.text, pg_catalog.date) IS
'The segment_drop test of one segment as of a day: NPS and answers of the trailing window (window_days up to the day) and of the baseline (the baseline_days before it), nps_test difference and p-value, and whether it alerts (difference < 0, p < alpha, at least min_answers on each side).';
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_segment_check(pg_catalog.int4, pg_catalog.text, pg_catalog.date) TO cx_alerts_reader;

-- The statement-level trigger: one rollup update and one check per segment.
CREATE FUNCTION @extschema@.cx_alert_segment_trigger()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_config_id int := TG_ARGV[0]::int;
	c jsonb;
	r record;
	k record;
	v_skipped bigint := 0;
BEGIN
	SELECT x.config INTO c FROM @extschema@.cx_alert_config x WHERE x.config_id = v_config_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'segment alert trigger "%" on %: configuration % is missing', TG_NAME, TG_TABLE_NAME, v_config_id
			USING ERRCODE = 'undefined_object', HINT = 'Run cx_alert_detach() and cx_alert_attach() again.';
	END IF;
	FOR r IN EXECUTE @extschema@.cx_alert_segment_fold_sql(v_config_id,
	                     @extschema@.cx_alert_segment_sql(c, 'cx_alert_new_rows'), c ->> 'score_type' <> 'numeric') LOOP
		v_skipped := r.skipped;
		CONTINUE WHEN r.segment IS NULL;		-- nothing folded: only the count
		SELECT * INTO k FROM @extschema@.cx_alert_segment_check(v_config_id, r.segment, r.last_day);
		IF k.alert THEN
			PERFORM @extschema@.cx_alert_raise('nps_segment_drop',
				CASE WHEN k.p_value < (c ->> 'alpha')::float8 / 10 THEN 'high' ELSE 'medium' END,
				format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), to_char(k.day, 'YYYY-MM-DD'), k.segment,
				jsonb_build_object('segment', k.segment, 'day', k.day,
				                   'window_nps', round(k.window_nps::numeric, 2), 'window_answers', k.window_answers,
				                   'baseline_nps', round(k.baseline_nps::numeric, 2), 'baseline_answers', k.baseline_answers,
				                   'difference', round(k.difference::numeric, 2), 'p_value', k.p_value::text,
				                   'window_days', c -> 'window_days', 'baseline_days', c -> 'baseline_days',
				                   'alpha', c -> 'alpha', 'table', format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME)),
				c ->> 'channel', v_config_id, (c ->> 'cooldown')::interval);
		END IF;
	END LOOP;
	IF v_skipped > 0 THEN
		RAISE WARNING 'segment alert trigger "%": % answers off the 0..10 scale were left out of the rollup', TG_NAME, v_skipped
			USING ERRCODE = 'numeric_value_out_of_range', HINT = 'Add a CHECK constraint to the table to reject such answers.';
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.cx_alert_segment_trigger() IS
'AFTER INSERT ... REFERENCING NEW TABLE AS cx_alert_new_rows FOR EACH STATEMENT trigger of the segment_drop alerts: folds the new answers into cx_alert_segment_rollup and tests each segment touched. Created by cx_alert_attach(); do not create it by hand.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_segment_trigger() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_segment_trigger() TO cx_alerts_admin;

-- Set-up: validate, record, backfill the rollup, create the trigger.
CREATE FUNCTION @extschema@.cx_alert_attach_segment(tbl pg_catalog.regclass, config pg_catalog.jsonb)
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
COMMENT ON FUNCTION @extschema@.cx_alert_attach_segment(pg_catalog.regclass, pg_catalog.jsonb) IS
'Internal to cx_alert_attach(tbl, ''segment_drop'', config): validates the configuration, records it, fills the rollup from the rows already in the table and creates the statement trigger.';
REVOKE ALL ON FUNCTION @extschema@.cx_alert_attach_segment(pg_catalog.regclass, pg_catalog.jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @extschema@.cx_alert_attach_segment(pg_catalog.regclass, pg_catalog.jsonb) TO cx_alerts_admin;
