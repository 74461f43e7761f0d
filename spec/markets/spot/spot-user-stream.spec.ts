import { asyncScheduler, type Observable, of, ReplaySubject, Subject, throwError } from 'rxjs';
import { ConfigError } from '../../../lib/errors/config-error.js';
import { SocketClosedError } from '../../../lib/errors/transport-errors.js';
import { spotUserStream$, type SpotUserStreamDeps } from '../../../lib/markets/spot/spot-user-stream.js';
import type { SpotUserEvent } from '../../../lib/markets/spot/user-data/spot-user-event.js';
import type { ConnectionEvent } from '../../../lib/streams/connection-event.js';
import { backoffPolicy } from '../../../lib/transport/socket/retry-policy.js';
import type { WsApiEventFrame } from '../../../lib/ws-api/ws-api-frame.js';
import type { WsApiSession } from '../../../lib/ws-api/ws-api-session.js';
import { testScheduler } from '../../support/marbles.js';
import { at } from '../../support/mux-harness.js';
import { BALANCE_UPDATE_FRAME, EVENT_STREAM_TERMINATED_FRAME } from './user-data/user-data-examples.js';

/** A WS-API session as the user stream sees it: its event frames, its draining signal, its life. */
class SessionDouble {
  readonly events = new Subject<WsApiEventFrame>();
  readonly draining = new ReplaySubject<void>(1);
  readonly life = new ReplaySubject<WsApiSession>(1);
  readonly session: WsApiSession;
  constructor(readonly id: string) {
    this.session = { id, events$: this.events.asObservable(), draining$: this.draining.asObservable() } as unknown as WsApiSession;
    this.life.next(this.session);
  }
  /** A user event of subscription `subscriptionId`. */
  push(subscriptionId: number | undefined, event: Record<string, unknown>): void {
    this.events.next(subscriptionId === undefined ? { event } : { subscriptionId, event });
  }
  drop(): void {
    this.life.error(new SocketClosedError('ws://fake/ws-api/v3', { code: 1006, opened: true }));
  }
}

function harness(keyType: 'ed25519' | 'hmac' = 'ed25519') {
  const sessions: SessionDouble[] = [];
  let current: SessionDouble | undefined;
  const calls: string[] = [];
  const events: ConnectionEvent[] = [];
  const decodeErrors: string[] = [];
  let nextId = 7;
  const deps: SpotUserStreamDeps = {
    session$: () => (current === undefined ? throwError(() => new ConfigError('closed')) : current.life.asObservable()),
    callOn: <R>(session: WsApiSession, spec: { name: string }, params: object): Observable<R> => {
      calls.push(`${session.id} ${spec.name} ${JSON.stringify(params)}`);
      return (spec.name.startsWith('userDataStream.subscribe') ? of({ subscriptionId: nextId++ }) : of({})) as Observable<R>;
    },
    keyType,
    retryPolicy: backoffPolicy({ initialMs: 100, maxMs: 100, random: () => 1 }),
    url: 'ws://fake/ws-api/v3',
    now: () => asyncScheduler.now(),
    emit: (e) => events.push(e),
    onDecodeError: (error, connectionId) => decodeErrors.push(`${connectionId} ${error.errors.join()}`),
  };
  const open = (id: string): SessionDouble => {
    current = new SessionDouble(id);
    sessions.push(current);
    return current;
  };
  return { deps, calls, events, decodeErrors, open, close: () => (current = undefined) };
}

const kinds = (list: readonly SpotUserEvent[]): string[] => list.map((e) => e.kind);

