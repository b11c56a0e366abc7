/*-------------------------------------------------------------------------
 *
 * alert.c
 *	  The row-level alert triggers (nps, csat, ces, empathy): read the
 *	  configuration, judge the row, build the alert's details and queue it.
 *
 * The model is contrib/tcn: an AFTER ROW trigger in C that reads its
 * configuration from the trigger arguments (written and validated by
 * cx_alert_attach()), parsed once per backend and trigger; the settings
 * added since (scope, delivery, payload) come from cx_alert_config (see
 * alert_options.c).  The alert itself is queued (alert_pending.c) and
 * written at commit by alert_raise.c: a durable row in cx_alert, at most
 * one open alert per scope and subject inside the cooldown, and a
 * notification of a new or escalated alert.  A rolled-back transaction
 * leaves neither the row nor the notification.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/genam.h"
#include "storage/bufmgr.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/relscan.h"
#include "access/skey.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "catalog/namespace.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "commands/async.h"
#include "commands/sequence.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "nodes/makefuncs.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "mb/pg_wchar.h"
#include <math.h>
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "alert.h"
#include "alert_internal.h"
#include "empathy.h"
#include "voice_glue.h"

/* included free-text values are cut to this many bytes in details */
#define CX_ALERT_INCLUDE_MAX	2000

/* positional trigger arguments before the included columns */
#define CX_ALERT_SCORE_ARGS		9
#define CX_ALERT_EMPATHY_ARGS	13

/*
 * Parsed configurations, per trigger OID, for the life of the backend:
 * parsing the arguments and looking up the columns and cx_alert once per
 * statement was a measurable share of a single-row INSERT.  A relcache
 * invalidation of the table or of cx_alert marks them stale (ALTER TABLE,
 * CREATE OR REPLACE TRIGGER, a new index on cx_alert, ...).
 */
typedef struct AlertCacheEntry
{
	Oid			tgoid;			/* hash key */
	AlertTrigConfig *cfg;
	MemoryContext cxt;
} AlertCacheEntry;

static HTAB *alert_cache = NULL;

static void
alert_relcache_callback(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	AlertCacheEntry *e;

	if (alert_cache == NULL)
		return;
	hash_seq_init(&status, alert_cache);
	while ((e = (AlertCacheEntry *) hash_seq_search(&status)) != NULL)
	{
		/* only marked: the configuration may be in use right now */
		if (e->cfg != NULL &&
			(relid == InvalidOid || e->cfg->relid == relid || e->cfg->alert_rel == relid))
			e->cfg->stale = true;
	}
}

PGDLLEXPORT Datum cx_alert_empathy_trigger(PG_FUNCTION_ARGS);

static inline int
alert_column(Relation rel, const char *trigname, const char *setting, const char *col)
{
	int			att = SPI_fnumber(RelationGetDescr(rel), col);

	if (att <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("alert trigger \"%s\" on \"%s\": column \"%s\" (setting \"%s\") does not exist",
						trigname, RelationGetRelationName(rel), col, setting),
				 errdetail("The table changed after the trigger was attached."),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again with the new column names.")));
	return att;
}

static inline int64
alert_parse_int(const char *trigname, const char *what, const char *s, int64 lo, int64 hi)
{
	char	   *end;
	long long	v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": invalid %s \"%s\"", trigname, what, cx_errtrunc(s)),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	return (int64) v;
}

