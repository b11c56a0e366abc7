/*
 * survey.c: CSAT and CES from answer counts (see survey.h).
 */
#include "survey.h"
#include "stats.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

bool
cx_survey_total(const int64_t *counts, int k, int64_t *total)
{
	int64_t		n = 0;
	int			i;

	for (i = 0; i < k; i++)
	{
		if (counts[i] < 0 || counts[i] > INT64_MAX - n)
			return false;
		n += counts[i];
	}
	*total = n;
	return true;
}

void
cx_survey_figures(const int64_t *counts, int k, int top_min, CxSurveyFigures *f)
{
	int64_t		n = 0;
	int64_t		top = 0;
	double		sum = 0.0;
	double		ss = 0.0;
	int			i;

	for (i = 0; i < k; i++)
	{
		n += counts[i];
		if (i + 1 >= top_min)
			top += counts[i];
		sum += (double) (i + 1) * (double) counts[i];
	}
	f->n = n;
	f->top = top;
	f->pct = f->pct_stderr = f->mean = f->sd = f->mean_stderr = NAN;
	if (n == 0)
		return;

	/* 100 * top is exact below 2^46 answers; never above 100 by rounding */
	f->pct = fmin(100.0, 100.0 * (double) top / (double) n);
	{
		double		p = (double) top / (double) n;

		f->pct_stderr = 100.0 * sqrt(p * (1.0 - p) / (double) n);
	}
	/* rounding of huge counts must not take the mean off the scale */
	f->mean = fmin((double) k, fmax(1.0, sum / (double) n));
	if (n < 2)
		return;
	/* two passes over at most ten distinct answers: no cancellation */
	for (i = 0; i < k; i++)
	{
		double		d = (double) (i + 1) - f->mean;

		ss += d * d * (double) counts[i];
	}
	f->sd = sqrt(ss / (double) (n - 1));
	f->mean_stderr = f->sd / sqrt((double) n);
}

void
cx_csat_figures(const int64_t *counts, int scale, CxSurveyFigures *f)
{
	cx_survey_figures(counts, scale, scale - 1, f);
}

void
cx_ces_figures(const int64_t *counts, CxSurveyFigures *f)
{
	cx_survey_figures(counts, CX_CES_MAX, CX_CES_EASY_MIN, f);
}

bool
cx_wilson_interval(int64_t successes, int64_t n, double level, double *lo, double *hi)
{
	double		z,
				p,
				nn,
				z2,
				denom,
				centre,
				half;

	*lo = *hi = NAN;
	if (n <= 0 || successes < 0 || successes > n || !(level > 0.0 && level < 1.0))
		return false;
	z = cx_norm_critical(level);
	nn = (double) n;
	p = (double) successes / nn;
	z2 = z * z;
	denom = 1.0 + z2 / nn;
	centre = (p + z2 / (2.0 * nn)) / denom;
	half = z * sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denom;
	/* exact ends at p = 0 and p = 1, and never outside [0, 1] by rounding */
	*lo = successes == 0 ? 0.0 : fmax(0.0, centre - half);
	*hi = successes == n ? 1.0 : fmin(1.0, centre + half);
	*lo *= 100.0;
	*hi *= 100.0;
	return true;
}

bool
cx_mean_interval(const CxSurveyFigures *f, int k, double level, double *lo, double *hi)
{
	double		t;

	*lo = *hi = NAN;
	if (f->n < 2 || !(level > 0.0 && level < 1.0))
		return false;
	t = cx_t_critical(level, (double) (f->n - 1));
	*lo = fmax(1.0, f->mean - t * f->mean_stderr);
	*hi = fmin((double) k, f->mean + t * f->mean_stderr);
	return true;
}

/* ---- text form ------------------------------------------------------------ */

static const char *
skip_spaces(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v')
		p++;
	return p;
}

/*
 * A run of decimal digits as a non-negative int64; false when there is no
 * digit or the value does not fit.
 */
static bool
parse_uint64(const char **pp, int64_t *out)
{
	const char *p = *pp;
	int64_t		v = 0;

	if (*p < '0' || *p > '9')
		return false;
	while (*p >= '0' && *p <= '9')
	{
		int			d = *p - '0';

		if (v > (INT64_MAX - d) / 10)
			return false;
		v = v * 10 + d;
		p++;
	}
	*pp = p;
	*out = v;
	return true;
}

#define FAIL(code, ...) \
	do { if (detail_len > 0) snprintf(detail, detail_len, __VA_ARGS__); return (code); } while (0)

