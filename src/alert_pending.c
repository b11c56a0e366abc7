/*-------------------------------------------------------------------------
 *
 * alert_pending.c
 *	  The alerts a transaction raises are queued by the triggers and written
 *	  when it commits (or prepares), in the order of their scope keys.
 *
 * Why not at once, row by row: two bulk loads over overlapping customers in
 * different orders would each hold some customers' open alerts and wait
 * for the other's, a deadlock.  Taken in one global order (the 64-bit
 * cooldown key, the same in every session) no transaction can wait for
 * another that waits for it.  Writing at commit also means a transaction
 * holds no alert key while it loads, so others wait for it only from its
 * commit on, and only for the same scope and subject.
 *
 * The queue is in the transaction's memory: what a queued alert costs is
 * its strings and details (a few hundred bytes) until commit.  Alerts
 * queued in a subtransaction that rolls back are dropped with it: at
 * ABORT_SUB every item queued since that subtransaction began (its own and
 * its children's, which have higher SubTransactionIds) is marked dead.
 * The catalog of cx_alert (alert_catalog) is kept per backend and rebuilt
 * on a relcache invalidation of cx_alert.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"

#include "access/xact.h"
#include "utils/datum.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "alert_internal.h"

typedef struct PendingItem
{
	int64		seq;			/* queue order, for ties and subtransactions */
	SubTransactionId subxid;	/* where it was queued */
	int			spec;			/* index into pend_specs */
	AlertEvent	ev;
} PendingItem;

/* a subtransaction rolled back: items queued since it began are dead */
typedef struct PendingAbort
{
	SubTransactionId subxid;
	int64		before_seq;
} PendingAbort;

static MemoryContext pend_cxt = NULL;	/* child of TopTransactionContext */
static PendingItem *pend_items = NULL;
static int	pend_n = 0;
static int	pend_cap = 0;
static AlertSpec *pend_specs = NULL;
static int	pend_nspecs = 0;
static int	pend_specs_cap = 0;
static PendingAbort *pend_aborts = NULL;
static int	pend_naborts = 0;
static int	pend_aborts_cap = 0;
static int64 pend_seq = 0;
static bool pend_registered = false;

/* cx_alert's catalog for the flush, per backend */
static AlertTrigConfig *pend_cat = NULL;
static MemoryContext pend_cat_cxt = NULL;
static MemoryContext pend_flush_cxt = NULL;	/* set while a flush runs */

static void pend_xact_callback(XactEvent event, void *arg);
static void pend_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
								  SubTransactionId parentSubid, void *arg);

static void
pend_reset(void)
{
	/* the memory goes with TopTransactionContext */
	pend_cxt = NULL;
	pend_flush_cxt = NULL;
	pend_items = NULL;
	pend_n = pend_cap = 0;
	pend_specs = NULL;
	pend_nspecs = pend_specs_cap = 0;
	pend_aborts = NULL;
	pend_naborts = pend_aborts_cap = 0;
	pend_seq = 0;
}

/* grow an array allocated in pend_cxt to hold one more element */
static void *
pend_grow(void *arr, int n, int *cap, Size elem)
{
	if (n < *cap)
		return arr;
	*cap = *cap == 0 ? 16 : *cap * 2;
	if (arr == NULL)
		return MemoryContextAlloc(pend_cxt, elem * *cap);
	return repalloc_huge(arr, elem * *cap);
}

static void
pend_cat_invalidate(Datum arg, Oid relid)
{
	if (pend_cat != NULL && (relid == InvalidOid || relid == pend_cat->alert_rel))
		pend_cat = NULL;
}

