/*-------------------------------------------------------------------------
 *
 * risk_model.c
 *	  The risk_model type: a fitted logistic regression (coefficients,
 *	  standard errors, the training scaling, names, sizes, log-likelihoods,
 *	  the date), with validating text and binary I/O so that a model can be
 *	  kept in a table, dumped, restored and shipped between nodes.
 *
 * The text form is one JSON object (model::text::jsonb works):
 *
 *	{"version":1,"k":2,"n":600,"positives":90,"skipped":3,"iterations":6,
 *	 "l2":0,"loglik":-230.1,"loglik_null":-250.2,
 *	 "fitted_at":"2026-12-07T04:00:00.000000Z",
 *	 "intercept":{"coef":-1.9,"se":0.2},
 *	 "features":[{"name":"late","mean":0.1,"sd":0.3,"coef":1.2,"se":0.3},..]}
 *
 * Numbers are printed shortest-exact (they read back to the same doubles)
 * and the date in UTC, so the text does not depend on DateStyle or
 * TimeZone.  Input is parsed with PostgreSQL's own JSON reader and every
 * number is checked (see risk_model_validate): a model read from a file or
 * a client is never trusted.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/float.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "risk_glue.h"

#define RISK_NAME_MAX 1000

#define RISK_TEXT_HINT \
	"A risk_model is made by risk_fit(); its text form is the JSON object {\"version\":1,\"k\":..,\"n\":..,..,\"intercept\":{..},\"features\":[..]} that risk_model_out writes."
#define RISK_BINARY_HINT \
	"A binary risk_model is what risk_model_send writes."

Size
risk_model_size(int k, Size names_len)
{
	return offsetof(RiskModel, data) + sizeof(double) * (2 * (k + 1) + 2 * k) + names_len;
}

const char **
risk_model_names(const RiskModel *m)
{
	const char **names = palloc(sizeof(char *) * m->k);
	const char *p = RISK_NAMES(m);

	for (int j = 0; j < m->k; j++)
	{
		names[j] = p;
		p += strlen(p) + 1;
	}
	return names;
}

static pg_noinline void
risk_invalid(bool text, const char *detail)
{
	ereport(ERROR,
			(errcode(text ? ERRCODE_INVALID_TEXT_REPRESENTATION : ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s risk_model", text ? "input for" : "binary"),
			 errdetail("%s", detail),
			 errhint(text ? RISK_TEXT_HINT : RISK_BINARY_HINT)));
}

/* k distinct, non-empty, valid names of at most RISK_NAME_MAX bytes filling exactly len bytes */
static const char *
risk_check_names(const char *names, Size len, int k)
{
	const char *p = names;
	const char *end = names + len;

	for (int i = 0; i < k; i++)
	{
		const char *q = p < end ? memchr(p, '\0', end - p) : NULL;
		const char *r = names;

		if (q == NULL)
			return "There must be exactly one name per feature.";
		if (q == p)
			return "A feature name must not be empty.";
		if (q - p > RISK_NAME_MAX)
			return "A feature name is longer than 1000 bytes.";
		if (!pg_verifymbstr(p, q - p, true))
			return "A feature name is not valid in the server encoding.";
		for (int j = 0; j < i; j++)
		{
			if (strcmp(r, p) == 0)
				return "Two features have the same name.";
			r += strlen(r) + 1;
		}
		p = q + 1;
	}
	if (p != end)
		return "There must be exactly one name per feature.";
	return NULL;
}

