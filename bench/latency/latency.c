/*-------------------------------------------------------------------------
 *
 * latency.c
 *	  Benchmark-only client (not part of cx_metrics): the delay from a
 *	  COMMIT that raises an alert to the moment a LISTENing client receives
 *	  the alert's NOTIFY, for tables whose nps alert trigger delivers
 *	  "notify" (in the committing transaction) or "deferred" (a background
 *	  worker notifies after the commit).
 *
 * usage: latency [-n alerts] [-w warmup] [-t timeout_s] [-b first_customer]
 *				  [-c channel] [-q] TABLE[=LABEL] ...
 *
 * Two connections, both from the PG* environment variables, each in a
 * thread of its own: a listener (LISTEN channel), which stamps every
 * notification with the time (CLOCK_MONOTONIC) its thread woke up to read
 * it, and a writer.  For each alert the writer, in a transaction of its
 * own, inserts one detractor answer (score 0) for a customer that never
 * answered before (so the cooldown never folds it), runs COMMIT and takes
 * the time right after COMMIT returns, then reads the new alert's id from
 * cx_alert (config_id and source_key: alerts are written at commit) and
 * looks for the notification whose payload's "id" is the alert's among
 * the last ones the listener stamped, or waits for it.  The delay is receipt - COMMIT returned: negative when the
 * listener had it first (with "notify" the committing backend signals the
 * listening backend before it answers its own client).  Nothing is clamped.
 * Notifications with another id (a late one of an earlier alert) are
 * skipped; an alert not received within the timeout after its COMMIT is
 * counted as missed and left out of the percentiles.
 *
 * With several tables the alerts are interleaved (t1, t2, ..., t1, ...) so
 * that all of them see the same load; each table gets its own customers
 * (first_customer + 10,000,000 * its position), so that no alert folds
 * into another table's open alert whatever the scope of "one open alert"
 * (per kind and subject in 1.1).  The first `warmup` alerts of each table
 * are not counted.  Prints, per table: alerts, median and 99th percentile
 * (nearest rank), min, max, how many arrived before COMMIT returned, misses.
 *
 * -q (drain barrier, used after a run of bench/alerts.sh): one alert per
 * table, no warm-up; prints only its delay in ms, exits 2 when it was not
 * received.  With a worker that delivers in order, that is the time the
 * worker needed to clear the backlog the run left.
 *
 *-------------------------------------------------------------------------
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "libpq-fe.h"

#define CUSTOMERS_PER_TABLE 10000000LL

typedef struct Target
{
	const char *table;			/* as SQL: the caller's own tables */
	const char *label;
	char		config_id[32];
	long long	first_customer;
	double	   *delay_ms;		/* received alerts */
	int			received;
	int			missed;
	int			before_commit;
} Target;

static PGconn *writer;
static PGconn *listener;

/*
 * What the writer waits for and the listener thread found, under `mu`:
 * the id of the alert being committed (-1: none), whether its
 * notification came and when.
 */
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv;
/*
 * The last notifications seen (id, time), a ring: alerts are written at
 * commit, so the writer learns its alert's id only after COMMIT, by which
 * time the listener may already have it.
 */
#define SEEN_MAX 256
static long long seen_id[SEEN_MAX];
static double seen_at[SEEN_MAX];
static int	seen_next = 0;
static char listener_error[512];
static int stop_pipe[2];		/* written to end the listener thread */