/* cx_alert's catalog in schema nsp, rebuilt after an invalidation */
static AlertTrigConfig *
pend_catalog(Oid nsp)
{
	MemoryContext old;

	if (!pend_registered)
	{
		RegisterXactCallback(pend_xact_callback, NULL);
		RegisterSubXactCallback(pend_subxact_callback, NULL);
		CacheRegisterRelcacheCallback(pend_cat_invalidate, (Datum) 0);
		pend_registered = true;
	}
	if (pend_cat != NULL && pend_cat->alert_nsp == nsp)
		return pend_cat;
	/*
	 * A flush may be using the old copy (a trigger fired by its SQL fold can
	 * come here): it goes with the flush's memory then, else at once.
	 */
	if (pend_cat_cxt != NULL)
	{
		if (pend_flush_cxt != NULL)
			MemoryContextSetParent(pend_cat_cxt, pend_flush_cxt);
		else
			MemoryContextDelete(pend_cat_cxt);
	}
	pend_cat_cxt = AllocSetContextCreate(CacheMemoryContext, "cx_metrics alert catalog",
										 ALLOCSET_SMALL_SIZES);
	pend_cat = NULL;
	old = MemoryContextSwitchTo(pend_cat_cxt);
	{
		AlertTrigConfig *cat = palloc0(sizeof(AlertTrigConfig));

		alert_catalog(cat, nsp);
		pend_cat = cat;
	}
	MemoryContextSwitchTo(old);
	return pend_cat;
}

/*
 * The few catalog fields a trigger needs before its alerts are written (the
 * schema, the owner of cx_alert, which cx_alert is, whether the key hashes
 * the scope), from the backend's catalog: the triggers never write cx_alert
 * themselves, so they need not build its index descriptions again.
 */
void
alert_catalog_fields(AlertTrigConfig *cfg, Oid nsp)
{
	AlertTrigConfig *cat = pend_catalog(nsp);

	cfg->alert_nsp = cat->alert_nsp;
	cfg->alert_rel = cat->alert_rel;
	cfg->alert_owner = cat->alert_owner;
	cfg->hashed_idx = cat->hashed_idx;
	cfg->has_scope = cat->has_scope;
}

/* the index of cfg's spec in pend_specs, added on first use */
static int
pend_spec(AlertTrigConfig *cfg)
{
	AlertSpec  *sp;
	int			i;

	for (i = 0; i < pend_nspecs; i++)
		if (pend_specs[i].config_id == cfg->config_id && pend_specs[i].nsp == cfg->alert_nsp &&
			pend_specs[i].relay == cfg->relay && strcmp(pend_specs[i].kind_name, cfg->kind_name) == 0 &&
			(!cfg->relay || strcmp(pend_specs[i].source, cfg->source) == 0))
			return i;
	pend_specs = pend_grow(pend_specs, pend_nspecs, &pend_specs_cap, sizeof(AlertSpec));
	sp = &pend_specs[pend_nspecs];
	sp->nsp = cfg->alert_nsp;
	sp->config_id = cfg->config_id;
	sp->kind_name = MemoryContextStrdup(pend_cxt, cfg->kind_name);
	sp->channel = MemoryContextStrdup(pend_cxt, cfg->channel);
	sp->source = MemoryContextStrdup(pend_cxt, cfg->source);
	sp->scope = MemoryContextStrdup(pend_cxt, cfg->scope);
	sp->cooldown_us = cfg->cooldown_us;
	sp->deferred = cfg->deferred;
	sp->payload_subject = cfg->payload_subject;
	sp->payload_key = cfg->payload_key;
	sp->relay = cfg->relay;
	return pend_nspecs++;
}

static bool
pend_alive(const PendingItem *it)
{
	int			i;

	for (i = 0; i < pend_naborts; i++)
		if (it->subxid >= pend_aborts[i].subxid && it->seq < pend_aborts[i].before_seq)
			return false;
	return true;
}

static int
pend_cmp(const void *a, const void *b)
{
	const PendingItem *x = (const PendingItem *) a;
	const PendingItem *y = (const PendingItem *) b;

	if (x->ev.ckey != y->ev.ckey)
		return x->ev.ckey < y->ev.ckey ? -1 : 1;
	return x->seq < y->seq ? -1 : (x->seq > y->seq ? 1 : 0);
}

/*
 * Raise everything queued, in key order.  Raising can queue more (a user's
 * trigger on cx_alert fired by the contended fold's UPDATE inserting into
 * a table with alerts): loop until the queue stays empty.
 */
