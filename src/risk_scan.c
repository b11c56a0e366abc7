/*-------------------------------------------------------------------------
 *
 * risk_scan.c
 *	  cx_risk_scan(model, features_query, config_id): risk alerts.  Scores
 *	  every row of a query of customers' features with a fitted risk_model
 *	  and raises a "risk" alert, through the alert write path every kind
 *	  shares, for each customer whose predicted risk reaches the threshold
 *	  of a cx_alert_attach(tbl, 'risk', ...) configuration.  Meant to run on
 *	  a schedule (pg_cron): a repeated scan folds into the open alert inside
 *	  the cooldown, a worse risk escalates it.
 *
 * The configuration row is read as the owner of cx_alert in a restricted
 * security context with search_path = pg_catalog, pg_temp, as the row
 * triggers read theirs (alert_read_options); the features query is the
 * caller's and runs as the caller, through an SPI cursor fetched in batches
 * of RISK_SCAN_BATCH rows whose memory is freed after each batch, so a scan
 * of millions of customers runs in constant memory (but for the rows it
 * returns, in a tuplestore that spills to disk, and the alerts it queues).
 * The function itself is SECURITY INVOKER and granted to cx_alerts_admin.
 *
 * The alerts are queued with alert_raise() and written when the
 * transaction commits (alert_pending.c), with the configuration's scope,
 * cooldown, delivery and payload, like every other kind.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "tcop/cmdtag.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/plancache.h"
#include "utils/timestamp.h"

#include "alert_internal.h"
#include "alert_stmt.h"
#include "risk_glue.h"

/* rows fetched from the features query at a time */
#define RISK_SCAN_BATCH 1000

/* reasons kept in an alert's details and in the explanation */
#define RISK_SCAN_REASONS 3

/* the configuration of a risk alert, read from cx_alert_config */
typedef struct RiskScanConfig
{
	AlertTrigConfig *acfg;		/* for alert_raise() */
	double		threshold;
	double		high;
	Numeric		threshold_num;	/* as stored, for the details */
}			RiskScanConfig;

static void
risk_bad_setting(int32 config_id, const char *setting)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("risk alert configuration %d has no valid setting \"%s\"", config_id, setting),
			 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
}

/* a number setting in [lo, hi] (lo excluded when lo_open) */
static double
risk_setting_number(Jsonb *config, int32 config_id, const char *key, Numeric *num,
					double lo, bool lo_open, double hi)
{
	JsonbValue *v = alert_config_member(config, key);
	double		d;

	if (v == NULL || v->type != jbvNumeric)
		risk_bad_setting(config_id, key);
	d = DatumGetFloat8(DirectFunctionCall1(numeric_float8, NumericGetDatum(v->val.numeric)));
	if (!(lo_open ? d > lo : d >= lo) || !(d <= hi))
		risk_bad_setting(config_id, key);
	if (num != NULL)
		*num = v->val.numeric;
	return d;
}

static char *
risk_setting_text(Jsonb *config, int32 config_id, const char *key)
{
	JsonbValue *v = alert_config_member(config, key);

	if (v == NULL || v->type != jbvString || v->val.string.len == 0)
		risk_bad_setting(config_id, key);
	return pnstrdup(v->val.string.val, v->val.string.len);
}

/*
 * Read configuration config_id (which must be a risk one) as the owner of
 * cx_alert and fill in everything alert_raise() needs, in the current
 * memory context.
 */
