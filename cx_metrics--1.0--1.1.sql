-- cx_metrics 1.0 -> 1.1 (also run by CREATE EXTENSION after the 1.0 script)
\echo Use "ALTER EXTENSION cx_metrics UPDATE TO '1.1'" to load this file. \quit

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
