import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';
import { openUnion, type UnknownMember } from './open-union.js';
import {
  filterTypeField,
  IcebergPartsFilter,
  LotSizeFilter,
  MarketLotSizeFilter,
  MaxNumAlgoOrdersFilter,
  MaxNumIcebergOrdersFilter,
  MaxNumOrderAmendsFilter,
  MaxNumOrderListsFilter,
  MaxNumOrdersFilter,
  MaxPositionFilter,
  MinNotionalFilter,
  NotionalFilter,
  PercentPriceBySideFilter,
  PercentPriceFilter,
  PriceFilter,
  TrailingDeltaFilter,
} from './symbol-filter-members.js';

/**
 * A filter whose `filterType` this SDK does not know yet: `{ filterType: string, …wire fields }`,
 * kept as sent (decimals stay strings) so a new Binance filter never fails decoding.
 *
 * @remarks `f.filterType === 'PRICE_FILTER'` narrows a filter union to `PriceFilter |
 * UnknownFilter` (an unknown filter's type is any string); {@link findFilter} narrows exactly.
 */
export type UnknownFilter = UnknownMember<'filterType'>;

/**
 * One of a symbol's trading rules (`exchangeInfo` `symbols[].filters[]`, `myFilters`),
 * discriminated by `filterType`; decimals are `Big`, `qty` keys are spelled `quantity`
 * (`minQty` → `minQuantity`).
 *
 * @remarks A `filterType` this SDK does not know decodes to an {@link UnknownFilter} (wire
 * fields as sent) instead of failing, so a new Binance filter never breaks `getExchangeInfo`.
 * A known `filterType` with malformed fields is still rejected. Narrow with {@link findFilter}.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/filters
 *
 * @example
 * ```ts
 * import { SymbolFilter, findFilter } from 'binance-rx';
 * const tick = findFilter(symbolInfo.filters, 'PRICE_FILTER')?.tickSize;
 * ```
 */
export const SymbolFilter = openUnion('SymbolFilter', 'filterType', {
  PRICE_FILTER: PriceFilter,
  PERCENT_PRICE: PercentPriceFilter,
  PERCENT_PRICE_BY_SIDE: PercentPriceBySideFilter,
  LOT_SIZE: LotSizeFilter,
  MIN_NOTIONAL: MinNotionalFilter,
  NOTIONAL: NotionalFilter,
  ICEBERG_PARTS: IcebergPartsFilter,
  MARKET_LOT_SIZE: MarketLotSizeFilter,
  MAX_NUM_ORDERS: MaxNumOrdersFilter,
  MAX_NUM_ALGO_ORDERS: MaxNumAlgoOrdersFilter,
  MAX_NUM_ICEBERG_ORDERS: MaxNumIcebergOrdersFilter,
  MAX_POSITION: MaxPositionFilter,
  TRAILING_DELTA: TrailingDeltaFilter,
  MAX_NUM_ORDER_AMENDS: MaxNumOrderAmendsFilter,
  MAX_NUM_ORDER_LISTS: MaxNumOrderListsFilter,
});
/** A decoded symbol filter (a known filter or an {@link UnknownFilter}). */
export type SymbolFilter = t.TypeOf<typeof SymbolFilter>;
/** The wire form of a symbol filter. */
export type SymbolFilterWire = t.OutputOf<typeof SymbolFilter>;

/** `EXCHANGE_MAX_NUM_ORDERS`: the most open orders per account on the exchange. */
export const ExchangeMaxNumOrdersFilter = wireStruct('ExchangeMaxNumOrdersFilter', {
  filterType: filterTypeField('EXCHANGE_MAX_NUM_ORDERS'),
  maxNumOrders: ['maxNumOrders', t.number],
});
/** A decoded `EXCHANGE_MAX_NUM_ORDERS` filter. */
export type ExchangeMaxNumOrdersFilter = t.TypeOf<typeof ExchangeMaxNumOrdersFilter>;

/** `EXCHANGE_MAX_NUM_ALGO_ORDERS`: the most open stop/take-profit orders per account. */
export const ExchangeMaxNumAlgoOrdersFilter = wireStruct('ExchangeMaxNumAlgoOrdersFilter', {
  filterType: filterTypeField('EXCHANGE_MAX_NUM_ALGO_ORDERS'),
  maxNumAlgoOrders: ['maxNumAlgoOrders', t.number],
});
/** A decoded `EXCHANGE_MAX_NUM_ALGO_ORDERS` filter. */
export type ExchangeMaxNumAlgoOrdersFilter = t.TypeOf<typeof ExchangeMaxNumAlgoOrdersFilter>;

