/*
 * libFuzzer target: the logistic regression of core/logit.c on whatever
 * rows the input describes (1 to 4 features of small integers, scaled by a
 * power of ten the input picks, with or without an L2 penalty), and the
 * AUC accumulator on runs read from the same bytes.  A fit must end in one
 * of its statuses without a crash or an endless loop; a converged fit must
 * give finite coefficients and standard errors, a likelihood between the
 * null model's and zero, and a zero gradient at the optimum; the AUC must
 * lie in [0, 1].
 */
#include "logit.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_ROWS 400

static double xs[MAX_ROWS * 4];
static bool ys[MAX_ROWS];

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int			k,
				n;
	double		scale,
				coef[5],
				se[5],
				ll,
				mean[4],
				m2[4];
	CxLogitMoments m;
	CxLogitOptions o;
	CxLogitFit	f;
	CxLogitStatus st;
	CxAucAcc	a;
	double	   *work;

	if (size < 3)
		return 0;
	k = 1 + data[0] % 4;
	scale = pow(10.0, (int) (data[1] % 9) - 4);
	cx_logit_default_options(&o);
	o.l2 = (data[2] & 1) ? (data[2] >> 1) / 8.0 : 0.0;
	data += 3;
	size -= 3;
	n = (int) (size / (k + 1));
	if (n > MAX_ROWS)
		n = MAX_ROWS;
	cx_logit_moments_init(&m, k, mean, m2);
	for (int i = 0; i < n; i++)
	{
		const uint8_t *r = data + (size_t) i * (k + 1);

		ys[i] = r[0] & 1;
		for (int j = 0; j < k; j++)
			xs[i * k + j] = (double) (int8_t) r[j + 1] * scale;
		cx_logit_moments_add(&m, ys[i], xs + i * k);
	}
	work = malloc(sizeof(double) * cx_logit_fit_doubles(k));
	st = cx_logit_fit_init(&f, &m, &o, work);
	while (st == CX_LOGIT_AGAIN)
	{
		cx_logit_pass_begin(&f);
		for (int i = 0; i < n; i++)
			cx_logit_pass_row(&f, ys[i], xs + i * k);
		st = cx_logit_pass_end(&f);
		if (f.iterations > o.max_iterations || f.halvings > 64)
			abort();
	}
	if (st == CX_LOGIT_DONE)
	{
		double		g[5] = {0};

		cx_logit_result(&f, coef, se, &ll);
		for (int j = 0; j <= k; j++)
			if (!isfinite(coef[j]) || !isfinite(se[j]) || se[j] < 0)
				abort();
		if (!(ll <= 1e-9) || (o.l2 == 0 && ll < cx_logit_null_loglik(m.n, m.positives) - 1e-6 * (1 + fabs(ll))))
			abort();
		/* unpenalized: the residuals sum to zero, also against each feature */
		if (o.l2 == 0)
		{
			for (int i = 0; i < n; i++)
			{
				double		r = (ys[i] ? 1.0 : 0.0) - cx_logit_sigmoid(cx_logit_log_odds(k, coef, xs + i * k));

				g[0] += r;
				for (int j = 0; j < k; j++)
					g[j + 1] += r * (xs[i * k + j] - f.mean[j]) / f.sd[j];
			}
			for (int j = 0; j <= k; j++)
				if (!(fabs(g[j]) <= 1e-4 * n))
					abort();
		}
	}
	cx_auc_init(&a);
	for (size_t i = 0; i + 1 < size; i += 2)
		cx_auc_run(&a, data[i] % 7, data[i + 1] % 5);
	{
		double		auc = cx_auc_value(&a);

		if (!isnan(auc) && !(auc >= 0.0 && auc <= 1.0))
			abort();
	}
	free(work);
	return 0;
}