CxSurveyParseError
cx_survey_parse(const char *str, bool with_scale, int *scale, int64_t *counts,
				char *detail, size_t detail_len)
{
	const char *p = str;
	bool		seen[CX_SURVEY_MAX_VALUES] = {false};
	int			k = with_scale ? -1 : CX_CES_MAX;
	int64_t		total = 0;
	int			i;

	if (detail_len > 0)
		detail[0] = '\0';
	for (i = 0; i < CX_SURVEY_MAX_VALUES; i++)
		counts[i] = 0;
	*scale = with_scale ? 0 : CX_CES_MAX;

	p = skip_spaces(p);
	if (*p != '{')
		FAIL(CX_SURVEY_SYNTAX, "The value must start with \"{\".");
	p = skip_spaces(p + 1);
	if (*p == '}')
	{
		if (with_scale)
			FAIL(CX_SURVEY_BAD_SCALE, "The scale is missing: the first key must be \"scale\".");
		p++;
	}
	else
	{
		for (;;)
		{
			int64_t		key = 0,
						value = 0;
			bool		is_scale = false;

			if (strncmp(p, "scale", 5) == 0)
			{
				if (!with_scale)
					FAIL(CX_SURVEY_SYNTAX, "A ces_state has no \"scale\" key: its answers are 1 to %d.", CX_CES_MAX);
				if (k >= 0)
					FAIL(CX_SURVEY_BAD_SCALE, "The key \"scale\" must appear once, first.");
				is_scale = true;
				key = 0;
				p += 5;
			}
			else
			{
				if (with_scale && k < 0)
					FAIL(CX_SURVEY_BAD_SCALE, "The scale is missing: the first key must be \"scale\".");
				if (!parse_uint64(&p, &key))
				{
					if (*p == '-' && p[1] >= '0' && p[1] <= '9')
						FAIL(CX_SURVEY_BAD_ANSWER, "Answers must be whole numbers from 1 to %d.", k);
					FAIL(CX_SURVEY_SYNTAX, "Expected an answer (a whole number) or \"}\" at \"%.20s\".", p);
				}
				if (key < 1 || key > k)
					FAIL(CX_SURVEY_BAD_ANSWER, "Answer %" PRId64 " is outside the scale: answers must be whole numbers from 1 to %d.", key, k);
			}
			p = skip_spaces(p);
			if (*p != ':')
				FAIL(CX_SURVEY_SYNTAX, "Expected \":\" at \"%.20s\".", p);
			p = skip_spaces(p + 1);
			if (*p == '-' && p[1] >= '0' && p[1] <= '9')
			{
				if (is_scale)
					FAIL(CX_SURVEY_BAD_SCALE, "The scale must be between %d and %d.", CX_CSAT_SCALE_MIN, CX_CSAT_SCALE_MAX);
				FAIL(CX_SURVEY_BAD_COUNT, "The count of answer %" PRId64 " is negative.", key);
			}
			if (!parse_uint64(&p, &value))
			{
				if (*p >= '0' && *p <= '9')
				{
					if (is_scale)
						FAIL(CX_SURVEY_BAD_SCALE, "The scale must be between %d and %d.", CX_CSAT_SCALE_MIN, CX_CSAT_SCALE_MAX);
					FAIL(CX_SURVEY_BAD_COUNT, "The count of answer %" PRId64 " does not fit in a bigint.", key);
				}
				FAIL(CX_SURVEY_SYNTAX, "Expected a count (a whole number) at \"%.20s\".", p);
			}
			if (is_scale)
			{
				if (value < CX_CSAT_SCALE_MIN || value > CX_CSAT_SCALE_MAX)
					FAIL(CX_SURVEY_BAD_SCALE, "The scale %" PRId64 " is not between %d and %d.", value, CX_CSAT_SCALE_MIN, CX_CSAT_SCALE_MAX);
				k = (int) value;
				*scale = k;
			}
			else
			{
				if (key < 1 || key > CX_SURVEY_MAX_VALUES || seen[key - 1])
					FAIL(CX_SURVEY_DUPLICATE, "Answer %" PRId64 " is listed more than once.", key);
				seen[key - 1] = true;	/* checked above: 1 <= key <= k */
				if (value > INT64_MAX - total)
					FAIL(CX_SURVEY_OVERFLOW, "The counts add up to more than the largest bigint.");
				total += value;
				counts[key - 1] = value;
			}
			p = skip_spaces(p);
			if (*p == ',')
			{
				p = skip_spaces(p + 1);
				continue;
			}
			if (*p == '}')
			{
				p++;
				break;
			}
			FAIL(CX_SURVEY_SYNTAX, "Expected \",\" or \"}\" at \"%.20s\".", p);
		}
	}
	p = skip_spaces(p);
	if (*p != '\0')
		FAIL(CX_SURVEY_SYNTAX, "Unexpected text after \"}\": \"%.20s\".", p);
	return CX_SURVEY_OK;
}

size_t
cx_survey_format(char *buf, size_t buf_len, int scale, const int64_t *counts, int k)
{
	size_t		len = 0;
	bool		first = true;
	int			i;

#define EMIT(...) \
	do { \
		int			w_ = snprintf(buf + len, len < buf_len ? buf_len - len : 0, __VA_ARGS__); \
		if (w_ > 0) len += (size_t) w_; \
	} while (0)

	EMIT("{");
	if (scale >= 0)
	{
		EMIT("scale:%d", scale);
		first = false;
	}
	for (i = 0; i < k; i++)
	{
		if (counts[i] == 0)
			continue;
		EMIT("%s%d:%" PRId64, first ? "" : ",", i + 1, counts[i]);
		first = false;
	}
	EMIT("}");
#undef EMIT
	return len;
}
