/*-------------------------------------------------------------------------
 *
 * empathy_lexicon.c
 *	  The empathy lexicon: loading it from the extension's view, compiling it
 *	  once per session and change, and noticing changes made by any session.
 *
 * The lexicon is read as the extension's owner (see lexicon_load_guts): any
 * role that may execute the empathy functions can score with it, with no
 * grant on the lexicon, and the result never depends on which role happened
 * to load it first in the session.  Editing it stays the DBA's right: the
 * view and its tables keep their privileges.
 *
 * Changes are noticed through relcache invalidation: a statement trigger on
 * the lexicon's tables calls empathy_lexicon_invalidate(), which queues a
 * relcache invalidation of the table.  PostgreSQL delivers it to the own
 * backend at the next command and to every other backend when the
 * transaction commits (and undoes it locally on abort), and our relcache
 * callback then marks the compiled lexicon stale; the next use recompiles.
 *
 *-------------------------------------------------------------------------
 */
#include "cx_metrics.h"
#include "empathy_agg.h"
#include "voice.h"

#include "lib/stringinfo.h"

#include "commands/trigger.h"
#include "common/int.h"
#include "access/xact.h"
#include "executor/spi.h"
#include "storage/proc.h"
#include "mb/pg_wchar.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "miscadmin.h"
#include "utils/memutils.h"

/* the GUC cx_metrics.reply_target: its text, and the target it gives */
static char *reply_target_text = NULL;
int64		cx_empathy_reply_target_usec = 120 * USECS_PER_SEC;


static CxLexicon lexicon;
static MemoryContext lexicon_cxt = NULL;
static bool lexicon_valid = false;
static uint64 lexicon_gen = 0;	/* loads so far: keys the memo below */
static bool callback_registered = false;
/*
 * The tables compiled into the automaton: the empathy lexicon, the voice
 * lexicon and the topic taxonomy, each shipped + the DBA's edits.  The
 * voice's are absent while the extension is at 1.1 (its library is shared
 * with 1.2).
 */
#define LEXICON_NRELS 6
static const char *const lexicon_relnames[LEXICON_NRELS] = {
	"empathy_lexicon_user", "empathy_lexicon_shipped", "voice_lexicon_user",
	"voice_lexicon_shipped", "voice_taxonomy_user", "voice_taxonomy_shipped"
};
static Oid	lexicon_relids[LEXICON_NRELS];

static void
lexicon_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid)
		lexicon_valid = false;
	for (int i = 0; i < LEXICON_NRELS; i++)
		if (relid == lexicon_relids[i])
			lexicon_valid = false;
}

/*
 * Parse an interval the way interval_in does ('1 hour', '90 seconds',
 * '00:02:00', '2min', 'PT2M'), but with the datetime parser's error codes
 * rather than ereport: a GUC check hook must not throw (it also runs when the
 * server reloads postgresql.conf), and this works alike on every supported
 * version, without their different soft-error APIs.  Returns false when the
 * text is not an interval.
 */
static bool
parse_interval(const char *str, Interval *result)
{
	char		workbuf[256];
	char	   *field[MAXDATEFIELDS];
	int			ftype[MAXDATEFIELDS];
	int			nf,
				dtype,
				dterr;
	struct pg_itm_in itm;
	char	   *copy;

	memset(&itm, 0, sizeof(itm));
	dterr = ParseDateTime(str, workbuf, sizeof(workbuf), field, ftype, MAXDATEFIELDS, &nf);
	if (dterr == 0)
		dterr = DecodeInterval(field, ftype, nf, INTERVAL_FULL_RANGE, &dtype, &itm);
	if (dterr == DTERR_BAD_FORMAT)
	{
		/* ISO 8601 ("PT2M"): DecodeISO8601Interval may write into its input */
		copy = pstrdup(str);
		memset(&itm, 0, sizeof(itm));
		dterr = DecodeISO8601Interval(copy, &dtype, &itm);
		pfree(copy);
	}
	return dterr == 0 && dtype == DTK_DELTA && itmin2interval(&itm, result) == 0;
}

