/*
 * libFuzzer target: the driver_state text parser and formatter, and the
 * report on whatever state it accepts.  Any input must be either rejected
 * with an explanation or parsed into a valid state whose canonical text
 * parses back to the same state; the report of an accepted state must not
 * crash and must keep its invariants (ranks a permutation, R² in [0, 1]).
 */
#include "drivers.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void *ptrs[8];
static int	nptrs;

static void *
fuzz_alloc(size_t n)
{
	void	   *p = calloc(1, n);

	if (p == NULL || nptrs == 8)
		abort();
	ptrs[nptrs++] = p;
	return p;
}

static void
fuzz_free(void)
{
	while (nptrs > 0)
		free(ptrs[--nptrs]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);
	char		detail[256];
	CxDriversParsed p,
				q;
	const char *err;

	memcpy(s, data, size);
	s[size] = '\0';
	err = cx_drivers_parse(s, &p, fuzz_alloc, detail, sizeof(detail));
	if (err != NULL)
	{
		if (detail[0] == '\0')
			abort();
	}
	else
	{
		size_t		max = cx_drivers_format_max(p.k, p.names_len);
		char	   *buf = malloc(max + 1);
		size_t		len;
		int			nacc = p.k > 0 ? cx_drivers_nacc(p.k) : 0;
		int			i;

		len = cx_drivers_format(buf, max + 1, p.k, p.n, p.skipped,
								p.has_names ? p.names : NULL, p.hi, p.lo);
		if (len > max)
			abort();
		if (cx_drivers_parse(buf, &q, fuzz_alloc, detail, sizeof(detail)) != NULL)
			abort();
		if (q.k != p.k || q.n != p.n || q.skipped != p.skipped ||
			q.has_names != p.has_names || q.names_len != p.names_len ||
			(p.has_names && memcmp(p.names, q.names, p.names_len) != 0))
			abort();
		for (i = 0; i < nacc; i++)
			if (memcmp(&p.hi[i], &q.hi[i], sizeof(double)) != 0 ||
				memcmp(&p.lo[i], &q.lo[i], sizeof(double)) != 0)
				abort();
		if (p.k > 0 && p.k <= 6)
		{
			static CxDriversReport r;
			int			seen = 0;

			cx_drivers_report(p.k, p.n, p.hi, p.lo, &r);
			for (i = 0; i < p.k; i++)
			{
				if (r.rank[i] < 1 || r.rank[i] > p.k)
					abort();
				seen |= 1 << (r.rank[i] - 1);
				if (!isnan(r.corr[i]) && !(fabs(r.corr[i]) <= 1.0))
					abort();
			}
			if (seen != (1 << p.k) - 1)
				abort();
			if (!isnan(r.r2) && !(r.r2 >= 0.0 && r.r2 <= 1.0))
				abort();
		}
		free(buf);
	}
	fuzz_free();
	free(s);
	return 0;
}
