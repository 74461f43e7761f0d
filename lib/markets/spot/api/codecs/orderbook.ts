import * as t from 'io-ts';
import { PriceLevels } from '../../../../codecs/price-level.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

/**
 * The result of `depth` / `GET /api/v3/depth`: an order-book snapshot, bids best (highest)
 * first, asks best (lowest) first, as {@link PriceLevel}s (API.md "Requests").
 *
 * @remarks `lastUpdateId` is what the local-order-book procedure aligns the diff stream with.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/market-data-requests#order-book
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getOrderbook({ symbol: 'BTCUSDT', limit: 5 })
 *   .subscribe(({ bids, asks }) => console.log(bids[0]?.price.toFixed(), asks[0]?.price.toFixed()));
 * ```
 */
export const Orderbook = wireStruct('Orderbook', {
  lastUpdateId: ['lastUpdateId', t.number],
  bids: ['bids', PriceLevels],
  asks: ['asks', PriceLevels],
});
/** A decoded order-book snapshot. */
export type Orderbook = t.TypeOf<typeof Orderbook>;
/** The wire form of an order-book snapshot. */
export type OrderbookWire = t.OutputOf<typeof Orderbook>;