void
risk_model_validate(const RiskModel *m, Size size, bool text)
{
	int			k = m->k;
	const char *err;

	if (size < offsetof(RiskModel, data))
		risk_invalid(text, "The model is shorter than its header.");
	if (m->version != RISK_MODEL_VERSION || m->flags != 0)
		risk_invalid(text, psprintf("Unsupported format version %d (this build reads version %d).",
									m->version, RISK_MODEL_VERSION));
	if (k < 1 || k > CX_LOGIT_MAX_FEATURES)
		risk_invalid(text, "The number of features must be 1 to 64.");
	if (size < risk_model_size(k, 0))
		risk_invalid(text, "The model is shorter than its numbers.");
	if (m->n < 0 || m->positives < 0 || m->positives > m->n || m->skipped < 0 || m->iterations < 0)
		risk_invalid(text, "The counts must not be negative, and positives at most n.");
	if (!isfinite(m->loglik) || !isfinite(m->loglik_null) || m->loglik > 0 || m->loglik_null > 0)
		risk_invalid(text, "The log-likelihoods must be finite and not positive.");
	if (!isfinite(m->l2) || m->l2 < 0)
		risk_invalid(text, "The L2 penalty must be finite and not negative.");
	if (TIMESTAMP_NOT_FINITE(m->fitted_at))
		risk_invalid(text, "The date of the fit must be finite.");
	for (int j = 0; j <= k; j++)
		if (!isfinite(RISK_COEF(m)[j]) || !isfinite(RISK_SE(m)[j]) || RISK_SE(m)[j] < 0)
			risk_invalid(text, "Coefficients must be finite and standard errors finite and not negative.");
	for (int j = 0; j < k; j++)
		if (!isfinite(RISK_MEAN(m)[j]) || !isfinite(RISK_SD(m)[j]) || !(RISK_SD(m)[j] > 0))
			risk_invalid(text, "Feature means must be finite and standard deviations finite and positive.");
	if ((err = risk_check_names(RISK_NAMES(m), size - risk_model_size(k, 0), k)) != NULL)
		risk_invalid(text, err);
}

/* ---- text output ------------------------------------------------------------ */

static void
put_double(StringInfo s, const char *key, double v)
{
	appendStringInfo(s, "\"%s\":", key);
	appendStringInfoString(s, float8out_internal(v));
}

static void
put_date(StringInfo s, TimestampTz t)
{
	struct pg_tm tm;
	fsec_t		fsec;

	if (timestamp2tm(t, NULL, &tm, &fsec, NULL, NULL) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("risk_model date out of range")));
	appendStringInfo(s, "\"fitted_at\":\"%04d-%02d-%02dT%02d:%02d:%02d.%06dZ\"",
					 tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
					 (int) fsec);
}

PG_FUNCTION_INFO_V1(risk_model_out);
Datum
risk_model_out(PG_FUNCTION_ARGS)
{
	RiskModel  *m = (RiskModel *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	const char **names = risk_model_names(m);
	StringInfoData s;

	initStringInfo(&s);
	appendStringInfo(&s, "{\"version\":%d,\"k\":%d,\"n\":" INT64_FORMAT ",\"positives\":" INT64_FORMAT
					 ",\"skipped\":" INT64_FORMAT ",\"iterations\":%d,",
					 m->version, m->k, m->n, m->positives, m->skipped, m->iterations);
	put_double(&s, "l2", m->l2);
	appendStringInfoChar(&s, ',');
	put_double(&s, "loglik", m->loglik);
	appendStringInfoChar(&s, ',');
	put_double(&s, "loglik_null", m->loglik_null);
	appendStringInfoChar(&s, ',');
	put_date(&s, m->fitted_at);
	appendStringInfoString(&s, ",\"intercept\":{");
	put_double(&s, "coef", RISK_COEF(m)[0]);
	appendStringInfoChar(&s, ',');
	put_double(&s, "se", RISK_SE(m)[0]);
	appendStringInfoString(&s, "},\"features\":[");
	for (int j = 0; j < m->k; j++)
	{
		appendStringInfoString(&s, j > 0 ? ",{\"name\":" : "{\"name\":");
		escape_json(&s, names[j]);
		appendStringInfoChar(&s, ',');
		put_double(&s, "mean", RISK_MEAN(m)[j]);
		appendStringInfoChar(&s, ',');
		put_double(&s, "sd", RISK_SD(m)[j]);
		appendStringInfoChar(&s, ',');
		put_double(&s, "coef", RISK_COEF(m)[j + 1]);
		appendStringInfoChar(&s, ',');
		put_double(&s, "se", RISK_SE(m)[j + 1]);
		appendStringInfoChar(&s, '}');
	}
	appendStringInfoString(&s, "]}");
	PG_RETURN_CSTRING(s.data);
}

/* ---- text input ------------------------------------------------------------- */

static JsonbValue *
member(JsonbContainer *obj, const char *key, enum jbvType type, bool optional)
{
	JsonbValue	k;
	JsonbValue *v;

	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	v = findJsonbValueFromContainer(obj, JB_FOBJECT, &k);
	if (v == NULL && optional)
		return NULL;
	if (v == NULL || v->type != type)
		risk_invalid(true, psprintf("\"%s\" is missing or not a %s.", key,
									type == jbvNumeric ? "number" : type == jbvString ? "string" : "JSON object or array"));
	return v;
}

static double
num_double(JsonbContainer *obj, const char *key)
{
	JsonbValue *v = member(obj, key, jbvNumeric, false);

	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, NumericGetDatum(v->val.numeric)));
}

