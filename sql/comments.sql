-- Everything the extension creates carries a COMMENT, down to the columns:
-- what \d+, \df+ and \dT+ show a DBA, and what BI tools read from
-- pg_description.  Each query lists what lacks one and must return no rows,
-- so an object or column added later without a comment fails here.

-- the extension's objects: functions, aggregates, types, tables, views,
-- sequences, event triggers (array types and the row types of tables and
-- views come with their base object; indexes and constraints are not listed)
SELECT pg_describe_object(d.classid, d.objid, 0) AS object_without_comment
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cx_metrics'
WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
  AND pg_catalog.obj_description(d.objid, d.classid::pg_catalog.regclass::pg_catalog.text) IS NULL
  AND NOT (d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND EXISTS (
        SELECT 1 FROM pg_catalog.pg_type t
        WHERE t.oid = d.objid AND (t.typcategory = 'A' OR t.typtype = 'c' AND EXISTS (
              SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c'))))
  AND NOT (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND EXISTS (
        SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = d.objid AND c.relkind IN ('i', 'I', 't')))
ORDER BY 1;

-- every column of the extension's tables and views, and every attribute of
-- its composite types
CREATE TEMP VIEW ext_columns AS
SELECT c.oid AS relid, c.relkind, a.attnum,
       pg_describe_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, a.attnum) AS col
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cx_metrics'
LEFT JOIN pg_catalog.pg_type t ON d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = d.objid
JOIN pg_catalog.pg_class c
  ON c.oid = CASE WHEN d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass THEN d.objid ELSE t.typrelid END
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
  AND d.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_type'::pg_catalog.regclass)
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c');
SELECT col AS column_without_comment FROM ext_columns
WHERE pg_catalog.col_description(relid, attnum) IS NULL
ORDER BY 1;

-- the checks above do look at something: the extension has tables, views
-- and composite types with columns (counts left out, so that adding one
-- does not change this output)
SELECT relkind, pg_catalog.count(DISTINCT relid) > 1 AS several_relations, pg_catalog.count(*) > 10 AS columns
FROM ext_columns
GROUP BY relkind
ORDER BY 1;