/*
 * Check hook: any interval PostgreSQL accepts, greater than 0 and at most
 * 30 days (a bare number is seconds, as it was when the setting was an
 * integer).  The microseconds go to the assign hook through *extra.
 */
bool
cx_reply_target_usec(const Interval *iv, int64 *usec)
{
	int64		day_usec,
				month_usec;

	/* as extract(epoch): a month is 30 days, a day 24 hours */
	return !(pg_mul_s64_overflow((int64) iv->day, USECS_PER_DAY, &day_usec) ||
			 pg_mul_s64_overflow((int64) iv->month, DAYS_PER_MONTH * USECS_PER_DAY, &month_usec) ||
			 pg_add_s64_overflow(iv->time, day_usec, usec) ||
			 pg_add_s64_overflow(*usec, month_usec, usec) ||
			 *usec <= 0 || *usec > CX_REPLY_TARGET_MAX_USEC);
}

static bool
reply_target_check(char **newval, void **extra, GucSource source)
{
	Interval	iv;
	int64		usec;
	int64	   *res;

	if (*newval == NULL || !parse_interval(*newval, &iv))
	{
		GUC_check_errdetail("The reply target is an interval such as '2min', '1 hour', '90 seconds' or '00:02:00'.");
		return false;
	}
	if (!cx_reply_target_usec(&iv, &usec))
	{
		GUC_check_errdetail("The reply target must be greater than 0 and at most 30 days.");
		return false;
	}
	res = (int64 *) CX_GUC_EXTRA_ALLOC(sizeof(int64));
	if (res == NULL)
		return false;
	*res = (int64) usec;
	*extra = res;
	return true;
}

static void
reply_target_assign(const char *newval, void *extra)
{
	cx_empathy_reply_target_usec = *(int64 *) extra;
}

void
cx_empathy_init(void)
{
	DefineCustomStringVariable("cx_metrics.reply_target",
							   "Agent reply time that counts as fully responsive in empathy_agg.",
							   "An interval ('2min', '1 hour', '90 seconds'); replies within the target score 100, slower replies target/delay.",
							   &reply_target_text,
							   "2min",
							   PGC_USERSET, 0,
							   reply_target_check, reply_target_assign, NULL);
}

static void
lexicon_release(void)
{
	cx_matcher_free(lexicon.matcher);
	memset(&lexicon, 0, sizeof(lexicon));
	if (lexicon_cxt)
		MemoryContextReset(lexicon_cxt);
}

/*
 * Text in the server encoding -> UTF-8 (a copy in the current context, or
 * the input itself when nothing needs converting).  SQL_ASCII is passed
 * through: the normaliser reads bytes that are not UTF-8 as Latin-1.
 */
static const unsigned char *
to_utf8(const char *data, size_t len)
{
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII || len == 0)
		return (const unsigned char *) data;
	return pg_do_encoding_conversion((unsigned char *) data, (int) len, enc, PG_UTF8);
}

static void lexicon_load_guts(void);

/*
 * (Re)load.  Marked valid BEFORE reading, so that an invalidation arriving
 * while we read (other sessions committing) marks it stale again.
 */
static void
lexicon_load(void)
{
	lexicon_valid = true;
	PG_TRY();
	{
		lexicon_load_guts();
	}
	PG_CATCH();
	{
		lexicon_valid = false;
		PG_RE_THROW();
	}
	PG_END_TRY();
}

