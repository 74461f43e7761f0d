import WebSocket from 'ws';
import { SubType } from '../../../lib/index.js';
import { StreamAbandonedError } from '../../../lib/errors/stream-errors.js';
import { StaleStreamError, SocketClosedError } from '../../../lib/errors/transport-errors.js';
import { noRetryPolicy } from '../../../lib/transport/socket/retry-policy.js';
import type { NodeWebSocketExtras, WebSocketCtor, WebSocketEventLike, WebSocketLike } from '../../../lib/transport/socket/web-socket-like.js';
import { SPOT_STREAM_EXAMPLES } from '../../../lib/testing/index.js';
import { loopback, Recorder, sleep, until } from '../../support/loopback.js';

type Env = Awaited<ReturnType<typeof loopback>>;
let env: Env;
afterEach(async () => env.dispose());

const trade = (id: number) => ({ ...SPOT_STREAM_EXAMPLES.trade, t: id });
const ids = (r: Recorder<{ tradeId: number }>) => r.values.map((v) => v.tradeId);

/** Publishes trades 1..n on `stream`, one every `everyMs`, while `during` runs. */
async function publishWhile(stream: string, n: number, everyMs: number, during: (i: number) => void): Promise<void> {
  for (let i = 1; i <= n; i++) {
    env.fake.publish(stream, trade(i));
    during(i);
    await sleep(everyMs);
  }
}

type Listener = (event: WebSocketEventLike) => void;

/**
 * `ws` sockets of which the `lagged`-th one opened hands its text frames on `lagMs` late (in
 * order): two connections out of step, as two Binance connections may be.
 */
