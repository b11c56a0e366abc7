/*-------------------------------------------------------------------------
 *
 * empathy_markers.c
 *	  empathy_markers(body, lang) and empathy_markers(reply,
 *	  customer_message, lang): what the score of a reply rests on, one row
 *	  per piece of evidence in text order.  Rows are the lexicon expressions
 *	  found (as in 1.1), the questions, requests and shared experiences the
 *	  sentence analysis found (phrase in parentheses, e.g. "(open
 *	  question)"), and, against a customer message, the reply's words that
 *	  take up the customer's ("(the customer's word)").
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "empathy.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/tuplestore.h"

typedef struct MarkerRow
{
	size_t		start;			/* normalised-text range */
	size_t		end;
	int			dim;
	const char *phrase;			/* lexicon phrase (server encoding) or "(...)" */
	double		weight;			/* signed weight that counts */
	bool		negated;
	size_t		seq;			/* order added: ties keep it */
} MarkerRow;

typedef struct MarkerList
{
	MarkerRow  *items;
	size_t		n;
	size_t		cap;
	const CxLexicon *lex;
	int			lang;
} MarkerList;

static MarkerRow *
add_row(MarkerList *ml)
{
	if (ml->n == ml->cap)
	{
		ml->cap = ml->cap ? ml->cap * 2 : 16;
		ml->items = ml->items ? repalloc_huge(ml->items, ml->cap * sizeof(MarkerRow))
			: palloc(ml->cap * sizeof(MarkerRow));
	}
	ml->items[ml->n].seq = ml->n;
	return &ml->items[ml->n++];
}

/* matches of both languages arrive here; rows of the other one are dropped later */
typedef struct RawMatches
{
	CxMatch    *items;
	size_t		n;
	size_t		cap;
} RawMatches;

static void
collect_match(void *arg, const CxMatch *m)
{
	RawMatches *rm = (RawMatches *) arg;

	if (rm->n == rm->cap)
	{
		rm->cap = rm->cap ? rm->cap * 2 : 16;
		rm->items = rm->items ? repalloc_huge(rm->items, rm->cap * sizeof(CxMatch))
			: palloc(rm->cap * sizeof(CxMatch));
	}
	rm->items[rm->n++] = *m;
}

static void
collect_evidence(void *arg, int kind, size_t start, size_t end, double weight)
{
	MarkerList *ml = (MarkerList *) arg;
	MarkerRow  *r;

	if (kind == CX_EV_ANTI)
	{
		/* the context changed an anti-empathy match's weight */
		for (size_t i = 0; i < ml->n; i++)
			if (ml->items[i].dim == CX_DIM_ANTI && ml->items[i].start == start &&
				!ml->items[i].negated)
				ml->items[i].weight = weight > 0 ? -weight : 0.0;
		return;
	}
	r = add_row(ml);
	r->start = start;
	r->end = end;
	r->dim = kind == CX_EV_SHARED ? CX_DIM_INTERP : CX_DIM_EXPLORATION;
	r->phrase = psprintf("(%s)", cx_ev_names[kind]);
	r->weight = weight;
	r->negated = false;
}

static int
cmp_row(const void *a, const void *b)
{
	const MarkerRow *x = a,
			   *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? 1 : -1;
	return x->seq < y->seq ? -1 : x->seq > y->seq ? 1 : 0;
}

/* the reply's words whose stem the customer used (at most three count) */
static void
add_reflections(MarkerList *ml, const CxNormText *nt, const CxFeatures *cust)
{
	const char *norm = nt->norm;
	size_t		p = 0,
				len = nt->norm_len;
	int			found = 0;
	uint32_t	seen[CX_FEAT_WORDS];

	while (p < len && found < 3)
	{
		size_t		ws;
		uint32_t	h;
		bool		dup = false;

		while (p < len && (norm[p] == ' ' || CX_NORM_BOUNDARY(norm[p])))
			p++;
		ws = p;
		while (p < len && norm[p] != ' ' && !CX_NORM_BOUNDARY(norm[p]))
			p++;
		if (p - ws < 4)
			continue;
		h = cx_empathy_stem_hash(norm + ws, p - ws);
		for (int k = 0; k < found; k++)
			dup |= seen[k] == h;
		for (int k = 0; k < cust->n_content && !dup; k++)
			if (cust->content[k] == h)
			{
				MarkerRow  *r = add_row(ml);

				r->start = ws;
				r->end = p;
				r->dim = CX_DIM_INTERP;
				r->phrase = "(the customer's word)";
				r->weight = 0.8 / 3.0;
				r->negated = false;
				seen[found++] = h;
				break;
			}
	}
}

static Datum
markers_common(FunctionCallInfo fcinfo, bool in_context)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	int			lang;
	CxNormText	nt;
	CxMsgResult res;
	CxFeatures	f;
	RawMatches	rm = {NULL, 0, 0};
	MarkerList	ml = {NULL, 0, 0};
	size_t		pos_byte = 0;
	int64		pos_char = 0;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	body = PG_GETARG_TEXT_PP(0);
	lang = cx_empathy_lang_arg(cx_empathy_lang_text(fcinfo, in_context ? 2 : 1));
	ml.lex = cx_empathy_lexicon();
	cx_empathy_normalise(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), true, &nt);
	cx_empathy_analyse(ml.lex->matcher, nt.norm, nt.norm_len, &nt.info, lang, &res,
					   collect_match, &rm);
	for (size_t i = 0; i < rm.n; i++)
	{
		const CxMatch *m = &rm.items[i];
		MarkerRow  *r;

		if (m->lang != res.lang)
			continue;
		r = add_row(&ml);
		r->start = m->start;
		r->end = m->end;
		r->dim = m->dim;
		r->phrase = ml.lex->phrases_db[m->entry];
		r->weight = m->negated ? 0.0 : (m->dim == CX_DIM_ANTI ? -m->weight : m->weight);
		r->negated = m->negated;
	}
	cx_empathy_features_ev(nt.norm, nt.norm_len, &res, &f, collect_evidence, &ml);
	if (in_context && !PG_ARGISNULL(1))
	{
		text	   *c = PG_GETARG_TEXT_PP(1);
		CxMsgResult cres;
		CxFeatures	cf;

		cx_empathy_analyse_bytes(ml.lex, VARDATA_ANY(c), VARSIZE_ANY_EXHDR(c), lang, &cres, &cf, true, NULL);
		add_reflections(&ml, &nt, &cf);
	}
	if (ml.n > 1)
		qsort(ml.items, ml.n, sizeof(MarkerRow), cmp_row);

	for (size_t i = 0; i < ml.n; i++)
	{
		const MarkerRow *m = &ml.items[i];
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};
		size_t		from = nt.srcoff[m->start],
					to = nt.srcend[m->end - 1];

		values[0] = CStringGetTextDatum(cx_dim_names[m->dim]);
		values[1] = CStringGetTextDatum(m->phrase);
		values[2] = PointerGetDatum(cx_utf8_slice_to_text(nt.utf8, from, to));
		values[3] = Int64GetDatum(cx_char_position(nt.utf8, from, &pos_byte, &pos_char));
		values[4] = Float8GetDatum(m->weight);
		values[5] = BoolGetDatum(m->negated);
		values[6] = CStringGetTextDatum(cx_lang_names[res.lang]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(empathy_markers);
Datum
empathy_markers(PG_FUNCTION_ARGS)
{
	return markers_common(fcinfo, false);
}

PG_FUNCTION_INFO_V1(empathy_markers_context);
Datum
empathy_markers_context(PG_FUNCTION_ARGS)
{
	return markers_common(fcinfo, true);
}