/** `EXCHANGE_MAX_NUM_ICEBERG_ORDERS`: the most open iceberg orders per account. */
export const ExchangeMaxNumIcebergOrdersFilter = wireStruct('ExchangeMaxNumIcebergOrdersFilter', {
  filterType: filterTypeField('EXCHANGE_MAX_NUM_ICEBERG_ORDERS'),
  maxNumIcebergOrders: ['maxNumIcebergOrders', t.number],
});
/** A decoded `EXCHANGE_MAX_NUM_ICEBERG_ORDERS` filter. */
export type ExchangeMaxNumIcebergOrdersFilter = t.TypeOf<typeof ExchangeMaxNumIcebergOrdersFilter>;

/** `EXCHANGE_MAX_NUM_ORDER_LISTS`: the most open order lists per account. */
export const ExchangeMaxNumOrderListsFilter = wireStruct('ExchangeMaxNumOrderListsFilter', {
  filterType: filterTypeField('EXCHANGE_MAX_NUM_ORDER_LISTS'),
  maxNumOrderLists: ['maxNumOrderLists', t.number],
});
/** A decoded `EXCHANGE_MAX_NUM_ORDER_LISTS` filter. */
export type ExchangeMaxNumOrderListsFilter = t.TypeOf<typeof ExchangeMaxNumOrderListsFilter>;

/**
 * One of the exchange-wide rules (`exchangeInfo` `exchangeFilters[]`), discriminated by
 * `filterType`; unknown filter types decode to an {@link UnknownFilter}, as in {@link SymbolFilter}.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/filters#exchange-filters
 *
 * @example
 * ```ts
 * import { ExchangeFilter, findFilter } from 'binance-rx';
 * findFilter(info.exchangeFilters, 'EXCHANGE_MAX_NUM_ORDERS')?.maxNumOrders;
 * ```
 */
export const ExchangeFilter = openUnion('ExchangeFilter', 'filterType', {
  EXCHANGE_MAX_NUM_ORDERS: ExchangeMaxNumOrdersFilter,
  EXCHANGE_MAX_NUM_ALGO_ORDERS: ExchangeMaxNumAlgoOrdersFilter,
  EXCHANGE_MAX_NUM_ICEBERG_ORDERS: ExchangeMaxNumIcebergOrdersFilter,
  EXCHANGE_MAX_NUM_ORDER_LISTS: ExchangeMaxNumOrderListsFilter,
});
/** A decoded exchange filter (a known filter or an {@link UnknownFilter}). */
export type ExchangeFilter = t.TypeOf<typeof ExchangeFilter>;
/** The wire form of an exchange filter. */
export type ExchangeFilterWire = t.OutputOf<typeof ExchangeFilter>;

/** `MAX_ASSET`: the most of one asset a single order may transact (quantity or notional). */
export const MaxAssetFilter = wireStruct('MaxAssetFilter', {
  filterType: filterTypeField('MAX_ASSET'),
  asset: ['asset', t.string],
  limit: ['limit', BigFromString],
});
/** A decoded `MAX_ASSET` filter. */
export type MaxAssetFilter = t.TypeOf<typeof MaxAssetFilter>;

/**
 * One of an account's per-asset rules (`myFilters` `assetFilters[]`), discriminated by
 * `filterType`; unknown filter types decode to an {@link UnknownFilter}, as in {@link SymbolFilter}.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/filters#asset-filters
 *
 * @example
 * ```ts
 * import { AssetFilter, findFilter } from 'binance-rx';
 * findFilter(myFilters.assetFilters, 'MAX_ASSET')?.limit.toFixed();
 * ```
 */
export const AssetFilter = openUnion('AssetFilter', 'filterType', { MAX_ASSET: MaxAssetFilter });
/** A decoded asset filter (a known filter or an {@link UnknownFilter}). */
export type AssetFilter = t.TypeOf<typeof AssetFilter>;
/** The wire form of an asset filter. */
export type AssetFilterWire = t.OutputOf<typeof AssetFilter>;