/* the lexicon's dimension name -> matcher dimension; a topic's number in *topic_no */
static int
lexicon_dim(const char *dim, const char *topic, int *topic_no)
{
	if (strncmp(dim, "v:", 2) == 0)
	{
		int			sig = cx_voice_signal_from_name(dim + 2);

		return sig < 0 ? -1 : CX_DIM_VOICE + sig;
	}
	if (strcmp(dim, "topic") == 0)
	{
		if (topic == NULL)
			return -1;
		for (int t = 0; t < lexicon.ntopics; t++)
			if (strcmp(lexicon.topics[t], topic) == 0)
			{
				*topic_no = t;
				return CX_DIM_VOICE + CX_V_TOPIC;
			}
		if (lexicon.ntopics >= CX_VOICE_MAX_TOPICS)
			return -1;
		lexicon.topics[lexicon.ntopics] = pstrdup(topic);
		*topic_no = lexicon.ntopics++;
		return CX_DIM_VOICE + CX_V_TOPIC;
	}
	return cx_dim_from_name(dim);
}

static void
lexicon_load_guts(void)
{
	int			ret;
	char	   *nsp;
	Oid			owner;
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	MemoryContext oldcxt;
	size_t		n,
				skipped = 0;
	bool		have_voice;
	StringInfoData q;

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(lexicon_relcache_callback, (Datum) 0);
		callback_registered = true;
	}
	if (lexicon_cxt == NULL)
		lexicon_cxt = AllocSetContextCreate(TopMemoryContext, "cx_metrics empathy lexicon",
											ALLOCSET_DEFAULT_SIZES);
	lexicon_release();
	lexicon_gen++;

	/*
	 * Nothing of the caller's search_path is used while we read (the
	 * queries name their schema, and their operators come from pg_catalog).
	 */
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	/*
	 * On a Citus worker the lexicon is read while the worker runs a shard's
	 * part of a distributed query (an aggregate's transition function), and
	 * the lexicon's editable tables may be reference tables
	 * (cx_citus_setup()).  Citus refuses a distributed query nested in a
	 * shard's query unless told otherwise; reading a reference table is a
	 * read of this node's own placement, so we allow it for this read only.
	 */
	if (GetConfigOption("citus.allow_nested_distributed_execution", true, false) != NULL)
		(void) set_config_option("citus.allow_nested_distributed_execution", "on", PGC_USERSET,
								 PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);
	if ((ret = SPI_connect()) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed: %s", SPI_result_code_string(ret));
	initStringInfo(&q);
	appendStringInfoString(&q, "SELECT n.nspname, e.extowner");
	for (int i = 0; i < LEXICON_NRELS; i++)
		appendStringInfo(&q, ", (SELECT c.oid FROM pg_catalog.pg_class c WHERE c.relnamespace = n.oid"
						 " AND c.relname = '%s')", lexicon_relnames[i]);
	appendStringInfoString(&q, " FROM pg_catalog.pg_extension e"
						   " JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"
						   " WHERE e.extname = 'cx_metrics'");
	ret = SPI_execute(q.data, true, 0);
	if (ret != SPI_OK_SELECT || SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the cx_metrics extension is not installed in this database"),
				 errhint("Run CREATE EXTENSION cx_metrics.")));
	{
		bool		isnull;

		nsp = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
		owner = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
		for (int i = 0; i < LEXICON_NRELS; i++)
		{
			Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3 + i, &isnull);

			lexicon_relids[i] = isnull ? InvalidOid : DatumGetObjectId(d);
		}
		if (!OidIsValid(lexicon_relids[0]) || !OidIsValid(lexicon_relids[1]))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("the empathy lexicon tables of cx_metrics are missing"),
					 errhint("Reinstall the extension: DROP EXTENSION cx_metrics; CREATE EXTENSION cx_metrics.")));
		have_voice = true;
		for (int i = 2; i < LEXICON_NRELS; i++)
			have_voice = have_voice && OidIsValid(lexicon_relids[i]);
	}

	/*
	 * Read the lexicon as the extension's owner, in a restricted security
	 * context, the way PostgreSQL runs maintenance commands as a table's
	 * owner: the lexicon is the same for every role, whoever loads it, and no
	 * role needs a grant on it to score.  Only this SELECT of the views (the
	 * extension's own objects, no user code) runs so.  The identity is
	 * restored on the way out, also on error (the (sub)transaction's abort
	 * would restore it as well).
	 */
	resetStringInfo(&q);
	appendStringInfo(&q, "SELECT language, phrase, dimension, weight, NULL::pg_catalog.text"
					 " FROM %s.empathy_lexicon", quote_identifier(nsp));
	if (have_voice)
		appendStringInfo(&q, " UNION ALL SELECT language, phrase, 'v:' OPERATOR(pg_catalog.||) signal,"
						 " weight, NULL FROM %s.voice_lexicon"
						 " UNION ALL SELECT language, phrase, 'topic', weight, topic FROM %s.voice_taxonomy",
						 quote_identifier(nsp), quote_identifier(nsp));
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(owner, save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	PG_TRY();
	{
		ret = SPI_execute(q.data, true, 0);
	}
	PG_FINALLY();
	{
		SetUserIdAndSecContext(save_userid, save_sec_context);
	}
	PG_END_TRY();
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "could not read the empathy lexicon: %s", SPI_result_code_string(ret));

	n = SPI_processed;
	oldcxt = MemoryContextSwitchTo(lexicon_cxt);
	lexicon.entries = palloc0(sizeof(CxLexEntry) * (n ? n : 1));
	lexicon.phrases_db = palloc0(sizeof(char *) * (n ? n : 1));
	lexicon.topics = palloc0(sizeof(char *) * CX_VOICE_MAX_TOPICS);
	lexicon.n = 0;
	for (size_t i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	td = SPI_tuptable->tupdesc;
		char	   *lang = SPI_getvalue(tup, td, 1);
		char	   *phrase = SPI_getvalue(tup, td, 2);
		char	   *dim = SPI_getvalue(tup, td, 3);
		char	   *topic = SPI_getvalue(tup, td, 5);
		bool		isnull;
		Datum		w = SPI_getbinval(tup, td, 4, &isnull);
		CxLexEntry *e = &lexicon.entries[lexicon.n];

		if (!lang || !phrase || !dim || isnull)
		{
			skipped++;
			continue;
		}
		e->lang = cx_lang_from_name(lang);
		e->dim = lexicon_dim(dim, topic, &e->topic);
		e->weight = DatumGetFloat8(w);
		lexicon.phrases_db[lexicon.n] = phrase;
		e->phrase = (const char *) to_utf8(phrase, strlen(phrase));
		e->phrase_len = strlen(e->phrase);
		lexicon.n++;
	}
	MemoryContextSwitchTo(oldcxt);
	SPI_finish();
	AtEOXact_GUC(true, save_nestlevel);

	if (lexicon.n > 0)
	{
		lexicon.matcher = cx_matcher_build(lexicon.entries, lexicon.n, &skipped);
		if (lexicon.matcher == NULL)
		{
			lexicon_release();
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory while compiling the empathy lexicon"),
					 errdetail("The lexicon has %zu phrases.", n)));
		}
	}
	/* rows the constraints should have kept out (e.g. added with triggers disabled) */
	if (skipped > 0)
		ereport(WARNING,
				(errmsg("%zu lexicon rows are unusable and were ignored", skipped),
				 errhint("Check the rows of empathy_lexicon, voice_lexicon and voice_taxonomy against their constraints.")));
}

