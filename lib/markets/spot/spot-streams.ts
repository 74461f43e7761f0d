import type * as t from 'io-ts';
import { InvalidSubParamsError } from '../../errors/invalid-sub-params-error.js';
import type { ResolvedStream, StreamDef, StreamResolver } from '../stream-def.js';
import { SubType } from '../sub-type.js';
import { isTimeFrame, type TimeFrameLike } from '../time-frame.js';
import { AggTrade } from './codecs/agg-trade.js';
import { AvgPrice } from './codecs/avg-price.js';
import { BlockTrade } from './codecs/block-trade.js';
import { BookTicker } from './codecs/book-ticker.js';
import { DiffDepth } from './codecs/diff-depth.js';
import { Kline } from './codecs/kline.js';
import { MiniTicker, MiniTickerArray } from './codecs/mini-ticker.js';
import { partialDepthFor, type PartialDepth } from './codecs/partial-depth.js';
import { ReferencePrice } from './codecs/reference-price.js';
import { Ticker } from './codecs/ticker.js';
import { Trade } from './codecs/trade.js';
import { TickerWindow, WindowTicker, WindowTickerArray } from './codecs/window-ticker.js';
import type { OrderBookOptions } from './spot-order-book.js';
import type { SpotUserEvent } from './user-data/spot-user-event.js';
import { normalizeSpotSymbol } from './spot-symbol.js';
import type { OrderBook } from '../../orderbook/order-book.js';

/** Depth levels of the partial book streams. */
export type PartialDepthLevels = 5 | 10 | 20;
/** Update speeds of the spot depth streams, in ms. */
export type SpotDepthSpeed = 1000 | 100;

/**
 * What `SpotClient.stream$` accepts: for each spot SubType, its parameters after the SubType
 * and the decoded value it emits. Optional `speedMs` parameters default to 1000.
 */
export interface SpotStreams {
  [SubType.Trade]: StreamDef<[symbol: string], Trade>;
  [SubType.AggTrade]: StreamDef<[symbol: string], AggTrade>;
  [SubType.BlockTrade]: StreamDef<[symbol: string], BlockTrade>;
  [SubType.Kline]: StreamDef<[symbol: string, interval: TimeFrameLike], Kline>;
  [SubType.KlineUtc8]: StreamDef<[symbol: string, interval: TimeFrameLike], Kline>;
  [SubType.MiniTicker]: StreamDef<[symbol: string], MiniTicker>;
  [SubType.AllMarketMiniTickers]: StreamDef<[], readonly MiniTicker[]>;
  [SubType.Ticker]: StreamDef<[symbol: string], Ticker>;
  [SubType.WindowTicker]: StreamDef<[symbol: string, window: TickerWindow], WindowTicker>;
  [SubType.AllMarketWindowTickers]: StreamDef<[window: TickerWindow], readonly WindowTicker[]>;
  [SubType.BookTicker]: StreamDef<[symbol: string], BookTicker>;
  [SubType.AvgPrice]: StreamDef<[symbol: string], AvgPrice>;
  [SubType.PartialOrderBook]: StreamDef<
    [symbol: string, levels: PartialDepthLevels, speedMs?: SpotDepthSpeed],
    PartialDepth
  >;
  [SubType.DiffDepth]: StreamDef<[symbol: string, speedMs?: SpotDepthSpeed], DiffDepth>;
  [SubType.OrderBook]: StreamDef<[symbol: string, options?: OrderBookOptions], OrderBook>;
  [SubType.ReferencePrice]: StreamDef<[symbol: string], ReferencePrice>;
  [SubType.User]: StreamDef<[], SpotUserEvent>;
}

/** A SubType of the spot market. */
export type SpotSubType = keyof SpotStreams;

/**
 * Resolves `stream$` arguments to a spot stream name (`spec/spot-streams.md` §4) and codec.
 *
 * @param subType - the SubType as given (may be anything in plain JavaScript)
 * @param params - the arguments after it
 * @returns the wire name and the payload codec
 * @throws {@link InvalidSubParamsError} for a SubType of another market, a wrong number of
 * arguments, or a wrong value
 *
 * @internal
 */
export function resolveSpotStream(subType: unknown, params: readonly unknown[]): ResolvedStream {
  const resolver = typeof subType === 'string' ? SPOT_RESOLVERS.get(subType) : undefined;
  if (resolver === undefined) {
    throw new InvalidSubParamsError(String(subType), 'not a SubType of the spot market');
  }
  return resolver(params);
}

