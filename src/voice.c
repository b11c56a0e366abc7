/*-------------------------------------------------------------------------
 *
 * voice.c
 *	  The customer's voice, per message: voice_sentiment(body, lang),
 *	  voice_signals(body, lang), voice_markers(body, lang) and
 *	  voice_topics(body, lang).  The scoring is in src/core/voice.c; the
 *	  voice lexicon and the topic taxonomy are compiled with the empathy
 *	  lexicon into one automaton (empathy_lexicon.c).
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "empathy.h"
#include "voice_glue.h"

#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

void
cx_voice_text(text *body, int lang, CxVoice *out, CxVoiceTopicCallback tcb, void *targ,
			  CxVoiceEvidenceCallback ecb, void *earg)
{
	text	   *t = (text *) pg_detoast_datum_packed((struct varlena *) body);
	const CxLexicon *lex = cx_empathy_lexicon();
	CxMsgResult res;

	if (ecb)
		cx_voice_analyse_bytes(lex, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), lang, &res, out, ecb, earg);
	else
		cx_empathy_analyse_bytes(lex, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), lang, &res, NULL, false, out);
	if (tcb)
	{
		const CxVoiceRun *vr = cx_voice_last_run();

		/* the topics cx_voice_score kept (its overlap resolution) */
		for (int i = 0; i < vr->n[res.lang]; i++)
		{
			const CxVMatch *m = &vr->m[res.lang][i];

			if (m->sig == CX_V_TOPIC && m->topic >= 0 && m->topic < lex->ntopics)
				tcb(targ, lex->topics[m->topic], m->weight);
		}
	}
	if ((Pointer) t != (Pointer) body)
		pfree(t);
}

PG_FUNCTION_INFO_V1(voice_sentiment);
Datum
voice_sentiment(PG_FUNCTION_ARGS)
{
	CxVoice		v;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	cx_voice_text(PG_GETARG_TEXT_PP(0), cx_lang_arg(cx_empathy_lang_text(fcinfo, 1), "voice"),
				  &v, NULL, NULL, NULL, NULL);
	PG_RETURN_FLOAT8(v.sentiment);
}

/* the voice_signals_result row */
PG_FUNCTION_INFO_V1(voice_signals);
Datum
voice_signals(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	CxVoice		v;
	Datum		values[17];
	bool		nulls[17] = {false};
	int			k = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	/* the row type, looked up once per query (it is most of the cost of a short message) */
	tupdesc = (TupleDesc) fcinfo->flinfo->fn_extra;
	if (tupdesc == NULL)
	{
		MemoryContext old;

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "voice_signals must return a composite type");
		if (tupdesc->natts != 17)
			elog(ERROR, "voice_signals_result has %d attributes, expected 17", tupdesc->natts);
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = tupdesc;
	}
	cx_voice_text(PG_GETARG_TEXT_PP(0), cx_lang_arg(cx_empathy_lang_text(fcinfo, 1), "voice"),
				  &v, NULL, NULL, NULL, NULL);
	values[k++] = Float8GetDatum(v.sentiment);
	for (int e = 0; e < CX_NEMOTION; e++)
		values[k++] = Float8GetDatum(v.emotion[e]);
	values[k++] = Float8GetDatum(v.effort);
	values[k++] = Float8GetDatum(v.repeat_contact);
	values[k++] = Float8GetDatum(v.waiting);
	values[k++] = Float8GetDatum(v.transfer);
	values[k++] = Float8GetDatum(v.chasing);
	values[k++] = Float8GetDatum(v.churn);
	values[k++] = Float8GetDatum(v.escalation);
	values[k++] = Float8GetDatum(v.urgency);
	values[k++] = BoolGetDatum(v.shouting != 0);
	values[k++] = CStringGetTextDatum(cx_lang_names[v.lang]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ---- voice_markers and voice_topics: the evidence, mapped to the text ---- */

typedef struct VoiceEvList
{
	CxVoiceEvidence *items;
	int			n;
	int			cap;
} VoiceEvList;

static void
collect_ev(void *arg, const CxVoiceEvidence *ev)
{
	VoiceEvList *l = (VoiceEvList *) arg;

	if (l->n == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 32;
		l->items = l->items ? repalloc(l->items, l->cap * sizeof(CxVoiceEvidence))
			: palloc(l->cap * sizeof(CxVoiceEvidence));
	}
	l->items[l->n++] = *ev;
}

/* the matches of voice_markers and voice_topics (about 20 kB) */
static CxVoiceRun markers_run;

/* analyse with offsets; the evidence of the message's language in *l */
static int
voice_evidence(FunctionCallInfo fcinfo, CxNormText *nt, VoiceEvList *l, const CxLexicon **lex_out)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	int			lang = cx_lang_arg(cx_empathy_lang_text(fcinfo, 1), "voice");
	const CxLexicon *lex = cx_empathy_lexicon();
	CxMsgResult res;
	CxVoice		v;

	cx_empathy_normalise(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), true, nt);
	cx_voice_analyse(lex->matcher, nt->norm, nt->norm_len, &nt->info, lang, &res, &markers_run);
	cx_voice_score(&markers_run, nt->norm, nt->norm_len, &res, &v, collect_ev, l);
	*lex_out = lex;
	return res.lang;
}

