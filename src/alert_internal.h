/*-------------------------------------------------------------------------
 *
 * alert_internal.h
 *	  The alert write path shared by the row triggers (src/alert.c) and the
 *	  statement triggers (src/alert_stmt.c): every kind queues its alerts
 *	  with alert_raise() (src/alert_pending.c), which writes them at commit
 *	  through alert_raise_now() (src/alert_raise.c: one open alert per scope
 *	  and subject inside the cooldown) and delivers a new or escalated one
 *	  with alert_deliver() (src/alert_delivery.c).
 *
 * A statement trigger fills in the fields alert_raise() reads: kind_name,
 * config_id, cooldown_us, channel, source, the shared settings through
 * alert_options(), and the cx_alert catalog fields through
 * alert_catalog_fields().
 *
 *-------------------------------------------------------------------------
 */
#ifndef CX_ALERT_INTERNAL_H
#define CX_ALERT_INTERNAL_H

#include "fmgr.h"
#include "nodes/execnodes.h"
#include "utils/jsonb.h"

#include "alert.h"

/* cx_alert's columns that the trigger fills in */
enum
{
	AA_ID, AA_KIND, AA_SEVERITY, AA_SOURCE_TABLE, AA_SOURCE_KEY, AA_SUBJECT,
	AA_DETAILS, AA_CHANNEL, AA_CONFIG_ID, AA_CREATED_AT, AA_OCCURRENCES,
	AA_LAST_SEEN_AT, AA_RESOLVED_AT,
	AA_SCOPE, AA_ESCALATED_AT,	/* since 1.2: 0 in a database not updated yet */
	AA_NCOLS
};

/* one trigger's configuration, parsed once per backend (see alert_cache) */
#define CX_ALERT_VOICE_CHURN		1
#define CX_ALERT_VOICE_ESCALATION	2
#define CX_ALERT_VOICE_DISTRESS		3

typedef struct AlertTrigConfig
{
	Oid			tgoid;			/* the trigger these were parsed for */
	Oid			relid;
	int32		config_id;
	cx_alert_score_kind kind;
	const char *kind_name;		/* nps_detractor, csat_low, ces_high_effort */
	int			threshold;
	int64		cooldown_us;
	char	   *channel;
	char	   *source;			/* schema-qualified table name */
	/* shared settings, see alert_options.c */
	const char *scope;			/* "config:<id>" or a user-chosen name */
	bool		deferred;		/* delivery: NOTIFY after commit by the worker */
	bool		payload_subject;	/* the NOTIFY payload carries the subject */
	bool		payload_key;	/* ... and the source row's key */
	bool		relay;			/* on a Citus shard: relayed to the coordinator */
	char	   *arg_config;		/* the configuration in the trigger's first
								 * argument (distributed tables), or NULL */
	int			score_att;
	Oid			score_type;
	int			subject_att;
	int			key_att;
	int			at_att;			/* 0 = none */
	int			ninclude;
	int		   *include_att;
	char	  **include_name;
	char	   *score_name;
	/* empathy alerts */
	bool		is_empathy;
	double		empathy_threshold;	/* alert when the score is below */
	int			role_att;		/* 0 = every row is an agent message */
	char	   *role_value;		/* the role column's text for agents */
	char	   *lang;			/* "es", "en" or NULL (detect) */
	bool		alert_on_anti;	/* any anti-empathy expression alerts */
	/*
	 * The customer's voice kinds ride on the empathy (text) trigger: its
	 * configuration row says "voice" (churn_intent, escalation_threat or
	 * customer_distress) and the threshold, 0..100, of the signal.
	 */
	int			voice_kind;		/* CX_ALERT_VOICE_*, 0 for empathy */
	double		voice_threshold;
	Oid			alert_owner;	/* owner of @extschema@.cx_alert */
	Oid			alert_nsp;
	Oid			alert_rel;		/* @extschema@.cx_alert */
	Oid			alert_idx;		/* its cooldown index, see alert_catalog() */
	bool		hashed_idx;		/* (cooldown key, created_at); else 1.0's
								 * (subject, kind, created_at) */
	bool		has_scope;		/* 1.2: the key hashes the scope, not the kind */
	Oid			alert_seq;		/* its id sequence */
	Oid			alert_pkey;		/* its primary key index */
	bool		direct_index;	/* cx_alert has exactly those two indexes */
	IndexInfo  *pkey_info;
	IndexInfo  *idx_info;
	AttrNumber	alert_att[AA_NCOLS];
	/* output functions of the table's columns, looked up on first use */
	int			natts;
	FmgrInfo   *out;
	MemoryContext cxt;
	bool		stale;			/* a relcache invalidation hit it */
} AlertTrigConfig;

/*
 * Look up @extschema@.cx_alert (schema nsp), its indexes, sequence, owner
 * and columns into cfg.
 */
