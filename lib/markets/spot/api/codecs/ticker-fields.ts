import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';

// Field sets of the ticker results (spot-ws-api.md §6.2; Binance's ticker.tradingDay and
// ticker examples for the window variants). Binance's key names are kept; `Qty` → `Quantity`.

/**
 * The fields of every MINI ticker (`ticker.24hr`, `ticker.tradingDay`, `ticker` with
 * `type: 'MINI'`).
 *
 * @internal
 */
export const MINI_TICKER_FIELDS = {
  symbol: ['symbol', t.string],
  openPrice: ['openPrice', BigFromString],
  highPrice: ['highPrice', BigFromString],
  lowPrice: ['lowPrice', BigFromString],
  lastPrice: ['lastPrice', BigFromString],
  volume: ['volume', BigFromString],
  quoteVolume: ['quoteVolume', BigFromString],
  openTime: ['openTime', t.number],
  closeTime: ['closeTime', t.number],
  firstId: ['firstId', t.number],
  lastId: ['lastId', t.number],
  count: ['count', t.number],
} as const;

/**
 * The fields of a FULL trading-day or rolling-window ticker: the MINI fields plus the price
 * change and the weighted average price.
 *
 * @internal
 */
export const WINDOW_TICKER_FIELDS = {
  ...MINI_TICKER_FIELDS,
  priceChange: ['priceChange', BigFromString],
  priceChangePercent: ['priceChangePercent', BigFromString],
  weightedAvgPrice: ['weightedAvgPrice', BigFromString],
} as const;

/**
 * The fields of a FULL 24 h ticker: the window fields plus the previous close, the last
 * quantity and the best bid and ask.
 *
 * @internal
 */
export const TICKER_24HR_FIELDS = {
  ...WINDOW_TICKER_FIELDS,
  prevClosePrice: ['prevClosePrice', BigFromString],
  lastQuantity: ['lastQty', BigFromString],
  bidPrice: ['bidPrice', BigFromString],
  bidQuantity: ['bidQty', BigFromString],
  askPrice: ['askPrice', BigFromString],
  askQuantity: ['askQty', BigFromString],
} as const;
