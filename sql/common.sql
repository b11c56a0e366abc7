-- The loaded library and the installed extension agree on the version.
SELECT cx_metrics_version() = extversion AS version_matches
FROM pg_extension WHERE extname = 'cx_metrics';
-- Every function, aggregate, type, table and view of the extension has a
-- COMMENT (what psql's \df+ and \dT+ show to users).  Lists the ones without.
SELECT pg_describe_object(d.classid, d.objid, 0) AS object_without_comment
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'cx_metrics'
WHERE d.deptype = 'e'
  AND d.classid IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_class'::regclass)
  AND obj_description(d.objid, d.classid::regclass::text) IS NULL
  AND NOT (d.classid = 'pg_class'::regclass AND EXISTS (
        SELECT 1 FROM pg_class c WHERE c.oid = d.objid AND c.relkind NOT IN ('r', 'p', 'v', 'm')))
  -- array types and composite row types come with their base object
  AND NOT (d.classid = 'pg_type'::regclass AND EXISTS (
        SELECT 1 FROM pg_type t WHERE t.oid = d.objid
          AND (t.typcategory = 'A'
               OR t.typrelid <> 0)))
ORDER BY 1;
