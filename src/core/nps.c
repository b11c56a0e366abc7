/*
 * nps.c: Net Promoter Score arithmetic on exact answer counts (see nps.h).
 */
#include "nps.h"
#include "stats.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void
cx_nps_init(CxNpsState *s)
{
	memset(s, 0, sizeof(*s));
}

bool
cx_nps_valid(const CxNpsState *s)
{
	int64_t		total = 0;

	for (int i = 0; i < CX_NPS_NSCORES; i++)
	{
		if (s->counts[i] < 0)
			return false;
		if (__builtin_add_overflow(total, s->counts[i], &total))
			return false;
	}
	return total == s->n;
}

static inline bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static inline const char *
skip_space(const char *p)
{
	while (is_space(*p))
		p++;
	return p;
}

/* Describes the character at p for error details. */
static void
describe_at(const char *p, const char *expected, char *detail, size_t len)
{
	if (*p == '\0')
		snprintf(detail, len, "Unexpected end of input, expected %s.", expected);
	else if ((unsigned char) *p >= 0x20 && (unsigned char) *p < 0x7f)
		snprintf(detail, len, "Unexpected character \"%c\", expected %s.", *p, expected);
	else
		snprintf(detail, len, "Unexpected byte 0x%02x, expected %s.",
				 (unsigned) (unsigned char) *p, expected);
}

/*
 * Reads an unsigned decimal integer at *pp into *val.  Returns 0 on
 * success, -1 when there is no digit, 1 when it overflows int64.
 */
static int
read_uint(const char **pp, int64_t *val)
{
	const char *p = *pp;
	int64_t		v = 0;
	bool		overflow = false;

	if (*p < '0' || *p > '9')
		return -1;
	while (*p >= '0' && *p <= '9')
	{
		if (!overflow &&
			(__builtin_mul_overflow(v, 10, &v) ||
			 __builtin_add_overflow(v, *p - '0', &v)))
			overflow = true;
		p++;
	}
	*pp = p;
	*val = v;
	return overflow ? 1 : 0;
}

CxNpsParseError
cx_nps_parse(const char *str, CxNpsState *out, char *detail, size_t detail_len)
{
	const char *p = skip_space(str);
	CxNpsState	s;
	bool		seen[CX_NPS_NSCORES] = {false};

	cx_nps_init(&s);
	if (detail_len > 0)
		detail[0] = '\0';

	if (*p != '{')
	{
		describe_at(p, "\"{\"", detail, detail_len);
		return CX_NPS_PARSE_SYNTAX;
	}
	p = skip_space(p + 1);
	if (*p == '}')
		p++;
	else
	{
		for (;;)
		{
			int64_t		score;
			int64_t		count;
			int			r;
			bool		negative = false;

			/* score */
			if (*p == '-')
			{
				const char *q = p + 1;

				if (read_uint(&q, &score) >= 0)
				{
					snprintf(detail, detail_len,
							 "Score -%.*s is outside the range 0 to 10.",
							 (int) (q - p - 1 > 20 ? 20 : q - p - 1), p + 1);
					return CX_NPS_PARSE_SCORE_RANGE;
				}
			}
			r = read_uint(&p, &score);
			if (r < 0)
			{
				describe_at(p, "a score from 0 to 10", detail, detail_len);
				return CX_NPS_PARSE_SYNTAX;
			}
			if (r > 0 || score > CX_NPS_MAX_SCORE)
			{
				if (r > 0)
					snprintf(detail, detail_len, "A score is outside the range 0 to 10.");
				else
					snprintf(detail, detail_len, "Score %lld is outside the range 0 to 10.",
							 (long long) score);
				return CX_NPS_PARSE_SCORE_RANGE;
			}
			if (seen[score])
			{
				snprintf(detail, detail_len, "Score %lld is listed more than once.",
						 (long long) score);
				return CX_NPS_PARSE_DUPLICATE;
			}
			seen[score] = true;

			/* ":" */
			p = skip_space(p);
			if (*p != ':')
			{
				describe_at(p, "\":\" after a score", detail, detail_len);
				return CX_NPS_PARSE_SYNTAX;
			}
			p = skip_space(p + 1);

			/* count */
			if (*p == '-')
			{
				negative = true;
				p++;
			}
			r = read_uint(&p, &count);
			if (r < 0)
			{
				describe_at(p, "a count", detail, detail_len);
				return CX_NPS_PARSE_SYNTAX;
			}
			if (negative && !(r == 0 && count == 0))
			{
				snprintf(detail, detail_len, "The count of score %lld is negative.",
						 (long long) score);
				return CX_NPS_PARSE_NEGATIVE;
			}
			if (r > 0)
			{
				snprintf(detail, detail_len,
						 "The count of score %lld exceeds the largest bigint, 9223372036854775807.",
						 (long long) score);
				return CX_NPS_PARSE_OVERFLOW;
			}
			if (__builtin_add_overflow(s.n, count, &s.n))
			{
				snprintf(detail, detail_len,
						 "The total number of answers exceeds the largest bigint, 9223372036854775807.");
				return CX_NPS_PARSE_OVERFLOW;
			}
			s.counts[score] = count;

			/* "," or "}" */
			p = skip_space(p);
			if (*p == ',')
			{
				p = skip_space(p + 1);
				continue;
			}
			if (*p == '}')
			{
				p++;
				break;
			}
			describe_at(p, "\",\" or \"}\"", detail, detail_len);
			return CX_NPS_PARSE_SYNTAX;
		}
	}
	p = skip_space(p);
	if (*p != '\0')
	{
		describe_at(p, "end of input after \"}\"", detail, detail_len);
		return CX_NPS_PARSE_SYNTAX;
	}
	*out = s;
	return CX_NPS_PARSE_OK;
}