/*
 * The compiled lexicon.  Checked once per statement (and after each command
 * of our own that may have changed the lexicon), never in the middle of a
 * read-only statement: all rows of a query are scored with one lexicon even
 * when another session commits a change meanwhile.
 */
const CxLexicon *
cx_empathy_lexicon(void)
{
	static LocalTransactionId last_lxid = InvalidLocalTransactionId;
	static TimestampTz last_stmt = 0;
	static CommandId last_cid = InvalidCommandId;
	LocalTransactionId lxid = CX_MY_LXID;
	TimestampTz stmt = GetCurrentStatementStartTimestamp();
	CommandId	cid = GetCurrentCommandId(false);

	if (lxid != last_lxid || stmt != last_stmt || cid != last_cid || lexicon_cxt == NULL)
	{
		/* take in changes committed by other sessions */
		AcceptInvalidationMessages();
		if (!lexicon_valid)
			lexicon_load();
		last_lxid = lxid;
		last_stmt = stmt;
		last_cid = cid;
	}
	return &lexicon;
}

int
cx_empathy_lang_arg(const char *lang)
{
	return cx_lang_arg(lang, "empathy");
}

int
cx_lang_arg(const char *lang, const char *what)
{
	int			l;

	if (lang == NULL || strcmp(lang, "auto") == 0)
		return CX_LANG_AUTO;
	l = cx_lang_from_name(lang);
	if (l < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s language \"%s\"", what, cx_errtrunc(lang)),
				 errhint("Use 'es', 'en', or NULL (or 'auto') to detect the language from the text.")));
	return l;
}

