-- cx_metrics 1.1 -> 1.2 (also run by CREATE EXTENSION, after cx_metrics--1.0.sql
-- and cx_metrics--1.0--1.1.sql)
\echo Use "ALTER EXTENSION cx_metrics UPDATE TO '1.2'" to load this file. \quit

-- 1.2 is in development: every change of 1.2 goes into this file, one
-- section per change, each between a "---- <title> ----" line and a
-- "---- end of <title> ----" line; add yours at the end.  Once 1.2 is
-- released this file is frozen like the others, and 1.3 starts
-- cx_metrics--1.2--1.3.sql.  Qualify everything with @extschema@ or
-- pg_catalog: the script never relies on search_path.
