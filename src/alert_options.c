/*-------------------------------------------------------------------------
 *
 * alert_options.c
 *	  The settings every alert kind shares beyond its own: the scope of "one
 *	  open alert", the delivery mode and what the NOTIFY payload carries.
 *
 * They live in cx_alert_config.config (the row triggers' positional
 * arguments were fixed in 1.0 and are not extended), read once per backend
 * and trigger by the row triggers (alert.c caches them with the rest) and
 * once per statement by the statement triggers, which read that row
 * anyway.  Absent settings take the defaults of 1.2:
 *
 *	- "scope": one open alert per configuration and subject, written as
 *	  "config:<config_id>" in cx_alert.scope; a name chosen by the user
 *	  ("customer") shares one open alert per subject among all the
 *	  configurations that name it;
 *	- "delivery": "notify" (NOTIFY in the writing transaction) or
 *	  "deferred" (the extension's background worker NOTIFYs after commit);
 *	- "payload": which of "subject" and "key" the NOTIFY payload carries
 *	  (none by default: any role that may connect can LISTEN; both in a
 *	  database not yet updated to 1.2, as 1.1 sent them).
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "alert_internal.h"

/* see alert_internal.h */
JsonbValue *
alert_config_member(Jsonb *config, const char *key)
{
	JsonbValue	k;

	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	return findJsonbValueFromContainer(&config->root, JB_FOBJECT, &k);
}

/* the text of a top-level string member of config, or NULL when absent */
static char *
opt_string(Jsonb *config, const char *key, int32 config_id)
{
	JsonbValue *v = alert_config_member(config, key);

	if (v == NULL || v->type == jbvNull)
		return NULL;
	if (v->type != jbvString)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert configuration %d: setting \"%s\" is not a string", config_id, key),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
	return pnstrdup(v->val.string.val, v->val.string.len);
}

/* the "payload" array: which optional fields the NOTIFY carries */
static void
opt_payload(AlertTrigConfig *cfg, Jsonb *config)
{
	JsonbValue *v = alert_config_member(config, "payload");
	JsonbIterator *it;
	JsonbValue	e;
	JsonbIteratorToken tok;

	if (v == NULL || v->type == jbvNull)
		return;
	if (v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data))
		goto bad;
	cfg->payload_subject = cfg->payload_key = false;
	it = JsonbIteratorInit(v->val.binary.data);
	while ((tok = JsonbIteratorNext(&it, &e, true)) != WJB_DONE)
	{
		if (tok != WJB_ELEM)
			continue;
		if (e.type != jbvString)
			goto bad;
		if (e.val.string.len == 7 && memcmp(e.val.string.val, "subject", 7) == 0)
			cfg->payload_subject = true;
		else if (e.val.string.len == 3 && memcmp(e.val.string.val, "key", 3) == 0)
			cfg->payload_key = true;
		else
			goto bad;
	}
	return;
bad:
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("alert configuration %d: setting \"payload\" must be an array of \"subject\" and \"key\"",
					cfg->config_id),
			 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
}

/*
 * The customer's voice kinds (an empathy trigger whose configuration says
 * "voice"): the kind, its name in cx_alert and its threshold.
 */
static void
opt_voice(AlertTrigConfig *cfg, Jsonb *config)
{
	static const char *const kinds[] = {"churn_intent", "escalation_threat", "customer_distress"};
	char	   *voice = opt_string(config, "voice", cfg->config_id);
	JsonbValue *t;

	cfg->voice_kind = 0;
	if (voice == NULL || !cfg->is_empathy)
		return;
	for (int k = 0; k < 3; k++)
		if (strcmp(voice, kinds[k]) == 0)
		{
			cfg->voice_kind = k + 1;
			cfg->kind_name = kinds[k];
		}
	t = alert_config_member(config, "threshold");
	if (cfg->voice_kind == 0 || t == NULL || t->type != jbvNumeric)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert configuration %d: invalid voice alert \"%s\"", cfg->config_id,
						cx_errtrunc(voice)),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
	cfg->voice_threshold = DatumGetFloat8(DirectFunctionCall1(numeric_float8,
															  NumericGetDatum(t->val.numeric)));
	if (!(cfg->voice_threshold >= 0 && cfg->voice_threshold <= 100))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert configuration %d: voice threshold %g is outside 0..100",
						cfg->config_id, cfg->voice_threshold),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
}