/* a piece of the UTF-8 text back in the server encoding */
text *
cx_utf8_slice_to_text(const unsigned char *u, size_t from, size_t to)
{
	if (GetDatabaseEncoding() == PG_SQL_ASCII || GetDatabaseEncoding() == PG_UTF8)
		return cstring_to_text_with_len((const char *) u + from, (int) (to - from));
	return cstring_to_text(pg_any_to_server((const char *) u + from, (int) (to - from), PG_UTF8));
}

/* characters in u[from..to): the text is valid UTF-8 unless the database is SQL_ASCII */
int64
cx_count_chars(const unsigned char *u, size_t from, size_t to)
{
	int64		n = 0;

	if (GetDatabaseEncoding() == PG_SQL_ASCII)
		return (int64) (to - from);
	for (size_t i = from; i < to; i++)
		n += (u[i] & 0xC0) != 0x80;
	return n;
}

/*
 * The 1-based character position of byte from of u, for rows given in text
 * order: *pos_byte / *pos_char are where the last one was (start at 0, 0),
 * so that the text is counted once over all the rows.
 */
int64
cx_char_position(const unsigned char *u, size_t from, size_t *pos_byte, int64 *pos_char)
{
	if (from >= *pos_byte)
		*pos_char += cx_count_chars(u, *pos_byte, from);
	else
		*pos_char = cx_count_chars(u, 0, from);
	*pos_byte = from;
	return *pos_char + 1;
}

static char norm_scratch[16384];

void
cx_empathy_norm_free(CxNormText *nt, const char *data)
{
	if (nt->norm_owned)
		pfree(nt->norm);
	if (nt->utf8 != (const unsigned char *) data)
		pfree((void *) nt->utf8);
	if (nt->srcoff)
		pfree(nt->srcoff);
	if (nt->srcend)
		pfree(nt->srcend);
}

void
cx_empathy_normalise(const char *data, size_t len, bool want_offsets, CxNormText *nt)
{
	const unsigned char *u = to_utf8(data, len);
	size_t		ulen = (u == (const unsigned char *) data) ? len : strlen((const char *) u);
	int			flags = MCXT_ALLOC_HUGE;

	nt->utf8 = u;
	nt->utf8_len = ulen;
	/* short texts (nearly all messages) reuse one buffer: no palloc per row */
	if (!want_offsets && ulen + 2 <= sizeof(norm_scratch))
	{
		nt->norm = norm_scratch;
		nt->norm_owned = false;
	}
	else
	{
		nt->norm = palloc_extended(ulen + 2, flags);
		nt->norm_owned = true;
	}
	nt->srcoff = NULL;
	nt->srcend = NULL;
	if (want_offsets)
	{
		nt->srcoff = palloc_extended(sizeof(uint32_t) * (ulen + 2), flags);
		nt->srcend = palloc_extended(sizeof(uint32_t) * (ulen + 2), flags);
	}
	nt->norm_len = cx_textnorm(u, ulen, nt->norm, nt->srcoff, nt->srcend, &nt->info);
}

/* one run's voice matches: about 20 kB, so one per backend rather than on the stack */
static CxVoiceRun voice_run;