describe('spotUserStream$', () => {
  it('default: Ed25519 subscribes after logon (userDataStream.subscribe), routes its subscription\'s events, buffers those before the answer; unsubscribing sends unsubscribe', () => {
    testScheduler().run(() => {
      const h = harness('ed25519');
      const s1 = h.open('ws-api#1');
      const seen: SpotUserEvent[] = [];
      const sub = spotUserStream$(h.deps).subscribe((e) => seen.push(e));
      expect(h.calls).toEqual(['ws-api#1 userDataStream.subscribe {}']);
      s1.push(7, BALANCE_UPDATE_FRAME.event);
      s1.push(8, BALANCE_UPDATE_FRAME.event); // another subscription on the socket: not ours
      s1.push(undefined, BALANCE_UPDATE_FRAME.event); // no id (optional in the schema): the socket's one subscription
      expect(kinds(seen)).toEqual(['balanceUpdate', 'balanceUpdate']);
      sub.unsubscribe();
      expect(h.calls.at(-1)).toBe('ws-api#1 userDataStream.unsubscribe {"subscriptionId":7}');
    });
  });

  it('default: HMAC and RSA keys subscribe with userDataStream.subscribe.signature', () => {
    const h = harness('hmac');
    h.open('ws-api#1');
    const sub = spotUserStream$(h.deps).subscribe();
    expect(h.calls).toEqual(['ws-api#1 userDataStream.subscribe.signature {}']);
    sub.unsubscribe();
  });

  it('error: an event that fails its codec is reported on events$ and skipped; the stream goes on', () => {
    const h = harness();
    const s1 = h.open('ws-api#1');
    const seen: SpotUserEvent[] = [];
    const sub = spotUserStream$(h.deps).subscribe((e) => seen.push(e));
    s1.push(7, { e: 'balanceUpdate', E: 1, a: 'BTC', d: 100, T: 1 });
    s1.push(7, { e: 'mysteryEvent', E: 1 });
    s1.push(7, BALANCE_UPDATE_FRAME.event);
    expect(h.decodeErrors).toHaveLength(2);
    expect(h.decodeErrors[0]).toMatch(/^ws-api#1 /);
    expect(kinds(seen)).toEqual(['balanceUpdate']);
    sub.unsubscribe();
  });

  it('behavior: a dropped connection subscribes again on the next one (reconnectScheduled), then reports resubscribed and the gap', () => {
    testScheduler().run(() => {
      const h = harness();
      const s1 = h.open('ws-api#1');
      const seen: SpotUserEvent[] = [];
      spotUserStream$(h.deps).subscribe((e) => seen.push(e));
      at(10, () => {
        h.open('ws-api#2');
        s1.drop();
      });
      at(200, () => {
        expect(h.calls.at(-1)).toBe('ws-api#2 userDataStream.subscribe {}');
        const types = h.events.map((e) => e.type);
        expect(types).toEqual(['userStreamSubscribed', 'reconnectScheduled', 'userStreamSubscribed', 'resubscribed', 'userStreamGap']);
        expect(h.events[0]).toMatchObject({ connectionId: 'ws-api#1', subscriptionId: 7, at: 0 });
        expect(h.events[1]).toMatchObject({ attempt: 1, delayMs: 100 });
        expect(h.events[2]).toMatchObject({ connectionId: 'ws-api#2', subscriptionId: 8, at: 110 });
        expect(h.events[4]).toMatchObject({ connectionId: 'ws-api#2', from: 10, to: 110 });
      });
    });
  });

  it('behavior: eventStreamTerminated is delivered, then exactly one resubscription follows even if it is repeated', () => {
    testScheduler().run(() => {
      const h = harness();
      const s1 = h.open('ws-api#1');
      const seen: SpotUserEvent[] = [];
      spotUserStream$(h.deps).subscribe((e) => seen.push(e));
      at(5, () => {
        s1.push(7, EVENT_STREAM_TERMINATED_FRAME.event);
        s1.push(7, EVENT_STREAM_TERMINATED_FRAME.event);
      });
      at(300, () => {
        expect(kinds(seen)).toEqual(['eventStreamTerminated']);
        expect(h.calls.filter((c) => c.includes('userDataStream.subscribe'))).toEqual(['ws-api#1 userDataStream.subscribe {}', 'ws-api#1 userDataStream.subscribe {}']);
        // a terminated subscription is not unsubscribed
        expect(h.calls.some((c) => c.includes('unsubscribe'))).toBe(false);
        s1.push(8, BALANCE_UPDATE_FRAME.event);
        expect(kinds(seen)).toEqual(['eventStreamTerminated', 'balanceUpdate']);
      });
    });
  });

  /** A stream subscribed on #1, moving to #2 (`serverShutdown` on #1; #2 confirmed at once). */
  const moving = (): { h: ReturnType<typeof harness>; s1: SessionDouble; s2: SessionDouble; seen: SpotUserEvent[] } => {
    const h = harness();
    const s1 = h.open('ws-api#1');
    const seen: SpotUserEvent[] = [];
    spotUserStream$(h.deps).subscribe((e) => seen.push(e));
    const s2 = h.open('ws-api#2');
    s1.draining.next();
    return { h, s1, s2, seen };
  };
  /** Distinct balance updates: the same event is the same JSON on both connections. */
  const update = (n: number): Record<string, unknown> => ({ ...BALANCE_UPDATE_FRAME.event, d: `${n}.00000000` });
  const deltas = (list: readonly SpotUserEvent[]): string[] => list.map((e) => (e.kind === 'balanceUpdate' ? e.balanceDelta.toFixed() : e.kind));

  it('behavior: serverShutdown subscribes on the new connection and leaves the old one at the first event both carried: no gap, nothing twice', () => {
    testScheduler().run(() => {
      const h = harness();
      const s1 = h.open('ws-api#1');
      const seen: SpotUserEvent[] = [];
      spotUserStream$(h.deps).subscribe((e) => seen.push(e));
      at(10, () => {
        const s2 = h.open('ws-api#2');
        s1.draining.next(); // the old socket drains; the subscription on #2 is confirmed at once here
        expect(h.calls).toEqual(['ws-api#1 userDataStream.subscribe {}', 'ws-api#2 userDataStream.subscribe {}']);
        s1.push(7, update(1)); // the old one still delivers
        s2.push(8, update(1)); // the same event on the new one: the switch point
        expect(h.calls.at(-1)).toBe('ws-api#1 userDataStream.unsubscribe {"subscriptionId":7}');
        s1.push(7, update(2)); // the old one is left: ignored
        s2.push(8, update(2));
        expect(deltas(seen)).toEqual(['1', '2']);
        // the new subscription serves from the switch point on; no gap to report
        expect(h.events.map((e) => [e.type, e.connectionId])).toEqual([
          ['userStreamSubscribed', 'ws-api#1'],
          ['userStreamSubscribed', 'ws-api#2'],
        ]);
      });
    });
  });

  it('behavior: a move where the new connection runs ahead holds its events until the old one delivers the same one', () => {
    const { s1, s2, seen } = moving();
    s2.push(8, update(1));
    s2.push(8, update(2));
    expect(deltas(seen)).toEqual([]);
    s1.push(7, update(1)); // the old one catches up: 1 from it, then 2 held from the new one
    s1.push(7, update(2)); // left by now: ignored
    s2.push(8, update(3));
    expect(deltas(seen)).toEqual(['1', '2', '3']);
  });

  it('behavior: a move where the new connection lags skips what the old one already delivered', () => {
    const { s1, s2, seen } = moving();
    for (const n of [1, 2, 3]) s1.push(7, update(n));
    for (const n of [1, 2, 3, 4]) s2.push(8, update(n));
    expect(deltas(seen)).toEqual(['1', '2', '3', '4']);
  });

  it('behavior: the new connection takes over after 1 s without a common event, or at once when the old one ends, delivering what it held', () => {
    testScheduler().run(() => {
      const { h, s2, seen } = moving();
      s2.push(8, update(1));
      at(999, () => expect(deltas(seen)).toEqual([]));
      at(1000, () => {
        expect(deltas(seen)).toEqual(['1']);
        expect(h.calls.at(-1)).toBe('ws-api#1 userDataStream.unsubscribe {"subscriptionId":7}');
        // the next move: the old socket (#2) drops while lined up
        const s3 = h.open('ws-api#3');
        s2.draining.next();
        s3.push(9, update(2));
        s2.drop();
        expect(deltas(seen)).toEqual(['1', '2']);
        expect(h.events.filter((e) => e.type === 'reconnectScheduled')).toEqual([]);
      });
    });
  });

  it('behavior: a second serverShutdown moves again and leaves the second connection too; unsubscribing mid-move leaves nothing behind', () => {
    const h = harness();
    const s1 = h.open('ws-api#1');
    const seen: SpotUserEvent[] = [];
    const sub = spotUserStream$(h.deps).subscribe((e) => seen.push(e));
    const s2 = h.open('ws-api#2');
    s1.draining.next();
    s1.push(7, update(1));
    s2.push(8, update(1));
    const s3 = h.open('ws-api#3');
    s2.draining.next();
    s2.push(8, update(2));
    s3.push(9, update(2));
    expect(h.calls.filter((c) => c.includes('unsubscribe'))).toEqual(['ws-api#1 userDataStream.unsubscribe {"subscriptionId":7}', 'ws-api#2 userDataStream.unsubscribe {"subscriptionId":8}']);
    s2.push(8, update(3));
    s3.push(9, update(3));
    expect(deltas(seen)).toEqual(['1', '2', '3']);
    // a move that is not confirmed yet when the subscriber leaves is torn down with it
    h.open('ws-api#4');
    const pending = new Subject<{ subscriptionId: number }>();
    h.deps.callOn = <R>(session: WsApiSession, spec: { name: string }, params: object): Observable<R> => {
      h.calls.push(`${session.id} ${spec.name} ${JSON.stringify(params)}`);
      return (spec.name.startsWith('userDataStream.subscribe') ? pending : of({})) as Observable<R>;
    };
    s3.draining.next();
    expect(pending.observed).toBe(true);
    sub.unsubscribe();
    expect(pending.observed).toBe(false);
    expect(h.calls.at(-1)).toBe('ws-api#3 userDataStream.unsubscribe {"subscriptionId":9}');
  });

  it('teardown: when the client closes (the session is refused with ConfigError) the stream completes', () => {
    testScheduler().run(() => {
      const h = harness();
      const s1 = h.open('ws-api#1');
      let completed = false;
      spotUserStream$(h.deps).subscribe({ complete: () => (completed = true) });
      at(5, () => {
        h.close();
        s1.life.complete();
      });
      // the closed connection is retried once after the policy's delay, and the refusal ends the stream
      at(104, () => expect(completed).toBe(false));
      at(106, () => expect(completed).toBe(true));
    });
  });
});
