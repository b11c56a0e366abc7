/*-------------------------------------------------------------------------
 *
 * risk_step.c
 *	  The one-step form of risk_fit: risk_step(prev, outcome, features
 *	  [, options]) is one pass over the rows as a combinable aggregate with
 *	  a storable state (risk_step_state), and risk_fit_update(step [, names])
 *	  says whether the fit has converged and then gives the risk_model.
 *	  Each pass is then an ordinary aggregate query that a parallel plan or
 *	  Citus computes in parts and combines.
 *
 * The passes are those of risk_fit's final function (core/logit.c), one
 * query each:
 *
 *	pass 1, prev NULL:	the counts and the features' means and spreads
 *						(Welford per part, combined pairwise);
 *	pass i + 1:			the point to evaluate follows from pass i's state by
 *						cx_logit_fit_init (after pass 1) or cx_logit_pass_end
 *						(after a Newton pass: accept and step, or halve the
 *						step); this pass sums the log-likelihood, gradient
 *						and information there.
 *
 * The state of a Newton pass carries the point (the standardization, the
 * evaluated coefficients, the last accepted ones, the step, the penalized
 * log-likelihood of the accepted point, the iteration and halving counts)
 * and the sums; all of it is what the next pass needs, so a pass needs
 * nothing but the previous state.  The parts of one pass must share the
 * point, and every Newton pass must see the rows of pass 1 (same count and
 * positives): both are checked.  risk_fit_update runs cx_logit_pass_end on
 * a copy: DONE gives the model (risk_build_model, as risk_fit), AGAIN
 * gives NULL (run another pass), any other status the error risk_fit would
 * raise.  The number of passes is one more than risk_fit's Newton passes.
 *
 * On one node, with the rows in the same order, the sums are added in the
 * same blocks as in risk_fit and the model is the same to the last bit;
 * in parts, the sums are added in another order (rounding only).
 *
 * The flat form: a header of 12 eight-byte fields, then (pass 1) k means
 * and k sums of squared deviations, or (Newton pass) k means, k standard
 * deviations, the evaluated point, the accepted point, the step and the
 * gradient (p = k + 1 each), and the p x p information; all big-endian.
 * Size: 96 + 8 (6p + p^2 - 2) bytes for a Newton pass, at most 37 kB
 * (k = 64).  Every field of a value read from text, the wire or a
 * parallel worker is checked before use.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "agg_state.h"

#include <math.h>

#include "libpq/pqformat.h"
#include "nodes/primnodes.h"
#include "nodes/pg_list.h"
#include "port/pg_bswap.h"
#include "utils/array.h"
#include "utils/jsonb.h"

#include "risk_glue.h"

#define STEP_TYPE	"risk_step_state"
#define STEP_TEXT	"risk_step:"
#define STEP_VERSION 1
#define STEP_HEADER_BYTES (12 * 8)
#define STEP_MAX_HALVINGS 40	/* core/logit.c's CX_LOGIT_MAX_HALVINGS */

typedef struct RiskStep
{
	int			k;				/* 0 in pass 1 until a row with features */
	bool		newton;			/* false: pass 1 (moments) */
	CxLogitOptions opt;
	int64		skipped;		/* rows of this pass with a NULL */
	/* pass 1 */
	CxLogitMoments mom;
	/* a Newton pass: the point (fit), the rows of pass 1, this pass's rows */
	CxLogitFit	fit;
	int64		skipped0;
	int64		n;
	int64		positives;
	double	   *block;			/* CX_LOGIT_BLOCK rows of (y, x) not yet summed */
	int			block_rows;
	/* the transition's constant arguments, as their bytes */
	char	   *prev_raw;
	Size		prev_len;
	char	   *opt_raw;
	Size		opt_len;
	/* ... and whether the query fixes them (then they are checked once) */
	bool		prev_fixed;
	bool		opt_fixed;
} RiskStep;

/* ---- state: new, sums, flat form -------------------------------------------------- */