static void
pend_flush(bool preparing)
{
	MemoryContext tmp;
	bool		pushed = false;

	if (pend_n == 0)
		return;
	tmp = AllocSetContextCreate(CurrentMemoryContext, "cx_metrics alert flush", ALLOCSET_DEFAULT_SIZES);
	pend_flush_cxt = AllocSetContextCreate(tmp, "cx_metrics old alert catalogs", ALLOCSET_SMALL_SIZES);
	if (!ActiveSnapshotSet())
	{
		PushActiveSnapshot(GetTransactionSnapshot());
		pushed = true;
	}
	while (pend_n > 0)
	{
		PendingItem *items = pend_items;
		int			n = pend_n;
		int			i;

		pend_items = NULL;
		pend_n = pend_cap = 0;
		qsort(items, n, sizeof(PendingItem), pend_cmp);
		for (i = 0; i < n; i++)
		{
			MemoryContext old;

			if (!pend_alive(&items[i]))
				continue;
			old = MemoryContextSwitchTo(tmp);
			if (pend_specs[items[i].spec].relay)
				alert_relay_insert(pend_catalog(pend_specs[items[i].spec].nsp), &pend_specs[items[i].spec],
								   &items[i].ev);
			else
				alert_raise_now(pend_catalog(pend_specs[items[i].spec].nsp), &pend_specs[items[i].spec],
								&items[i].ev, preparing);
			MemoryContextSwitchTo(old);
			MemoryContextReset(tmp);
			pend_flush_cxt = AllocSetContextCreate(tmp, "cx_metrics old alert catalogs",
												   ALLOCSET_SMALL_SIZES);
		}
	}
	if (pushed)
		PopActiveSnapshot();
	pend_flush_cxt = NULL;
	MemoryContextDelete(tmp);
}

static void
pend_xact_callback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
			pend_flush(false);
			break;
		case XACT_EVENT_PRE_PREPARE:
			pend_flush(true);
			break;
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:

			/*
			 * Only another extension's pre-commit callback, run after ours,
			 * could have queued more: too late to write them, but not
			 * silently.
			 */
			if (pend_n > 0)
				ereport(WARNING,
						(errcode(ERRCODE_INTERNAL_ERROR),
						 errmsg("%d alerts queued after the transaction's alerts were written were not raised",
								pend_n)));
			pend_reset();
			break;
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_PREPARE:
			pend_reset();
			break;
	}
}

static void
pend_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
					  SubTransactionId parentSubid, void *arg)
{
	if (event != SUBXACT_EVENT_ABORT_SUB || pend_n == 0)
		return;
	pend_aborts = pend_grow(pend_aborts, pend_naborts, &pend_aborts_cap, sizeof(PendingAbort));
	pend_aborts[pend_naborts].subxid = mySubid;
	pend_aborts[pend_naborts].before_seq = pend_seq;
	pend_naborts++;
}

/*
 * Queue an alert (see alert_internal.h): its strings and details are
 * copied into the transaction's memory, its key computed once.
 */
void
alert_raise(AlertTrigConfig *cfg, const char *severity, const char *key,
			const char *subject, Datum details)
{
	PendingItem *it;
	const char *scope = cfg->has_scope ? cfg->scope : cfg->kind_name;

	(void) pend_catalog(cfg->alert_nsp);	/* registers the callbacks */
	if (pend_cxt == NULL)
		pend_cxt = AllocSetContextCreate(TopTransactionContext, "cx_metrics pending alerts",
										 ALLOCSET_DEFAULT_SIZES);
	pend_items = pend_grow(pend_items, pend_n, &pend_cap, sizeof(PendingItem));
	it = &pend_items[pend_n];
	it->seq = pend_seq++;
	it->subxid = GetCurrentSubTransactionId();
	it->spec = pend_spec(cfg);
	it->ev.severity = MemoryContextStrdup(pend_cxt, severity);
	it->ev.key = key ? MemoryContextStrdup(pend_cxt, key) : NULL;
	it->ev.subject = subject ? MemoryContextStrdup(pend_cxt, subject) : NULL;
	{
		MemoryContext old = MemoryContextSwitchTo(pend_cxt);

		it->ev.details = datumCopy(details, false, -1);
		MemoryContextSwitchTo(old);
	}
	it->ev.ckey = subject ? cx_alert_cooldown_key(scope, strlen(scope), subject, strlen(subject)) : 0;
	pend_n++;
}