static void
risk_read_config(RiskScanConfig *rc, Oid nsp, int32 config_id)
{
	MemoryContext outer = CurrentMemoryContext;
	AlertTrigConfig *acfg = palloc0(sizeof(AlertTrigConfig));
	AlertOwnerSave save;
	Oid			argtypes[1] = {INT4OID};
	Datum		values[1];
	bool		isnull;
	int			ret;
	char	   *kind = NULL;
	Oid			relid = InvalidOid;
	Jsonb	   *config = NULL;
	bool		found = false;
	char	   *cooldown;
	Interval   *iv;
	int64		us;

	acfg->config_id = config_id;
	acfg->kind_name = "risk";
	alert_catalog_fields(acfg, nsp);

	alert_owner_enter(&save, acfg->alert_owner);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	values[0] = Int32GetDatum(config_id);
	ret = SPI_execute_with_args(psprintf("SELECT c.kind, c.table_name::pg_catalog.oid, c.config "
										 "FROM %s.cx_alert_config c "
										 "WHERE c.config_id OPERATOR(pg_catalog.=) $1",
										 quote_identifier(get_namespace_name(nsp))),
								1, argtypes, values, NULL, true, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading the alert configuration returned %d", ret);
	if (SPI_processed == 1)
	{
		HeapTuple	tup = SPI_tuptable->vals[0];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		MemoryContext old = MemoryContextSwitchTo(outer);
		Datum		d;

		found = true;
		d = SPI_getbinval(tup, desc, 1, &isnull);
		kind = isnull ? pstrdup("") : TextDatumGetCString(d);
		d = SPI_getbinval(tup, desc, 2, &isnull);
		relid = isnull ? InvalidOid : DatumGetObjectId(d);
		d = SPI_getbinval(tup, desc, 3, &isnull);
		config = isnull ? NULL : DatumGetJsonbPCopy(d);
		MemoryContextSwitchTo(old);
	}
	SPI_finish();
	alert_owner_leave(&save);

	if (!found)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("alert configuration %d does not exist", config_id),
				 errhint("Attach one with cx_alert_attach(tbl, 'risk', config), which returns its config_id; "
						 "SELECT config_id, table_name FROM cx_alert_config WHERE kind = 'risk' lists them.")));
	if (strcmp(kind, "risk") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("alert configuration %d is of kind \"%s\", not \"risk\"", config_id, kind),
				 errhint("SELECT config_id, table_name FROM cx_alert_config WHERE kind = 'risk' lists the risk configurations.")));
	if (config == NULL || !JB_ROOT_IS_OBJECT(config))
		risk_bad_setting(config_id, "config");
	if (!OidIsValid(relid) || get_rel_name(relid) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the table of risk alert configuration %d no longer exists", config_id),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));

	acfg->relid = relid;
	acfg->source = quote_qualified_identifier(get_namespace_name(get_rel_namespace(relid)),
											  get_rel_name(relid));
	rc->threshold = risk_setting_number(config, config_id, "threshold", &rc->threshold_num,
										0, true, 1);
	if (rc->threshold >= 1)
		risk_bad_setting(config_id, "threshold");
	rc->high = risk_setting_number(config, config_id, "high", NULL, rc->threshold, false, 1);
	acfg->channel = risk_setting_text(config, config_id, "channel");
	if (strlen(acfg->channel) >= NAMEDATALEN)
		risk_bad_setting(config_id, "channel");
	cooldown = risk_setting_text(config, config_id, "cooldown");
	iv = DatumGetIntervalP(DirectFunctionCall3(interval_in, CStringGetDatum(cooldown),
											   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
	if (!cx_alert_interval_us(iv->month, iv->day, iv->time, &us))
	{
		/* negative is refused by cx_alert_attach(); beyond int64 is forever */
		if (iv->time < 0 || iv->day < 0 || iv->month < 0)
			risk_bad_setting(config_id, "cooldown");
		us = PG_INT64_MAX;
	}
	acfg->cooldown_us = us;
	alert_options(acfg, config);	/* scope, delivery, payload */
	rc->acfg = acfg;
}

/* the columns of the features query */
typedef struct RiskScanColumns
{
	int			subject;
	int			features;
	int			key;			/* 0: none */
	FmgrInfo	subject_out;
	FmgrInfo	key_out;
}			RiskScanColumns;

static int
risk_query_column(TupleDesc desc, const char *name, bool required)
{
	int			found = 0;

	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (att->attisdropped || strcmp(NameStr(att->attname), name) != 0)
			continue;
		if (found != 0)
			ereport(ERROR,
					(errcode(ERRCODE_AMBIGUOUS_COLUMN),
					 errmsg("the features query returns more than one column named \"%s\"", name)));
		found = i + 1;
	}
	if (found == 0 && required)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("the features query returns no column named \"%s\"", name),
				 errhint("Return the customer as \"subject\" and the model's features as \"features\" (float8[]), "
						 "and optionally the row's key as \"key\", e.g. "
						 "SELECT customer_id AS subject, features FROM customer_features.")));
	return found;
}

