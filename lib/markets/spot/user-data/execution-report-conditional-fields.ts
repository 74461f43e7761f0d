import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { optionalField } from '../../../codecs/wire-struct.js';

/**
 * The `executionReport` fields Binance sends only when they apply: the "Conditional Fields in
 * Execution Report" table (`spec/user-data.md` §2). Each may be absent, and then its domain key
 * is absent (reads as `undefined`); a present one must have its documented type.
 *
 * @remarks Names follow the REST order's conditional fields (`ORDER_CONDITIONAL_FIELDS`) where
 * the meaning is the same. Enum-like values (`matchType`, `workingFloor`, `pegPriceType`,
 * `pegOffsetType`, `expiryReason`) stay `string` so values Binance adds later still decode.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#conditional-fields-in-execution-report
 *
 * @internal
 */
export const EXECUTION_REPORT_CONDITIONAL_FIELDS = {
  /** Trailing delta (`d`), trailing stop orders only. */
  trailingDelta: ['d', optionalField(t.number)],
  /** Trailing time (`D`), trailing stop orders only. */
  trailingTime: ['D', optionalField(t.number)],
  /** Strategy id (`j`), only if `strategyId` was sent with the order. */
  strategyId: ['j', optionalField(t.number)],
  /** Strategy type (`J`), only if `strategyType` was sent with the order. */
  strategyType: ['J', optionalField(t.number)],
  /** Prevented match id (`v`), only if the order expired due to self-trade prevention. */
  preventedMatchId: ['v', optionalField(t.number)],
  /** Prevented quantity (`A`), self-trade prevention. */
  preventedQuantity: ['A', optionalField(BigFromString)],
  /** Last prevented quantity (`B`), self-trade prevention. */
  lastPreventedQuantity: ['B', optionalField(BigFromString)],
  /** Trade group id (`u`), self-trade prevention. */
  tradeGroupId: ['u', optionalField(t.number)],
  /** Counter order id (`U`): the own order this one would have matched (self-trade prevention). */
  counterOrderId: ['U', optionalField(t.number)],
  /** Counter symbol (`Cs`): the symbol of the counter order (self-trade prevention). */
  counterSymbol: ['Cs', optionalField(t.string)],
  /** Prevented execution quantity (`pl`), self-trade prevention. */
  preventedExecutionQuantity: ['pl', optionalField(BigFromString)],
  /** Prevented execution price (`pL`), self-trade prevention. */
  preventedExecutionPrice: ['pL', optionalField(BigFromString)],
  /** Prevented execution quote quantity (`pY`), self-trade prevention. */
  preventedExecutionQuoteQuantity: ['pY', optionalField(BigFromString)],
  /** Working time (`W`): when the order started working on the book; only once it did. */
  workingTime: ['W', optionalField(t.number)],
  /** Match type (`b`), e.g. `'ONE_PARTY_TRADE_REPORT'`: orders with allocations. */
  matchType: ['b', optionalField(t.string)],
  /** Allocation id (`a`): orders with allocations. */
  allocationId: ['a', optionalField(t.number)],
  /** Working floor (`k`), e.g. `'SOR'`: orders that may have allocations. */
  workingFloor: ['k', optionalField(t.string)],
  /** Used SOR (`uS`): orders placed through the smart order router. */
  usedSor: ['uS', optionalField(t.boolean)],
  /** Pegged price type (`gP`), e.g. `'PRIMARY_PEG'`: pegged orders. */
  pegPriceType: ['gP', optionalField(t.string)],
  /** Pegged offset type (`gOT`), e.g. `'PRICE_LEVEL'`: pegged orders. */
  pegOffsetType: ['gOT', optionalField(t.string)],
  /** Pegged offset value (`gOV`): pegged orders. */
  pegOffsetValue: ['gOV', optionalField(t.number)],
  /** Pegged price (`gp`): pegged orders. */
  peggedPrice: ['gp', optionalField(BigFromString)],
  /** Expiry reason (`eR`, since 2026-03-26), e.g. `'INSUFFICIENT_LIQUIDITY'`: expired orders. */
  expiryReason: ['eR', optionalField(t.string)],
} as const;