static AlertTrigConfig *
alert_config(FunctionCallInfo fcinfo, TriggerData *trigdata)
{
	AlertTrigConfig *cfg;
	Trigger    *tg = trigdata->tg_trigger;
	Relation	rel = trigdata->tg_relation;
	MemoryContext old;
	char	  **args = tg->tgargs;
	int			nfixed;
	int			i;
	AlertCacheEntry *entry;
	bool		found;

	if (alert_cache == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(AlertCacheEntry);
		alert_cache = hash_create("cx_metrics alert triggers", 16, &ctl, HASH_ELEM | HASH_BLOBS);
		CacheRegisterRelcacheCallback(alert_relcache_callback, (Datum) 0);
	}
	entry = (AlertCacheEntry *) hash_search(alert_cache, &tg->tgoid, HASH_ENTER, &found);
	if (!found)
	{
		entry->cfg = NULL;
		entry->cxt = NULL;
	}
	cfg = entry->cfg;
	if (cfg != NULL && !cfg->stale && cfg->relid == RelationGetRelid(rel))
		return cfg;
	/* (re)build it; the old one is no longer in use between trigger calls */
	entry->cfg = NULL;
	if (entry->cxt != NULL)
		MemoryContextDelete(entry->cxt);
	entry->cxt = AllocSetContextCreate(CacheMemoryContext, "cx_metrics alert trigger",
									   ALLOCSET_SMALL_SIZES);

	if (tg->tgnargs < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\" has %d arguments", tg->tgname, tg->tgnargs),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	nfixed = strcmp(args[1], "empathy") == 0 ? CX_ALERT_EMPATHY_ARGS : CX_ALERT_SCORE_ARGS;
	if (tg->tgnargs < nfixed)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\" has %d arguments, expected at least %d",
						tg->tgname, tg->tgnargs, nfixed),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));

	old = MemoryContextSwitchTo(entry->cxt);
	cfg = palloc0(sizeof(AlertTrigConfig));
	cfg->tgoid = tg->tgoid;
	cfg->relid = RelationGetRelid(rel);
	cfg->cxt = entry->cxt;
	cfg->natts = RelationGetDescr(rel)->natts;
	cfg->out = palloc0(sizeof(FmgrInfo) * cfg->natts);	/* fn_oid = InvalidOid */
	{
		/*
		 * "<config_id>", or on a distributed table "<config_id> <config>":
		 * the configuration, for the shards' nodes, which have no
		 * cx_alert_config row (see alert_relay.c)
		 */
		const char *sp = strchr(args[0], ' ');
		char	   *id = sp ? pnstrdup(args[0], sp - args[0]) : args[0];

		cfg->config_id = (int32) alert_parse_int(tg->tgname, "config id", id, 0, PG_INT32_MAX);
		cfg->arg_config = sp ? pstrdup(sp + 1) : NULL;
	}
	if (strcmp(args[1], "nps") == 0)
	{
		cfg->kind = CX_ALERT_NPS;
		cfg->kind_name = "nps_detractor";
	}
	else if (strcmp(args[1], "csat") == 0)
	{
		cfg->kind = CX_ALERT_CSAT;
		cfg->kind_name = "csat_low";
	}
	else if (strcmp(args[1], "ces") == 0)
	{
		cfg->kind = CX_ALERT_CES;
		cfg->kind_name = "ces_high_effort";
	}
	else if (strcmp(args[1], "empathy") == 0)
	{
		cfg->is_empathy = true;
		cfg->kind_name = "empathy_low";
	}
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": unknown kind \"%s\"", tg->tgname, cx_errtrunc(args[1])),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	if (cfg->is_empathy != (fcinfo->flinfo->fn_addr == cx_alert_empathy_trigger))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": kind \"%s\" does not go with this trigger function",
						tg->tgname, args[1]),
				 errhint("Create alert triggers with cx_alert_attach(), which validates their arguments.")));
	if (cfg->is_empathy)
	{
		char	   *end;

		errno = 0;
		cfg->empathy_threshold = strtod(args[6], &end);
		if (errno != 0 || end == args[6] || *end != '\0' ||
			!(cfg->empathy_threshold >= -100 && cfg->empathy_threshold <= 100))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("alert trigger \"%s\": invalid empathy threshold \"%s\"", tg->tgname, cx_errtrunc(args[6]))));
	}
	else
	{
		int			lo,
					hi,
					def;

		cx_alert_scale(cfg->kind, &lo, &hi, &def);
		cfg->threshold = (int) alert_parse_int(tg->tgname, "threshold", args[6], lo, hi);
	}
	cfg->cooldown_us = alert_parse_int(tg->tgname, "cooldown", args[7], 0, INT64CONST(10) * 366 * 86400 * 1000000);
	if (args[8][0] == '\0' || strlen(args[8]) >= NAMEDATALEN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert trigger \"%s\": invalid channel \"%s\"", tg->tgname, cx_errtrunc(args[8]))));
	cfg->channel = pstrdup(args[8]);

	cfg->score_name = pstrdup(args[2]);
	cfg->score_att = alert_column(rel, tg->tgname, cfg->is_empathy ? "text" : "score", args[2]);
	cfg->score_type = TupleDescAttr(RelationGetDescr(rel), cfg->score_att - 1)->atttypid;
	if (cfg->is_empathy)
	{
		if (cfg->score_type != TEXTOID && cfg->score_type != VARCHAROID && cfg->score_type != BPCHAROID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("alert trigger \"%s\": text column \"%s\" has type %s, not text",
							tg->tgname, args[2], format_type_be(cfg->score_type))));
		cfg->role_att = args[9][0] ? alert_column(rel, tg->tgname, "role", args[9]) : 0;
		cfg->role_value = pstrdup(args[10]);
		cfg->lang = args[11][0] ? pstrdup(args[11]) : NULL;
		cfg->alert_on_anti = strcmp(args[12], "true") == 0;
	}
	else if (cfg->score_type != INT2OID && cfg->score_type != INT4OID && cfg->score_type != INT8OID &&
			 cfg->score_type != FLOAT4OID && cfg->score_type != FLOAT8OID && cfg->score_type != NUMERICOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("alert trigger \"%s\": score column \"%s\" has type %s, not a number",
						tg->tgname, args[2], format_type_be(cfg->score_type))));
	cfg->subject_att = alert_column(rel, tg->tgname, "subject", args[3]);
	cfg->key_att = alert_column(rel, tg->tgname, "key", args[4]);
	cfg->at_att = args[5][0] ? alert_column(rel, tg->tgname, "at", args[5]) : 0;
	cfg->ninclude = tg->tgnargs - nfixed;
	cfg->include_att = palloc0(sizeof(int) * (cfg->ninclude + 1));
	cfg->include_name = palloc0(sizeof(char *) * (cfg->ninclude + 1));
	for (i = 0; i < cfg->ninclude; i++)
	{
		cfg->include_name[i] = pstrdup(args[nfixed + i]);
		cfg->include_att[i] = alert_column(rel, tg->tgname, "include", cfg->include_name[i]);
	}
	cfg->source = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
											 RelationGetRelationName(rel));
	alert_catalog_fields(cfg, get_func_namespace(fcinfo->flinfo->fn_oid));
	MemoryContextSwitchTo(old);
	/* on a Citus shard: relayed to the coordinator, see alert_relay.c */
	cfg->relay = alert_relay_is_shard(rel);
	alert_read_options(cfg);
	entry->cfg = cfg;
	return cfg;
}