static void
risk_query_columns(RiskScanColumns *cols, TupleDesc desc)
{
	Oid			typoutput;
	bool		varlena;
	Oid			ftype;

	cols->subject = risk_query_column(desc, "subject", true);
	cols->features = risk_query_column(desc, "features", true);
	cols->key = risk_query_column(desc, "key", false);
	ftype = getBaseType(TupleDescAttr(desc, cols->features - 1)->atttypid);
	if (ftype != FLOAT8ARRAYOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("column \"features\" of the features query has type %s, not double precision[]",
						format_type_be(TupleDescAttr(desc, cols->features - 1)->atttypid)),
				 errhint("Cast it: ARRAY[...]::float8[].")));
	getTypeOutputInfo(TupleDescAttr(desc, cols->subject - 1)->atttypid, &typoutput, &varlena);
	fmgr_info(typoutput, &cols->subject_out);
	if (cols->key != 0)
	{
		getTypeOutputInfo(TupleDescAttr(desc, cols->key - 1)->atttypid, &typoutput, &varlena);
		fmgr_info(typoutput, &cols->key_out);
	}
}

/*
 * Prepare the features query (as the caller, SPI connected): one SELECT,
 * nothing else.
 */
static SPIPlanPtr
risk_prepare_query(const char *query)
{
	SPIPlanPtr	plan = SPI_prepare_cursor(query, 0, NULL, CURSOR_OPT_NO_SCROLL);
	List	   *sources;
	CachedPlanSource *ps;

	if (plan == NULL)
		elog(ERROR, "SPI_prepare_cursor failed: %s", SPI_result_code_string(SPI_result));
	sources = SPI_plan_get_plan_sources(plan);
	if (list_length(sources) != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the features query must be one SELECT statement, not %d statements", list_length(sources)),
				 errhint("For example: SELECT customer_id AS subject, features FROM customer_features.")));
	ps = (CachedPlanSource *) linitial(sources);
	if (ps->commandTag != CMDTAG_SELECT || ps->resultDesc == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("the features query must be a SELECT, not %s", GetCommandTagName(ps->commandTag)),
				 errhint("For example: SELECT customer_id AS subject, features FROM customer_features.")));
	return plan;
}

/* round(x::numeric, digits) as a jsonb number */
static void
risk_jb_round(JsonbParseState **st, const char *key, double x, int digits)
{
	JsonbValue	v;

	alert_jb_key(st, key);
	v.type = jbvNumeric;
	v.val.numeric = DatumGetNumeric(DirectFunctionCall2(numeric_round,
														DirectFunctionCall1(float8_numeric, Float8GetDatum(x)),
														Int32GetDatum(digits)));
	(void) pushJsonbValue(st, WJB_VALUE, &v);
}

/*
 * The details of one alert: {"risk", "threshold", "reasons": [...],
 * "model_fitted_at"}; reasons are the risk_reason_text of the (at most 3)
 * features that raise this customer's risk the most.
 */
