/*-------------------------------------------------------------------------
 *
 * agg_state.c
 *	  Shared machinery of the expanded aggregate states (agg_state.h).
 *
 *-------------------------------------------------------------------------
 */
#include "agg_state.h"

#include "common/base64.h"
#include "libpq/pqformat.h"
#include "utils/memutils.h"

static Size
state_get_flat_size(ExpandedObjectHeader *eohptr)
{
	CxExpandedState *es = (CxExpandedState *) eohptr;
	Size		size = VARHDRSZ + es->kind->flat_size(es->state);

	if (size > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s is too large to store", es->kind->name),
				 errdetail("Its stored form would take %zu bytes; a value is limited to 1 GB.", size),
				 errhint("Aggregate smaller groups.")));
	return size;
}

static void
state_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	CxExpandedState *es = (CxExpandedState *) eohptr;

	SET_VARSIZE(result, allocated_size);
	es->kind->flatten(es->state, VARDATA(result), allocated_size - VARHDRSZ);
}

static const ExpandedObjectMethods state_methods = {
	state_get_flat_size,
	state_flatten_into
};

CxExpandedState *
cx_state_create(MemoryContext parent, const CxStateKind *kind, MemoryContext *cxt)
{
	/*
	 * Small first blocks: a GROUP BY can have a state per group (per
	 * journey, per conversation), most of them small; large ones grow their
	 * blocks as usual.
	 */
	MemoryContext objcxt = AllocSetContextCreate(parent, "cx_metrics aggregate state",
												 0, 1024, ALLOCSET_DEFAULT_MAXSIZE);
	CxExpandedState *es = MemoryContextAllocZero(objcxt, sizeof(CxExpandedState));

	EOH_init_header(&es->hdr, &state_methods, objcxt);
	es->kind = kind;
	*cxt = objcxt;
	return es;
}

CxExpandedState *
cx_state_expanded(Datum d, const CxStateKind *kind)
{
	struct varlena *p = (struct varlena *) DatumGetPointer(d);
	ExpandedObjectHeader *eoh;

	if (!VARATT_IS_EXTERNAL_EXPANDED(p))
		return NULL;
	eoh = DatumGetEOHP(d);
	if (eoh->eoh_methods != &state_methods || ((CxExpandedState *) eoh)->kind != kind)
		elog(ERROR, "%s: unexpected expanded object", kind->name);
	return (CxExpandedState *) eoh;
}

struct varlena *
cx_state_flat(Datum d)
{
	/* detoasting flattens an expanded object into a palloc'd copy */
	return PG_DETOAST_DATUM(d);
}

char *
cx_state_to_text(struct varlena *flat, const char *prefix)
{
	int			len = VARSIZE_ANY_EXHDR(flat);
	size_t		plen = strlen(prefix);
	int			enc = pg_b64_enc_len(len);
	char	   *out;
	int			n;

	if ((Size) enc + plen + 1 > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("aggregate state of %d bytes is too large for its text form", len),
				 errhint("Aggregate smaller groups.")));
	out = palloc(plen + enc + 1);
	memcpy(out, prefix, plen);
	n = pg_b64_encode((const void *) VARDATA_ANY(flat), len, out + plen, enc);
	if (n < 0)
		elog(ERROR, "could not encode an aggregate state");
	out[plen + n] = '\0';
	return out;
}

struct varlena *
cx_state_from_text(const char *s, const char *prefix, const char *type_name)
{
	size_t		plen = strlen(prefix);
	size_t		len;
	int			cap,
				n;
	struct varlena *v;

	if (strncmp(s, prefix, plen) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s", type_name),
				 errdetail("The text form of type %s starts with \"%s\".", type_name, prefix),
				 errhint("Use a value that %s's output function wrote.", type_name)));
	s += plen;
	len = strlen(s);
	if (len > MaxAllocSize / 4 * 3 || len % 4 != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s", type_name),
				 errdetail("The base64 text has %zu characters, not a multiple of 4.", len)));
	cap = pg_b64_dec_len((int) len);
	v = palloc(VARHDRSZ + cap);
	n = pg_b64_decode(s, (int) len, (void *) VARDATA(v), cap);
	if (n < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s", type_name),
				 errdetail("The text after \"%s\" is not base64.", prefix)));
	SET_VARSIZE(v, VARHDRSZ + n);
	return v;
}

struct varlena *
cx_state_recv(StringInfo buf)
{
	int			len = buf->len - buf->cursor;
	struct varlena *v = palloc(VARHDRSZ + len);

	SET_VARSIZE(v, VARHDRSZ + len);
	pq_copymsgbytes(buf, VARDATA(v), len);
	return v;
}

bytea *
cx_state_send(Datum d)
{
	struct varlena *flat = cx_state_flat(d);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat));
	return pq_endtypsend(&buf);
}

void
cx_state_invalid(const char *type_name, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid %s", type_name),
			 errdetail("%s", detail),
			 errhint("Use a value that the extension's own functions wrote.")));
}