extern void alert_catalog(AlertTrigConfig *cfg, Oid nsp);

/*
 * Only what a trigger needs of that catalog (alert_nsp, alert_rel,
 * alert_owner, hashed_idx, has_scope), from the backend's cached copy; see
 * alert_pending.c.
 */
extern void alert_catalog_fields(AlertTrigConfig *cfg, Oid nsp);

/*
 * Building the details jsonb: a key, and a string value (NULL: a JSON null)
 * cut at a character boundary to max_bytes, with "..." when cut.
 * pushJsonbValue() keeps the pointers, not the bytes, until the value is
 * finished: key and value must outlive the builder (palloc'd or static,
 * never a caller's stack buffer).
 */
extern void alert_jb_key(JsonbParseState **st, const char *key);
extern void alert_jb_string(JsonbParseState **st, const char *key, const char *value, int max_bytes);

/*
 * Run as owner (usually the extension's: the owner of cx_alert), in a
 * restricted security context with search_path = pg_catalog, pg_temp, and
 * back: what the write path and the configuration reads do around their
 * few SQL steps.  See alert_raise.c.
 */
typedef struct AlertOwnerSave
{
	Oid			userid;
	int			sec_context;
	int			nestlevel;
} AlertOwnerSave;

extern void alert_owner_enter(AlertOwnerSave *save, Oid owner);
extern void alert_owner_leave(AlertOwnerSave *save);

/* the executor's insertion of a new heap tuple's index entries (any indexes) */
extern void alert_exec_insert_indexes(Relation rel, HeapTuple tup);

/* a top-level member of a configuration's jsonb object, or NULL when absent */
extern JsonbValue *alert_config_member(Jsonb *config, const char *key);

/*
 * The shared settings (scope, delivery, payload) from a configuration's
 * jsonb, or read from cx_alert_config for cfg->config_id (row triggers;
 * cfg->alert_nsp, alert_owner and cxt set).  See alert_options.c.
 */
extern void alert_options(AlertTrigConfig *cfg, Jsonb *config);
extern void alert_read_options(AlertTrigConfig *cfg);

/*
 * Deliver a new or escalated alert's payload on channel: NOTIFY now, or
 * (deferred) queue it for the background worker.  See alert_delivery.c.
 */
extern void alert_deliver(Oid nsp, const char *channel, bool deferred, int64 alert_id,
						  const char *payload);

/*
 * What alert_raise_now() needs of a configuration, copied out of it when the
 * alert is queued (the configuration itself may be rebuilt or freed before
 * the transaction commits).
 */
typedef struct AlertSpec
{
	Oid			nsp;			/* the extension's schema */
	int32		config_id;
	const char *kind_name;
	const char *channel;
	const char *source;
	const char *scope;
	int64		cooldown_us;
	bool		deferred;
	bool		payload_subject;
	bool		payload_key;
	bool		relay;			/* fired on a Citus shard: to cx_alert_relay */
} AlertSpec;

/* one event to raise */
typedef struct AlertEvent
{
	const char *severity;
	const char *key;			/* NULL: none */
	const char *subject;		/* NULL: no cooldown */
	Datum		details;		/* jsonb */
	int64		ckey;			/* cx_alert_cooldown_key(scope, subject) */
} AlertEvent;

/*
 * Queue an alert of cfg->kind_name for subject (NULL: no cooldown); it is
 * raised (or folded into the open one of its scope inside the cooldown)
 * when the transaction commits or prepares, in the order of the scope keys.
 * details is a jsonb Datum.  See alert_pending.c.
 */
extern void alert_raise(AlertTrigConfig *cfg, const char *severity, const char *key,
						const char *subject, Datum details);

/*
 * Citus (alert_relay.c): is rel a shard of a distributed table (whose
 * alerts are relayed to the coordinator)?  Write one event of a shard's
 * trigger to this node's cx_alert_relay.
 */
extern bool alert_relay_is_shard(Relation rel);
extern void alert_relay_insert(AlertTrigConfig *cat, const AlertSpec *sp, const AlertEvent *ev);

/*
 * The configuration carried by a trigger's first argument, "<config_id>
 * <config>" (triggers on distributed tables), as a jsonb object; NULL when
 * arg is NULL.  An error when it is not a JSON object.
 */
extern Jsonb *alert_arg_config(const char *trigname, const char *arg);

/* wake this database's delivery worker at commit; see alert_delivery.c */
extern void alert_delivery_wake_at_commit(void);

/* raise one queued alert now; see alert_raise.c */
extern void alert_raise_now(AlertTrigConfig *cat, const AlertSpec *sp, const AlertEvent *ev,
							bool preparing);

#endif							/* CX_ALERT_INTERNAL_H */