static RiskStep *
step_new(MemoryContext cxt, int k, bool newton, const CxLogitOptions *opt)
{
	RiskStep   *s = MemoryContextAllocZero(cxt, sizeof(RiskStep));

	s->k = k;
	s->newton = newton;
	s->opt = *opt;
	if (newton)
	{
		double	   *work = MemoryContextAllocZero(cxt, sizeof(double) * cx_logit_fit_doubles(k));
		CxLogitMoments m = {k, 0, 0, work, work};

		/* only the layout: the caller fills the point in */
		(void) cx_logit_fit_init(&s->fit, &m, opt, work);
		s->block = MemoryContextAlloc(cxt, sizeof(double) * CX_LOGIT_BLOCK * (k + 1));
	}
	else if (k > 0)
		cx_logit_moments_init(&s->mom, k, MemoryContextAlloc(cxt, sizeof(double) * k),
							  MemoryContextAlloc(cxt, sizeof(double) * k));
	return s;
}

/* pass 1: the first row with features fixes k */
static void
step_set_k(RiskStep *s, MemoryContext cxt, int k)
{
	if (k < 1 || k > CX_LOGIT_MAX_FEATURES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("risk_step takes 1 to %d features, not %d", CX_LOGIT_MAX_FEATURES, k)));
	s->k = k;
	cx_logit_moments_init(&s->mom, k, MemoryContextAlloc(cxt, sizeof(double) * k),
						  MemoryContextAlloc(cxt, sizeof(double) * k));
}

/* sum the rows waiting in the block into the gradient and information */
static void
step_flush(RiskStep *s)
{
	if (s->newton && s->block_rows > 0)
	{
		cx_logit_pass_block(&s->fit, s->block, s->block_rows);
		s->block_rows = 0;
	}
}

static int
step_p(const RiskStep *s)
{
	return s->k + 1;
}

static Size
step_flat_bytes(int k, bool newton)
{
	int			p = k + 1;

	if (newton)
		return STEP_HEADER_BYTES + sizeof(double) * (2 * (Size) k + 4 * (Size) p + (Size) p * p);
	return STEP_HEADER_BYTES + sizeof(double) * 2 * (Size) k;
}

static Size
kind_flat_size(void *state)
{
	RiskStep   *s = (RiskStep *) state;

	step_flush(s);
	return step_flat_bytes(s->k, s->newton);
}

static char *
put_u64(char *p, uint64 v)
{
	v = pg_hton64(v);
	memcpy(p, &v, 8);
	return p + 8;
}

static char *
put_f8(char *p, double d)
{
	uint64		v;

	memcpy(&v, &d, 8);
	return put_u64(p, v);
}

static char *
put_f8s(char *p, const double *d, Size n)
{
	for (Size i = 0; i < n; i++)
		p = put_f8(p, d[i]);
	return p;
}

static uint64
get_u64(const char **p)
{
	uint64		v;

	memcpy(&v, *p, 8);
	*p += 8;
	return pg_ntoh64(v);
}

static double
get_f8(const char **p)
{
	uint64		v = get_u64(p);
	double		d;

	memcpy(&d, &v, 8);
	return d;
}

static void
get_f8s(const char **p, double *d, Size n)
{
	for (Size i = 0; i < n; i++)
		d[i] = get_f8(p);
}

/*
 * The header's 12 words: version | newton | k | halvings; max_iterations |
 * iterations | have_base; then skipped, n, positives (this pass), skipped0,
 * n0, positives0 (pass 1's, carried by the Newton passes), l2, tolerance,
 * base_pll, ll.
 */
