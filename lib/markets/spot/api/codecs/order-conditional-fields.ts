import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { optionalField } from '../../../../codecs/wire-struct.js';

/**
 * The fields Binance adds to an order (placement, query, cancel, list reports) only when they
 * apply: Binance's "Conditional fields in Order Responses" table (web-socket-api.md, Trading
 * requests; `spec/spot-ws-api.md` §6.4). Each may be absent.
 *
 * @internal
 */
export const ORDER_CONDITIONAL_FIELDS = {
  /** Only if `icebergQty` was sent. */
  icebergQuantity: ['icebergQty', optionalField(BigFromString)],
  /** Only if the order expired by self-trade prevention. */
  preventedMatchId: ['preventedMatchId', optionalField(t.number)],
  preventedQuantity: ['preventedQuantity', optionalField(BigFromString)],
  /** Stop and take-profit orders. */
  stopPrice: ['stopPrice', optionalField(BigFromString)],
  strategyId: ['strategyId', optionalField(t.number)],
  strategyType: ['strategyType', optionalField(t.number)],
  /** Trailing stop orders. */
  trailingDelta: ['trailingDelta', optionalField(t.number)],
  trailingTime: ['trailingTime', optionalField(t.number)],
  /** Orders placed through SOR. */
  usedSor: ['usedSor', optionalField(t.boolean)],
  workingFloor: ['workingFloor', optionalField(t.string)],
  /** Pegged orders. */
  pegPriceType: ['pegPriceType', optionalField(t.string)],
  pegOffsetType: ['pegOffsetType', optionalField(t.string)],
  pegOffsetValue: ['pegOffsetValue', optionalField(t.number)],
  peggedPrice: ['peggedPrice', optionalField(BigFromString)],
  /** Expired orders (shown for RESULT/FULL since 2026-03-26). */
  expiryReason: ['expiryReason', optionalField(t.string)],
} as const;
