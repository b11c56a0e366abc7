/*
 * libFuzzer target for src/core/journey*.c.
 *
 * First byte even: the rest is a journey_friction_state (JFS1 or JFS2),
 * which the checker must accept or reject without reading out of bounds;
 * accepted states are read back stage by stage and must satisfy the
 * invariants the SQL glue relies on (final stages only under their rule).  First byte odd: the rest is a journey (3 bytes per event:
 * stage, time step, channel/outcome), analysed both ways, which must agree.
 */
#include "journey.h"

#include <stdlib.h>
#include <string.h>

static void
fuzz_state(const uint8_t *data, size_t size)
{
	CxJourneyStateHeader h;
	size_t		off = CX_JS_HEADER_SIZE;
	uint32_t	s;
	int64_t		ended = 0;

	if (cx_journey_state_check(data, size, &h) != NULL)
		return;
	for (s = 0; s < h.nstages; s++)
	{
		CxJourneyStageAcc a;
		uint32_t	i;
		int64_t		n = 0;

		off = cx_journey_state_read_stage(data, off, &a);
		if (off > size || a.c[CX_JS_REACHED] > h.journeys || a.c[CX_JS_EVENTS] < a.c[CX_JS_VISITS])
			abort();
		for (i = 0; i < a.nbuckets; i++)
		{
			int			b;
			int64_t		c;
			cx_i128		sum;

			cx_journey_state_bucket(a.buckets, i, &b, &c, &sum);
			if (b < 0 || b >= CX_JOURNEY_NBUCKETS || c <= 0)
				abort();
			n += c;
		}
		if (n != a.c[CX_JS_DWELL_N])
			abort();
		/* a final stage only under the final-stage rule, never in a JFS1 state */
		if ((a.sflags & CX_JS_STAGE_FINAL) && (!(h.flags & CX_JS_FINAL_SET) || h.version != 2))
			abort();
		ended += a.c[CX_JS_ENDED];
	}
	if (off != size || ended != h.journeys)
		abort();
	if ((h.flags & CX_JS_FINAL_SET) && (h.flags & CX_JS_FINAL_LAST))
		abort();
	if (h.version == 1 && !(h.flags & CX_JS_FINAL_LAST))
		abort();
}

static void
fuzz_journey(const uint8_t *data, size_t size)
{
	enum
	{
		NS = 7
	};
	size_t		n = size / 3;
	CxJourneyEvent *ev;
	CxJourneyPoint *pts;
	CxJourneyStageResult out[NS];
	int64_t		scratch[4 * NS];
	CxJourneyParams p = {NS, (size % 2) == 0, 0, 5000, 40000, NULL, NULL};
	CxJourneyRepeatsLoops r;
	int64_t		t = 0;
	int64_t		ev_total = 0;
	int64_t		rep = 0;
	int64_t		loops = 0;
	int64_t		visits = 0;
	int64_t		ends = 0;
	size_t		i;

	if (n == 0 || n > 4096)
		return;
	p.repeat_window = (int64_t) (data[0] % 16) * 1000;
	ev = malloc(sizeof(CxJourneyEvent) * n);
	pts = malloc(sizeof(CxJourneyPoint) * n);
	for (i = 0; i < n; i++)
	{
		const uint8_t *b = data + 3 * i;

		t += (int64_t) (b[1] % 8) * 1000;
		ev[i].stage = b[0] % NS;
		ev[i].at = (b[1] & 0x80) ? t - 3000 : t;	/* some out of order */
		ev[i].channel = (int) (b[2] % 4) - 1;
		ev[i].failed = (int) ((b[2] >> 2) % 3) - 1;
		pts[i].stage = ev[i].stage;
		pts[i].at = ev[i].at;
	}
	cx_journey_analyze(ev, n, &p, out, scratch, NULL, NULL);
	for (i = 1; i < n; i++)
		if (ev[i].at < ev[i - 1].at)
			abort();
	for (i = 0; i < NS; i++)
	{
		const CxJourneyStageResult *o = &out[i];

		if (o->reached != (o->events > 0) || o->visits > o->events ||
			o->repeats > o->events - (o->reached ? 1 : 0) || o->loops > o->visits ||
			o->channel_switches > o->channel_events || o->failed > o->outcome_events ||
			o->dwell_n > o->visits || o->dwell_sum < 0 || (o->ended_idle && !o->ended))
			abort();
		ev_total += o->events;
		rep += o->repeats;
		loops += o->loops;
		visits += o->visits;
		ends += o->ended;
	}
	if (ev_total != (int64_t) n || ends != 1)
		abort();
	if (p.ordered)
	{
		if (cx_journey_repeats_loops(pts, n, p.repeat_window, &r) != 0 ||
			r.repeats != rep || r.loops != loops || r.visits != visits)
			abort();
	}
	free(ev);
	free(pts);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] % 2 == 0)
		fuzz_state(data + 1, size - 1);
	else
		fuzz_journey(data + 1, size - 1);
	return 0;
}