static void
kind_flatten(void *state, char *dst, Size size)
{
	RiskStep   *s = (RiskStep *) state;
	const CxLogitFit *f = &s->fit;
	int			p = step_p(s);
	char	   *q = dst;

	if (size != step_flat_bytes(s->k, s->newton))
		elog(ERROR, "risk_step_state: %zu bytes to write, expected %zu", size,
			 step_flat_bytes(s->k, s->newton));
	q = put_u64(q, ((uint64) STEP_VERSION << 56) | ((uint64) (s->newton ? 1 : 0) << 48) |
				((uint64) s->k << 32) | (uint64) (s->newton ? f->halvings : 0));
	q = put_u64(q, ((uint64) s->opt.max_iterations << 32) |
				((uint64) (s->newton ? f->iterations : 0) << 1) | (s->newton && f->have_base ? 1 : 0));
	q = put_u64(q, (uint64) s->skipped);
	q = put_u64(q, (uint64) (s->newton ? s->n : s->mom.n));
	q = put_u64(q, (uint64) (s->newton ? s->positives : s->mom.positives));
	q = put_u64(q, (uint64) (s->newton ? s->skipped0 : 0));
	q = put_u64(q, (uint64) (s->newton ? f->n : 0));
	q = put_u64(q, (uint64) (s->newton ? f->positives : 0));
	q = put_f8(q, s->opt.l2);
	q = put_f8(q, s->opt.tolerance);
	q = put_f8(q, s->newton ? f->base_pll : 0.0);
	q = put_f8(q, s->newton ? f->ll : 0.0);
	if (s->newton)
	{
		q = put_f8s(q, f->mean, s->k);
		q = put_f8s(q, f->sd, s->k);
		q = put_f8s(q, f->beta, p);
		q = put_f8s(q, f->base, p);
		q = put_f8s(q, f->step, p);
		q = put_f8s(q, f->g, p);
		q = put_f8s(q, f->h, (Size) p * p);
	}
	else if (s->k > 0)
	{
		q = put_f8s(q, s->mom.mean, s->k);
		q = put_f8s(q, s->mom.m2, s->k);
	}
	Assert(q == dst + size);
}

static const CxStateKind step_kind = {STEP_TYPE, kind_flat_size, kind_flatten};

static bool
all_finite(const double *d, Size n)
{
	for (Size i = 0; i < n; i++)
		if (!isfinite(d[i]))
			return false;
	return true;
}

static bool
options_valid(const CxLogitOptions *o)
{
	return isfinite(o->l2) && o->l2 >= 0 && o->max_iterations >= 1 && o->max_iterations <= 1000 &&
		o->tolerance > 0 && o->tolerance < 1;
}

/*
 * A state from its flat bytes, every field checked: a value from text, the
 * wire, a table or a parallel worker is never trusted.
 */
