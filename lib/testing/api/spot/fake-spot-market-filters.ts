import Big from 'big.js';
import type { FakeSpotSymbolDefinition } from './fake-spot-market-symbols.js';
import { wire8, ZERO_8 } from './market-decimal.js';

/** A symbol filter in its `exchangeInfo` wire form (decimals are 8-decimal strings). @internal */
export type FakeSpotFilter = Readonly<Record<string, string | number | boolean>> & { readonly filterType: string };

/**
 * The filters of a symbol, shaped and ordered like Binance's `exchangeInfo` for a major pair:
 * price and lot rules from the definition's tick and step sizes, Binance's usual limits
 * elsewhere.
 *
 * @param def - the symbol's definition
 * @returns its `filters[]`, wire form
 * @see https://github.com/binance/binance-spot-api-docs/blob/master/filters.md
 *
 * @internal
 */
export function symbolFilters(def: FakeSpotSymbolDefinition): readonly FakeSpotFilter[] {
  const typical = new Big(def.typicalQty);
  return [
    {
      filterType: 'PRICE_FILTER',
      minPrice: wire8(def.tickSize),
      maxPrice: wire8(new Big(def.price).times(1000)),
      tickSize: wire8(def.tickSize),
    },
    {
      filterType: 'LOT_SIZE',
      minQty: wire8(def.stepSize),
      maxQty: wire8(typical.times(100_000)),
      stepSize: wire8(def.stepSize),
    },
    { filterType: 'ICEBERG_PARTS', limit: 10 },
    // Binance sends a zero minQty and stepSize here for its major pairs
    { filterType: 'MARKET_LOT_SIZE', minQty: ZERO_8, maxQty: wire8(typical.times(2_000)), stepSize: ZERO_8 },
    {
      filterType: 'TRAILING_DELTA',
      minTrailingAboveDelta: 10,
      maxTrailingAboveDelta: 2000,
      minTrailingBelowDelta: 10,
      maxTrailingBelowDelta: 2000,
    },
    {
      filterType: 'PERCENT_PRICE_BY_SIDE',
      bidMultiplierUp: '5',
      bidMultiplierDown: '0.2',
      askMultiplierUp: '5',
      askMultiplierDown: '0.2',
      avgPriceMins: 5,
    },
    {
      filterType: 'NOTIONAL',
      minNotional: wire8(def.minNotional),
      applyMinToMarket: true,
      maxNotional: '9000000.00000000',
      applyMaxToMarket: false,
      avgPriceMins: 5,
    },
    { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 200 },
    { filterType: 'MAX_NUM_ORDER_LISTS', maxNumOrderLists: 20 },
    { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 5 },
    { filterType: 'MAX_NUM_ORDER_AMENDS', maxNumOrderAmends: 10 },
  ];
}
