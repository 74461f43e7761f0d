import type Big from 'big.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { executeFill, lockAmountOf, lockAssetOf, lockFor } from './fake-spot-account-money.js';
import { isTriggerType, type FakeSpotFill, type FakeSpotOrder } from './fake-spot-order.js';

/**
 * The fake's matching engine: whether a new (or newly activated) order fills at once, rests, or
 * is rejected, with Binance's matching-engine messages (`-2010`, spot `errors.md` "Messages for
 * -1010, -2010, -2011 and -2038").
 *
 * @remarks
 * The market is one price, the last one: a MARKET order, or a LIMIT order that reaches it,
 * fills there in full as taker; anything else rests. Stop and take-profit orders never trigger
 * on their own (a test fills them with `fillOrder`).
 *
 * @internal
 */
export type Admission = { readonly fills: readonly FakeSpotFill[] } | { readonly reject: string };

/** Matching-engine messages the admission answers with. @internal */
export const ENGINE_MESSAGES = {
  insufficientBalance: 'Account has insufficient balance for requested action.',
  wouldMatch: 'Order would immediately match and take.',
  wouldTrigger: 'Order would trigger immediately.',
  pricesRelation: 'The relationship of the prices for the orders is not correct.',
} as const;

/**
 * Admits one order: decides, locks its funds and fills it if it reaches the last price.
 *
 * @param account - the order's account
 * @param order - a new order record (status and locks not set yet)
 * @param last - the symbol's last price
 * @param time - when
 * @param sor - whether immediate fills are SOR allocations
 * @returns the immediate fills, or the rejection message
 *
 * @internal
 */
export function admitOrder(account: FakeSpotAccount, order: FakeSpotOrder, last: Big, time: number, sor = false): Admission {
  const verdict = decide(order, last);
  if ('reject' in verdict) return verdict;
  order.lockPrice = lockPriceOf(order, last);
  if (verdict.expire) {
    // IOC / FOK that cannot fill at the last price expire without touching the balances
    order.status = 'EXPIRED';
    order.workingTime = time;
    return { fills: [] };
  }
  const amount = lockAmountOf(order, order.origQty);
  if (!account.funds.hasFree(lockAssetOf(order), amount)) return { reject: ENGINE_MESSAGES.insufficientBalance };
  lockFor(account, order, amount);
  account.updateTime = time;
  order.status = 'NEW';
  order.workingTime = isTriggerType(order.type) ? -1 : time;
  if (!verdict.fill) return { fills: [] };
  return { fills: [executeFill(account, order, last, order.origQty, false, time, sor)] };
}

/**
 * Admits the two orders that cancel each other (an OCO, or an OTOCO's pending pair): both must
 * rest (else "The relationship of the prices for the orders is not correct."), and one lock,
 * the larger, covers both since only one can ever fill.
 *
 * @returns no fills, or the rejection message
 *
 * @internal
 */
export function admitOcoPair(account: FakeSpotAccount, legs: readonly FakeSpotOrder[], last: Big, time: number): Admission {
  for (const leg of legs) {
    const verdict = decide(leg, last);
    if ('reject' in verdict || verdict.fill || verdict.expire) return { reject: ENGINE_MESSAGES.pricesRelation };
    leg.lockPrice = lockPriceOf(leg, last);
  }
  const holder = legs.reduce((a, b) => (lockAmountOf(b, b.origQty).gt(lockAmountOf(a, a.origQty)) ? b : a));
  const amount = lockAmountOf(holder, holder.origQty);
  if (!account.funds.hasFree(lockAssetOf(holder), amount)) return { reject: ENGINE_MESSAGES.insufficientBalance };
  lockFor(account, holder, amount);
  account.updateTime = time;
  for (const leg of legs) {
    leg.status = 'NEW';
    leg.workingTime = isTriggerType(leg.type) ? -1 : time;
  }
  return { fills: [] };
}

type Verdict = { readonly fill: boolean; readonly expire: boolean } | { readonly reject: string };

function decide(order: FakeSpotOrder, last: Big): Verdict {
  if (order.type === 'MARKET') return { fill: true, expire: false };
  if (isTriggerType(order.type)) {
    return order.stopPrice !== undefined && wouldTrigger(order, order.stopPrice, last)
      ? { reject: ENGINE_MESSAGES.wouldTrigger }
      : { fill: false, expire: false };
  }
  const marketable = reachesLast(order, last);
  if (order.type === 'LIMIT_MAKER') return marketable ? { reject: ENGINE_MESSAGES.wouldMatch } : { fill: false, expire: false };
  if (marketable) return { fill: true, expire: false };
  return { fill: false, expire: order.timeInForce !== 'GTC' };
}

function reachesLast(order: FakeSpotOrder, last: Big): boolean {
  // A primary peg sits at the best price of its own side, a market peg at the other side's
  if (order.pegPriceType === 'PRIMARY_PEG') return false;
  if (order.pegPriceType === 'MARKET_PEG') return true;
  return order.side === 'BUY' ? order.price.gte(last) : order.price.lte(last);
}

/**
 * Binance's trigger rule (`order.place` notes): STOP_LOSS BUY and TAKE_PROFIT SELL need a stop
 * price above the market, STOP_LOSS SELL and TAKE_PROFIT BUY one below.
 */
function wouldTrigger(order: FakeSpotOrder, stopPrice: Big, last: Big): boolean {
  const above = order.type.startsWith('STOP_LOSS') === (order.side === 'BUY');
  return above ? stopPrice.lte(last) : stopPrice.gte(last);
}

function lockPriceOf(order: FakeSpotOrder, last: Big): Big {
  if (order.peggedPrice !== undefined) return order.peggedPrice;
  if (order.price.gt(0)) return order.price;
  return order.stopPrice ?? last;
}