static RiskStep *
step_parse(const char *data, Size len, MemoryContext cxt)
{
	const char *q = data;
	uint64		w0,
				w1;
	int			k,
				version,
				halvings,
				iterations;
	bool		newton,
				have_base;
	CxLogitOptions opt;
	int64		skipped,
				n,
				positives,
				skipped0,
				n0,
				pos0;
	double		base_pll,
				ll;
	RiskStep   *s;

	if (len < STEP_HEADER_BYTES)
		cx_state_invalid(STEP_TYPE, "The value is shorter than its header.");
	w0 = get_u64(&q);
	w1 = get_u64(&q);
	version = (int) (w0 >> 56);
	newton = ((w0 >> 48) & 0xff) != 0;
	k = (int) ((w0 >> 32) & 0xffff);
	halvings = (int) (w0 & 0xffffffff);
	opt.max_iterations = (int) (w1 >> 32);
	iterations = (int) ((w1 & 0xffffffff) >> 1);
	have_base = (w1 & 1) != 0;
	skipped = (int64) get_u64(&q);
	n = (int64) get_u64(&q);
	positives = (int64) get_u64(&q);
	skipped0 = (int64) get_u64(&q);
	n0 = (int64) get_u64(&q);
	pos0 = (int64) get_u64(&q);
	opt.l2 = get_f8(&q);
	opt.tolerance = get_f8(&q);
	base_pll = get_f8(&q);
	ll = get_f8(&q);
	if (version != STEP_VERSION || ((w0 >> 48) & 0xff) > 1)
		cx_state_invalid(STEP_TYPE, psprintf("Unsupported format version %d (this build reads version %d).",
											 version, STEP_VERSION));
	if (k > CX_LOGIT_MAX_FEATURES || (newton && k < 1))
		cx_state_invalid(STEP_TYPE, "The number of features must be 1 to 64.");
	if (len != step_flat_bytes(k, newton))
		cx_state_invalid(STEP_TYPE, psprintf("The value has %zu bytes; its header says %zu.",
											 len, step_flat_bytes(k, newton)));
	if (!options_valid(&opt))
		cx_state_invalid(STEP_TYPE, "The options are out of range.");
	if (skipped < 0 || n < 0 || positives < 0 || positives > n || skipped0 < 0 || n0 < 0 ||
		pos0 < 0 || pos0 > n0 || (k == 0 && n > 0))
		cx_state_invalid(STEP_TYPE, "The counts must not be negative, and positives at most the rows.");
	if (!newton && (halvings != 0 || iterations != 0 || have_base || skipped0 != 0 || n0 != 0 ||
					pos0 != 0 || base_pll != 0.0 || ll != 0.0))
		cx_state_invalid(STEP_TYPE, "A first pass has no Newton fields.");
	if (newton && (halvings < 0 || halvings > STEP_MAX_HALVINGS || iterations < 0 ||
				   iterations > opt.max_iterations || n > n0 || n0 <= k + 1 ||
				   pos0 == 0 || pos0 == n0 || (!have_base && (iterations != 0 || halvings != 0)) ||
				   !isfinite(base_pll) || base_pll > 0 || !isfinite(ll) || ll > 0))
		cx_state_invalid(STEP_TYPE, "The Newton pass's counts or log-likelihoods are out of range.");

	s = step_new(cxt, k, newton, &opt);
	s->skipped = skipped;
	if (newton)
	{
		CxLogitFit *f = &s->fit;
		int			p = k + 1;

		f->halvings = halvings;
		f->iterations = iterations;
		f->have_base = have_base;
		f->n = n0;
		f->positives = pos0;
		f->base_pll = base_pll;
		f->ll = ll;
		s->n = n;
		s->positives = positives;
		s->skipped0 = skipped0;
		get_f8s(&q, f->mean, k);
		get_f8s(&q, f->sd, k);
		get_f8s(&q, f->beta, p);
		get_f8s(&q, f->base, p);
		get_f8s(&q, f->step, p);
		get_f8s(&q, f->g, p);
		get_f8s(&q, f->h, (Size) p * p);
		if (!all_finite(f->mean, k) || !all_finite(f->beta, 3 * (Size) p) ||
			!all_finite(f->g, p + (Size) p * p))
			cx_state_invalid(STEP_TYPE, "The point and the sums must be finite.");
		for (int j = 0; j < k; j++)
		{
			if (!isfinite(f->sd[j]) || !(f->sd[j] > 0))
				cx_state_invalid(STEP_TYPE, "The standard deviations must be finite and positive.");
			f->inv_sd[j] = 1.0 / f->sd[j];
		}
		for (int j = 0; j < p; j++)
			if (f->h[(Size) j * p + j] < 0)
				cx_state_invalid(STEP_TYPE, "The information's diagonal must not be negative.");
	}
	else if (k > 0)
	{
		s->mom.n = n;
		s->mom.positives = positives;
		get_f8s(&q, s->mom.mean, k);
		get_f8s(&q, s->mom.m2, k);
		for (int j = 0; j < k; j++)
			if (!isfinite(s->mom.mean[j]) || !isfinite(s->mom.m2[j]) || s->mom.m2[j] < 0 ||
				(n == 0 && (s->mom.mean[j] != 0 || s->mom.m2[j] != 0)))
				cx_state_invalid(STEP_TYPE, "The means must be finite and the squared deviations finite and not negative.");
	}
	return s;
}

/* the state a value holds: ours when expanded, else parsed into cxt */
static RiskStep *
state_of(Datum d, MemoryContext cxt)
{
	CxExpandedState *es = cx_state_expanded(d, &step_kind);
	struct varlena *flat;

	if (es != NULL)
	{
		step_flush((RiskStep *) es->state);
		return (RiskStep *) es->state;
	}
	flat = cx_state_flat(d);
	return step_parse(VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat), cxt);
}

/* ---- the next point -------------------------------------------------------------- */

/*
 * From the state of a finished pass: the status of the fit and, when it is
 * AGAIN, f holds the point of the next pass.  f gets its own memory.
 */
