/*-------------------------------------------------------------------------
 *
 * empathy.c
 *	  SQL functions scoring one reply, alone or against the customer message
 *	  it answers: empathy_score, empathy_detail and empathy_normalize.  The
 *	  matching is in src/core/empathy_core.c, the mechanisms and the scores
 *	  in src/core/empathy_mech.c and empathy_score.c; empathy_markers is in
 *	  empathy_markers.c.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "empathy.h"

#include "funcapi.h"

/* a text argument of the language, as a C string; NULL when absent or NULL */
char *
cx_empathy_lang_text(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return NULL;
	return text_to_cstring(PG_GETARG_TEXT_PP(argno));
}

PG_FUNCTION_INFO_V1(empathy_score);
Datum
empathy_score(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(cx_empathy_score_text(PG_GETARG_TEXT_PP(0), cx_empathy_lang_text(fcinfo, 1), NULL));
}

/* the features of a text argument (lang: CX_LANG_*) */
static void
arg_features(FunctionCallInfo fcinfo, int argno, int lang, CxFeatures *f, bool context)
{
	text	   *t = PG_GETARG_TEXT_PP(argno);
	CxMsgResult res;
	CxVoice		voice;
	bool		customer = argno == 1;

	/*
	 * The customer's message is read for its voice in the same pass, as
	 * empathy_agg reads a customer's turn: one that needs acknowledging
	 * counts as a problem (voice.h).
	 */
	cx_empathy_analyse_bytes(cx_empathy_lexicon(), VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
							 lang, &res, f, context, customer ? &voice : NULL);
	if (customer && cx_voice_needs_acknowledgement(&voice))
		f->flags |= CX_FEAT_PROBLEM;
}

/*
 * The reply (argument 0) against the customer message (argument 1, may be
 * NULL: then as without it).  With lang NULL each text's language is
 * detected on its own: a reply may answer in another language.
 */
static bool
detail_context(FunctionCallInfo fcinfo, CxEmpathyDetail *d, int *lang_out)
{
	int			lang = cx_empathy_lang_arg(cx_empathy_lang_text(fcinfo, 2));
	CxFeatures	reply,
				cust;

	if (PG_ARGISNULL(0))
		return false;
	arg_features(fcinfo, 0, lang, &reply, !PG_ARGISNULL(1));
	if (!PG_ARGISNULL(1))
		arg_features(fcinfo, 1, lang, &cust, true);
	cx_empathy_detail(&reply, PG_ARGISNULL(1) ? NULL : &cust, d);
	*lang_out = reply.lang;
	return true;
}

PG_FUNCTION_INFO_V1(empathy_score_context);
Datum
empathy_score_context(PG_FUNCTION_ARGS)
{
	CxEmpathyDetail d;
	int			lang;

	if (!detail_context(fcinfo, &d, &lang))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(d.score);
}

/* the empathy_detail_result row */
static Datum
detail_datum(FunctionCallInfo fcinfo, const CxEmpathyDetail *d, int lang)
{
	TupleDesc	tupdesc;
	Datum		values[12];
	bool		nulls[12];
	double		num[10] = {d->score, d->emotional_reaction, d->interpretation, d->exploration,
	d->anti_empathy, d->ownership, d->elaboration, d->courtesy, d->names_feeling, d->reflection};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "empathy_detail: return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	for (int k = 0; k < 10; k++)
	{
		nulls[k] = isnan(num[k]);
		values[k] = Float8GetDatum(nulls[k] ? 0.0 : num[k]);
	}
	nulls[10] = isnan(d->answered);
	values[10] = BoolGetDatum(d->answered == 1.0);
	nulls[11] = false;
	values[11] = CStringGetTextDatum(cx_lang_names[lang]);
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

PG_FUNCTION_INFO_V1(empathy_detail);
Datum
empathy_detail(PG_FUNCTION_ARGS)
{
	CxFeatures	f;
	CxEmpathyDetail d;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	arg_features(fcinfo, 0, cx_empathy_lang_arg(cx_empathy_lang_text(fcinfo, 1)), &f, false);
	cx_empathy_detail(&f, NULL, &d);
	PG_RETURN_DATUM(detail_datum(fcinfo, &d, f.lang));
}

PG_FUNCTION_INFO_V1(empathy_detail_context);
Datum
empathy_detail_context(PG_FUNCTION_ARGS)
{
	CxEmpathyDetail d;
	int			lang;

	if (!detail_context(fcinfo, &d, &lang))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(detail_datum(fcinfo, &d, lang));
}

PG_FUNCTION_INFO_V1(empathy_normalize);
Datum
empathy_normalize(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	CxNormText	nt;
	size_t		a = 0,
				b;

	cx_empathy_normalise(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), false, &nt);
	/*
	 * Without the outer separators, for readability, and with every clause,
	 * sentence and question separator shown as '|', as version 1.1 did: the
	 * function is IMMUTABLE and may sit in an index.
	 */
	b = nt.norm_len;
	while (a < b && (nt.norm[a] == ' ' || CX_NORM_BOUNDARY(nt.norm[a])))
		a++;
	while (b > a && (nt.norm[b - 1] == ' ' || CX_NORM_BOUNDARY(nt.norm[b - 1])))
		b--;
	for (size_t i = a; i < b; i++)
		if (CX_NORM_BOUNDARY(nt.norm[i]))
			nt.norm[i] = '|';
	PG_RETURN_TEXT_P(cstring_to_text_with_len(nt.norm + a, (int) (b - a)));
}
