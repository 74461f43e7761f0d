import { SubType } from '../../../lib/index.js';
import { StreamSubscribeError } from '../../../lib/errors/stream-errors.js';
import { ConfigError } from '../../../lib/errors/config-error.js';
import { SPOT_STREAM_EXAMPLES } from '../../../lib/testing/index.js';
import { loopback, Recorder, sleep, until } from '../../support/loopback.js';

type Env = Awaited<ReturnType<typeof loopback>>;
let env: Env;
afterEach(async () => env.dispose());

const controlsOf = (e: Env) => e.fake.inbound.filter((r) => r.kind === 'json');

describe('SpotClient stream multiplexing', () => {
  it('behavior: streams requested in the same tick go out in one SUBSCRIBE on one connection', async () => {
    env = await loopback();
    for (const s of ['BNBBTC', 'ETHBTC', 'LTCBTC']) new Recorder(env.spot.stream$(SubType.Trade, s));
    new Recorder(env.spot.stream$(SubType.BookTicker, 'BNBBTC'));
    await env.subscribed('ltcbtc@trade');
    expect(controlsOf(env).map((r) => [r.method, r.params])).toEqual([
      ['SUBSCRIBE', ['bnbbtc@trade', 'ethbtc@trade', 'ltcbtc@trade', 'bnbbtc@bookTicker']],
    ]);
    expect(env.fake.totalConnections).toBe(1);
    expect(env.fake.connections[0]?.path).toBe('/stream');
  });

  it('behavior: paces control messages under Binance’s 5 per second: the real limit never closes the connection', async () => {
    // Binance pings every 20 s; 1.5 s keeps a pong in most windows without exceeding one per window
    env = await loopback({ spotStreams: { pingIntervalMs: 1500 } });
    const symbols = Array.from({ length: 60 }, (_, i) => `sym${i}usdt`);
    for (const s of symbols) {
      new Recorder(env.spot.stream$(SubType.Trade, s));
      await sleep(40); // one new stream every 40 ms: 25 requests per second if sent unpaced
    }
    await until(() => symbols.every((s) => env.fake.subscribersOf(`${s}@trade`) === 1), 'all subscribed', 10_000);
    const times = env.fake.inbound.filter((r) => r.connectionId === 'spot-1').map((r) => r.at);
    for (const start of times) expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(5);
    expect(env.fake.totalConnections).toBe(1);
    expect(env.fake.inbound.some((r) => r.kind === 'pong')).toBe(true); // pongs were counted too
    expect(controlsOf(env).length).toBeLessThan(60); // later requests were batched while waiting
  });

  it('behavior: past 1024 streams a second connection opens and every stream delivers (1500 streams)', async () => {
    env = await loopback();
    const names = Array.from({ length: 1500 }, (_, i) => `s${i}usdt`);
    const recorders = names.map((s) => new Recorder(env.spot.stream$(SubType.Trade, s)));
    await until(() => names.every((s) => env.fake.subscribersOf(`${s}@trade`) === 1), 'all 1500 subscribed', 10_000);
    expect(env.fake.totalConnections).toBe(2);
    expect(env.fake.connections.map((c) => c.streams.size).sort((a, b) => b - a)).toEqual([1024, 476]);
    for (const s of names) env.fake.publish(`${s}@trade`, { ...SPOT_STREAM_EXAMPLES.trade, s: s.toUpperCase() });
    await until(() => recorders.every((r) => r.values.length === 1), 'every stream delivered', 10_000);
    expect(recorders.map((r) => r.values[0]?.symbol)).toEqual(names.map((s) => s.toUpperCase()));
  });

  it('behavior: refcounting: two subscribers share one wire subscription; the last leaving unsubscribes; the connection closes after the linger', async () => {
    env = await loopback({}, { connectionLinger: 300 });
    const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    const b = new Recorder(env.spot.stream$(SubType.Trade, 'bnb_btc'));
    const raw = new Recorder(env.spot.rawStream$('bnbbtc@trade'));
    await env.subscribed('bnbbtc@trade');
    env.fake.publish('bnbbtc@trade', SPOT_STREAM_EXAMPLES.trade);
    await until(() => a.values.length === 1 && b.values.length === 1 && raw.values.length === 1, 'all three got it');
    expect(a.values[0]).toBe(b.values[0]); // one decode, shared
    a.subscription.unsubscribe();
    raw.subscription.unsubscribe();
    await sleep(50);
    expect(controlsOf(env).map((r) => r.method)).toEqual(['SUBSCRIBE']);
    const lastLeft = Date.now();
    b.subscription.unsubscribe();
    await until(() => controlsOf(env).some((r) => r.method === 'UNSUBSCRIBE'), 'UNSUBSCRIBE');
    expect(Date.now() - lastLeft).toBeLessThan(1000);
    expect(env.fake.subscribersOf('bnbbtc@trade')).toBe(0);
    await until(() => env.fake.connectionCount === 0, 'connection closed after the linger', 3000);
    const closed = env.fake.allConnections[0];
    expect((closed?.closedAt ?? 0) - lastLeft).toBeGreaterThanOrEqual(250);
    expect(closed?.closeCode).toBe(1000);
  });

  it('error: a rejected stream errors alone; the others of its batch go on', async () => {
    env = await loopback();
    env.fake.rejectStream('badbtc@trade');
    const good = ['BNBBTC', 'ETHBTC', 'LTCBTC'].map((s) => new Recorder(env.spot.stream$(SubType.Trade, s)));
    const bad = new Recorder(env.spot.stream$(SubType.Trade, 'BADBTC'));
    await until(() => bad.errors.length === 1, 'the bad stream errored', 8000);
    expect(bad.errors[0]).toBeInstanceOf(StreamSubscribeError);
    expect(bad.errors[0]).toMatchObject({ stream: 'badbtc@trade', code: 2, msg: 'Invalid request: invalid stream' });
    await until(() => ['bnbbtc', 'ethbtc', 'ltcbtc'].every((s) => env.fake.subscribersOf(`${s}@trade`) === 1), 'good ones subscribed', 8000);
    for (const s of ['bnbbtc', 'ethbtc', 'ltcbtc']) env.fake.publish(`${s}@trade`, SPOT_STREAM_EXAMPLES.trade);
    await until(() => good.every((r) => r.values.length === 1), 'good ones deliver');
    expect(good.flatMap((r) => r.errors)).toEqual([]);
    expect(env.fake.connectionCount).toBe(1);
  });

  it('teardown: close() completes every stream, closes every connection and refuses new work', async () => {
    env = await loopback();
    const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    const b = new Recorder(env.spot.rawStream$('ethbtc@trade'));
    let eventsCompleted = false;
    env.spot.events$.subscribe({ complete: () => (eventsCompleted = true) });
    await env.subscribed('ethbtc@trade');
    await env.spot.close();
    expect([a.completed, b.completed, eventsCompleted]).toEqual([true, true, true]);
    await until(() => env.fake.connectionCount === 0, 'server saw the close');
    expect(env.fake.allConnections[0]?.closeCode).toBe(1000);
    expect(() => env.spot.stream$(SubType.Trade, 'BNBBTC')).toThrow(ConfigError);
    expect(() => env.spot.rawStream$('x@trade')).toThrow(ConfigError);
    await expect(env.spot.close()).resolves.toBeUndefined();
  });
});