static CxLogitStatus
next_point(const RiskStep *prev, CxLogitFit *f)
{
	double	   *work = palloc(sizeof(double) * cx_logit_fit_doubles(Max(prev->k, 1)));

	if (!prev->newton)
	{
		if (prev->k == 0 || prev->mom.n == 0)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("risk_step's first pass has no rows"),
					 errdetail(INT64_FORMAT " rows were skipped for a NULL outcome or feature.", prev->skipped),
					 errhint("risk_fit_update returns NULL forever on such a state; risk_fit_iterate returns NULL.")));
		return cx_logit_fit_init(f, &prev->mom, &prev->opt, work);
	}
	if (prev->n != prev->fit.n || prev->positives != prev->fit.positives)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("the rows changed between risk_step passes"),
				 errdetail("The first pass had " INT64_FORMAT " rows (" INT64_FORMAT " positive); this one " INT64_FORMAT " (" INT64_FORMAT ").",
						   prev->fit.n, prev->fit.positives, prev->n, prev->positives),
				 errhint("Run every pass over the same rows: a snapshot, or a table that does not change meanwhile.")));
	/* a copy of prev's fit in new memory: cx_logit_pass_end changes it */
	{
		CxLogitMoments m = {prev->k, 0, 0, work, work};

		(void) cx_logit_fit_init(f, &m, &prev->opt, work);
		memcpy(work, prev->fit.mean, sizeof(double) * cx_logit_fit_doubles(prev->k));
		f->n = prev->fit.n;
		f->positives = prev->fit.positives;
		f->ll = prev->fit.ll;
		f->base_pll = prev->fit.base_pll;
		f->iterations = prev->fit.iterations;
		f->halvings = prev->fit.halvings;
		f->have_base = prev->fit.have_base;
	}
	return cx_logit_pass_end(f);
}

/* ---- the aggregate ---------------------------------------------------------------- */

/* a datum's bytes, compared with the copy kept at the first row */
static void
same_argument(struct varlena *v, char **raw, Size *len, MemoryContext cxt, const char *what)
{
	Size		l = VARSIZE_ANY(v);

	if (*raw != NULL)
	{
		if (l == *len && memcmp(*raw, v, l) == 0)
			return;
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("risk_step got different %s on different rows", what),
				 errhint("Pass the same %s (a constant) on every row of a group.", what)));
	}
	*raw = MemoryContextAlloc(cxt, l);
	memcpy(*raw, v, l);
	*len = l;
}

/*
 * Whether the aggregate's argument argno (0-based) is the same on every row
 * by the query's construction: a constant, or a parameter of the query
 * (risk_fit_iterate passes the previous state as one).  Then the per-row
 * check of same_argument, a comparison of the whole state (kilobytes), is
 * needed at the first row only.  Under Citus's worker_partial_agg the
 * arguments come wrapped in a row: checked on every row, as any other.
 */
static bool
agg_arg_fixed(FunctionCallInfo fcinfo, int argno)
{
	Aggref	   *ag = AggGetAggref(fcinfo);
	Node	   *e;

	if (ag == NULL || argno >= list_length(ag->args))
		return false;
	e = (Node *) ((TargetEntry *) list_nth(ag->args, argno))->expr;
	return IsA(e, Const) || (IsA(e, Param) && ((Param *) e)->paramkind == PARAM_EXTERN);
}

static bool
options_equal(const CxLogitOptions *a, const CxLogitOptions *b)
{
	return a->l2 == b->l2 && a->max_iterations == b->max_iterations && a->tolerance == b->tolerance;
}

