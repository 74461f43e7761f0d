import type { FakeApiRequest, FakeEndpoint } from '../fake-api-types.js';
import type { FakeSpotMarket } from './fake-spot-market.js';
import { marketEndpoint } from './market-endpoint.js';
import { perSymbol } from './market-params.js';
import { readTickerType, readTimeZone, readWindowSize } from './market-ticker-params.js';
import { DAY_MS, dayTicker, windowTicker } from './market-ticker-stats.js';
import { perSymbolTickerWeight, ticker24hrWeight } from './market-weights.js';

/** `ticker.24hr`: the 24 hours before the request; all symbols without `symbol`/`symbols`. */
function ticker24hr(request: FakeApiRequest, market: FakeSpotMarket): unknown {
  const type = readTickerType(request.params);
  return perSymbol(request.params, market, false, (symbol) => dayTicker(market, symbol, request.serverTime, type));
}

/** `ticker.tradingDay`: the current day in `timeZone`, from local midnight to its last millisecond. */
function tradingDay(request: FakeApiRequest, market: FakeSpotMarket): unknown {
  const { params, serverTime: now } = request;
  const offsetMs = readTimeZone(params);
  const type = readTickerType(params);
  const openTime = Math.floor((now + offsetMs) / DAY_MS) * DAY_MS - offsetMs;
  return perSymbol(params, market, true, (symbol) => windowTicker(market, symbol, openTime, openTime + DAY_MS - 1, now, type));
}

/**
 * `ticker` (rolling window): `openTime` starts on a minute, so the window may be up to 59 999 ms
 * wider than `windowSize`; `closeTime` is the request time (`spec/spot-ws-api.md` §6.2).
 */
function rollingTicker(request: FakeApiRequest, market: FakeSpotMarket): unknown {
  const { params, serverTime: now } = request;
  const windowMs = readWindowSize(params);
  const type = readTickerType(params);
  const openTime = Math.floor((now - windowMs) / 60_000) * 60_000;
  return perSymbol(params, market, true, (symbol) => windowTicker(market, symbol, openTime, now, now, type));
}

/**
 * The statistics methods (`spec/spot-ws-api.md` §6.2): `ticker.24hr`, `ticker.tradingDay` and
 * `ticker` (rolling window).
 *
 * @internal
 */
export const MARKET_TICKER_ENDPOINTS: readonly FakeEndpoint[] = [
  marketEndpoint('ticker.24hr', '/api/v3/ticker/24hr', ticker24hrWeight, ticker24hr),
  marketEndpoint('ticker.tradingDay', '/api/v3/ticker/tradingDay', perSymbolTickerWeight, tradingDay),
  marketEndpoint('ticker', '/api/v3/ticker', perSymbolTickerWeight, rollingTicker),
];
