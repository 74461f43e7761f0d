import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { wireStruct } from '../../../../codecs/wire-struct.js';

// Field sets per Binance's filters.md (binance-spot-api-docs); `qty` is spelled `quantity`.
// `filterType` is a field (not a wireStruct tag) so the decoded value keeps its discriminant.

/** Binance's `filterType` key checked against one literal. @internal */
export const filterTypeField = <T extends string>(filterType: T) =>
  ['filterType', t.literal(filterType)] as const;

/** `PRICE_FILTER`: price bounds and tick size (0 disables a rule). */
export const PriceFilter = wireStruct('PriceFilter', {
  filterType: filterTypeField('PRICE_FILTER'),
  minPrice: ['minPrice', BigFromString],
  maxPrice: ['maxPrice', BigFromString],
  tickSize: ['tickSize', BigFromString],
});
/** A decoded `PRICE_FILTER`. */
export type PriceFilter = t.TypeOf<typeof PriceFilter>;

/** `PERCENT_PRICE`: price bounds as multipliers of the average price. */
export const PercentPriceFilter = wireStruct('PercentPriceFilter', {
  filterType: filterTypeField('PERCENT_PRICE'),
  multiplierUp: ['multiplierUp', BigFromString],
  multiplierDown: ['multiplierDown', BigFromString],
  avgPriceMins: ['avgPriceMins', t.number],
});
/** A decoded `PERCENT_PRICE` filter. */
export type PercentPriceFilter = t.TypeOf<typeof PercentPriceFilter>;

/** `PERCENT_PRICE_BY_SIDE`: like `PERCENT_PRICE`, with separate bid and ask multipliers. */
export const PercentPriceBySideFilter = wireStruct('PercentPriceBySideFilter', {
  filterType: filterTypeField('PERCENT_PRICE_BY_SIDE'),
  bidMultiplierUp: ['bidMultiplierUp', BigFromString],
  bidMultiplierDown: ['bidMultiplierDown', BigFromString],
  askMultiplierUp: ['askMultiplierUp', BigFromString],
  askMultiplierDown: ['askMultiplierDown', BigFromString],
  avgPriceMins: ['avgPriceMins', t.number],
});
/** A decoded `PERCENT_PRICE_BY_SIDE` filter. */
export type PercentPriceBySideFilter = t.TypeOf<typeof PercentPriceBySideFilter>;

const lotFields = {
  minQuantity: ['minQty', BigFromString],
  maxQuantity: ['maxQty', BigFromString],
  stepSize: ['stepSize', BigFromString],
} as const;

/** `LOT_SIZE`: quantity (and iceberg quantity) bounds and step. */
export const LotSizeFilter = wireStruct('LotSizeFilter', {
  filterType: filterTypeField('LOT_SIZE'),
  ...lotFields,
});
/** A decoded `LOT_SIZE` filter. */
export type LotSizeFilter = t.TypeOf<typeof LotSizeFilter>;

/** `MARKET_LOT_SIZE`: quantity bounds and step of `MARKET` orders. */
export const MarketLotSizeFilter = wireStruct('MarketLotSizeFilter', {
  filterType: filterTypeField('MARKET_LOT_SIZE'),
  ...lotFields,
});
/** A decoded `MARKET_LOT_SIZE` filter. */
export type MarketLotSizeFilter = t.TypeOf<typeof MarketLotSizeFilter>;

/** `MIN_NOTIONAL` (older form of `NOTIONAL`): the minimum `price * quantity`. */
export const MinNotionalFilter = wireStruct('MinNotionalFilter', {
  filterType: filterTypeField('MIN_NOTIONAL'),
  minNotional: ['minNotional', BigFromString],
  applyToMarket: ['applyToMarket', t.boolean],
  avgPriceMins: ['avgPriceMins', t.number],
});
/** A decoded `MIN_NOTIONAL` filter. */
export type MinNotionalFilter = t.TypeOf<typeof MinNotionalFilter>;

/** `NOTIONAL`: the allowed range of `price * quantity`. */
export const NotionalFilter = wireStruct('NotionalFilter', {
  filterType: filterTypeField('NOTIONAL'),
  minNotional: ['minNotional', BigFromString],
  applyMinToMarket: ['applyMinToMarket', t.boolean],
  maxNotional: ['maxNotional', BigFromString],
  applyMaxToMarket: ['applyMaxToMarket', t.boolean],
  avgPriceMins: ['avgPriceMins', t.number],
});
/** A decoded `NOTIONAL` filter. */
export type NotionalFilter = t.TypeOf<typeof NotionalFilter>;

