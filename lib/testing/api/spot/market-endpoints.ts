import type { FakeEndpoint } from '../fake-api-types.js';
import { MARKET_BOOK_ENDPOINTS } from './market-book-endpoints.js';
import { MARKET_GENERAL_ENDPOINTS } from './market-general-endpoints.js';
import { MARKET_KLINE_ENDPOINTS } from './market-kline-endpoints.js';
import { MARKET_REFERENCE_ENDPOINTS } from './market-reference-endpoints.js';
import { MARKET_TICKER_ENDPOINTS } from './market-ticker-endpoints.js';
import { MARKET_TRADE_ENDPOINTS } from './market-trade-endpoints.js';

/**
 * Every public spot method of the fake exchange: the general ones (`ping`, `time`,
 * `exchangeInfo`, `executionRules`) and all market data (`spec/spot-ws-api.md` §6.1–§6.2,
 * `spec/rest.md` §7). All are `NONE` security and `GET` over REST; they read and answer from
 * the `FakeSpotMarket` in the handler context.
 *
 * @example
 * ```ts
 * import { FAKE_SPOT_MARKET_ENDPOINTS } from './market-endpoints.js';
 * import { FakeSpotMarket } from './fake-spot-market.js';
 * const time = FAKE_SPOT_MARKET_ENDPOINTS.find((e) => e.method === 'time');
 * time?.handle(
 *   { params: {}, transport: 'ws', apiKey: undefined, serverTime: 1_700_000_000_000 },
 *   { market: new FakeSpotMarket(), account: undefined },
 * ); // { result: { serverTime: 1700000000000 } }
 * ```
 *
 * @internal
 */
export const FAKE_SPOT_MARKET_ENDPOINTS: readonly FakeEndpoint[] = [
  ...MARKET_GENERAL_ENDPOINTS,
  ...MARKET_BOOK_ENDPOINTS,
  ...MARKET_TRADE_ENDPOINTS,
  ...MARKET_KLINE_ENDPOINTS,
  ...MARKET_TICKER_ENDPOINTS,
  ...MARKET_REFERENCE_ENDPOINTS,
];