function laggingWebSocket(lagged: number, lagMs: number): WebSocketCtor {
  let opened = 0;
  return class LaggingWebSocket implements WebSocketLike, NodeWebSocketExtras {
    readonly #socket: WebSocketLike & NodeWebSocketExtras;
    readonly #lagMs: number;
    readonly #late = new Map<Listener, Listener>();

    constructor(url: string) {
      this.#socket = new WebSocket(url) as unknown as WebSocketLike & NodeWebSocketExtras;
      this.#lagMs = ++opened === lagged ? lagMs : 0;
    }
    get readyState(): number {
      return this.#socket.readyState;
    }
    set binaryType(type: string) {
      this.#socket.binaryType = type;
    }
    send(data: string): void {
      this.#socket.send(data);
    }
    close(code?: number, reason?: string): void {
      this.#socket.close(code, reason);
    }
    addEventListener(type: string, listener: Listener): void {
      if (type !== 'message' || this.#lagMs === 0) return this.#socket.addEventListener(type, listener);
      const late: Listener = (event) => void setTimeout(() => this.#late.has(listener) && listener(event), this.#lagMs);
      this.#late.set(listener, late);
      this.#socket.addEventListener(type, late);
    }
    removeEventListener(type: string, listener: Listener): void {
      const late = this.#late.get(listener);
      this.#late.delete(listener);
      this.#socket.removeEventListener(type, late ?? listener);
    }
    on(event: 'ping' | 'pong', listener: () => void): this {
      this.#socket.on(event, listener);
      return this;
    }
    off(event: 'ping' | 'pong', listener: () => void): this {
      this.#socket.off(event, listener);
      return this;
    }
    terminate(): void {
      this.#socket.terminate();
    }
  };
}

/** The serverShutdown move with connection `lagged` (1 old, 2 new) 40 ms behind the other. */
async function shutdownWithLag(lagged: number): Promise<number[]> {
  env = await loopback({}, { webSocket: laggingWebSocket(lagged, 40) });
  const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
  await env.subscribed('bnbbtc@trade');
  await publishWhile('bnbbtc@trade', 60, 5, (i) => {
    if (i === 10) env.fake.sendServerShutdown();
  });
  await until(() => a.values.length >= 60 && env.fake.connectionCount === 1, '60 trades and the old connection closed');
  expect(env.events.find((e) => e.type === 'replaced')).toMatchObject({ reason: 'serverShutdown', replacementId: 'spot/stream#2' });
  return ids(a);
}

describe('SpotClient stream faults', () => {
  it('behavior: an abrupt drop reconnects, resubscribes and the subscriber sees no error', async () => {
    env = await loopback();
    const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    const b = new Recorder(env.spot.stream$(SubType.Ticker, 'BNBBTC'));
    await env.subscribed('bnbbtc@ticker');
    env.fake.publish('bnbbtc@trade', trade(1));
    await until(() => a.values.length === 1, 'first trade');
    expect(env.fake.dropConnections()).toBe(1);
    await until(() => env.events.some((e) => e.type === 'resubscribed'), 'resubscribed');
    env.fake.publish('bnbbtc@trade', trade(2));
    env.fake.publish('bnbbtc@ticker', SPOT_STREAM_EXAMPLES.ticker);
    await until(() => a.values.length === 2 && b.values.length === 1, 'data after the reconnect');
    expect(ids(a)).toEqual([1, 2]);
    expect([a.errors, b.errors, a.completed]).toEqual([[], [], false]);
    expect(env.fake.totalConnections).toBe(2);
    const closed = env.events.find((e) => e.type === 'closed');
    expect(closed).toMatchObject({ code: 1006, byClient: false, connectionId: 'spot/stream#1' });
    const scheduled = env.events.find((e) => e.type === 'reconnectScheduled');
    expect(scheduled?.type === 'reconnectScheduled' && scheduled.error).toBeInstanceOf(SocketClosedError);
    expect(env.events.find((e) => e.type === 'resubscribed')).toMatchObject({ streams: 2, connectionId: 'spot/stream#2' });
    const resubscribe = env.fake.inbound.filter((r) => r.method === 'SUBSCRIBE').at(-1);
    expect(resubscribe?.params).toEqual(['bnbbtc@trade', 'bnbbtc@ticker']);
  });

  it('behavior: a clean server close (the 24 h limit) reconnects the same way', async () => {
    env = await loopback();
    const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    await env.subscribed('bnbbtc@trade');
    env.fake.closeConnections(undefined, 1000, 'max age');
    await until(() => env.events.some((e) => e.type === 'resubscribed'), 'resubscribed');
    env.fake.publish('bnbbtc@trade', trade(5));
    await until(() => a.values.length === 1, 'trade after reconnect');
    expect(env.events.find((e) => e.type === 'closed')).toMatchObject({ code: 1000, reason: 'max age', byClient: false });
    expect(a.errors).toEqual([]);
  });

  it('behavior: a silent connection is declared dead after streamTimeout and replaced', async () => {
    env = await loopback({}, { streamTimeout: 600 });
    const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    await env.subscribed('bnbbtc@trade');
    const silencedAt = Date.now();
    env.fake.silence();
    await until(() => env.events.some((e) => e.type === 'resubscribed'), 'resubscribed', 5000);
    const scheduled = env.events.find((e) => e.type === 'reconnectScheduled');
    expect(scheduled?.type === 'reconnectScheduled' && scheduled.error).toBeInstanceOf(StaleStreamError);
    expect((scheduled?.at ?? 0) - silencedAt).toBeGreaterThanOrEqual(550);
    expect((scheduled?.at ?? 0) - silencedAt).toBeLessThan(600 + 1000);
    // it asked before giving up: a LIST_SUBSCRIPTIONS probe after half the timeout
    expect(env.fake.inbound.some((r) => r.method === 'LIST_SUBSCRIPTIONS' && r.connectionId === 'spot-1')).toBe(true);
    env.fake.publish('bnbbtc@trade', trade(9));
    await until(() => a.values.length === 1, 'trade on the new connection');
    expect(a.errors).toEqual([]);
  });

  it('behavior: a quiet but healthy connection answers the probe and is kept', async () => {
    env = await loopback({}, { streamTimeout: 800 });
    new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    await env.subscribed('bnbbtc@trade');
    await sleep(2500); // three timeouts long: only the answered probes keep it alive
    expect(env.fake.inbound.filter((r) => r.method === 'LIST_SUBSCRIPTIONS').length).toBeGreaterThanOrEqual(2);
    expect(env.fake.totalConnections).toBe(1);
    expect(env.events.some((e) => e.type === 'reconnectScheduled')).toBe(false);
  });

  it('behavior: serverShutdown: the replacement opens before the old connection closes, with no gap and no duplicate', async () => {
    env = await loopback();
    const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    await env.subscribed('bnbbtc@trade');
    await publishWhile('bnbbtc@trade', 60, 5, (i) => {
      if (i === 10) env.fake.sendServerShutdown();
    });
    await until(() => a.values.length === 60, 'all 60 trades');
    expect(ids(a)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(env.events.find((e) => e.type === 'replaced')).toMatchObject({
      reason: 'serverShutdown',
      connectionId: 'spot/stream#1',
      replacementId: 'spot/stream#2',
    });
    await until(() => env.fake.connectionCount === 1, 'old connection closed by the client');
    const [old, replacement] = env.fake.allConnections;
    expect(old?.closeCode).toBe(1000);
    expect(replacement?.openedAt).toBeLessThanOrEqual(old?.closedAt ?? 0);
    expect(env.events.some((e) => e.type === 'reconnectScheduled')).toBe(false);
  });

  it('behavior: serverShutdown with the old connection lagging: what it sends after the new one confirmed is not lost', async () => {
    expect(await shutdownWithLag(1)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('behavior: serverShutdown with the new connection lagging: what it repeats of the old one is not delivered twice', async () => {
    expect(await shutdownWithLag(2)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('behavior: a connection is replaced before maxConnectionAge the same way', async () => {
    env = await loopback({}, { maxConnectionAge: 300 });
    const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    await env.subscribed('bnbbtc@trade');
    await publishWhile('bnbbtc@trade', 80, 5, () => undefined);
    await until(() => a.values.length === 80, 'all 80 trades');
    expect(ids(a)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(env.events.filter((e) => e.type === 'replaced').length).toBeGreaterThanOrEqual(1);
    expect(env.events.find((e) => e.type === 'replaced')).toMatchObject({ reason: 'maxAge' });
  });

  it('error: when the retry policy abandons, the streams error with StreamAbandonedError', async () => {
    env = await loopback({}, { retryPolicy: noRetryPolicy });
    const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    const b = new Recorder(env.spot.stream$(SubType.AggTrade, 'BNBBTC'));
    await env.subscribed('bnbbtc@aggTrade');
    env.fake.dropConnections();
    await until(() => a.errors.length === 1 && b.errors.length === 1, 'both streams errored');
    expect(a.errors[0]).toBeInstanceOf(StreamAbandonedError);
    expect((a.errors[0] as StreamAbandonedError).walk((c) => c instanceof SocketClosedError)).toBeInstanceOf(SocketClosedError);
    await sleep(100);
    expect(env.fake.totalConnections).toBe(1);
  });
});
