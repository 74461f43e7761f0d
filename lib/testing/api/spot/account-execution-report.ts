import Big from 'big.js';
import type { FakeUserEvent } from '../user-streams/fake-user-event.js';
import type { FakeOrderStatus, FakeSpotOrder } from './fake-spot-order.js';
import { dec } from './fake-spot-order-views.js';

/** Execution types (`x`) the fake reports (`spec/user-data.md` §2). @internal */
export type FakeExecutionType = 'NEW' | 'TRADE' | 'CANCELED' | 'EXPIRED' | 'REJECTED' | 'REPLACED';

/** A fill as an executionReport shows it: a trade, or an SOR allocation. @internal */
export interface ReportFill {
  readonly price: Big;
  readonly qty: Big;
  readonly quoteQty: Big;
  readonly commission: Big;
  readonly commissionAsset: string;
  readonly time: number;
  readonly isMaker: boolean;
  /** -1 for an SOR allocation. */
  readonly tradeId: number;
  readonly allocationId: number | undefined;
}

/** One step in an order's life, as one executionReport tells it. @internal */
export interface ReportStep {
  readonly executionType: FakeExecutionType;
  readonly status: FakeOrderStatus;
  /** `T`: when it happened. */
  readonly time: number;
  /** `c`: the order's client id, or the cancel's for CANCELED. */
  readonly clientOrderId: string;
  /** `C`: the order's client id when `c` is the cancel's or a new one (amend); else `""`. */
  readonly origClientOrderId: string;
  /** `z` and `Z` after this step. */
  readonly cumQty: Big;
  readonly cumQuote: Big;
  /** `w`: whether the order rests on the book after this step. */
  readonly onBook: boolean;
  readonly fill?: ReportFill;
  /** `eR`, for EXPIRED. */
  readonly expiryReason?: string;
}

const ZERO = new Big(0);

/**
 * An `executionReport` payload, keys in the order of Binance's example (`spec/user-data.md` §2),
 * decimals as 8-decimal strings; the conditional fields of the spec's table that apply (`W` in
 * place; trailing, strategy, peg, SOR and expiry fields after `V`).
 *
 * @param order - the order, as it is after the change
 * @param step - what this report tells
 * @param eventTime - `E`
 * @param executionId - `I`
 * @returns the event
 *
 * @internal
 */
export function executionReport(order: FakeSpotOrder, step: ReportStep, eventTime: number, executionId: number): FakeUserEvent {
  const { fill } = step;
  const event: Record<string, unknown> = {
    e: 'executionReport',
    E: eventTime,
    s: order.symbol,
    c: step.clientOrderId,
    S: order.side,
    o: order.type,
    f: order.timeInForce,
    q: dec(order.origQty),
    p: dec(order.price),
    P: dec(order.stopPrice ?? ZERO),
    F: dec(order.icebergQty ?? ZERO),
    g: order.orderListId,
    C: step.origClientOrderId,
    x: step.executionType,
    X: step.status,
    r: 'NONE',
    i: order.orderId,
    l: dec(fill?.qty ?? ZERO),
    z: dec(step.cumQty),
    L: dec(fill?.price ?? ZERO),
    n: fill === undefined ? '0' : dec(fill.commission),
    N: fill?.commissionAsset ?? null,
    T: step.time,
    t: fill?.tradeId ?? -1,
    I: executionId,
    w: step.onBook,
    m: fill?.isMaker ?? false,
    M: false,
    O: order.time,
    Z: dec(step.cumQuote),
    Y: dec(fill?.quoteQty ?? ZERO),
    Q: dec(order.origQuoteOrderQty),
  };
  if (order.workingTime !== -1) event['W'] = order.workingTime;
  event['V'] = order.selfTradePreventionMode;
  return { ...event, ...conditionalFields(order, step), e: 'executionReport' };
}

function conditionalFields(order: FakeSpotOrder, step: ReportStep): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (order.trailingDelta !== undefined) {
    fields['d'] = order.trailingDelta;
    // Trailing is not modelled: the order never starts tracking (-1, as in order responses)
    fields['D'] = -1;
  }
  if (order.strategyId !== undefined) fields['j'] = order.strategyId;
  if (order.strategyType !== undefined) fields['J'] = order.strategyType;
  if (order.pegPriceType !== undefined) fields['gP'] = order.pegPriceType;
  if (order.pegOffsetType !== undefined) fields['gOT'] = order.pegOffsetType;
  if (order.pegOffsetValue !== undefined) fields['gOV'] = order.pegOffsetValue;
  if (order.peggedPrice !== undefined) fields['gp'] = dec(order.peggedPrice);
  if (step.fill?.allocationId !== undefined) {
    fields['b'] = 'ONE_PARTY_TRADE_REPORT';
    fields['a'] = step.fill.allocationId;
  }
  if (order.usedSor) {
    if (order.workingFloor !== undefined) fields['k'] = order.workingFloor;
    fields['uS'] = true;
  }
  if (step.expiryReason !== undefined) fields['eR'] = step.expiryReason;
  return fields;
}