/*
 * Fill in cfg->scope, deferred, payload_subject and payload_key from the
 * configuration's jsonb (cfg->config_id set); allocates in the current
 * memory context.
 */
void
alert_options(AlertTrigConfig *cfg, Jsonb *config)
{
	char	   *scope = opt_string(config, "scope", cfg->config_id);
	char	   *delivery = opt_string(config, "delivery", cfg->config_id);

	cfg->scope = scope ? scope : psprintf("config:%d", cfg->config_id);
	cfg->deferred = false;
	if (delivery != NULL && strcmp(delivery, "deferred") == 0)
		cfg->deferred = true;
	else if (delivery != NULL && strcmp(delivery, "notify") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alert configuration %d: unknown delivery \"%s\"", cfg->config_id,
						cx_errtrunc(delivery)),
				 errhint("Run cx_alert_detach() and cx_alert_attach() again.")));
	/*
	 * A database not yet updated to 1.2 (no scope column) keeps 1.1's
	 * payload until ALTER EXTENSION UPDATE writes the setting.
	 */
	cfg->payload_subject = cfg->payload_key = !cfg->has_scope;
	opt_payload(cfg, config);
	opt_voice(cfg, config);
}

/*
 * Read cx_alert_config.config of cfg->config_id as the owner of cx_alert
 * (pinned search_path, restricted security context: the inserting role
 * needs no right on it) and fill in the options; everything kept is
 * allocated in cfg->cxt.  For the row triggers, once per cache fill.
 */
void
alert_read_options(AlertTrigConfig *cfg)
{
	AlertOwnerSave save;
	char	   *sql;
	Oid			argtypes[1] = {INT4OID};
	Datum		values[1];
	bool		isnull;
	int			ret;
	Jsonb	   *config = NULL;
	MemoryContext old;

	/*
	 * A trigger of a distributed table carries its configuration: the
	 * shards' nodes have no row (see alert_relay.c)
	 */
	if (cfg->arg_config != NULL)
	{
		old = MemoryContextSwitchTo(cfg->cxt);
		alert_options(cfg, alert_arg_config(cfg->kind_name, cfg->arg_config));
		MemoryContextSwitchTo(old);
		return;
	}
	alert_owner_enter(&save, cfg->alert_owner);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	sql = psprintf("SELECT c.config FROM %s.cx_alert_config c WHERE c.config_id OPERATOR(pg_catalog.=) $1",
				   quote_identifier(get_namespace_name(cfg->alert_nsp)));
	values[0] = Int32GetDatum(cfg->config_id);
	ret = SPI_execute_with_args(sql, 1, argtypes, values, NULL, true, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading the alert configuration returned %d", ret);
	if (SPI_processed == 1)
	{
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
		{
			old = MemoryContextSwitchTo(cfg->cxt);
			config = DatumGetJsonbPCopy(d);
			MemoryContextSwitchTo(old);
		}
	}
	SPI_finish();
	alert_owner_leave(&save);

	/*
	 * A row trigger whose configuration row is gone (someone deleted it by
	 * hand) keeps the defaults rather than failing the customer's insert.
	 */
	old = MemoryContextSwitchTo(cfg->cxt);
	if (config != NULL && JB_ROOT_IS_OBJECT(config))
		alert_options(cfg, config);
	else
	{
		cfg->scope = psprintf("config:%d", cfg->config_id);
		cfg->deferred = false;
		cfg->payload_subject = cfg->payload_key = !cfg->has_scope;
	}
	MemoryContextSwitchTo(old);
}