/** `ICEBERG_PARTS`: the most parts an iceberg order may have. */
export const IcebergPartsFilter = wireStruct('IcebergPartsFilter', {
  filterType: filterTypeField('ICEBERG_PARTS'),
  limit: ['limit', t.number],
});
/** A decoded `ICEBERG_PARTS` filter. */
export type IcebergPartsFilter = t.TypeOf<typeof IcebergPartsFilter>;

/** `MAX_NUM_ORDERS`: the most open orders per account on the symbol. */
export const MaxNumOrdersFilter = wireStruct('MaxNumOrdersFilter', {
  filterType: filterTypeField('MAX_NUM_ORDERS'),
  maxNumOrders: ['maxNumOrders', t.number],
});
/** A decoded `MAX_NUM_ORDERS` filter. */
export type MaxNumOrdersFilter = t.TypeOf<typeof MaxNumOrdersFilter>;

/** `MAX_NUM_ALGO_ORDERS`: the most open stop/take-profit orders per account on the symbol. */
export const MaxNumAlgoOrdersFilter = wireStruct('MaxNumAlgoOrdersFilter', {
  filterType: filterTypeField('MAX_NUM_ALGO_ORDERS'),
  maxNumAlgoOrders: ['maxNumAlgoOrders', t.number],
});
/** A decoded `MAX_NUM_ALGO_ORDERS` filter. */
export type MaxNumAlgoOrdersFilter = t.TypeOf<typeof MaxNumAlgoOrdersFilter>;

/** `MAX_NUM_ICEBERG_ORDERS`: the most open iceberg orders per account on the symbol. */
export const MaxNumIcebergOrdersFilter = wireStruct('MaxNumIcebergOrdersFilter', {
  filterType: filterTypeField('MAX_NUM_ICEBERG_ORDERS'),
  maxNumIcebergOrders: ['maxNumIcebergOrders', t.number],
});
/** A decoded `MAX_NUM_ICEBERG_ORDERS` filter. */
export type MaxNumIcebergOrdersFilter = t.TypeOf<typeof MaxNumIcebergOrdersFilter>;

/** `MAX_POSITION`: the largest base-asset position an account may build with BUY orders. */
export const MaxPositionFilter = wireStruct('MaxPositionFilter', {
  filterType: filterTypeField('MAX_POSITION'),
  maxPosition: ['maxPosition', BigFromString],
});
/** A decoded `MAX_POSITION` filter. */
export type MaxPositionFilter = t.TypeOf<typeof MaxPositionFilter>;

/** `TRAILING_DELTA`: the allowed `trailingDelta` range (basis points) above and below. */
export const TrailingDeltaFilter = wireStruct('TrailingDeltaFilter', {
  filterType: filterTypeField('TRAILING_DELTA'),
  minTrailingAboveDelta: ['minTrailingAboveDelta', t.number],
  maxTrailingAboveDelta: ['maxTrailingAboveDelta', t.number],
  minTrailingBelowDelta: ['minTrailingBelowDelta', t.number],
  maxTrailingBelowDelta: ['maxTrailingBelowDelta', t.number],
});
/** A decoded `TRAILING_DELTA` filter. */
export type TrailingDeltaFilter = t.TypeOf<typeof TrailingDeltaFilter>;

/** `MAX_NUM_ORDER_AMENDS`: how many times one order may be amended (else `-2038`). */
export const MaxNumOrderAmendsFilter = wireStruct('MaxNumOrderAmendsFilter', {
  filterType: filterTypeField('MAX_NUM_ORDER_AMENDS'),
  maxNumOrderAmends: ['maxNumOrderAmends', t.number],
});
/** A decoded `MAX_NUM_ORDER_AMENDS` filter. */
export type MaxNumOrderAmendsFilter = t.TypeOf<typeof MaxNumOrderAmendsFilter>;

/** `MAX_NUM_ORDER_LISTS`: the most open order lists per account on the symbol. */
export const MaxNumOrderListsFilter = wireStruct('MaxNumOrderListsFilter', {
  filterType: filterTypeField('MAX_NUM_ORDER_LISTS'),
  maxNumOrderLists: ['maxNumOrderLists', t.number],
});
/** A decoded `MAX_NUM_ORDER_LISTS` filter. */
export type MaxNumOrderListsFilter = t.TypeOf<typeof MaxNumOrderListsFilter>;
