-- cx_metrics 1.0 -> 1.1 (also run by CREATE EXTENSION after the 1.0 script)
\echo Use "ALTER EXTENSION cx_metrics UPDATE TO '1.1'" to load this file. \quit
