/*
 * nps.h: Net Promoter Score arithmetic on exact answer counts.
 * Plain C: no PostgreSQL headers (unit-tested and fuzzed on its own).
 *
 * A state holds the exact number of answers of every score 0..10 and their
 * total.  Invariant kept by every function here: counts[i] >= 0 and
 * n == sum(counts) <= INT64_MAX, so totals and category sums never overflow.
 *
 * Definitions (scores 0..10):
 *	 promoters P = answers 9-10, passives = 7-8, detractors D = 0-6,
 *	 NPS = 100 * (P - D) / n.
 * Adjusted-Wald (Rocks 2016; Sauro & Lewis, MeasuringU):
 *	 n' = n + 3, p' = (P + 3/4) / n', d' = (D + 3/4) / n',
 *	 NPS' = p' - d', SE' = sqrt((p' + d' - (p' - d')^2) / n'),
 *	 interval = 100 * (NPS' -+ z * SE'), clipped to [-100, 100].
 */
#ifndef CX_CORE_NPS_H
#define CX_CORE_NPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CX_NPS_MIN_SCORE	0
#define CX_NPS_MAX_SCORE	10
#define CX_NPS_NSCORES		11

/* Version byte that starts the binary (send/recv) form of a state. */
#define CX_NPS_BINARY_VERSION	1

/*
 * The state.  This is also the in-memory (and on-disk) layout of the SQL
 * type nps_state: fixed length, 96 bytes, double-aligned.
 */
typedef struct CxNpsState
{
	int64_t		n;				/* total answers = sum of counts */
	int64_t		counts[CX_NPS_NSCORES];	/* answers of score 0..10 */
} CxNpsState;

/* Longest text form: "{" + 11 * ("10:" + 19 digits + ",") + "}" + NUL. */
#define CX_NPS_TEXT_MAX		280

/* Why a text state was rejected (see cx_nps_parse). */
typedef enum CxNpsParseError
{
	CX_NPS_PARSE_OK = 0,
	CX_NPS_PARSE_SYNTAX,		/* unexpected character or end */
	CX_NPS_PARSE_SCORE_RANGE,	/* a score outside 0..10 */
	CX_NPS_PARSE_DUPLICATE,		/* a score listed twice */
	CX_NPS_PARSE_NEGATIVE,		/* a negative count */
	CX_NPS_PARSE_OVERFLOW		/* a count or the total exceeds int64 */
} CxNpsParseError;

extern void cx_nps_init(CxNpsState *s);

/*
 * Checks the invariant (counts >= 0, total fits in int64 and equals n).
 * Used on every state that comes from outside (binary input).
 */
extern bool cx_nps_valid(const CxNpsState *s);

/*
 * Parses the text form "{score:count,...}" (whitespace allowed around every
 * token, scores in any order, each at most once, zero counts allowed).  On
 * failure returns the reason and writes a human-readable description of the
 * problem into detail (at most detail_len bytes, NUL-terminated).
 */
extern CxNpsParseError cx_nps_parse(const char *str, CxNpsState *out,
									char *detail, size_t detail_len);

/*
 * Writes the canonical text form: non-zero counts in ascending score order,
 * "{}" when empty.  buf must hold CX_NPS_TEXT_MAX bytes.  Returns the length.
 */
extern size_t cx_nps_format(const CxNpsState *s, char *buf);

/* a += b; false (a unchanged) when the total would overflow int64. */
extern bool cx_nps_merge(CxNpsState *a, const CxNpsState *b);

/* a -= b; false (a unchanged) when some count of b exceeds a's. */
extern bool cx_nps_subtract(CxNpsState *a, const CxNpsState *b);

/* Category sums. */
extern int64_t cx_nps_promoters(const CxNpsState *s);
extern int64_t cx_nps_passives(const CxNpsState *s);
extern int64_t cx_nps_detractors(const CxNpsState *s);

/*
 * Statistics.  All return NAN on an empty state (the caller maps that to
 * SQL NULL).  Shares and NPS values are in percent / NPS points.
 */
extern double cx_nps_value(const CxNpsState *s);	/* 100 (P - D) / n */
extern double cx_nps_share(int64_t part, int64_t n);	/* 100 part / n */
extern double cx_nps_mean(const CxNpsState *s);	/* mean score 0..10 */
extern double cx_nps_adjusted_value(const CxNpsState *s);	/* 100 NPS' */
extern double cx_nps_stderr(const CxNpsState *s);	/* 100 SE' */

/*
 * Adjusted-Wald interval at a two-sided confidence level (0 < level < 1):
 * 100 (NPS' -+ z SE') clipped to [-100, 100].  Returns false (and leaves
 * the outputs alone) for an empty state or a level out of range.
 */
extern bool cx_nps_interval(const CxNpsState *s, double level,
							double *lower, double *upper);

/* Half-width of that interval before clipping: 100 z SE'. */
extern double cx_nps_margin(const CxNpsState *s, double level);

/*
 * Two-sample test of NPS(a) = NPS(b):
 *	 difference = NPS(a) - NPS(b) (observed, in NPS points),
 *	 z = (NPS'_a - NPS'_b) / sqrt(SE'_a^2 + SE'_b^2)	(adjusted-Wald),
 *	 p = two-sided normal p-value of z.
 * Returns false when either state is empty.
 */
extern bool cx_nps_test(const CxNpsState *a, const CxNpsState *b,
						double *difference, double *z, double *p);

/*
 * Weighted NPS from per-score weight sums w[0..10] (each finite, >= 0):
 * 100 (W_promoters - W_detractors) / W; NAN when W == 0.
 */
extern double cx_nps_weighted_value(const double *w);

#endif