static Datum
risk_details(RiskScanConfig *rc, const RiskModel *m, double risk, char **reasons, int nreasons)
{
	JsonbParseState *st = NULL;
	JsonbValue	v;
	JsonbValue *res;
	char	   *buf = palloc(MAXDATELEN + 1);

	(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
	risk_jb_round(&st, "risk", risk, 4);
	alert_jb_key(&st, "threshold");
	v.type = jbvNumeric;
	v.val.numeric = rc->threshold_num;
	(void) pushJsonbValue(&st, WJB_VALUE, &v);
	alert_jb_key(&st, "reasons");
	(void) pushJsonbValue(&st, WJB_BEGIN_ARRAY, NULL);
	for (int i = 0; i < nreasons; i++)
	{
		v.type = jbvString;
		v.val.string.val = reasons[i];
		v.val.string.len = strlen(reasons[i]);
		(void) pushJsonbValue(&st, WJB_ELEM, &v);
	}
	(void) pushJsonbValue(&st, WJB_END_ARRAY, NULL);
	alert_jb_string(&st, "model_fitted_at",
					JsonEncodeDateTime(buf, TimestampTzGetDatum(m->fitted_at), TIMESTAMPTZOID, NULL), 64);
	res = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	return JsonbPGetDatum(JsonbValueToJsonb(res));
}

PG_FUNCTION_INFO_V1(cx_risk_scan);
Datum
cx_risk_scan(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const RiskModel *m;
	const char **names;
	char	   *query;
	int32		config_id;
	RiskScanConfig rc;
	RiskScanColumns cols;
	SPIPlanPtr	plan;
	Portal		portal;
	MemoryContext rowcxt;
	double	   *x;
	RiskReason *reasons;
	int64		null_features = 0;
	int64		null_subjects = 0;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("model, features_query and config_id must not be null")));
	m = risk_model_arg(fcinfo, 0);
	query = text_to_cstring(PG_GETARG_TEXT_PP(1));
	config_id = PG_GETARG_INT32(2);

	InitMaterializedSRF(fcinfo, 0);
	risk_read_config(&rc, get_func_namespace(fcinfo->flinfo->fn_oid), config_id);
	names = risk_model_names(m);
	x = palloc(sizeof(double) * Max(m->k, 1));
	reasons = palloc(sizeof(RiskReason) * Max(m->k, 1));
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "cx_risk_scan rows", ALLOCSET_DEFAULT_SIZES);

	/* the caller's query, as the caller */
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	plan = risk_prepare_query(query);
	portal = SPI_cursor_open(NULL, plan, NULL, NULL, false);
	risk_query_columns(&cols, portal->tupDesc);

	for (;;)
	{
		SPITupleTable *tt;

		SPI_cursor_fetch(portal, true, RISK_SCAN_BATCH);
		tt = SPI_tuptable;
		if (SPI_processed == 0)
		{
			SPI_freetuptable(tt);
			break;
		}
		for (uint64 r = 0; r < SPI_processed; r++)
		{
			MemoryContext old = MemoryContextSwitchTo(rowcxt);
			HeapTuple	tup = tt->vals[r];
			bool		isnull;
			Datum		d;
			char	   *subject;
			char	   *key = NULL;
			double		risk;
			char	   *texts[RISK_SCAN_REASONS];
			int			ntexts = 0;
			StringInfoData expl;
			const char *severity;
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			CHECK_FOR_INTERRUPTS();
			d = SPI_getbinval(tup, tt->tupdesc, cols.features, &isnull);
			if (isnull || !risk_features_arg(DatumGetArrayTypeP(d), m->k, x))
			{
				null_features++;
				MemoryContextSwitchTo(old);
				continue;
			}
			d = SPI_getbinval(tup, tt->tupdesc, cols.subject, &isnull);
			if (isnull)
			{
				null_subjects++;
				MemoryContextSwitchTo(old);
				continue;
			}
			risk = cx_logit_sigmoid(risk_model_log_odds(m, x));
			if (!(risk >= rc.threshold))
			{
				MemoryContextSwitchTo(old);
				continue;
			}
			subject = OutputFunctionCall(&cols.subject_out, d);
			if (cols.key != 0)
			{
				d = SPI_getbinval(tup, tt->tupdesc, cols.key, &isnull);
				if (!isnull)
					key = OutputFunctionCall(&cols.key_out, d);
			}
			(void) risk_model_explain(m, x, reasons);
			initStringInfo(&expl);
			for (int j = 0; j < m->k && ntexts < RISK_SCAN_REASONS; j++)
			{
				if (!(reasons[j].contribution > 0))
					continue;
				texts[ntexts] = risk_reason_text(m, names[reasons[j].feature], &reasons[j]);
				if (ntexts > 0)
					appendStringInfoString(&expl, "; ");
				appendStringInfoString(&expl, texts[ntexts]);
				ntexts++;
			}
			severity = risk >= rc.high ? "high" : "medium";
			alert_raise(rc.acfg, severity, key, subject, risk_details(&rc, m, risk, texts, ntexts));

			values[0] = CStringGetTextDatum(subject);
			values[1] = Float8GetDatum(risk);
			values[2] = CStringGetTextDatum(severity);
			if (ntexts > 0)
				values[3] = CStringGetTextDatum(expl.data);
			else
				nulls[3] = true;
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			MemoryContextSwitchTo(old);
		}
		SPI_freetuptable(tt);
		MemoryContextReset(rowcxt);
	}
	SPI_cursor_close(portal);
	SPI_finish();
	MemoryContextDelete(rowcxt);

	if (null_features > 0 || null_subjects > 0)
		ereport(NOTICE,
				(errmsg_plural("cx_risk_scan skipped " INT64_FORMAT " row of the features query",
							   "cx_risk_scan skipped " INT64_FORMAT " rows of the features query",
							   null_features + null_subjects, null_features + null_subjects),
				 errdetail(INT64_FORMAT " with NULL features or a NULL feature, " INT64_FORMAT " with a NULL subject.",
						   null_features, null_subjects)));
	return (Datum) 0;
}