/* the score of a tuple as a double; false when NULL */
static bool
alert_score(AlertTrigConfig *cfg, HeapTuple tup, TupleDesc desc, double *out)
{
	bool		isnull;
	Datum		d = heap_getattr(tup, cfg->score_att, desc, &isnull);

	if (isnull)
		return false;
	switch (cfg->score_type)
	{
		case INT2OID:
			*out = DatumGetInt16(d);
			break;
		case INT4OID:
			*out = DatumGetInt32(d);
			break;
		case INT8OID:
			*out = (double) DatumGetInt64(d);
			break;
		case FLOAT4OID:
			*out = DatumGetFloat4(d);
			break;
		case FLOAT8OID:
			*out = DatumGetFloat8(d);
			break;
		default:
			*out = DatumGetFloat8(DirectFunctionCall1(numeric_float8, d));
			break;
	}
	return true;
}

/*
 * A column's value as text (palloc'd), or NULL.  The output function is
 * looked up once per configuration (a change of the column's type
 * invalidates the table's relcache entry, and so the configuration).
 */
static char *
alert_text(AlertTrigConfig *cfg, HeapTuple tup, TupleDesc desc, int att)
{
	bool		isnull;
	Datum		d = heap_getattr(tup, att, desc, &isnull);
	Oid			typoutput;
	bool		varlena;

	if (isnull)
		return NULL;
	if (att > cfg->natts || att > desc->natts)
	{
		getTypeOutputInfo(TupleDescAttr(desc, att - 1)->atttypid, &typoutput, &varlena);
		return OidOutputFunctionCall(typoutput, d);
	}
	if (!OidIsValid(cfg->out[att - 1].fn_oid))
	{
		FmgrInfo	f;

		/* filled in aside: an error leaves the cache entry unset */
		getTypeOutputInfo(TupleDescAttr(desc, att - 1)->atttypid, &typoutput, &varlena);
		fmgr_info_cxt(typoutput, &f, cfg->cxt);
		cfg->out[att - 1] = f;
	}
	return OutputFunctionCall(&cfg->out[att - 1], d);
}

/* one field of the details built by a kind */
typedef struct AlertField
{
	const char *key;
	bool		isnull;
	double		number;
} AlertField;

