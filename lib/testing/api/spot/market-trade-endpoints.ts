import type { FakeEndpoint } from '../fake-api-types.js';
import { optInt, reqInt } from '../fake-params.js';
import type { FakeSpotMarket } from './fake-spot-market.js';
import { upperBound, type FakeSpotAggTrade, type FakeSpotTrade } from './fake-spot-market-history.js';
import { wire8 } from './market-decimal.js';
import { marketEndpoint } from './market-endpoint.js';
import { marketFail, readLimit, readSymbol, readTime } from './market-params.js';

type Params = Readonly<Record<string, unknown>>;

/** A trade as `trades.recent` / `trades.historical` send it (`spec/spot-ws-api.md` §6.2). */
function tradeWire(trade: FakeSpotTrade): unknown {
  return {
    id: trade.id,
    price: wire8(trade.price),
    qty: wire8(trade.qty),
    quoteQty: wire8(trade.price.times(trade.qty)),
    time: trade.time,
    isBuyerMaker: trade.isBuyerMaker,
    isBestMatch: true,
  };
}

/**
 * `trades.recent`, and `trades.historical` from `fromId` (the most recent trades without it).
 * Trade ids are consecutive, so `fromId` maps straight to an index.
 */
function trades(params: Params, market: FakeSpotMarket, now: number, historical: boolean): unknown {
  const symbol = readSymbol(params, market);
  const fromId = historical ? optInt(params, 'fromId') : undefined;
  const limit = readLimit(params, 500, 1000);
  const log = market.tradeLog(symbol, now);
  const end = log.countUpTo(now);
  const firstId = log.trades[0]?.id ?? 0;
  const start = fromId === undefined ? Math.max(0, end - limit) : Math.max(0, fromId - firstId);
  return log.trades.slice(start, Math.min(start + limit, end)).map(tradeWire);
}

/**
 * `blockTrades.historical`: block trades from the mandatory `fromId`, shaped like trades without
 * `isBestMatch` (binance-connector-js `HistoricalBlockTradesResponseInner`, 2026-05-06 release).
 */
function blockTrades(params: Params, market: FakeSpotMarket, now: number): unknown {
  const symbol = readSymbol(params, market);
  const fromId = reqInt(params, 'fromId');
  const limit = readLimit(params, 500, 1000);
  return market
    .blockTrades(symbol, now)
    .filter((block) => block.id >= fromId && block.time <= now)
    .slice(0, limit)
    .map((block) => ({
      id: block.id,
      price: wire8(block.price),
      qty: wire8(block.qty),
      quoteQty: wire8(block.price.times(block.qty)),
      time: block.time,
      isBuyerMaker: block.isBuyerMaker,
    }));
}

/** An aggregate trade as `trades.aggregate` lists it (and `@aggTrade` carries it). @internal */
export function aggTradeWire(agg: FakeSpotAggTrade): Readonly<Record<string, unknown>> {
  return {
    a: agg.id,
    p: wire8(agg.price),
    q: wire8(agg.qty),
    f: agg.firstTradeId,
    l: agg.lastTradeId,
    T: agg.time,
    m: agg.isBuyerMaker,
    M: true,
  };
}

/**
 * `trades.aggregate`: from `fromId`, or filtered by `startTime`/`endTime` on the trade time
 * (`fromId` cannot be combined with them: `-1128`), or the most recent.
 */
function aggTrades(params: Params, market: FakeSpotMarket, now: number): unknown {
  const symbol = readSymbol(params, market);
  const fromId = optInt(params, 'fromId');
  const startTime = readTime(params, 'startTime');
  const endTime = readTime(params, 'endTime');
  const limit = readLimit(params, 500, 1000);
  if (fromId !== undefined && (startTime !== undefined || endTime !== undefined)) {
    marketFail(-1128, 'Combination of optional parameters invalid.');
  }
  const all = market.tradeLog(symbol, now).aggTrades;
  const end = upperBound(all, endTime === undefined ? now : Math.min(endTime, now));
  let start: number;
  if (fromId !== undefined) start = Math.max(0, fromId - (all[0]?.id ?? 0));
  else if (startTime !== undefined) start = upperBound(all, startTime - 1);
  else start = Math.max(0, end - limit);
  return all.slice(start, Math.min(start + limit, end)).map(aggTradeWire);
}

/**
 * The trade-list methods (`spec/spot-ws-api.md` §6.2): `trades.recent`, `trades.historical`,
 * `blockTrades.historical` and `trades.aggregate`.
 *
 * @internal
 */
export const MARKET_TRADE_ENDPOINTS: readonly FakeEndpoint[] = [
  marketEndpoint('trades.recent', '/api/v3/trades', 25, (request, market) =>
    trades(request.params, market, request.serverTime, false),
  ),
  marketEndpoint('trades.historical', '/api/v3/historicalTrades', 25, (request, market) =>
    trades(request.params, market, request.serverTime, true),
  ),
  marketEndpoint('blockTrades.historical', '/api/v3/historicalBlockTrades', 25, (request, market) =>
    blockTrades(request.params, market, request.serverTime),
  ),
  marketEndpoint('trades.aggregate', '/api/v3/aggTrades', 4, (request, market) =>
    aggTrades(request.params, market, request.serverTime),
  ),
];