const CxVoiceRun *
cx_voice_last_run(void)
{
	return &voice_run;
}


/*
 * The last message read, kept so that the next function reading the same
 * text (empathy_score(body) and voice_signals(body) in one row, or the
 * several calls PostgreSQL makes for (voice_signals(body)).*) does not
 * normalise and match it again: a message up to MEMO_MAX bytes is always
 * read with the voice's matches collected, and the run, its normalised text,
 * its words (for the sentence analysis) and (once computed) its voice are kept, keyed by the text, the language
 * asked for and the compiled lexicon's generation.
 */
#define MEMO_MAX 2048
static struct
{
	bool		valid;
	bool		has_voice;
	int			lang;
	uint64		gen;
	size_t		len;
	size_t		n;
	CxMsgResult res;
	CxVoice		voice;
	unsigned char text[MEMO_MAX];
	char		norm[MEMO_MAX + 2];
	CxWordRec	wrec[MEMO_MAX / 2 + 2];	/* its words (at most one per two bytes) */
}			memo;

/* normalise and match, or take the memo; returns the normalised text */
static char *
memo_read(const CxLexicon *lex, const unsigned char *u, size_t ulen, int lang,
		  CxMsgResult *res, size_t *n, bool *hit)
{
	*hit = memo.valid && memo.gen == lexicon_gen && memo.lang == lang && memo.len == ulen &&
		memcmp(memo.text, u, ulen) == 0;
	if (*hit)
		cx_msg_result_copy(res, &memo.res);
	else
	{
		memo.valid = false;
		memo.n = cx_analyse_text_words(lex->matcher, u, ulen, memo.norm, lang, res, &voice_run,
									   memo.wrec, lengthof(memo.wrec));
		memcpy(memo.text, u, ulen);
		memo.len = ulen;
		memo.lang = lang;
		memo.gen = lexicon_gen;
		cx_msg_result_copy(&memo.res, res);
		memo.has_voice = false;
		memo.valid = true;
	}
	*n = memo.n;
	return memo.norm;
}

/* both public forms below: voice's evidence goes to cb when there is one */
static void
analyse_bytes(const CxLexicon *lex, const char *data, size_t len, int lang, CxMsgResult *res,
			  CxFeatures *feat, bool context, CxVoice *voice, CxVoiceEvidenceCallback cb, void *arg)
{
	size_t		n;
	const unsigned char *u = to_utf8(data, len);
	size_t		ulen = (u == (const unsigned char *) data) ? len : strlen((const char *) u);
	char	   *buf;
	bool		hit = false;

	if (ulen <= MEMO_MAX)
		buf = memo_read(lex, u, ulen, lang, res, &n, &hit);
	else
	{
		/* a long text: read in a buffer of its own; voice_run is no longer the memo's */
		memo.valid = false;
		buf = (ulen + 2 <= sizeof(norm_scratch)) ? norm_scratch
			: palloc_extended(ulen + 2, MCXT_ALLOC_HUGE);
		if (voice)
			n = cx_voice_analyse_text(lex->matcher, u, ulen, buf, lang, res, &voice_run);
		else
			n = cx_empathy_analyse_text(lex->matcher, u, ulen, buf, lang, res);
	}
	if (voice)
	{
		if (hit && memo.has_voice && cb == NULL)
			*voice = memo.voice;
		else
		{
			cx_voice_score(&voice_run, buf, n, res, voice, cb, arg);
			if (ulen <= MEMO_MAX)
			{
				memo.voice = *voice;
				memo.has_voice = true;
			}
		}
	}
	if (feat && context)
		cx_empathy_features(buf, n, res, feat);
	else if (feat)
		cx_empathy_features_alone(buf, n, res, feat);
	if (buf != norm_scratch && buf != memo.norm)
		pfree(buf);
	if (u != (const unsigned char *) data)
		pfree((void *) u);
}