static const char *const emoji_names[CX_NEMO] = {
	"(emoji: joy)", "(emoji: dislike)", "(emoji: anger)", "(emoji: frustration)",
	"(emoji: sadness)", "(emoji: worry)", "(emoji: confusion)"
};

PG_FUNCTION_INFO_V1(voice_markers);
Datum
voice_markers(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CxNormText	nt;
	VoiceEvList l = {NULL, 0, 0};
	const CxLexicon *lex;
	int			lang;
	size_t		pos_byte = 0;
	int64		pos_char = 0;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	lang = voice_evidence(fcinfo, &nt, &l, &lex);
	for (int i = 0; i < l.n; i++)
	{
		const CxVoiceEvidence *ev = &l.items[i];
		Datum		values[9];
		bool		nulls[9] = {false};

		if (ev->sig == CX_V_TOPIC)
			continue;
		values[0] = CStringGetTextDatum(cx_voice_signal_names[ev->sig]);
		if (ev->emoji_class >= 0)
		{
			values[1] = CStringGetTextDatum(emoji_names[ev->emoji_class]);
			nulls[2] = nulls[3] = true;
		}
		else
		{
			size_t		from = nt.srcoff[ev->start],
						to = nt.srcend[ev->end - 1];

			values[1] = CStringGetTextDatum(lex->phrases_db[ev->entry]);
			values[2] = PointerGetDatum(cx_utf8_slice_to_text(nt.utf8, from, to));
			values[3] = Int64GetDatum(cx_char_position(nt.utf8, from, &pos_byte, &pos_char));
		}
		values[4] = Float8GetDatum(ev->emoji_class >= 0 ? (double) ev->emoji_count : ev->weight);
		if (ev->sig >= CX_V_INTENSIFIER)
			nulls[5] = true;	/* modifiers have no value of their own */
		else
			values[5] = Float8GetDatum(ev->value);
		values[6] = BoolGetDatum(ev->negated != 0);
		values[7] = BoolGetDatum(ev->ironic != 0);
		values[8] = CStringGetTextDatum(cx_lang_names[lang]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* topics of one message, summed */
typedef struct TopicSum
{
	int			topic;
	double		weight;
	int			nmatched;
	Datum		matched[16];	/* the first 16 expressions, as written */
} TopicSum;

static const CxLexicon *cmp_lex;

static int
cmp_topic(const void *a, const void *b)
{
	const TopicSum *x = a,
			   *y = b;

	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	return strcmp(cmp_lex->topics[x->topic], cmp_lex->topics[y->topic]);
}

PG_FUNCTION_INFO_V1(voice_topics);
Datum
voice_topics(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CxNormText	nt;
	VoiceEvList l = {NULL, 0, 0};
	const CxLexicon *lex;
	TopicSum   *ts;
	int			nts = 0;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	(void) voice_evidence(fcinfo, &nt, &l, &lex);
	ts = palloc0(sizeof(TopicSum) * (l.n > 0 ? l.n : 1));
	for (int i = 0; i < l.n; i++)
	{
		const CxVoiceEvidence *ev = &l.items[i];
		TopicSum   *t = NULL;

		if (ev->sig != CX_V_TOPIC || ev->topic < 0 || ev->topic >= lex->ntopics)
			continue;
		for (int k = 0; k < nts && !t; k++)
			if (ts[k].topic == ev->topic)
				t = &ts[k];
		if (!t)
		{
			t = &ts[nts++];
			t->topic = ev->topic;
		}
		t->weight += ev->weight;
		if (t->nmatched < 16)
			t->matched[t->nmatched++] =
				PointerGetDatum(cx_utf8_slice_to_text(nt.utf8, nt.srcoff[ev->start],
													  nt.srcend[ev->end - 1]));
	}
	cmp_lex = lex;
	if (nts > 1)
		qsort(ts, nts, sizeof(TopicSum), cmp_topic);
	for (int k = 0; k < nts; k++)
	{
		Datum		values[3];
		bool		nulls[3] = {false};

		values[0] = CStringGetTextDatum(lex->topics[ts[k].topic]);
		values[1] = Float8GetDatum(ts[k].weight);
		values[2] = PointerGetDatum(construct_array(ts[k].matched, ts[k].nmatched, TEXTOID,
													-1, false, TYPALIGN_INT));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