static int64
num_int64(JsonbContainer *obj, const char *key)
{
	JsonbValue *v = member(obj, key, jbvNumeric, false);
	char	   *txt = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(v->val.numeric)));
	char	   *end;
	long long	r;

	errno = 0;
	r = strtoll(txt, &end, 10);
	if (errno != 0 || end == txt || *end != '\0')
		risk_invalid(true, psprintf("\"%s\" is not a 64-bit integer.", key));
	return (int64) r;
}

/* the keys of obj are exactly those named (count them: members were found) */
static void
no_other_keys(JsonbContainer *obj, int expected, const char *where)
{
	if (JsonContainerSize(obj) != expected)
		risk_invalid(true, psprintf("%s has keys other than the model's.", where));
}

PG_FUNCTION_INFO_V1(risk_model_in);
Datum
risk_model_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	Jsonb	   *jb = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(str)));
	JsonbContainer *root = &jb->root;
	JsonbContainer *icpt,
			   *feats;
	int64		k;
	StringInfoData names;
	RiskModel  *m;
	Size		size;
	char	   *date;

	if (!JsonContainerIsObject(root))
		risk_invalid(true, "The text form is a JSON object.");
	k = num_int64(root, "k");
	if (k < 1 || k > CX_LOGIT_MAX_FEATURES)
		risk_invalid(true, "The number of features must be 1 to 64.");
	feats = member(root, "features", jbvBinary, false)->val.binary.data;
	icpt = member(root, "intercept", jbvBinary, false)->val.binary.data;
	if (!JsonContainerIsArray(feats) || JsonContainerSize(feats) != k)
		risk_invalid(true, "\"features\" must be an array of k objects.");
	if (!JsonContainerIsObject(icpt))
		risk_invalid(true, "\"intercept\" must be an object.");
	no_other_keys(root, 12, "The object");
	no_other_keys(icpt, 2, "\"intercept\"");

	/* the names first: they size the model */
	initStringInfo(&names);
	for (int j = 0; j < k; j++)
	{
		JsonbValue *f = getIthJsonbValueFromContainer(feats, j);
		JsonbValue *nm;

		if (f == NULL || f->type != jbvBinary || !JsonContainerIsObject(f->val.binary.data))
			risk_invalid(true, "Each feature is a JSON object.");
		nm = member(f->val.binary.data, "name", jbvString, false);
		if (memchr(nm->val.string.val, '\0', nm->val.string.len) != NULL)
			risk_invalid(true, "A feature name must not contain a NUL character.");
		appendBinaryStringInfo(&names, nm->val.string.val, nm->val.string.len);
		appendStringInfoChar(&names, '\0');
	}
	size = risk_model_size(k, names.len);
	m = palloc0(size);
	SET_VARSIZE(m, size);
	m->version = num_int64(root, "version");
	m->k = k;
	m->n = num_int64(root, "n");
	m->positives = num_int64(root, "positives");
	m->skipped = num_int64(root, "skipped");
	{
		int64		it = num_int64(root, "iterations");

		if (it < 0 || it > PG_INT32_MAX)
			risk_invalid(true, "\"iterations\" is out of range.");
		m->iterations = (int32) it;
	}
	m->l2 = num_double(root, "l2");
	m->loglik = num_double(root, "loglik");
	m->loglik_null = num_double(root, "loglik_null");
	{
		JsonbValue *v = member(root, "fitted_at", jbvString, false);

		date = pnstrdup(v->val.string.val, v->val.string.len);
	}
	m->fitted_at = DatumGetTimestampTz(DirectFunctionCall3(timestamptz_in, CStringGetDatum(date),
														   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
	RISK_COEF(m)[0] = num_double(icpt, "coef");
	RISK_SE(m)[0] = num_double(icpt, "se");
	for (int j = 0; j < k; j++)
	{
		JsonbContainer *f = getIthJsonbValueFromContainer(feats, j)->val.binary.data;

		no_other_keys(f, 5, "A feature");
		RISK_MEAN(m)[j] = num_double(f, "mean");
		RISK_SD(m)[j] = num_double(f, "sd");
		RISK_COEF(m)[j + 1] = num_double(f, "coef");
		RISK_SE(m)[j + 1] = num_double(f, "se");
	}
	memcpy(RISK_NAMES(m), names.data, names.len);
	risk_model_validate(m, size, true);
	PG_RETURN_POINTER(m);
}

/* ---- binary I/O ------------------------------------------------------------- */

/*
 * version byte, k as int16, iterations int32, n, positives, skipped int64,
 * l2, loglik, loglik_null float8, fitted_at int64 (microseconds since
 * 2000-01-01 UTC), the p coefficients, p standard errors, k means, k
 * standard deviations as float8, then the k names (text, NUL-terminated,
 * in the client encoding).
 */
PG_FUNCTION_INFO_V1(risk_model_send);
Datum
risk_model_send(PG_FUNCTION_ARGS)
{
	RiskModel  *m = (RiskModel *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	const char **names = risk_model_names(m);
	int			nd = 2 * (m->k + 1) + 2 * m->k;
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, m->version);
	pq_sendint16(&buf, m->k);
	pq_sendint32(&buf, m->iterations);
	pq_sendint64(&buf, m->n);
	pq_sendint64(&buf, m->positives);
	pq_sendint64(&buf, m->skipped);
	pq_sendfloat8(&buf, m->l2);
	pq_sendfloat8(&buf, m->loglik);
	pq_sendfloat8(&buf, m->loglik_null);
	pq_sendint64(&buf, m->fitted_at);
	for (int i = 0; i < nd; i++)
		pq_sendfloat8(&buf, m->data[i]);
	for (int j = 0; j < m->k; j++)
		pq_sendstring(&buf, names[j]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(risk_model_recv);
Datum
risk_model_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	RiskModel	hdr;
	StringInfoData names;
	RiskModel  *m;
	Size		size;
	int			nd;

	memset(&hdr, 0, sizeof(hdr));
	if (buf->len - buf->cursor < 1 + 2 + 4 + 3 * 8 + 3 * 8 + 8)
		risk_invalid(false, "The message is shorter than the model's header.");
	hdr.version = pq_getmsgbyte(buf);
	if (hdr.version != RISK_MODEL_VERSION)
		risk_invalid(false, psprintf("Unsupported format version %d (this build reads version %d).",
									 hdr.version, RISK_MODEL_VERSION));
	hdr.k = (int16) pq_getmsgint(buf, 2);
	if (hdr.k < 1 || hdr.k > CX_LOGIT_MAX_FEATURES)
		risk_invalid(false, "The number of features must be 1 to 64.");
	hdr.iterations = pq_getmsgint(buf, 4);
	hdr.n = pq_getmsgint64(buf);
	hdr.positives = pq_getmsgint64(buf);
	hdr.skipped = pq_getmsgint64(buf);
	hdr.l2 = pq_getmsgfloat8(buf);
	hdr.loglik = pq_getmsgfloat8(buf);
	hdr.loglik_null = pq_getmsgfloat8(buf);
	hdr.fitted_at = pq_getmsgint64(buf);
	nd = 2 * (hdr.k + 1) + 2 * hdr.k;
	if (buf->len - buf->cursor < nd * 8)
		risk_invalid(false, "The message is shorter than the model's numbers.");
	{
		double	   *d = palloc(sizeof(double) * nd);

		for (int i = 0; i < nd; i++)
			d[i] = pq_getmsgfloat8(buf);
		initStringInfo(&names);
		for (int j = 0; j < hdr.k; j++)
		{
			const char *name;

			if (memchr(buf->data + buf->cursor, '\0', buf->len - buf->cursor) == NULL)
				risk_invalid(false, "The names are cut short: each is a NUL-terminated string.");
			name = pq_getmsgstring(buf);
			appendBinaryStringInfo(&names, name, strlen(name) + 1);
		}
		if (buf->cursor != buf->len)
			risk_invalid(false, "Bytes follow the end of the model.");
		size = risk_model_size(hdr.k, names.len);
		m = palloc0(size);
		memcpy(m, &hdr, offsetof(RiskModel, data));
		SET_VARSIZE(m, size);
		memcpy(m->data, d, sizeof(double) * nd);
		memcpy(RISK_NAMES(m), names.data, names.len);
	}
	risk_model_validate(m, size, false);
	PG_RETURN_POINTER(m);
}
