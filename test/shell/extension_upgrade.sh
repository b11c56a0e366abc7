#!/usr/bin/env bash
# A new install and an upgraded one are the same extension:
#   - fresh: CREATE EXTENSION cx_metrics (default_version of the control file);
#   - from every released version (1.0, 1.1, ...: each cx_metrics--X--Y.sql
#     names one): CREATE EXTENSION cx_metrics VERSION 'X', then
#     ALTER EXTENSION cx_metrics UPDATE;
# and each upgraded database must equal the fresh one in:
#   - the version, and \dx+ cx_metrics (the list of member objects);
#   - pg_describe_object() of every member with its comment;
#   - every comment of the databases' own objects (pg_description: tables,
#     columns, composite attributes, functions, types, indexes, triggers ...);
#   - the shape of the members: columns (type, NOT NULL, default), indexes,
#     constraints, view and function definitions, privileges.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib.sh"
psql_() { cx_as_server "$CX_PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

control="$here/../../cx_metrics.control"
version=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" "$control")
[ -n "$version" ] || { echo "no default_version in $control"; exit 1; }
# the versions an upgrade can start from: the first of every upgrade script
mapfile -t olds < <(cd "$here/../.." && ls cx_metrics--*--*.sql | sed 's/^cx_metrics--\([^-]*\)--.*/\1/' | sort -uV)
[ ${#olds[@]} -gt 0 ] || { echo "no upgrade scripts"; exit 1; }

dbs=(cx_ext_fresh)
for v in "${olds[@]}"; do dbs+=("cx_ext_from_${v//./_}"); done
drop_all() { for d in "${dbs[@]}"; do echo "DROP DATABASE IF EXISTS $d;"; done | psql_ -d postgres; }
drop_all 2>/dev/null
trap 'drop_all >/dev/null 2>&1 || true' EXIT
for d in "${dbs[@]}"; do psql_ -d postgres -c "CREATE DATABASE $d"; done

psql_ -d cx_ext_fresh -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION cx_metrics'
for v in "${olds[@]}"; do
	d="cx_ext_from_${v//./_}"
	psql_ -d "$d" -c 'SET client_min_messages = warning' -c "CREATE EXTENSION cx_metrics VERSION '$v'"
	psql_ -d "$d" -c 'SET client_min_messages = warning' -c 'ALTER EXTENSION cx_metrics UPDATE'
done

# What is compared; no OIDs (they differ between databases).
snapshot() {
	# unaligned: a difference shows as one short diff line
	psql_ -d "$1" -A -F ' | ' -P pager=off <<'SQL'
SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'cx_metrics';
\dx+ cx_metrics
-- every member, with its comment
SELECT pg_catalog.pg_describe_object(d.classid, d.objid, 0) AS member,
       coalesce(pg_catalog.obj_description(d.objid, d.classid::pg_catalog.regclass::pg_catalog.text), '(no comment)') AS comment
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cx_metrics'
WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
ORDER BY 1;
-- every comment on an object created after initdb (the extension's, its
-- members' columns and attributes, indexes, constraints, triggers)
SELECT pg_catalog.pg_describe_object(x.classoid, x.objoid, x.objsubid) AS object, x.description
FROM pg_catalog.pg_description x
WHERE x.objoid >= 16384
ORDER BY 1, 2;
-- columns and composite attributes
SELECT c.relkind, c.relname, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default, a.attacl
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
ORDER BY 2, 3;
-- relations: kind, privileges, options; indexes and constraints
SELECT c.relname, c.relkind, c.relacl, c.reloptions, c.relpersistence
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
ORDER BY 1;
SELECT i.indrelid::pg_catalog.regclass AS tbl, pg_catalog.pg_get_indexdef(i.indexrelid) AS index
FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
ORDER BY 1, 2;
SELECT x.conrelid::pg_catalog.regclass AS tbl, x.conname, pg_catalog.pg_get_constraintdef(x.oid) AS def
FROM pg_catalog.pg_constraint x JOIN pg_catalog.pg_namespace n ON n.oid = x.connamespace AND n.nspname = 'public'
ORDER BY 1, 2;
SELECT t.tgrelid::pg_catalog.regclass AS tbl, t.tgname, pg_catalog.pg_get_triggerdef(t.oid) AS def
FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
WHERE NOT t.tgisinternal ORDER BY 1, 2;
SELECT x.evtname, x.evtevent, x.evtfoid::pg_catalog.regproc, x.evtenabled, x.evttags FROM pg_catalog.pg_event_trigger x ORDER BY 1;
-- views and functions, in full
SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid) AS def
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
WHERE c.relkind IN ('v', 'm') ORDER BY 1;
SELECT p.oid::pg_catalog.regprocedure AS function, p.prokind, p.proacl,
       CASE WHEN p.prokind IN ('f', 'p') THEN pg_catalog.pg_get_functiondef(p.oid) END AS def
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'
ORDER BY p.oid::pg_catalog.regprocedure::pg_catalog.text;
SELECT a.aggfnoid::pg_catalog.regprocedure AS aggregate, a.aggkind, a.aggtransfn, a.aggfinalfn, a.aggcombinefn,
       a.aggserialfn, a.aggdeserialfn, a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn, a.aggtranstype::pg_catalog.regtype,
       a.aggmtranstype::pg_catalog.regtype, a.agginitval, a.aggminitval, a.aggtransspace, a.aggfinalmodify
FROM pg_catalog.pg_aggregate a JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'
ORDER BY a.aggfnoid::pg_catalog.regprocedure::pg_catalog.text;
SELECT t.typname, t.typtype, t.typlen, t.typbyval, t.typalign, t.typstorage, t.typacl,
       t.typinput::pg_catalog.regproc, t.typoutput::pg_catalog.regproc,
       t.typreceive::pg_catalog.regproc, t.typsend::pg_catalog.regproc
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
ORDER BY 1;
SQL
}

status=0
snapshot cx_ext_fresh >"$CX_WORK/extension_upgrade.fresh"
echo "fresh install: version $version, $(wc -l <"$CX_WORK/extension_upgrade.fresh") lines of catalog"
if ! grep -qx "$version" "$CX_WORK/extension_upgrade.fresh"; then
	echo "FAIL the fresh install is not at default_version $version"
	status=1
fi
for v in "${olds[@]}"; do
	d="cx_ext_from_${v//./_}"
	snapshot "$d" >"$CX_WORK/extension_upgrade.from_$v"
	if diff -u "$CX_WORK/extension_upgrade.fresh" "$CX_WORK/extension_upgrade.from_$v"; then
		echo "ok   $v -> $version by ALTER EXTENSION UPDATE equals a fresh $version install (members, comments, definitions, privileges)"
	else
		echo "FAIL $v -> $version by ALTER EXTENSION UPDATE differs from a fresh $version install (diff above: - fresh, + upgraded)"
		status=1
	fi
done
exit $status