/* jsonb building blocks: no text to parse, no escaping to do */
void
alert_jb_key(JsonbParseState **st, const char *key)
{
	JsonbValue	k;

	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	(void) pushJsonbValue(st, WJB_KEY, &k);
}

void
alert_jb_string(JsonbParseState **st, const char *key, const char *value, int max_bytes)
{
	JsonbValue	v;

	alert_jb_key(st, key);
	if (value == NULL)
		v.type = jbvNull;
	else
	{
		int			len = strlen(value);

		v.type = jbvString;
		if (len > max_bytes)
		{
			/* cut at a character boundary, and say so */
			int			cut = pg_mbcliplen(value, len, max_bytes);
			char	   *s = palloc(cut + 4);

			memcpy(s, value, cut);
			memcpy(s + cut, "...", 4);
			value = s;
			len = cut + 3;
		}
		v.val.string.val = (char *) value;
		v.val.string.len = len;
	}
	(void) pushJsonbValue(st, WJB_VALUE, &v);
}

static void
jb_number(JsonbParseState **st, const char *key, bool isnull, double number)
{
	JsonbValue	v;

	alert_jb_key(st, key);
	if (isnull || !isfinite(number))
		v.type = jbvNull;
	else
	{
		v.type = jbvNumeric;
		if (number == floor(number) && fabs(number) < 9e15)
			v.val.numeric = int64_to_numeric((int64) number);
		else
			v.val.numeric = DatumGetNumeric(DirectFunctionCall1(float8_numeric, Float8GetDatum(number)));
	}
	(void) pushJsonbValue(st, WJB_VALUE, &v);
}

/*
 * Build the details (the kind's own fields, then the column, the table,
 * the row key, the time and the included columns) and raise the alert.
 */
static void
alert_emit(AlertTrigConfig *cfg, HeapTuple tup, TupleDesc desc, const char *severity,
		   const char *column_label, const AlertField *own, int nown,
		   const char *const *markers, int nmarkers)
{
	char	   *key;
	char	   *subject;
	JsonbParseState *st = NULL;
	JsonbValue *res;
	int			i;

	key = alert_text(cfg, tup, desc, cfg->key_att);
	subject = alert_text(cfg, tup, desc, cfg->subject_att);

	/* details: what a responder needs, and only the text that was asked for */
	(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
	for (i = 0; i < nown; i++)
		jb_number(&st, own[i].key, own[i].isnull, own[i].number);
	if (markers != NULL)
	{
		/* the expressions behind a voice alert, as the lexicon has them */
		alert_jb_key(&st, "markers");
		(void) pushJsonbValue(&st, WJB_BEGIN_ARRAY, NULL);
		for (i = 0; i < nmarkers; i++)
		{
			JsonbValue	v;

			v.type = jbvString;
			v.val.string.val = (char *) markers[i];
			v.val.string.len = strlen(markers[i]);
			(void) pushJsonbValue(&st, WJB_ELEM, &v);
		}
		(void) pushJsonbValue(&st, WJB_END_ARRAY, NULL);
	}
	alert_jb_string(&st, column_label, cfg->score_name, 256);
	alert_jb_string(&st, "table", cfg->source, 1024);
	alert_jb_string(&st, "key", key, 1024);
	if (cfg->at_att)
		alert_jb_string(&st, "at", alert_text(cfg, tup, desc, cfg->at_att), 256);
	if (cfg->ninclude > 0)
	{
		/* nested, so that a column named like a key above cannot clash */
		alert_jb_key(&st, "values");
		(void) pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
		for (i = 0; i < cfg->ninclude; i++)
			alert_jb_string(&st, cfg->include_name[i], alert_text(cfg, tup, desc, cfg->include_att[i]),
					  CX_ALERT_INCLUDE_MAX);
		(void) pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	}
	res = pushJsonbValue(&st, WJB_END_OBJECT, NULL);

	alert_raise(cfg, severity, key, subject, JsonbPGetDatum(JsonbValueToJsonb(res)));
}

PG_FUNCTION_INFO_V1(cx_alert_score_trigger);
Datum
cx_alert_score_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	AlertTrigConfig *cfg;
	TupleDesc	desc;
	HeapTuple	tup;
	double		score;
	double		old_score;
	cx_alert_verdict verdict;
	AlertField	own[3];
	int			nown;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cx_alert_score_trigger: not called by trigger manager")));
	if (!TRIGGER_FIRED_AFTER(trigdata->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) || TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cx_alert_score_trigger must be an AFTER INSERT OR UPDATE ... FOR EACH ROW trigger"),
				 errhint("Create alert triggers with cx_alert_attach().")));

	cfg = alert_config(fcinfo, trigdata);
	desc = RelationGetDescr(trigdata->tg_relation);
	tup = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;

	/* a skipped question is no alert */
	if (!alert_score(cfg, tup, desc, &score))
		return PointerGetDatum(NULL);
	verdict = cx_alert_score_verdict(cfg->kind, score, cfg->threshold);
	if (verdict == CX_ALERT_QUIET)
		return PointerGetDatum(NULL);
	if (verdict == CX_ALERT_OUT_OF_RANGE)
	{
		/* not the customer's fault: warn, never block their insert */
		int			lo,
					hi,
					def;

		cx_alert_scale(cfg->kind, &lo, &hi, &def);
		ereport(WARNING,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("alert trigger \"%s\": %s %g is not on the %d..%d scale, no alert raised",
						trigdata->tg_trigger->tgname, cfg->score_name, score, lo, hi),
				 errhint("Add a CHECK constraint to the table to reject such answers.")));
		return PointerGetDatum(NULL);
	}
	/* an update raises only when the answer moves into alert territory */
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) &&
		alert_score(cfg, trigdata->tg_trigtuple, desc, &old_score) &&
		cx_alert_score_verdict(cfg->kind, old_score, cfg->threshold) == CX_ALERT_FIRE)
		return PointerGetDatum(NULL);

	/* the kind's own details, then the common ones */
	own[0].key = "score";
	own[0].isnull = false;
	own[0].number = score;
	own[1].key = "threshold";
	own[1].isnull = false;
	own[1].number = cfg->threshold;
	nown = 2;
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		own[2].key = "previous_score";
		own[2].isnull = !alert_score(cfg, trigdata->tg_trigtuple, desc, &old_score);
		own[2].number = own[2].isnull ? 0 : old_score;
		nown = 3;
	}
	alert_emit(cfg, tup, desc, cx_alert_score_severity(cfg->kind, score), "score_column", own, nown,
			   NULL, 0);
	return PointerGetDatum(NULL);
}

