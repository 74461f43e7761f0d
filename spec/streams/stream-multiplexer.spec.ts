import { StreamAbandonedError, StreamSubscribeError } from '../../lib/errors/stream-errors.js';
import { StaleStreamError } from '../../lib/errors/transport-errors.js';
import { HANDOFF_TIMEOUT_MS } from '../../lib/streams/stream-handoff.js';
import { testScheduler } from '../support/marbles.js';
import { answer, at, controls, muxHarness } from '../support/mux-harness.js';

const trade = (name: string, n: number) => ({ stream: name, data: { n } });
/** Every test closes the multiplexer here, so liveness timers stop and flush() ends. */
const END = 10_000;

/** One stream on a socket that delivered trade 1 at 5 and announces `serverShutdown` at 10. */
function shutdownAt10(): ReturnType<typeof muxHarness> {
  const h = muxHarness();
  h.subscribe('a@trade');
  at(1, () => h.sockets[0]?.open());
  at(2, () => answer(h.sockets[0]));
  at(5, () => h.sockets[0]?.message(trade('a@trade', 1)));
  at(10, () => h.sockets[0]?.message({ stream: '!serverShutdown', data: { e: 'serverShutdown', E: 1 } }));
  return h;
}

describe('StreamMultiplexer', () => {
  it('default: opens one socket, subscribes, and delivers data only once confirmed', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('btcusdt@trade');
      expect(h.sockets).toHaveLength(1);
      expect(h.sockets[0]?.url).toBe('ws://fake/stream');
      at(1, () => h.sockets[0]?.open());
      at(2, () => h.sockets[0]?.message(trade('btcusdt@trade', 0))); // before the answer: not ours yet
      at(3, () => answer(h.sockets[0]));
      at(4, () => h.sockets[0]?.message(trade('btcusdt@trade', 1)));
      at(END, () => void h.mux.close());
      flush();
      expect(controls(h.sockets[0])).toEqual([{ method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 }]);
      expect(h.received).toEqual([{ name: 'btcusdt@trade', value: { n: 1 }, at: 4 }]);
      expect(h.events.map((e) => [e.type, e.at])).toEqual([
        ['connecting', 0],
        ['open', 1],
        ['closed', END],
      ]);
    });
  });

  it('behavior: refcounting: two subscribers share one wire subscription; the last leaving unsubscribes; the socket closes after the linger', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness({ lingerMs: 3000 });
      const a = h.subscribe('btcusdt@trade');
      const b = h.subscribe('btcusdt@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(3, () => h.sockets[0]?.message(trade('btcusdt@trade', 1)));
      at(10, () => a.unsubscribe());
      at(20, () => b.unsubscribe());
      at(30, () => answer(h.sockets[0]));
      at(END, () => void h.mux.close());
      flush();
      const socket = h.sockets[0];
      expect(h.received.map((r) => r.at)).toEqual([3, 3]);
      expect(controls(socket)).toEqual([
        { method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 },
        { method: 'UNSUBSCRIBE', params: ['btcusdt@trade'], id: 2 },
      ]);
      expect(socket?.closeCalls).toEqual([1000]);
      const closed = h.events.find((e) => e.type === 'closed');
      expect(closed?.at).toBe(20 + 3000);
      expect(h.mux.streamCount).toBe(0);
      expect(h.mux.shardCount).toBe(0);
      expect(socket?.listenerCount).toBe(1); // only the inert 'error' guard stays
    });
  });

  it('behavior: a stream back within the linger reuses the socket and needs no new SUBSCRIBE', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      const a = h.subscribe('x@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(10, () => {
        a.unsubscribe();
        h.subscribe('x@trade');
      });
      at(20, () => h.sockets[0]?.message(trade('x@trade', 7)));
      at(END, () => void h.mux.close());
      flush();
      expect(h.sockets).toHaveLength(1);
      expect(controls(h.sockets[0]).map((c) => c.method)).toEqual(['SUBSCRIBE']);
      expect(h.received.map((r) => r.value)).toEqual([{ n: 7 }]);
    });
  });

  it('behavior: streams asked for in the same tick go out in one SUBSCRIBE', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.open());
      at(1, () => {
        h.subscribe('b@trade');
        h.subscribe('c@trade');
      });
      at(END, () => void h.mux.close());
      flush();
      expect(controls(h.sockets[0])).toEqual([{ method: 'SUBSCRIBE', params: ['a@trade', 'b@trade', 'c@trade'], id: 1 }]);
    });
  });

  it('behavior: paces control messages: never more than 4 in any 1100 ms', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('s0@trade');
      at(1, () => h.sockets[0]?.open());
      for (let i = 1; i <= 12; i++) at(1 + i * 5, () => h.subscribe(`s${i}@trade`));
      const sentAt: number[] = [];
      let seen = 0;
      for (let t = 0; t < 5000; t += 1) {
        at(t, () => {
          const n = h.sockets[0]?.sent.length ?? 0;
          for (; seen < n; seen++) sentAt.push(t);
        });
      }
      at(END, () => void h.mux.close());
      flush();
      const names = controls(h.sockets[0]).flatMap((c) => c.params ?? []);
      expect(new Set(names).size).toBe(13);
      for (const start of sentAt) expect(sentAt.filter((t) => t >= start && t < start + 1100).length).toBeLessThanOrEqual(4);
      expect(sentAt.length).toBeGreaterThan(4);
    });
  });

  it('behavior: reconnects with the policy delay after a drop, resubscribes everything in one message, and reports it', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('a@trade');
      h.subscribe('b@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(3, () => h.sockets[0]?.message(trade('a@trade', 1)));
      at(50, () => h.sockets[0]?.serverClose(1006));
      at(150 + 1, () => h.sockets[1]?.open());
      at(160, () => answer(h.sockets[1]));
      at(170, () => h.sockets[1]?.message(trade('b@trade', 2)));
      at(END, () => void h.mux.close());
      flush();
      expect(h.sockets).toHaveLength(2);
      expect(controls(h.sockets[1])).toEqual([{ method: 'SUBSCRIBE', params: ['a@trade', 'b@trade'], id: 1 }]);
      const reconnect = h.events.find((e) => e.type === 'reconnectScheduled');
      expect(reconnect).toMatchObject({ attempt: 1, delayMs: 100, connectionId: 'spot/stream#1', at: 50 });
      expect(h.events.find((e) => e.type === 'resubscribed')).toMatchObject({ streams: 2, connectionId: 'spot/stream#2', at: 160 });
      expect(h.received.map((r) => r.value)).toEqual([{ n: 1 }, { n: 2 }]);
      expect(h.errors).toEqual([]);
    });
  });

  it('behavior: backoff grows while attempts fail and restarts after a healthy connection', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.serverClose(1006)); // refused: 100
      at(200, () => h.sockets[1]?.serverClose(1006)); // refused: 200
      at(500, () => h.sockets[2]?.open());
      at(501, () => answer(h.sockets[2])); // healthy
      at(600, () => h.sockets[2]?.serverClose(1006)); // count restarts: 100
      at(END, () => void h.mux.close());
      flush();
      const delays = h.events.flatMap((e) => (e.type === 'reconnectScheduled' ? [[e.attempt, e.delayMs]] : []));
      expect(delays).toEqual([
        [1, 100],
        [2, 200],
        [1, 100],
      ]);
    });
  });

  it('error: when the policy abandons, every stream of the connection errors with StreamAbandonedError', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness({ retryPolicy: ({ fails }) => ({ abandon: fails >= 2, delayMs: 10 }) });
      h.subscribe('a@trade');
      h.subscribe('b@trade');
      at(1, () => h.sockets[0]?.serverClose(1006));
      at(20, () => h.sockets[1]?.serverClose(1006));
      at(END, () => void h.mux.close());
      flush();
      expect(h.errors.map((e) => e.name)).toEqual(['a@trade', 'b@trade']);
      expect(h.errors[0]?.error).toBeInstanceOf(StreamAbandonedError);
      expect((h.errors[0]?.error as StreamAbandonedError).fails).toBe(2);
      expect(h.mux.streamCount).toBe(0);
    });
  });

  it('error: a rejected batch is narrowed down so only the offending stream errors', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      for (const n of ['a', 'b', 'bad', 'd']) h.subscribe(`${n}@trade`);
      at(1, () => h.sockets[0]?.open());
      for (let t = 10; t < 4000; t += 10) at(t, () => answer(h.sockets[0], ['bad@trade']));
      at(4000, () => h.sockets[0]?.message(trade('a@trade', 1)));
      at(4000, () => h.sockets[0]?.message(trade('d@trade', 2)));
      at(END, () => void h.mux.close());
      flush();
      expect(h.errors).toHaveLength(1);
      expect(h.errors[0]?.name).toBe('bad@trade');
      expect(h.errors[0]?.error).toEqual(new StreamSubscribeError('bad@trade', 2, 'Invalid request: invalid stream'));
      expect(controls(h.sockets[0]).map((c) => c.params)).toEqual([
        ['a@trade', 'b@trade', 'bad@trade', 'd@trade'],
        ['a@trade', 'b@trade'],
        ['bad@trade', 'd@trade'],
        ['bad@trade'],
        ['d@trade'],
      ]);
      expect(h.received.map((r) => r.name)).toEqual(['a@trade', 'd@trade']);
    });
  });

  it('behavior: serverShutdown opens the replacement first and retires the old socket once all streams moved', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(10, () => h.sockets[0]?.message({ stream: '!serverShutdown', data: { e: 'serverShutdown', E: 1 } }));
      at(11, () => h.sockets[0]?.message(trade('a@trade', 1))); // old still delivers
      at(12, () => h.sockets[1]?.open());
      at(13, () => h.sockets[1]?.message(trade('a@trade', 99))); // new not confirmed yet: dropped
      at(14, () => answer(h.sockets[1]));
      at(15, () => h.sockets[1]?.message(trade('a@trade', 2)));
      at(END, () => void h.mux.close());
      flush();
      expect(h.sockets).toHaveLength(2);
      expect(h.sockets[0]?.closeCalls).toEqual([1000]);
      expect(h.received.map((r) => r.value)).toEqual([{ n: 1 }, { n: 2 }]);
      expect(h.events.find((e) => e.type === 'replaced')).toMatchObject({
        connectionId: 'spot/stream#1',
        replacementId: 'spot/stream#2',
        reason: 'serverShutdown',
        at: 14,
      });
      expect(h.events.some((e) => e.type === 'reconnectScheduled')).toBe(false);
    });
  });

  it('behavior: serverShutdown with the old socket lagging: what it delivers after the new one confirmed is not lost', () => {
    testScheduler().run(({ flush }) => {
      const h = shutdownAt10();
      at(12, () => h.sockets[1]?.open()); // its SUBSCRIBE goes out now
      at(14, () => answer(h.sockets[1]));
      at(15, () => h.sockets[1]?.message(trade('a@trade', 3))); // the new socket is ahead
      at(16, () => h.sockets[0]?.message(trade('a@trade', 2))); // sent before the new one subscribed
      at(17, () => h.sockets[0]?.message(trade('a@trade', 3))); // caught up: the new socket takes over
      at(18, () => h.sockets[1]?.message(trade('a@trade', 4)));
      at(END, () => void h.mux.close());
      flush();
      expect(h.received.map((r) => [r.value, r.at])).toEqual([
        [{ n: 1 }, 5],
        [{ n: 2 }, 16],
        [{ n: 3 }, 17],
        [{ n: 4 }, 18],
      ]);
      expect(h.events.find((e) => e.type === 'replaced')).toMatchObject({ connectionId: 'spot/stream#1', at: 14 });
      expect(h.events.find((e) => e.type === 'closed' && e.connectionId === 'spot/stream#1')).toMatchObject({ code: 1000, byClient: true, at: 17 });
    });
  });

  it('behavior: serverShutdown with the new socket lagging: what it repeats of the old one is delivered once', () => {
    testScheduler().run(({ flush }) => {
      const h = shutdownAt10();
      at(12, () => h.sockets[1]?.open());
      at(13, () => h.sockets[0]?.message(trade('a@trade', 2)));
      at(14, () => h.sockets[0]?.message(trade('a@trade', 3)));
      at(15, () => answer(h.sockets[1]));
      at(16, () => h.sockets[1]?.message(trade('a@trade', 2))); // behind: the old socket retires
      at(17, () => h.sockets[1]?.message(trade('a@trade', 3)));
      at(18, () => h.sockets[1]?.message(trade('a@trade', 4)));
      at(END, () => void h.mux.close());
      flush();
      expect(h.received.map((r) => [r.value, r.at])).toEqual([
        [{ n: 1 }, 5],
        [{ n: 2 }, 13],
        [{ n: 3 }, 14],
        [{ n: 4 }, 18],
      ]);
      expect(h.events.find((e) => e.type === 'closed' && e.connectionId === 'spot/stream#1')).toMatchObject({ code: 1000, at: 16 });
    });
  });

  it('behavior: a handoff that cannot line up (the old socket went quiet) ends HANDOFF_TIMEOUT_MS after the new socket confirmed', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('a@trade');
      h.subscribe('b@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(10, () => h.sockets[0]?.message({ stream: '!serverShutdown', data: { e: 'serverShutdown', E: 1 } }));
      at(12, () => h.sockets[1]?.open());
      at(14, () => answer(h.sockets[1]));
      at(20, () => h.sockets[1]?.message(trade('a@trade', 5))); // held for the old socket
      const owners: (string | undefined)[] = [];
      at(20, () => owners.push(h.mux.ownerOf('b@trade')));
      at(15 + HANDOFF_TIMEOUT_MS, () => owners.push(h.mux.ownerOf('b@trade')));
      at(END, () => void h.mux.close());
      flush();
      expect(h.received.map((r) => [r.value, r.at])).toEqual([[{ n: 5 }, 14 + HANDOFF_TIMEOUT_MS]]);
      expect(h.events.find((e) => e.type === 'closed' && e.connectionId === 'spot/stream#1')).toMatchObject({ code: 1000, at: 14 + HANDOFF_TIMEOUT_MS });
      expect(owners).toEqual(['spot/stream#1', 'spot/stream#2']);
    });
  });

  it('behavior: the old socket closing during a handoff delivers what the new one held at once', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(10, () => h.sockets[0]?.message({ stream: '!serverShutdown', data: { e: 'serverShutdown', E: 1 } }));
      at(12, () => h.sockets[1]?.open());
      at(14, () => answer(h.sockets[1]));
      at(15, () => h.sockets[1]?.message(trade('a@trade', 3)));
      at(20, () => h.sockets[0]?.serverClose(1001, 'going away'));
      at(21, () => h.sockets[1]?.message(trade('a@trade', 4)));
      at(END, () => void h.mux.close());
      flush();
      expect(h.received.map((r) => [r.value, r.at])).toEqual([
        [{ n: 3 }, 20],
        [{ n: 4 }, 21],
      ]);
      expect(h.events.some((e) => e.type === 'reconnectScheduled')).toBe(false);
    });
  });

  it('behavior: a raw serverShutdown event and the server closing the old socket early do not disturb the streams', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(10, () => h.sockets[0]?.message({ e: 'serverShutdown', E: 1 }));
      at(11, () => h.sockets[0]?.serverClose(1001, 'going away'));
      at(20, () => h.sockets[1]?.open());
      at(21, () => answer(h.sockets[1]));
      at(22, () => h.sockets[1]?.message(trade('a@trade', 3)));
      at(END, () => void h.mux.close());
      flush();
      expect(h.received.map((r) => r.value)).toEqual([{ n: 3 }]);
      expect(h.errors).toEqual([]);
      expect(h.events.some((e) => e.type === 'reconnectScheduled')).toBe(false);
    });
  });

  it('behavior: a connection nearing maxConnectionAge is replaced the same way', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness({ maxConnectionAgeMs: 1000 });
      const sub = h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(1002, () => h.sockets[1]?.open());
      at(1003, () => answer(h.sockets[1]));
      at(1500, () => sub.unsubscribe());
      at(END, () => void h.mux.close());
      flush();
      expect(h.events.find((e) => e.type === 'replaced')).toMatchObject({ reason: 'maxAge', at: 1003 });
      expect(h.sockets[0]?.closeCalls).toEqual([1000]);
    });
  });

  it('behavior: silence first triggers a LIST_SUBSCRIPTIONS probe, then counts as a dead connection', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness({ streamTimeoutMs: 1000 });
      h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(2500, () => h.sockets[1]?.open());
      at(END, () => void h.mux.close());
      flush();
      expect(controls(h.sockets[0]).map((c) => c.method)).toEqual(['SUBSCRIBE', 'LIST_SUBSCRIPTIONS']);
      const stale = h.events.find((e) => e.type === 'reconnectScheduled');
      expect(stale?.type === 'reconnectScheduled' && stale.error).toBeInstanceOf(StaleStreamError);
      expect(stale?.at).toBeGreaterThanOrEqual(1000);
      expect(stale?.at).toBeLessThanOrEqual(1200);
    });
  });

  it('behavior: an answered probe keeps a quiet connection alive', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness({ streamTimeoutMs: 1000 });
      const sub = h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.open());
      for (let t = 2; t < END; t += 50) at(t, () => answer(h.sockets[0]));
      at(5000, () => sub.unsubscribe());
      at(END, () => void h.mux.close());
      flush();
      expect(h.events.some((e) => e.type === 'reconnectScheduled')).toBe(false);
      expect(controls(h.sockets[0]).filter((c) => c.method === 'LIST_SUBSCRIPTIONS').length).toBeGreaterThan(3);
    });
  });

  it('behavior: a connection that dies while lingering without streams is not reconnected', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      const sub = h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(10, () => sub.unsubscribe());
      at(20, () => h.sockets[0]?.serverClose(1006));
      at(END, () => void h.mux.close());
      flush();
      expect(h.sockets).toHaveLength(1);
      expect(h.events.some((e) => e.type === 'reconnectScheduled')).toBe(false);
      expect(h.mux.shardCount).toBe(0);
    });
  });

  it('behavior: past maxStreamsPerConnection a second connection opens', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness({ maxStreamsPerConnection: 2 });
      for (const n of ['a', 'b', 'c']) h.subscribe(`${n}@trade`);
      at(1, () => h.sockets.forEach((s) => s.open()));
      at(2, () => expect(h.mux.shardCount).toBe(2));
      at(END, () => void h.mux.close());
      flush();
      expect(h.sockets).toHaveLength(2);
      expect(controls(h.sockets[0])[0]?.params).toEqual(['a@trade', 'b@trade']);
      expect(controls(h.sockets[1])[0]?.params).toEqual(['c@trade']);
    });
  });

  it('error: a malformed frame is reported and the streams go on', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('a@trade');
      at(1, () => h.sockets[0]?.open());
      at(2, () => answer(h.sockets[0]));
      at(3, () => h.sockets[0]?.message('{"stream":"a@trade","data":'));
      at(4, () => h.sockets[0]?.message({ hello: 'world' }));
      at(5, () => h.sockets[0]?.message(trade('a@trade', 1)));
      at(END, () => void h.mux.close());
      flush();
      const decodeErrors = h.events.filter((e) => e.type === 'decodeError');
      expect(decodeErrors).toHaveLength(2);
      expect(decodeErrors[0]?.type === 'decodeError' && decodeErrors[0].error.payload).toBe('{"stream":"a@trade","data":');
      expect(h.received.map((r) => r.value)).toEqual([{ n: 1 }]);
    });
  });

  it('teardown: close() completes every stream, closes the socket at once and completes events$', () => {
    testScheduler().run(({ flush }) => {
      const h = muxHarness();
      h.subscribe('a@trade');
      h.subscribe('b@trade');
      let closedAt = -1;
      let eventsDone = false;
      h.mux.events$.subscribe({ complete: () => (eventsDone = true) });
      at(1, () => h.sockets[0]?.open());
      at(5, () => void h.mux.close().then(() => (closedAt = 5)));
      flush();
      expect(h.completed).toEqual(['a@trade', 'b@trade']);
      expect(h.sockets[0]?.closeCalls).toEqual([1000]);
      expect(eventsDone).toBe(true);
      expect(h.mux.stream$('c@trade').subscribe().closed).toBe(true);
      void closedAt;
    });
  });
});
