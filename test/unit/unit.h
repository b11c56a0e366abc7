/*
 * unit.h: a tiny test harness for the plain-C core (src/core), which is
 * compiled without PostgreSQL and run under ASan + UBSan by scripts/test.
 *
 *	 #include "unit.h"
 *	 UNIT_TEST(adds_up) { CHECK(1 + 1 == 2); CHECK_NEAR(0.1 + 0.2, 0.3, 1e-12); }
 *	 int main(void) { RUN(adds_up); return unit_report(); }
 *
 * The last line printed is "N cases, N checks, N failed"; the exit status is
 * non-zero when any check failed.
 */
#ifndef CX_UNIT_H
#define CX_UNIT_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int	unit_cases;
static int	unit_checks;
static int	unit_failed;

#define UNIT_TEST(name) static void name(void)
#define RUN(name) do { unit_cases++; name(); } while (0)

#define CHECK(cond) do { \
	unit_checks++; \
	if (!(cond)) { unit_failed++; \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_NEAR(a, b, tol) do { \
	double unit_a_ = (a), unit_b_ = (b); \
	unit_checks++; \
	if (!(fabs(unit_a_ - unit_b_) <= (tol))) { unit_failed++; \
		fprintf(stderr, "%s:%d: %s = %.17g, expected %.17g (tol %g)\n", \
				__FILE__, __LINE__, #a, unit_a_, unit_b_, (double) (tol)); } \
} while (0)

#define CHECK_STR(a, b) do { \
	const char *unit_a_ = (a), *unit_b_ = (b); \
	unit_checks++; \
	if (unit_a_ == NULL || unit_b_ == NULL || strcmp(unit_a_, unit_b_) != 0) { unit_failed++; \
		fprintf(stderr, "%s:%d: %s = \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, \
				unit_a_ ? unit_a_ : "(null)", unit_b_ ? unit_b_ : "(null)"); } \
} while (0)

static inline int
unit_report(void)
{
	printf("%d cases, %d checks, %d failed\n", unit_cases, unit_checks, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}

#endif
