import * as t from 'io-ts';
import { asyncScheduler, type Observable } from 'rxjs';
import { ServerClock } from '../../lib/client/server-clock.js';
import { ConfigError } from '../../lib/errors/config-error.js';
import { BinanceApiError } from '../../lib/errors/api-error.js';
import { ExecutionStatusUnknownError, TimeoutError } from '../../lib/errors/request-errors.js';
import { SocketClosedError } from '../../lib/errors/transport-errors.js';
import type { RequestSpec } from '../../lib/requests/request-spec.js';
import { SecurityType } from '../../lib/requests/security-type.js';
import type { ConnectionEvent } from '../../lib/streams/connection-event.js';
import { fakeWebSocketFactory, type FakeWebSocket } from '../../lib/testing/fake-websocket.js';
import { WsApiConnection } from '../../lib/ws-api/ws-api-connection.js';
import { WsApiRequester } from '../../lib/ws-api/ws-api-requester.js';
import { testScheduler } from '../support/marbles.js';
import { at } from '../support/mux-harness.js';

const TIMEOUT = 1000;
const LINGER = 500;
const READ: RequestSpec<{ n: number }> = { name: 'read', security: SecurityType.None, ordersEffect: false, result: t.type({ n: t.number }) };
const ORDER: RequestSpec<unknown> = { name: 'order.place', security: SecurityType.Trade, ordersEffect: true, result: t.unknown };
const SIGNED_READ: RequestSpec<unknown> = { name: 'account.status', security: SecurityType.UserData, ordersEffect: false, result: t.unknown };

interface Sent {
  readonly id: string;
  readonly method: string;
  readonly params?: Record<string, unknown>;
}

/** A requester on fake sockets, without credentials; use inside `TestScheduler.run`. */
function harness() {
  const { WebSocket, sockets } = fakeWebSocketFactory();
  const now = (): number => asyncScheduler.now();
  const events: ConnectionEvent[] = [];
  const connection = new WsApiConnection({
    label: 'spot/ws-api',
    url: 'ws://fake/ws-api/v3',
    webSocket: WebSocket,
    lingerMs: LINGER,
    now,
    emit: (e) => events.push(e),
    onResponse: () => undefined,
    onRevoked: () => undefined,
  });
  const requester = new WsApiRequester({ connection, clock: new ServerClock(now), credentials: undefined, recvWindowMs: undefined, requestTimeoutMs: TIMEOUT, timeUnit: 'millisecond', now });
  const outcomes: { value?: unknown; error?: unknown; at: number }[] = [];
  const run = <R>(source$: Observable<R>) =>
    source$.subscribe({ next: (value) => outcomes.push({ value, at: now() }), error: (error: unknown) => outcomes.push({ error, at: now() }) });
  const sent = (socket: FakeWebSocket | undefined): Sent[] => (socket?.sentJson ?? []) as Sent[];
  const reply = (socket: FakeWebSocket | undefined, index: number, body: object): void => {
    const request = sent(socket)[index];
    if (request === undefined) throw new Error(`no request #${index}`);
    socket?.message({ id: request.id, status: 200, ...body });
  };
  return { connection, requester, sockets, events, outcomes, run, sent, reply };
}

