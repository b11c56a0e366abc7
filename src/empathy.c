/*-------------------------------------------------------------------------
 *
 * empathy.c
 *	  SQL functions scoring one message: empathy_score, empathy_markers and
 *	  empathy_normalize.  The matching itself is in src/core/empathy_core.c.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "empathy.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/tuplestore.h"

static inline char *
lang_arg(FunctionCallInfo fcinfo, int argno)
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
	PG_RETURN_FLOAT8(cx_empathy_score_text(PG_GETARG_TEXT_PP(0), lang_arg(fcinfo, 1), NULL));
}

/* the matches of one message, collected before the language is known */
typedef struct MarkerList
{
	CxMatch    *items;
	size_t		n;
	size_t		cap;
} MarkerList;

static void
collect_marker(void *arg, const CxMatch *m)
{
	MarkerList *ml = (MarkerList *) arg;

	if (ml->n == ml->cap)
	{
		ml->cap = ml->cap ? ml->cap * 2 : 16;
		ml->items = ml->items ? repalloc_huge(ml->items, ml->cap * sizeof(CxMatch))
			: palloc(ml->cap * sizeof(CxMatch));
	}
	ml->items[ml->n++] = *m;
}

static int
cmp_marker(const void *a, const void *b)
{
	const CxMatch *x = a,
			   *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return 0;
}

/* a piece of the UTF-8 text back in the server encoding */
static text *
utf8_slice_to_text(const unsigned char *u, size_t from, size_t to)
{
	if (GetDatabaseEncoding() == PG_SQL_ASCII || GetDatabaseEncoding() == PG_UTF8)
		return cstring_to_text_with_len((const char *) u + from, (int) (to - from));
	return cstring_to_text(pg_any_to_server((const char *) u + from, (int) (to - from), PG_UTF8));
}

/* characters in u[from..to): the text is valid UTF-8 unless the database is SQL_ASCII */
static int64
count_chars(const unsigned char *u, size_t from, size_t to)
{
	int64		n = 0;

	if (GetDatabaseEncoding() == PG_SQL_ASCII)
		return (int64) (to - from);
	for (size_t i = from; i < to; i++)
		n += (u[i] & 0xC0) != 0x80;
	return n;
}

PG_FUNCTION_INFO_V1(empathy_markers);
Datum
empathy_markers(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	int			lang;
	const CxLexicon *lex;
	CxNormText	nt;
	CxMsgResult res;
	MarkerList	ml = {NULL, 0, 0};
	size_t		pos_byte = 0;
	int64		pos_char = 0;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	body = PG_GETARG_TEXT_PP(0);
	lang = cx_empathy_lang_arg(lang_arg(fcinfo, 1));
	lex = cx_empathy_lexicon();
	cx_empathy_normalise(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), true, &nt);
	cx_empathy_analyse(lex->matcher, nt.norm, nt.norm_len, &nt.info, lang, &res,
					   collect_marker, &ml);
	if (ml.n > 1)
		qsort(ml.items, ml.n, sizeof(CxMatch), cmp_marker);

	for (size_t i = 0; i < ml.n; i++)
	{
		const CxMatch *m = &ml.items[i];
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};
		size_t		from,
					to;

		if (m->lang != res.lang)
			continue;
		from = nt.srcoff[m->start];
		to = nt.srcend[m->end - 1];
		/* character position (1-based) of the match in the original text */
		pos_char += count_chars(nt.utf8, pos_byte, from);
		pos_byte = from;

		values[0] = CStringGetTextDatum(cx_dim_names[m->dim]);
		values[1] = CStringGetTextDatum(lex->phrases_db[m->entry]);
		values[2] = PointerGetDatum(utf8_slice_to_text(nt.utf8, from, to));
		values[3] = Int64GetDatum(pos_char + 1);
		values[4] = Float8GetDatum(m->negated ? 0.0 :
								   (m->dim == CX_DIM_ANTI ? -m->weight : m->weight));
		values[5] = BoolGetDatum(m->negated);
		values[6] = CStringGetTextDatum(cx_lang_names[m->lang]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
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
	/* without the outer separators, for readability */
	b = nt.norm_len;
	while (a < b && (nt.norm[a] == ' ' || nt.norm[a] == '|'))
		a++;
	while (b > a && (nt.norm[b - 1] == ' ' || nt.norm[b - 1] == '|'))
		b--;
	PG_RETURN_TEXT_P(cstring_to_text_with_len(nt.norm + a, (int) (b - a)));
}