void
cx_empathy_analyse_bytes(const CxLexicon *lex, const char *data, size_t len, int lang,
						 CxMsgResult *res, CxFeatures *feat, bool context, CxVoice *voice)
{
	analyse_bytes(lex, data, len, lang, res, feat, context, voice, NULL, NULL);
}

void
cx_voice_analyse_bytes(const CxLexicon *lex, const char *data, size_t len, int lang,
					   CxMsgResult *res, CxVoice *voice, CxVoiceEvidenceCallback cb, void *arg)
{
	analyse_bytes(lex, data, len, lang, res, NULL, false, voice, cb, arg);
}

double
cx_empathy_score_text(text *body, const char *lang_or_null, int *n_anti_out)
{
	text	   *t = (text *) pg_detoast_datum_packed((struct varlena *) body);
	int			lang = cx_empathy_lang_arg(lang_or_null);
	const CxLexicon *lex = cx_empathy_lexicon();
	CxMsgResult res;
	CxFeatures	f;
	CxEmpathyDetail d;

	cx_empathy_analyse_bytes(lex, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), lang, &res, &f, false, NULL);
	if ((Pointer) t != (Pointer) body)
		pfree(t);
	cx_empathy_detail(&f, NULL, &d);
	if (n_anti_out)
		*n_anti_out = f.n_anti;
	return d.score;
}

/*
 * Statement trigger on the lexicon tables: queue a relcache invalidation so
 * that every session recompiles its lexicon (see the file header).
 */
/*
 * On a Citus node, an edit of a lexicon table that cx_citus_setup() made a
 * reference table fires this trigger on the table's shard placement,
 * "<table>_<shard id>" in the same schema, not on the table the scoring
 * sessions watch: invalidate that table too.
 */
static void
invalidate_shard_owner(Relation rel)
{
	const char *name = RelationGetRelationName(rel);

	for (int i = 0; i < LEXICON_NRELS; i++)
	{
		size_t		len = strlen(lexicon_relnames[i]);
		const char *p = name + len;
		Oid			owner;

		if (strncmp(name, lexicon_relnames[i], len) != 0 || *p != '_' || p[1] == '\0')
			continue;
		while (*++p >= '0' && *p <= '9')
			;
		if (*p != '\0')
			continue;
		owner = get_relname_relid(lexicon_relnames[i], RelationGetNamespace(rel));
		if (OidIsValid(owner))
			CacheInvalidateRelcacheByRelid(owner);

		/*
		 * The edit is not committed yet: a worker sees it only on the
		 * connection that wrote it.  For the rest of the transaction, Citus
		 * is to use one connection per node (those that wrote), so that the
		 * scores of later queries in it already use the edit, as on one
		 * server.  (Set on every node the trigger fires on; it matters on
		 * the coordinator.)
		 */
		if (GetConfigOption("citus.max_adaptive_executor_pool_size", true, false) != NULL)
			(void) set_config_option("citus.max_adaptive_executor_pool_size", "1", PGC_USERSET,
									 PGC_S_SESSION, GUC_ACTION_LOCAL, true, 0, false);
	}
}

PG_FUNCTION_INFO_V1(empathy_lexicon_invalidate);
Datum
empathy_lexicon_invalidate(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("empathy_lexicon_invalidate() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	invalidate_shard_owner(trigdata->tg_relation);
	PG_RETURN_POINTER(NULL);
}

/* why a phrase cannot be used, or NULL: used by the lexicon's CHECK constraint */
PG_FUNCTION_INFO_V1(empathy_phrase_problem);
Datum
empathy_phrase_problem(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *why;
	CxNormText	nt;

	if (VARSIZE_ANY_EXHDR(t) > 300)
		PG_RETURN_TEXT_P(cstring_to_text("the phrase is longer than 300 bytes"));
	cx_empathy_normalise(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), false, &nt);
	why = cx_phrase_check((const char *) nt.utf8, nt.utf8_len);
	cx_empathy_norm_free(&nt, VARDATA_ANY(t));
	if (why == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(why));
}