/* the state of the first row: pass 1 (prev NULL) or the pass after prev */
static RiskStep *
first_row(FunctionCallInfo fcinfo, MemoryContext cxt, bool has_options)
{
	CxLogitOptions opt;
	RiskStep   *prev,
			   *s;
	CxLogitFit	f;
	CxLogitStatus st;

	cx_logit_default_options(&opt);
	if (has_options && !PG_ARGISNULL(4))
		risk_options_from_jsonb(PG_GETARG_JSONB_P(4), &opt);
	if (PG_ARGISNULL(1))
		return step_new(cxt, 0, false, &opt);
	prev = state_of(PG_GETARG_DATUM(1), CurrentMemoryContext);
	if (has_options && !PG_ARGISNULL(4) && !options_equal(&opt, &prev->opt))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("risk_step got other options than its first pass"),
				 errhint("Pass the options of the first pass, or none: they travel with the state.")));
	st = next_point(prev, &f);
	if (st == CX_LOGIT_DONE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the fit has converged: no more risk_step passes are needed"),
				 errhint("risk_fit_update(state) gives the model.")));
	if (st != CX_LOGIT_AGAIN)
		risk_fit_error(NULL, prev->k, &f, st);
	s = step_new(cxt, prev->k, true, &prev->opt);
	memcpy(s->fit.mean, f.mean, sizeof(double) * cx_logit_fit_doubles(prev->k));
	s->fit.n = f.n;
	s->fit.positives = f.positives;
	s->fit.base_pll = f.base_pll;
	s->fit.iterations = f.iterations;
	s->fit.halvings = f.halvings;
	s->fit.have_base = f.have_base;
	s->skipped0 = prev->newton ? prev->skipped0 : prev->skipped;
	/* the sums of this pass start at zero */
	cx_logit_pass_begin(&s->fit);
	return s;
}

/*
 * The transition value to update in place: argument 0 when it is our
 * read-write expanded object, else a new one (the first row, or a copy).
 */
static CxExpandedState *
writable_state(FunctionCallInfo fcinfo, const char *what, RiskStep **copy_of)
{
	MemoryContext aggcxt,
				cxt;
	CxExpandedState *es;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("risk_step %s function called in non-aggregate context", what)));
	*copy_of = NULL;
	if (!PG_ARGISNULL(0))
	{
		Datum		d = PG_GETARG_DATUM(0);
		CxExpandedState *mine = cx_state_expanded(d, &step_kind);

		if (mine != NULL && VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
			return mine;
		*copy_of = state_of(d, CurrentMemoryContext);
	}
	es = cx_state_create(aggcxt, &step_kind, &cxt);
	return es;
}

/* a copy of s in cxt */
static RiskStep *
step_copy(const RiskStep *s, MemoryContext cxt)
{
	RiskStep   *c = step_new(cxt, s->k, s->newton, &s->opt);

	c->skipped = s->skipped;
	if (s->newton)
	{
		memcpy(c->fit.mean, s->fit.mean, sizeof(double) * cx_logit_fit_doubles(s->k));
		c->fit.n = s->fit.n;
		c->fit.positives = s->fit.positives;
		c->fit.ll = s->fit.ll;
		c->fit.base_pll = s->fit.base_pll;
		c->fit.iterations = s->fit.iterations;
		c->fit.halvings = s->fit.halvings;
		c->fit.have_base = s->fit.have_base;
		c->skipped0 = s->skipped0;
		c->n = s->n;
		c->positives = s->positives;
	}
	else if (s->k > 0)
	{
		c->mom.n = s->mom.n;
		c->mom.positives = s->mom.positives;
		memcpy(c->mom.mean, s->mom.mean, sizeof(double) * s->k);
		memcpy(c->mom.m2, s->mom.m2, sizeof(double) * s->k);
	}
	return c;
}

