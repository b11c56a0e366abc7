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
