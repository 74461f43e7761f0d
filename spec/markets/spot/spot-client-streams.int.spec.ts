import Big from 'big.js';
import { firstValueFrom, map, type Observable } from 'rxjs';
import { SubType, TimeFrame, type Ticker } from '../../../lib/index.js';
import { SPOT_STREAM_EXAMPLES } from '../../../lib/testing/index.js';
import { loopback, Recorder, until } from '../../support/loopback.js';

type Env = Awaited<ReturnType<typeof loopback>>;
let env: Env;
afterEach(async () => env.dispose());

describe('SpotClient.stream$', () => {
  it('default: delivers decoded tickers with exact decimals', async () => {
    env = await loopback();
    const close = firstValueFrom(env.spot.stream$(SubType.Ticker, 'BNBBTC').pipe(map((t: Ticker) => t.close)));
    await env.subscribed('bnbbtc@ticker');
    env.fake.publish('bnbbtc@ticker', SPOT_STREAM_EXAMPLES.ticker);
    expect((await close).eq(new Big('0.0025'))).toBe(true);
  });

  it('default: every spot SubType decodes its official payload end to end', async () => {
    env = await loopback();
    const { spot, fake } = env;
    const cases: ReadonlyArray<readonly [Observable<unknown>, string, unknown, string, unknown]> = [
      [spot.stream$(SubType.Trade, 'BNBBTC'), 'bnbbtc@trade', SPOT_STREAM_EXAMPLES.trade, 'tradeId', 12345],
      [spot.stream$(SubType.AggTrade, 'BNBBTC'), 'bnbbtc@aggTrade', SPOT_STREAM_EXAMPLES.aggTrade, 'aggTradeId', 12345],
      [spot.stream$(SubType.BlockTrade, 'BNBBTC'), 'bnbbtc@blockTrade', SPOT_STREAM_EXAMPLES.blockTrade, 'blockTradeId', 582],
      [spot.stream$(SubType.Kline, 'BNB_BTC', TimeFrame.M1), 'bnbbtc@kline_1m', SPOT_STREAM_EXAMPLES.kline, 'tradeCount', 100],
      [spot.stream$(SubType.KlineUtc8, 'BNBBTC', '1m'), 'bnbbtc@kline_1m@+08:00', SPOT_STREAM_EXAMPLES.kline, 'interval', '1m'],
      [spot.stream$(SubType.MiniTicker, 'BNBBTC'), 'bnbbtc@miniTicker', SPOT_STREAM_EXAMPLES.miniTicker, 'symbol', 'BNBBTC'],
      [spot.stream$(SubType.AllMarketMiniTickers), '!miniTicker@arr', [SPOT_STREAM_EXAMPLES.miniTicker], 'length', 1],
      [spot.stream$(SubType.Ticker, 'BNBBTC'), 'bnbbtc@ticker', SPOT_STREAM_EXAMPLES.ticker, 'tradeCount', 18151],
      [spot.stream$(SubType.WindowTicker, 'BNBBTC', '1h'), 'bnbbtc@ticker_1h', SPOT_STREAM_EXAMPLES.windowTicker, 'window', '1h'],
      [spot.stream$(SubType.AllMarketWindowTickers, '1h'), '!ticker_1h@arr', [SPOT_STREAM_EXAMPLES.windowTicker], 'length', 1],
      [spot.stream$(SubType.BookTicker, 'BNBUSDT'), 'bnbusdt@bookTicker', SPOT_STREAM_EXAMPLES.bookTicker, 'updateId', 400900217],
      [spot.stream$(SubType.AvgPrice, 'BTCUSDT'), 'btcusdt@avgPrice', SPOT_STREAM_EXAMPLES.avgPrice, 'interval', '5m'],
      [spot.stream$(SubType.PartialOrderBook, 'BNBBTC', 5, 100), 'bnbbtc@depth5@100ms', SPOT_STREAM_EXAMPLES.partialDepth, 'symbol', 'BNBBTC'],
      [spot.stream$(SubType.DiffDepth, 'BNBBTC'), 'bnbbtc@depth', SPOT_STREAM_EXAMPLES.diffDepth, 'finalUpdateId', 160],
      [spot.stream$(SubType.ReferencePrice, 'BAZUSD'), 'bazusd@referencePrice', SPOT_STREAM_EXAMPLES.referencePrice, 'engineTime', 1770313263917],
    ];
    const firsts = cases.map(([stream$]) => firstValueFrom(stream$));
    for (const [, name] of cases) await env.subscribed(name);
    for (const [, name, payload] of cases) fake.publish(name, payload);
    const values = await Promise.all(firsts);
    values.forEach((value, i) => {
      const [, , , field, expected] = cases[i] ?? [];
      expect((value as Record<string, unknown>)[field ?? '']).toEqual(expected);
    });
    // all fifteen streams share one connection, subscribed in one message
    expect(fake.totalConnections).toBe(1);
    const subscribes = fake.inbound.filter((r) => r.method === 'SUBSCRIBE');
    expect(subscribes).toHaveLength(1);
    expect(subscribes[0]?.params).toHaveLength(15);
  });

  it('args: timeUnit microsecond asks the server for microsecond timestamps', async () => {
    env = await loopback({}, { timeUnit: 'microsecond' });
    const trades = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    await env.subscribed('bnbbtc@trade');
    expect(env.fake.connections[0]?.timeUnit).toBe('MICROSECOND');
    env.fake.publish('bnbbtc@trade', { ...SPOT_STREAM_EXAMPLES.trade, E: 1672515782136123 });
    await until(() => trades.values.length === 1, 'a trade');
    expect(trades.values[0]?.eventTime).toBe(1672515782136123);
  });

  it('error: a payload that fails its codec is reported on events$ and the stream goes on', async () => {
    env = await loopback();
    const trades = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    await env.subscribed('bnbbtc@trade');
    env.fake.publish('bnbbtc@trade', { ...SPOT_STREAM_EXAMPLES.trade, p: 0.001 });
    env.fake.publish('bnbbtc@trade', SPOT_STREAM_EXAMPLES.trade);
    await until(() => trades.values.length === 1, 'the good trade');
    const decodeError = env.events.find((e) => e.type === 'decodeError');
    expect(decodeError).toMatchObject({ type: 'decodeError', stream: 'bnbbtc@trade', connectionId: 'spot/stream#1' });
    expect(decodeError?.type === 'decodeError' && decodeError.error.payload).toEqual({ ...SPOT_STREAM_EXAMPLES.trade, p: 0.001 });
    expect(decodeError?.type === 'decodeError' && decodeError.error.errors.join()).toContain('Trade/p: BigFromString');
    expect(trades.errors).toEqual([]);
  });

  it('error: a malformed frame is reported without ending any stream', async () => {
    env = await loopback();
    const a = new Recorder(env.spot.stream$(SubType.Trade, 'BNBBTC'));
    const b = new Recorder(env.spot.rawStream$('bnbbtc@aggTrade'));
    await env.subscribed('bnbbtc@aggTrade');
    env.fake.sendRaw('{"stream":"bnbbtc@trade","data":{');
    env.fake.publish('bnbbtc@trade', SPOT_STREAM_EXAMPLES.trade);
    env.fake.publish('bnbbtc@aggTrade', SPOT_STREAM_EXAMPLES.aggTrade);
    await until(() => a.values.length === 1 && b.values.length === 1, 'both streams delivered');
    const reported = env.events.filter((e) => e.type === 'decodeError');
    expect(reported).toHaveLength(1);
    expect(reported[0]?.type === 'decodeError' && reported[0].error.payload).toBe('{"stream":"bnbbtc@trade","data":{');
    expect(reported[0]?.type === 'decodeError' && reported[0].stream).toBeUndefined();
  });

  it('args: wrong arguments throw InvalidSubParamsError before anything opens', async () => {
    env = await loopback();
    expect(() => env.spot.stream$(SubType.PartialOrderBook, 'BNBBTC', 7 as 5)).toThrow('levels must be 5, 10 or 20');
    expect(() => env.spot.rawStream$('')).toThrow('is not a stream name');
    expect(env.fake.totalConnections).toBe(0);
    expect(env.events).toEqual([]);
  });
});
