-- cx_metrics 1.0 -> 1.1 (also run by CREATE EXTENSION after the 1.0 script)
\echo Use "ALTER EXTENSION cx_metrics UPDATE TO '1.1'" to load this file. \quit

-- ---- alerts: a cooldown index keyed by a 64-bit hash --------------------
-- 1.0 probed (subject, kind, created_at): two text comparisons per step of
-- the descent and two text keys per entry.  1.1 keys the index by one
-- 64-bit hash of kind and subject (rechecked against the row), which makes
-- the probe and the entry of every alert cheaper; alerts without a subject
-- have no cooldown and are left out of it.
CREATE FUNCTION @extschema@.cx_alert_cooldown_key(kind pg_catalog.text, subject pg_catalog.text)
RETURNS pg_catalog.int8
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'cx_alert_cooldown_key_text';
COMMENT ON FUNCTION @extschema@.cx_alert_cooldown_key(pg_catalog.text, pg_catalog.text) IS
'The cooldown key of an alert: a 64-bit hash of its kind and subject, the same on every platform. Leading column of the index cx_alert_cooldown_idx: WHERE cx_alert_cooldown_key(kind, subject) = cx_alert_cooldown_key(''nps_detractor'', ''42'') AND kind = ''nps_detractor'' AND subject = ''42'' uses it.';
CREATE INDEX cx_alert_cooldown_idx ON @extschema@.cx_alert
	(@extschema@.cx_alert_cooldown_key(kind, subject), created_at) WHERE subject IS NOT NULL;
COMMENT ON INDEX @extschema@.cx_alert_cooldown_idx IS
'The cooldown probe of the alert triggers: the newest alert of a kind and subject, by cx_alert_cooldown_key(kind, subject).';
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
