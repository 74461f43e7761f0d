import type { FakeApiRequest, FakeEndpoint } from '../fake-api-types.js';
import type { FakeSpotMarket } from './fake-spot-market.js';
import { marketEndpoint } from './market-endpoint.js';
import { buildKlines, readInterval, type KlineWire } from './market-klines.js';
import { readLimit, readSymbol, readTime } from './market-params.js';
import { readTimeZone } from './market-ticker-params.js';

/**
 * `klines` / `uiKlines`: `symbol`, `interval`, `startTime`, `endTime`, `timeZone` (intervals
 * laid out in that zone; start and end stay UTC) and `limit` (default 500, max 1000).
 */
function klines(request: FakeApiRequest, market: FakeSpotMarket, ui: boolean): KlineWire[] {
  const { params, serverTime } = request;
  const symbol = readSymbol(params, market);
  const interval = readInterval(params);
  const startTime = readTime(params, 'startTime');
  const endTime = readTime(params, 'endTime');
  const offsetMs = readTimeZone(params);
  const limit = readLimit(params, 500, 1000);
  return buildKlines(market.tradeLog(symbol, serverTime), { interval, startTime, endTime, limit, offsetMs, now: serverTime, ui });
}

/**
 * The kline methods (`spec/spot-ws-api.md` §6.2): `klines` and `uiKlines` (the latter opens
 * each kline at the previous close, Binance's "optimized for presentation").
 *
 * @internal
 */
export const MARKET_KLINE_ENDPOINTS: readonly FakeEndpoint[] = [
  marketEndpoint('klines', '/api/v3/klines', 2, (request, market) => klines(request, market, false)),
  marketEndpoint('uiKlines', '/api/v3/uiKlines', 2, (request, market) => klines(request, market, true)),
];