function symbolStream(subType: SubType, suffix: string, codec: t.Decoder<unknown, unknown>): StreamResolver {
  return (params) => {
    arity(subType, params, 1, 1);
    return { name: `${normalizeSpotSymbol(subType, params[0])}@${suffix}`, codec };
  };
}

function klineStream(subType: SubType, zoneSuffix: string): StreamResolver {
  return (params) => {
    arity(subType, params, 2, 2);
    const [symbol, interval] = params;
    if (!isTimeFrame(interval)) throw new InvalidSubParamsError(subType, `${JSON.stringify(interval)} is not a kline interval`);
    return { name: `${normalizeSpotSymbol(subType, symbol)}@kline_${interval}${zoneSuffix}`, codec: Kline };
  };
}

const SPOT_RESOLVERS: ReadonlyMap<string, StreamResolver> = new Map<SubType, StreamResolver>([
  [SubType.Trade, symbolStream(SubType.Trade, 'trade', Trade)],
  [SubType.AggTrade, symbolStream(SubType.AggTrade, 'aggTrade', AggTrade)],
  [SubType.BlockTrade, symbolStream(SubType.BlockTrade, 'blockTrade', BlockTrade)],
  [SubType.MiniTicker, symbolStream(SubType.MiniTicker, 'miniTicker', MiniTicker)],
  [SubType.Ticker, symbolStream(SubType.Ticker, 'ticker', Ticker)],
  [SubType.BookTicker, symbolStream(SubType.BookTicker, 'bookTicker', BookTicker)],
  [SubType.AvgPrice, symbolStream(SubType.AvgPrice, 'avgPrice', AvgPrice)],
  [SubType.ReferencePrice, symbolStream(SubType.ReferencePrice, 'referencePrice', ReferencePrice)],
  [SubType.Kline, klineStream(SubType.Kline, '')],
  [SubType.KlineUtc8, klineStream(SubType.KlineUtc8, '@+08:00')],
  [
    SubType.AllMarketMiniTickers,
    (params) => {
      arity(SubType.AllMarketMiniTickers, params, 0, 0);
      return { name: '!miniTicker@arr', codec: MiniTickerArray };
    },
  ],
  [
    SubType.WindowTicker,
    (params) => {
      arity(SubType.WindowTicker, params, 2, 2);
      const window = tickerWindow(SubType.WindowTicker, params[1]);
      return { name: `${normalizeSpotSymbol(SubType.WindowTicker, params[0])}@ticker_${window}`, codec: WindowTicker };
    },
  ],
  [
    SubType.AllMarketWindowTickers,
    (params) => {
      arity(SubType.AllMarketWindowTickers, params, 1, 1);
      return { name: `!ticker_${tickerWindow(SubType.AllMarketWindowTickers, params[0])}@arr`, codec: WindowTickerArray };
    },
  ],
  [
    SubType.PartialOrderBook,
    (params) => {
      arity(SubType.PartialOrderBook, params, 2, 3);
      const [rawSymbol, levels, speed] = params;
      const symbol = normalizeSpotSymbol(SubType.PartialOrderBook, rawSymbol);
      if (levels !== 5 && levels !== 10 && levels !== 20) {
        throw new InvalidSubParamsError(SubType.PartialOrderBook, `levels must be 5, 10 or 20, got ${JSON.stringify(levels)}`);
      }
      const name = `${symbol}@depth${levels}${speedSuffix(SubType.PartialOrderBook, speed)}`;
      return { name, codec: partialDepthFor(symbol.toUpperCase()) };
    },
  ],
  [
    SubType.DiffDepth,
    (params) => {
      arity(SubType.DiffDepth, params, 1, 2);
      const symbol = normalizeSpotSymbol(SubType.DiffDepth, params[0]);
      return { name: `${symbol}@depth${speedSuffix(SubType.DiffDepth, params[1])}`, codec: DiffDepth };
    },
  ],
]);

function arity(subType: SubType, params: readonly unknown[], min: number, max: number): void {
  if (params.length < min || params.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    throw new InvalidSubParamsError(subType, `expected ${expected} argument(s) after the SubType, got ${params.length}`);
  }
}

function tickerWindow(subType: SubType, window: unknown): TickerWindow {
  if (!TickerWindow.is(window)) throw new InvalidSubParamsError(subType, `window must be '1h', '4h' or '1d', got ${JSON.stringify(window)}`);
  return window;
}

function speedSuffix(subType: SubType, speed: unknown): string {
  if (speed === undefined || speed === 1000) return '';
  if (speed === 100) return '@100ms';
  throw new InvalidSubParamsError(subType, `speedMs must be 1000 or 100, got ${JSON.stringify(speed)}`);
}