static Datum
step_trans(FunctionCallInfo fcinfo, bool has_options)
{
	RiskStep   *copy;
	CxExpandedState *es = writable_state(fcinfo, "transition", &copy);
	MemoryContext cxt = es->hdr.eoh_context;
	RiskStep   *s;
	ArrayType  *arr;
	double	   *x;
	double		xbuf[CX_LOGIT_MAX_FEATURES];
	bool		y;

	if (es->state == NULL)
		es->state = copy != NULL ? step_copy(copy, cxt) : first_row(fcinfo, cxt, has_options);
	s = (RiskStep *) es->state;
	/* the previous state and the options must be the same on every row */
	if (PG_ARGISNULL(1) == s->newton)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("risk_step got different previous states on different rows"),
				 errhint("Pass the same previous state (a constant) on every row of a group.")));
	if (!PG_ARGISNULL(1) && !s->prev_fixed)
	{
		same_argument(PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(1)), &s->prev_raw, &s->prev_len,
					  cxt, "previous states");
		s->prev_fixed = agg_arg_fixed(fcinfo, 0);
	}
	if (has_options && !PG_ARGISNULL(4) && !s->opt_fixed)
	{
		same_argument(PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(4)), &s->opt_raw, &s->opt_len,
					  cxt, "options");
		s->opt_fixed = agg_arg_fixed(fcinfo, 3);
	}
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		s->skipped++;
		PG_RETURN_DATUM(CX_STATE_DATUM(es));
	}
	arr = PG_GETARG_ARRAYTYPE_P(3);
	if (s->k == 0)
		step_set_k(s, cxt, ARR_NDIM(arr) == 1 ? ARR_DIMS(arr)[0] : 0);
	x = s->newton ? s->block + (Size) s->block_rows * (s->k + 1) + 1 : xbuf;
	if (!risk_features_arg(arr, s->k, x))
	{
		s->skipped++;
		PG_RETURN_DATUM(CX_STATE_DATUM(es));
	}
	y = PG_GETARG_BOOL(2);
	if (!s->newton)
		cx_logit_moments_add(&s->mom, y, x);
	else
	{
		x[-1] = y ? 1.0 : 0.0;
		s->n++;
		s->positives += y ? 1 : 0;
		if (++s->block_rows == CX_LOGIT_BLOCK)
			step_flush(s);
	}
	PG_RETURN_DATUM(CX_STATE_DATUM(es));
}

PG_FUNCTION_INFO_V1(risk_step_trans);
Datum
risk_step_trans(PG_FUNCTION_ARGS)
{
	return step_trans(fcinfo, false);
}

PG_FUNCTION_INFO_V1(risk_step_trans_options);
Datum
risk_step_trans_options(PG_FUNCTION_ARGS)
{
	return step_trans(fcinfo, true);
}

/* the point of a Newton pass: everything but this pass's counts and sums */
static bool
same_point(const RiskStep *a, const RiskStep *b)
{
	int			p = a->k + 1;
	const CxLogitFit *f = &a->fit,
			   *g = &b->fit;

	return a->k == b->k && f->n == g->n && f->positives == g->positives &&
		a->skipped0 == b->skipped0 && f->iterations == g->iterations &&
		f->halvings == g->halvings && f->have_base == g->have_base &&
		memcmp(&f->base_pll, &g->base_pll, sizeof(double)) == 0 &&
		memcmp(f->mean, g->mean, sizeof(double) * a->k) == 0 &&
		memcmp(f->sd, g->sd, sizeof(double) * a->k) == 0 &&
		memcmp(f->beta, g->beta, sizeof(double) * p) == 0 &&
		memcmp(f->base, g->base, sizeof(double) * p) == 0 &&
		memcmp(f->step, g->step, sizeof(double) * p) == 0;
}

static pg_noinline void
combine_error(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot combine risk_step states of different passes"),
			 errdetail("%s", detail),
			 errhint("Combine only the parts of one pass, computed from the same previous state.")));
}

/* a += b */
static void
step_add(RiskStep *a, MemoryContext cxt, const RiskStep *b)
{
	if (a->newton != b->newton)
		combine_error("One is a first pass, the other a Newton pass.");
	if (!options_equal(&a->opt, &b->opt))
		combine_error("Their options differ.");
	a->skipped += b->skipped;
	if (!a->newton)
	{
		if (b->k == 0)
			return;
		if (a->k == 0)
			step_set_k(a, cxt, b->k);
		if (a->k != b->k)
			combine_error(psprintf("One has %d features, the other %d.", a->k, b->k));
		cx_logit_moments_combine(&a->mom, &b->mom);
		return;
	}
	if (!same_point(a, b))
		combine_error("They were evaluated at different points.");
	step_flush(a);
	a->n += b->n;
	a->positives += b->positives;
	a->fit.ll += b->fit.ll;
	for (int j = 0; j < step_p(a); j++)
		a->fit.g[j] += b->fit.g[j];
	for (Size j = 0; j < (Size) step_p(a) * step_p(a); j++)
		a->fit.h[j] += b->fit.h[j];
}