/* the expressions behind a voice alert (at most 8, not negated) */
typedef struct VoiceAlertMarkers
{
	const char *phrase[8];
	int			n;
	int			kind;
	const CxLexicon *lex;
} VoiceAlertMarkers;

static void
voice_alert_marker(void *arg, const CxVoiceEvidence *ev)
{
	VoiceAlertMarkers *vm = (VoiceAlertMarkers *) arg;
	bool		wanted;

	if (ev->negated || ev->entry < 0 || ev->emoji_class >= 0 || vm->n >= 8)
		return;
	if (vm->kind == CX_ALERT_VOICE_CHURN)
		wanted = ev->sig == CX_V_CHURN;
	else if (vm->kind == CX_ALERT_VOICE_ESCALATION)
		wanted = ev->sig == CX_V_ESCALATION;
	else
		wanted = ev->sig == CX_V_ANGER || ev->sig == CX_V_FRUSTRATION || ev->sig == CX_V_REPEAT;
	if (wanted)
		vm->phrase[vm->n++] = vm->lex->phrases_db[ev->entry];
}

/*
 * The customer's voice kinds: a customer's message (role column = the
 * customers' value) with churn intent, an escalation threat, or distress
 * (anger, frustration or repeated contact) at or above the threshold.
 */
static void
alert_voice(AlertTrigConfig *cfg, HeapTuple tup, TupleDesc desc, Datum body)
{
	AlertOwnerSave save;
	CxVoice		v;
	VoiceAlertMarkers vm;
	AlertField	own[5];
	int			nown = 0;
	double		level;
	const char *severity;

	memset(&vm, 0, sizeof(vm));
	vm.kind = cfg->voice_kind;
	alert_owner_enter(&save, cfg->alert_owner);
	vm.lex = cx_empathy_lexicon();
	cx_voice_text(DatumGetTextPP(body), cx_empathy_lang_arg(cfg->lang), &v, NULL, NULL,
				  voice_alert_marker, &vm);
	alert_owner_leave(&save);

	if (cfg->voice_kind == CX_ALERT_VOICE_CHURN)
		level = v.churn;
	else if (cfg->voice_kind == CX_ALERT_VOICE_ESCALATION)
		level = v.escalation;
	else
		level = Max(Max(v.emotion[CX_V_ANGER - CX_V_ANGER], v.emotion[CX_V_FRUSTRATION - CX_V_ANGER]),
					v.repeat_contact);
	if (!(level >= cfg->voice_threshold) || level <= 0)
		return;

#define OWN(k, x) (own[nown].key = (k), own[nown].isnull = false, own[nown].number = (x), nown++)
	if (cfg->voice_kind == CX_ALERT_VOICE_CHURN)
		OWN("churn_intent", v.churn);
	else if (cfg->voice_kind == CX_ALERT_VOICE_ESCALATION)
		OWN("escalation", v.escalation);
	else
	{
		OWN("anger", v.emotion[CX_V_ANGER - CX_V_ANGER]);
		OWN("frustration", v.emotion[CX_V_FRUSTRATION - CX_V_ANGER]);
		OWN("repeat_contact", v.repeat_contact);
	}
	OWN("sentiment", v.sentiment);
	OWN("threshold", cfg->voice_threshold);
#undef OWN
	/* an explicit decision or a threat is urgent; strong distress too */
	severity = (cfg->voice_kind == CX_ALERT_VOICE_ESCALATION || level >= 80) ? "high" : "medium";
	alert_emit(cfg, tup, desc, severity, "text_column", own, nown, vm.phrase, vm.n);
}