static void
die(const char *fmt,...)
{
	va_list		ap;

	fprintf(stderr, "latency: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static PGconn *
connect_env(const char *name)
{
	const char *keys[] = {"application_name", NULL};
	const char *values[] = {name, NULL};
	PGconn	   *c = PQconnectdbParams(keys, values, 1);

	if (PQstatus(c) != CONNECTION_OK)
		die("cannot connect (%s): %s", name, PQerrorMessage(c));
	return c;
}

/* run a statement; expect `status`; return the result (caller clears) */
static PGresult *
run(PGconn *c, ExecStatusType status, const char *sql, int nparams,
	const char *const *params)
{
	PGresult   *r = PQexecParams(c, sql, nparams, NULL, params, NULL, NULL, 0);

	if (PQresultStatus(r) != status)
		die("%s: %s", sql, PQerrorMessage(c));
	return r;
}

static void
run_ok(PGconn *c, const char *sql)
{
	PQclear(run(c, PGRES_COMMAND_OK, sql, 0, NULL));
}

/*
 * The "id" of a payload such as {"id": 42, "kind": ...}, or -1: the first
 * "id" followed by a colon is the key (a string value "id" is followed by a
 * comma or a brace, and "config_id" does not match with its quotes).
 */
static long long
payload_id(const char *payload)
{
	for (const char *p = strstr(payload, "\"id\""); p != NULL; p = strstr(p + 1, "\"id\""))
	{
		const char *q = p + 4;
		char	   *end;
		long long	id;

		while (*q == ' ' || *q == '\t' || *q == '\n')
			q++;
		if (*q != ':')
			continue;
		q++;
		while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '"')
			q++;
		errno = 0;
		id = strtoll(q, &end, 10);
		if (end == q || errno != 0 || id < 0)
			return -1;
		return id;
	}
	return -1;
}

/* the one nps configuration of the target's table */
static void
read_config(Target *t)
{
	const char *params[] = {t->table};
	PGresult   *r = run(writer, PGRES_TUPLES_OK,
						"SELECT config_id FROM cx_alert_config "
						"WHERE table_name = $1::regclass AND kind = 'nps'",
						1, params);

	if (PQntuples(r) != 1)
		die("table %s has %d nps alert configurations, not one", t->table, PQntuples(r));
	snprintf(t->config_id, sizeof(t->config_id), "%s", PQgetvalue(r, 0, 0));
	PQclear(r);
}

/*
 * The listener thread: wake up when the listener's socket has data, stamp
 * the time, and hand the notification the writer waits for over to it.
 */
static void *
listen_loop(void *arg)
{
	for (;;)
	{
		struct pollfd pfd[2] = {{PQsocket(listener), POLLIN, 0}, {stop_pipe[0], POLLIN, 0}};
		PGnotify   *nt;
		double		now;

		if (poll(pfd, 2, -1) < 0)
		{
			if (errno == EINTR)
				continue;
			snprintf(listener_error, sizeof(listener_error), "poll: %s", strerror(errno));
			break;
		}
		now = now_ms();
		if (pfd[1].revents)
			return NULL;
		if (!PQconsumeInput(listener))
		{
			snprintf(listener_error, sizeof(listener_error), "listener: %s", PQerrorMessage(listener));
			break;
		}
		while ((nt = PQnotifies(listener)) != NULL)
		{
			long long	id = payload_id(nt->extra);

			pthread_mutex_lock(&mu);
			if (id >= 0)
			{
				seen_id[seen_next] = id;
				seen_at[seen_next] = now;
				seen_next = (seen_next + 1) % SEEN_MAX;
				pthread_cond_signal(&cv);
			}
			pthread_mutex_unlock(&mu);
			PQfreemem(nt);
		}
	}
	/* an error: wake the writer, which reports it */
	pthread_mutex_lock(&mu);
	pthread_cond_signal(&cv);
	pthread_mutex_unlock(&mu);
	return NULL;
}

/*
 * Raise one alert in table t for customer `customer`: its delay in ms in
 * *delay; false when it was not received within timeout_ms of its COMMIT.
 */
static bool
one_alert(Target *t, long long customer, double timeout_ms, double *delay)
{
	char		sql[512];
	char		cust[32];
	long long	id;
	const char *params[2];
	PGresult   *r;
	PGresult   *a;
	double		t_commit;
	struct timespec deadline;
	bool		received;

	snprintf(cust, sizeof(cust), "%lld", customer);
	params[0] = cust;
	run_ok(writer, "BEGIN");
	snprintf(sql, sizeof(sql),
			 "INSERT INTO %s (customer_id, score) VALUES ($1, 0) RETURNING response_id::text",
			 t->table);
	r = run(writer, PGRES_TUPLES_OK, sql, 1, params);
	run_ok(writer, "COMMIT");
	t_commit = now_ms();

	/* the alert is written at commit: its id, read afterwards */
	params[0] = t->config_id;
	params[1] = PQgetvalue(r, 0, 0);
	a = run(writer, PGRES_TUPLES_OK,
			"SELECT id FROM cx_alert WHERE config_id = $1 AND source_key = $2", 2, params);
	if (PQntuples(a) != 1)
		die("%s: %d new alerts for answer %s of customer %lld, not one (the customer had an open "
			"alert of this scope: use another -b)", t->table, PQntuples(a), params[1], customer);
	id = strtoll(PQgetvalue(a, 0, 0), NULL, 10);
	PQclear(a);
	PQclear(r);

	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += (time_t) (timeout_ms / 1000);
	deadline.tv_nsec += (long) ((timeout_ms - 1000.0 * (long long) (timeout_ms / 1000)) * 1e6);
	if (deadline.tv_nsec >= 1000000000L)
	{
		deadline.tv_sec++;
		deadline.tv_nsec -= 1000000000L;
	}
	received = false;
	pthread_mutex_lock(&mu);
	while (listener_error[0] == '\0')
	{
		int			k;

		for (k = 0; k < SEEN_MAX && !received; k++)
			if (seen_id[k] == id)
			{
				received = true;
				*delay = seen_at[k] - t_commit;
			}
		if (received || pthread_cond_timedwait(&cv, &mu, &deadline) == ETIMEDOUT)
			break;
	}
	pthread_mutex_unlock(&mu);
	if (listener_error[0] != '\0')
		die("%s", listener_error);
	return received;
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return (x > y) - (x < y);
}

static void
report(Target *t)
{
	double	   *d = t->delay_ms;
	int			n = t->received;
	double		median;
	int			rank;

	if (n == 0)
	{
		printf("  %-12s %7d %10s %10s %10s %10s %14d %7d\n", t->label, 0, "-", "-", "-", "-",
			   0, t->missed);
		return;
	}
	qsort(d, n, sizeof(double), cmp_double);
	median = (n % 2) ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
	rank = (99 * n + 99) / 100;	/* nearest rank: ceil(0.99 n) */
	printf("  %-12s %7d %10.3f %10.3f %10.3f %10.3f %14d %7d\n", t->label, n, median,
		   d[rank - 1], d[0], d[n - 1], t->before_commit, t->missed);
}

int
main(int argc, char **argv)
{
	int			nalerts = 1000;
	int			warmup = 20;
	double		timeout_ms = 5000;
	long long	first = 500000000;
	const char *channel = "cx_alerts";
	bool		quiet = false;
	Target	   *targets;
	int			ntargets;
	int			opt;
	char		sql[256];
	pthread_t	listener_thread;

	while ((opt = getopt(argc, argv, "n:w:t:b:c:q")) != -1)
	{
		switch (opt)
		{
			case 'n':
				nalerts = atoi(optarg);
				break;
			case 'w':
				warmup = atoi(optarg);
				break;
			case 't':
				timeout_ms = atof(optarg) * 1000;
				break;
			case 'b':
				first = atoll(optarg);
				break;
			case 'c':
				channel = optarg;
				break;
			case 'q':
				quiet = true;
				break;
			default:
				die("usage: latency [-n alerts] [-w warmup] [-t timeout_s] [-b first_customer] "
					"[-c channel] [-q] TABLE[=LABEL] ...");
		}
	}
	if (quiet)
	{
		nalerts = 1;
		warmup = 0;
	}
	ntargets = argc - optind;
	if (ntargets < 1 || nalerts < 1 || warmup < 0 || timeout_ms <= 0)
		die("usage: latency [-n alerts] [-w warmup] [-t timeout_s] [-b first_customer] "
			"[-c channel] [-q] TABLE[=LABEL] ...");
	if ((long long) (warmup + nalerts) > CUSTOMERS_PER_TABLE)
		die("at most %lld alerts per table", CUSTOMERS_PER_TABLE);

	writer = connect_env("cx_bench latency writer");
	listener = connect_env("cx_bench latency listener");
	{
		char	   *ident = PQescapeIdentifier(listener, channel, strlen(channel));

		snprintf(sql, sizeof(sql), "LISTEN %s", ident);
		PQfreemem(ident);
		run_ok(listener, sql);
	}

	targets = calloc(ntargets, sizeof(Target));
	if (targets == NULL)
		die("out of memory");
	{
		pthread_condattr_t ca;

		pthread_condattr_init(&ca);
		pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
		pthread_cond_init(&cv, &ca);
	}
	if (pipe(stop_pipe) != 0)
		die("pipe: %s", strerror(errno));
	if (pthread_create(&listener_thread, NULL, listen_loop, NULL) != 0)
		die("cannot start the listener thread");

	for (int k = 0; k < ntargets; k++)
	{
		Target	   *t = &targets[k];
		char	   *arg = argv[optind + k];
		char	   *eq = strchr(arg, '=');

		if (eq != NULL)
			*eq = '\0';
		t->table = arg;
		t->label = eq ? eq + 1 : arg;
		t->first_customer = first + k * CUSTOMERS_PER_TABLE;
		t->delay_ms = calloc(nalerts, sizeof(double));
		if (t->delay_ms == NULL)
			die("out of memory");
		read_config(t);
	}

	for (int i = 0; i < warmup + nalerts; i++)
	{
		for (int k = 0; k < ntargets; k++)
		{
			Target	   *t = &targets[k];
			double		delay;
			bool		received = one_alert(t, t->first_customer + i, timeout_ms, &delay);

			if (i < warmup)
				continue;
			if (!received)
				t->missed++;
			else
			{
				t->delay_ms[t->received++] = delay;
				if (delay < 0)
					t->before_commit++;
			}
		}
	}

	if (write(stop_pipe[1], "x", 1) != 1 || pthread_join(listener_thread, NULL) != 0)
		die("cannot stop the listener thread");

	if (quiet)
	{
		for (int k = 0; k < ntargets; k++)
		{
			if (targets[k].received == 0)
				return 2;
			printf("%.3f\n", targets[k].delay_ms[0]);
		}
		return 0;
	}
	printf("  %-12s %7s %10s %10s %10s %10s %14s %7s\n", "delivery", "alerts", "median ms",
		   "p99 ms", "min ms", "max ms", "before COMMIT", "missed");
	for (int k = 0; k < ntargets; k++)
		report(&targets[k]);
	PQfinish(writer);
	PQfinish(listener);
	return 0;
}