PG_FUNCTION_INFO_V1(risk_step_combine);
Datum
risk_step_combine(PG_FUNCTION_ARGS)
{
	RiskStep   *copy;
	CxExpandedState *es;

	if (PG_ARGISNULL(0) && PG_ARGISNULL(1))
		PG_RETURN_NULL();
	es = writable_state(fcinfo, "combine", &copy);
	if (es->state == NULL)
	{
		if (copy != NULL)
			es->state = step_copy(copy, es->hdr.eoh_context);
		else
		{
			/* the first state: a copy of the second */
			es->state = step_copy(state_of(PG_GETARG_DATUM(1), CurrentMemoryContext),
								  es->hdr.eoh_context);
			PG_RETURN_DATUM(CX_STATE_DATUM(es));
		}
	}
	if (!PG_ARGISNULL(1))
		step_add(es->state, es->hdr.eoh_context, state_of(PG_GETARG_DATUM(1), CurrentMemoryContext));
	PG_RETURN_DATUM(CX_STATE_DATUM(es));
}

/*
 * The aggregate's result: the state, flat; NULL when no row had a usable
 * outcome and features (a NOTICE counts the skipped ones), as risk_fit.
 */
PG_FUNCTION_INFO_V1(risk_step_final);
Datum
risk_step_final(PG_FUNCTION_ARGS)
{
	RiskStep   *s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = state_of(PG_GETARG_DATUM(0), CurrentMemoryContext);
	if (!s->newton && s->mom.n == 0)
	{
		if (s->skipped > 0)
			ereport(NOTICE,
					(errmsg("risk_step skipped all " INT64_FORMAT " rows: each has a NULL outcome or feature",
							s->skipped)));
		PG_RETURN_NULL();
	}
	PG_RETURN_POINTER(PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0)));
}

/* ---- risk_fit_update ------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(risk_fit_update);
Datum
risk_fit_update(PG_FUNCTION_ARGS)
{
	RiskStep   *s;
	CxLogitFit	f;
	CxLogitStatus st;
	char	   *names = NULL;
	Size		names_len = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = state_of(PG_GETARG_DATUM(0), CurrentMemoryContext);
	if (s->k == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("risk_step's first pass has no rows"),
				 errhint("risk_step returns NULL over no rows: there is nothing to fit.")));
	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
		names = risk_names_from_array(PG_GETARG_ARRAYTYPE_P(1), s->k, &names_len);
	st = next_point(s, &f);
	if (st == CX_LOGIT_AGAIN)
		PG_RETURN_NULL();
	if (st != CX_LOGIT_DONE)
		risk_fit_error(names, s->k, &f, st);
	if (s->skipped0 > 0)
		ereport(NOTICE,
				(errmsg("risk_fit skipped " INT64_FORMAT " rows with a NULL outcome or feature", s->skipped0)));
	PG_RETURN_POINTER(risk_build_model(names, names_len, s->k, s->skipped0, &f));
}

/* ---- type I/O ------------------------------------------------------------------- */

static Datum
checked_flat(struct varlena *flat)
{
	(void) step_parse(VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat), CurrentMemoryContext);
	PG_RETURN_POINTER(flat);
}

PG_FUNCTION_INFO_V1(risk_step_state_in);
Datum
risk_step_state_in(PG_FUNCTION_ARGS)
{
	return checked_flat(cx_state_from_text(PG_GETARG_CSTRING(0), STEP_TEXT, STEP_TYPE));
}

PG_FUNCTION_INFO_V1(risk_step_state_out);
Datum
risk_step_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(cx_state_to_text(cx_state_flat(PG_GETARG_DATUM(0)), STEP_TEXT));
}

PG_FUNCTION_INFO_V1(risk_step_state_recv);
Datum
risk_step_state_recv(PG_FUNCTION_ARGS)
{
	return checked_flat(cx_state_recv((StringInfo) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(risk_step_state_send);
Datum
risk_step_state_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(cx_state_send(PG_GETARG_DATUM(0)));
}