size_t
cx_nps_format(const CxNpsState *s, char *buf)
{
	char	   *p = buf;
	bool		first = true;

	*p++ = '{';
	for (int i = 0; i < CX_NPS_NSCORES; i++)
	{
		if (s->counts[i] == 0)
			continue;
		p += sprintf(p, "%s%d:%lld", first ? "" : ",", i, (long long) s->counts[i]);
		first = false;
	}
	*p++ = '}';
	*p = '\0';
	return (size_t) (p - buf);
}

bool
cx_nps_merge(CxNpsState *a, const CxNpsState *b)
{
	int64_t		n;

	/* counts never exceed the total, so a valid total means valid counts */
	if (__builtin_add_overflow(a->n, b->n, &n))
		return false;
	a->n = n;
	for (int i = 0; i < CX_NPS_NSCORES; i++)
		a->counts[i] += b->counts[i];
	return true;
}

bool
cx_nps_subtract(CxNpsState *a, const CxNpsState *b)
{
	for (int i = 0; i < CX_NPS_NSCORES; i++)
		if (b->counts[i] > a->counts[i])
			return false;
	for (int i = 0; i < CX_NPS_NSCORES; i++)
		a->counts[i] -= b->counts[i];
	a->n -= b->n;
	return true;
}

int64_t
cx_nps_promoters(const CxNpsState *s)
{
	return s->counts[9] + s->counts[10];
}

int64_t
cx_nps_passives(const CxNpsState *s)
{
	return s->counts[7] + s->counts[8];
}

int64_t
cx_nps_detractors(const CxNpsState *s)
{
	int64_t		d = 0;

	for (int i = 0; i <= 6; i++)
		d += s->counts[i];
	return d;
}

double
cx_nps_share(int64_t part, int64_t n)
{
	if (n <= 0)
		return NAN;
	return 100.0 * (double) part / (double) n;
}

double
cx_nps_value(const CxNpsState *s)
{
	if (s->n <= 0)
		return NAN;
	/* P - D is exact in int64: both are within [0, n] */
	return 100.0 * (double) (cx_nps_promoters(s) - cx_nps_detractors(s)) / (double) s->n;
}

double
cx_nps_mean(const CxNpsState *s)
{
	double		sum = 0.0;

	if (s->n <= 0)
		return NAN;
	for (int i = 1; i < CX_NPS_NSCORES; i++)
		sum += (double) i * (double) s->counts[i];
	return sum / (double) s->n;
}

/* p', d' and n' of the adjusted-Wald method. */
static void
adjusted(const CxNpsState *s, double *pa, double *da, double *na)
{
	*na = (double) s->n + 3.0;
	*pa = ((double) cx_nps_promoters(s) + 0.75) / *na;
	*da = ((double) cx_nps_detractors(s) + 0.75) / *na;
}

double
cx_nps_adjusted_value(const CxNpsState *s)
{
	double		pa,
				da,
				na;

	if (s->n <= 0)
		return NAN;
	adjusted(s, &pa, &da, &na);
	return 100.0 * (pa - da);
}

/* SE' as a fraction (not in NPS points). */
static double
adjusted_se(const CxNpsState *s)
{
	double		pa,
				da,
				na,
				var;

	adjusted(s, &pa, &da, &na);
	var = pa + da - (pa - da) * (pa - da);
	/* var > 0 always (p', d' > 0), but guard against rounding anyway */
	if (var < 0.0)
		var = 0.0;
	return sqrt(var / na);
}

double
cx_nps_stderr(const CxNpsState *s)
{
	if (s->n <= 0)
		return NAN;
	return 100.0 * adjusted_se(s);
}

double
cx_nps_margin(const CxNpsState *s, double level)
{
	double		z = cx_norm_critical(level);

	if (s->n <= 0 || isnan(z))
		return NAN;
	return 100.0 * z * adjusted_se(s);
}

bool
cx_nps_interval(const CxNpsState *s, double level, double *lower, double *upper)
{
	double		center,
				margin;

	if (s->n <= 0)
		return false;
	margin = cx_nps_margin(s, level);
	if (isnan(margin))
		return false;
	center = cx_nps_adjusted_value(s);
	*lower = fmax(-100.0, center - margin);
	*upper = fmin(100.0, center + margin);
	return true;
}

bool
cx_nps_test(const CxNpsState *a, const CxNpsState *b,
			double *difference, double *z, double *p)
{
	double		sea,
				seb;

	if (a->n <= 0 || b->n <= 0)
		return false;
	sea = adjusted_se(a);
	seb = adjusted_se(b);
	*difference = cx_nps_value(a) - cx_nps_value(b);
	/* both SE' are > 0, so the denominator is too */
	*z = (cx_nps_adjusted_value(a) - cx_nps_adjusted_value(b)) / 100.0 /
		sqrt(sea * sea + seb * seb);
	*p = cx_norm_two_sided_p(*z);
	return true;
}

double
cx_nps_weighted_value(const double *w)
{
	/*
	 * Sums of up to 11 finite weight sums may exceed DBL_MAX; scaling by a
	 * power of two first is exact and keeps every sum finite.
	 */
	const double scale = 1.0 / 16.0;
	double		total = 0.0,
				prom,
				det = 0.0;

	for (int i = 0; i < CX_NPS_NSCORES; i++)
		total += w[i] * scale;
	if (!(total > 0.0))
		return NAN;
	prom = w[9] * scale + w[10] * scale;
	for (int i = 0; i <= 6; i++)
		det += w[i] * scale;
	return (prom - det) / total * 100.0;
}