/*
 * Empathy alerts: an agent's message (role column = the agents' value)
 * whose empathy score is below the threshold, or that contains
 * anti-empathy language.  Scored with the empathy concern's
 * cx_empathy_score_text(), as the owner of cx_alert with a pinned
 * search_path (it may load the session's lexicon through SPI).
 */
PG_FUNCTION_INFO_V1(cx_alert_empathy_trigger);
Datum
cx_alert_empathy_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	AlertTrigConfig *cfg;
	TupleDesc	desc;
	HeapTuple	tup;
	bool		isnull;
	Datum		body;
	double		score;
	int			n_anti = 0;
	bool		low;
	AlertOwnerSave save;
	AlertField	own[3];

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cx_alert_empathy_trigger: not called by trigger manager")));
	if (!TRIGGER_FIRED_AFTER(trigdata->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) || TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cx_alert_empathy_trigger must be an AFTER INSERT OR UPDATE ... FOR EACH ROW trigger"),
				 errhint("Create alert triggers with cx_alert_attach().")));

	cfg = alert_config(fcinfo, trigdata);
	desc = RelationGetDescr(trigdata->tg_relation);
	tup = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;

	/* only agents' messages */
	if (cfg->role_att)
	{
		char	   *role = alert_text(cfg, tup, desc, cfg->role_att);

		if (role == NULL || strcmp(role, cfg->role_value) != 0)
			return PointerGetDatum(NULL);
	}
	body = heap_getattr(tup, cfg->score_att, desc, &isnull);
	if (isnull)
		return PointerGetDatum(NULL);
	/* an edit that leaves the text as it was is no new message */
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		bool		oldnull;
		Datum		old = heap_getattr(trigdata->tg_trigtuple, cfg->score_att, desc, &oldnull);

		if (!oldnull && DatumGetBool(DirectFunctionCall2Coll(texteq, C_COLLATION_OID, old, body)))
			return PointerGetDatum(NULL);
	}

	if (cfg->voice_kind)
	{
		alert_voice(cfg, tup, desc, body);
		return PointerGetDatum(NULL);
	}
	alert_owner_enter(&save, cfg->alert_owner);
	score = cx_empathy_score_text(DatumGetTextPP(body), cfg->lang, &n_anti);
	alert_owner_leave(&save);

	low = score < cfg->empathy_threshold;
	if (!low && !(cfg->alert_on_anti && n_anti > 0))
		return PointerGetDatum(NULL);

	own[0].key = "empathy_score";
	own[0].isnull = false;
	own[0].number = score;
	own[1].key = "anti_empathy";
	own[1].isnull = false;
	own[1].number = n_anti;
	own[2].key = "threshold";
	own[2].isnull = false;
	own[2].number = cfg->empathy_threshold;
	alert_emit(cfg, tup, desc, (low && n_anti > 0) ? "high" : "medium", "text_column", own, 3,
			   NULL, 0);
	return PointerGetDatum(NULL);
}