describe('WsApiRequester over WsApiConnection', () => {
  it('default: sends on subscribe once the socket opens, matches the answer by id, decodes it', () => {
    testScheduler().run(({ flush }) => {
      const h = harness();
      const read$ = h.requester.call(READ, {});
      expect(h.sockets).toHaveLength(0);
      h.run(read$);
      h.run(read$);
      at(5, () => h.sockets[0]?.open());
      at(10, () => h.reply(h.sockets[0], 1, { result: { n: 2 } }));
      at(20, () => h.reply(h.sockets[0], 0, { result: { n: 1 } }));
      flush();
      expect(h.sockets).toHaveLength(1);
      expect(h.sent(h.sockets[0]).map((s) => [s.id, s.method])).toEqual([
        ['1', 'read'],
        ['2', 'read'],
      ]);
      expect(h.outcomes).toEqual([
        { value: { n: 2 }, at: 10 },
        { value: { n: 1 }, at: 20 },
      ]);
    });
  });

  it('behavior: the idle socket closes exactly one linger after the last answer; a request inside the linger reuses it', () => {
    testScheduler().run(({ flush }) => {
      const h = harness();
      h.run(h.requester.call(READ, {}));
      at(1, () => h.sockets[0]?.open());
      at(2, () => h.reply(h.sockets[0], 0, { result: { n: 1 } }));
      at(LINGER + 1, () => h.run(h.requester.call(READ, {})));
      at(LINGER + 2, () => h.reply(h.sockets[0], 1, { result: { n: 2 } }));
      flush();
      expect(h.sockets).toHaveLength(1);
      expect(h.events.map((e) => [e.type, e.at])).toEqual([
        ['connecting', 0],
        ['open', 1],
        ['closed', 2 * LINGER + 2],
      ]);
    });
  });

  it('error: no answer in requestTimeout is a TimeoutError for a read and ExecutionStatusUnknownError for an order', () => {
    testScheduler().run(({ flush }) => {
      const h = harness();
      h.run(h.requester.call(READ, {}));
      h.run(h.requester.call(ORDER, { symbol: 'BTCUSDT' }));
      at(1, () => h.sockets[0]?.open());
      flush();
      expect(h.outcomes.map((o) => [o.error?.constructor, o.at])).toEqual([
        [TimeoutError, TIMEOUT],
        [ExecutionStatusUnknownError, TIMEOUT],
      ]);
    });
  });

  it('error: a drop fails every pending request (SocketClosedError, or ExecutionStatusUnknownError for an order); the next request opens a new socket', () => {
    testScheduler().run(({ flush }) => {
      const h = harness();
      h.run(h.requester.call(READ, {}));
      h.run(h.requester.call(ORDER, {}));
      at(1, () => h.sockets[0]?.open());
      at(2, () => h.sockets[0]?.serverClose(1006));
      at(3, () => h.run(h.requester.call(READ, {})));
      at(4, () => h.sockets[1]?.open());
      at(5, () => h.reply(h.sockets[1], 0, { result: { n: 3 } }));
      flush();
      expect(h.outcomes.map((o) => o.error?.constructor ?? o.value)).toEqual([SocketClosedError, ExecutionStatusUnknownError, { n: 3 }]);
      expect(h.sockets).toHaveLength(2);
    });
  });

  it('behavior: unsubscribing before the answer drops the pending entry; the late answer is reported as unmatched', () => {
    testScheduler().run(({ flush }) => {
      const h = harness();
      const subscription = h.run(h.requester.call(ORDER, {}));
      at(1, () => h.sockets[0]?.open());
      at(2, () => subscription.unsubscribe());
      at(3, () => h.sockets[0]?.message({ id: '1', status: 200, result: {} }));
      flush();
      expect(h.outcomes).toEqual([]);
      expect(h.sent(h.sockets[0])).toHaveLength(1);
      expect(h.events.map((e) => e.type)).toEqual(['connecting', 'open', 'decodeError', 'closed']);
    });
  });

  it('behavior: -1021 on a signed request resyncs the clock once and retries once; a second -1021 surfaces', () => {
    testScheduler().run(({ flush }) => {
      const h = harness();
      const timestampRejection = { status: 400, error: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' } };
      h.run(h.requester.call(SIGNED_READ, {}));
      at(1, () => h.sockets[0]?.open());
      at(2, () => h.reply(h.sockets[0], 0, timestampRejection));
      at(3, () => h.reply(h.sockets[0], 1, { result: { serverTime: 50_000 } }));
      at(4, () => h.reply(h.sockets[0], 2, timestampRejection));
      flush();
      expect(h.sent(h.sockets[0]).map((s) => s.method)).toEqual(['account.status', 'time', 'account.status']);
      expect(h.outcomes).toEqual([{ error: expect.any(BinanceApiError), at: 4 }]);
      expect(h.outcomes[0]?.error).toMatchObject({ code: -1021 });
    });
  });

  it('behavior: close() waits for the request in flight, closes right after its answer, then refuses requests with ConfigError', async () => {
    let closing: Promise<void> | undefined;
    testScheduler().run(({ flush }) => {
      const h = harness();
      const read$ = h.requester.call(READ, {});
      h.run(read$);
      at(1, () => h.sockets[0]?.open());
      at(2, () => (closing = h.connection.close()));
      at(300, () => h.reply(h.sockets[0], 0, { result: { n: 1 } }));
      at(400, () => h.run(read$));
      flush();
      expect(h.events.map((e) => [e.type, e.at])).toEqual([
        ['connecting', 0],
        ['open', 1],
        ['closed', 300],
      ]);
      expect(h.outcomes).toEqual([
        { value: { n: 1 }, at: 300 },
        { error: expect.any(ConfigError), at: 400 },
      ]);
      expect(h.sockets).toHaveLength(1);
    });
    await expect(closing).resolves.toBeUndefined();
  });
});
