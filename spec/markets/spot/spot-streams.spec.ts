import { InvalidSubParamsError } from '../../../lib/errors/invalid-sub-params-error.js';
import { resolveSpotStream } from '../../../lib/markets/spot/spot-streams.js';
import { SubType } from '../../../lib/markets/sub-type.js';
import { TimeFrame } from '../../../lib/markets/time-frame.js';

const name = (subType: unknown, ...params: unknown[]): string => resolveSpotStream(subType, params).name;

describe('resolveSpotStream', () => {
  it('default: names every spot stream as spec/spot-streams.md §4 spells it', () => {
    expect(name(SubType.Trade, 'BTCUSDT')).toBe('btcusdt@trade');
    expect(name(SubType.AggTrade, 'BNBBTC')).toBe('bnbbtc@aggTrade');
    expect(name(SubType.BlockTrade, 'BNBBTC')).toBe('bnbbtc@blockTrade');
    expect(name(SubType.Kline, 'BTCUSDT', TimeFrame.M1)).toBe('btcusdt@kline_1m');
    expect(name(SubType.Kline, 'BTCUSDT', '1M')).toBe('btcusdt@kline_1M');
    expect(name(SubType.KlineUtc8, 'BTCUSDT', TimeFrame.D1)).toBe('btcusdt@kline_1d@+08:00');
    expect(name(SubType.MiniTicker, 'BTCUSDT')).toBe('btcusdt@miniTicker');
    expect(name(SubType.AllMarketMiniTickers)).toBe('!miniTicker@arr');
    expect(name(SubType.Ticker, 'BTCUSDT')).toBe('btcusdt@ticker');
    expect(name(SubType.WindowTicker, 'BTCUSDT', '4h')).toBe('btcusdt@ticker_4h');
    expect(name(SubType.AllMarketWindowTickers, '1d')).toBe('!ticker_1d@arr');
    expect(name(SubType.BookTicker, 'BTCUSDT')).toBe('btcusdt@bookTicker');
    expect(name(SubType.AvgPrice, 'BTCUSDT')).toBe('btcusdt@avgPrice');
    expect(name(SubType.PartialOrderBook, 'BNBUSDT', 20)).toBe('bnbusdt@depth20');
    expect(name(SubType.PartialOrderBook, 'BNBUSDT', 5, 100)).toBe('bnbusdt@depth5@100ms');
    expect(name(SubType.PartialOrderBook, 'BNBUSDT', 10, 1000)).toBe('bnbusdt@depth10');
    expect(name(SubType.DiffDepth, 'BTCUSDT')).toBe('btcusdt@depth');
    expect(name(SubType.DiffDepth, 'BTCUSDT', 100)).toBe('btcusdt@depth@100ms');
    expect(name(SubType.ReferencePrice, 'BAZUSD')).toBe('bazusd@referencePrice');
  });

  it('args: normalises symbol spellings', () => {
    for (const s of ['BTCUSDT', 'BTC_USDT', 'btc-usdt', 'BTC/USDT', 'btcusdt']) expect(name(SubType.Trade, s)).toBe('btcusdt@trade');
    expect(name(SubType.Trade, '币安USDT')).toBe('币安usdt@trade');
  });

  it('args: the partial-depth codec adds the symbol the payload lacks', () => {
    const { codec } = resolveSpotStream(SubType.PartialOrderBook, ['bnb_usdt', 5]);
    const decoded = codec.decode({ lastUpdateId: 1, bids: [], asks: [] });
    expect(decoded._tag === 'Right' && decoded.right).toMatchObject({ symbol: 'BNBUSDT', lastUpdateId: 1 });
  });

  it.each([
    ['level 7', SubType.PartialOrderBook, ['BTCUSDT', 7], /levels must be 5, 10 or 20/],
    ['speed 250', SubType.DiffDepth, ['BTCUSDT', 250], /speedMs must be 1000 or 100/],
    ['unknown interval', SubType.Kline, ['BTCUSDT', '2m'], /"2m" is not a kline interval/],
    ['unknown window', SubType.WindowTicker, ['BTCUSDT', '2h'], /window must be/],
    ['missing symbol', SubType.Trade, [], /expected 1 argument/],
    ['extra argument', SubType.Ticker, ['BTCUSDT', 'x'], /expected 1 argument/],
    ['numeric symbol', SubType.Trade, [42], /symbol must be a string/],
    ['empty symbol', SubType.Trade, [''], /is not a symbol/],
    ['symbol with @', SubType.Trade, ['btc@usdt'], /is not a symbol/],
    ['symbol with space', SubType.Trade, ['BTC USDT'], /is not a symbol/],
    ['SubType of another market', 'markPrice', ['BTCUSDT'], /not a SubType of the spot market/],
    ['not a SubType', 42, [], /not a SubType of the spot market/],
  ])('error: %s throws InvalidSubParamsError', (_what, subType, params, message) => {
    expect(() => resolveSpotStream(subType, params)).toThrow(InvalidSubParamsError);
    expect(() => resolveSpotStream(subType, params)).toThrow(message);
  });
});
