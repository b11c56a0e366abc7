-- Objects shared by every part of cx_metrics.

CREATE FUNCTION @extschema@.cx_metrics_version()
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'cx_metrics_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.cx_metrics_version() IS
'Version of the cx_metrics shared library that is loaded (matches the installed extension version unless an upgrade is pending).';
