import type Big from 'big.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { executeFill, lockAmountOf, lockAssetOf, lockFor, releaseLock } from './fake-spot-account-money.js';
import type { FakeSpotLiquidity } from './fake-spot-liquidity.js';
import { crossesBook, planTaker, type TakerPlan } from './fake-spot-match.js';
import { isTriggerType, type FakeSpotFill, type FakeSpotOrder } from './fake-spot-order.js';

/**
 * The fake's matching engine: whether a new (or newly activated) order trades at once against
 * the book, rests, expires or is rejected, with Binance's matching-engine messages (`-2010`,
 * spot `errors.md` "Messages for -1010, -2010, -2011 and -2038").
 *
 * @remarks
 * A MARKET order, or a LIMIT order whose price reaches the other side of the book, takes the
 * book level by level (best price first, each level at its own price) as taker, and the
 * quantity it took leaves the book. What is left of a MARKET order when the book runs out
 * expires (EXPIRED), as does what is left of an IOC order; a FOK order that the book cannot
 * fill in full expires without trading; a GTC LIMIT order rests with the rest. Stop and
 * take-profit orders compare their stop price with the last price and never trigger on their
 * own (a test fills them with `fillOrder`).
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
 * Admits one order: decides, locks its funds, trades what the book fills at once and takes
 * that from the book.
 *
 * @param account - the order's account
 * @param order - a new order record (status and locks not set yet)
 * @param liquidity - the symbol's book and last price
 * @param time - when
 * @param sor - whether immediate fills are SOR allocations
 * @returns the immediate fills, or the rejection message
 *
 * @internal
 */
export function admitOrder(account: FakeSpotAccount, order: FakeSpotOrder, liquidity: FakeSpotLiquidity, time: number, sor = false): Admission {
  const verdict = decide(order, liquidity);
  if ('reject' in verdict) return verdict;
  const plan = verdict.plan;
  if (plan !== undefined && order.type === 'MARKET' && order.origQuoteOrderQty.gt(0)) {
    // by quote amount: the quantity is what the book gives for it
    order.origQty = plan.qty;
  }
  order.lockPrice = lockPriceOf(order, liquidity, plan);
  // a MARKET, IOC or FOK order the book does not fill (a FOK: in full) expires untouched
  if (plan !== undefined && (plan.takes.length === 0 || (order.timeInForce === 'FOK' && !plan.complete))) return expire(order, time);
  const amount = order.type === 'MARKET' && order.side === 'BUY' && plan !== undefined ? plan.quote : lockAmountOf(order, order.origQty);
  if (!account.funds.hasFree(lockAssetOf(order), amount)) return { reject: ENGINE_MESSAGES.insufficientBalance };
  lockFor(account, order, amount);
  account.updateTime = time;
  order.status = 'NEW';
  order.workingTime = isTriggerType(order.type) ? -1 : time;
  if (plan === undefined) return { fills: [] };
  const fills = plan.takes.map((take) => executeFill(account, order, take.price, take.qty, false, time, sor));
  if (plan.takes.length > 0) liquidity.take(order.side, plan.takes, time);
  if (!isFilled(order) && (order.type === 'MARKET' || order.timeInForce !== 'GTC')) {
    // what the book could not fill at once does not rest
    releaseLock(account, order);
    order.status = 'EXPIRED';
    order.updateTime = time;
  }
  return { fills };
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
export function admitOcoPair(account: FakeSpotAccount, legs: readonly FakeSpotOrder[], liquidity: FakeSpotLiquidity, time: number): Admission {
  for (const leg of legs) {
    const verdict = decide(leg, liquidity);
    if ('reject' in verdict || verdict.plan !== undefined) return { reject: ENGINE_MESSAGES.pricesRelation };
    leg.lockPrice = lockPriceOf(leg, liquidity, undefined);
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

/**
 * The price an order may trade at: its limit or pegged price; `undefined` for a MARKET order.
 *
 * @internal
 */
export function limitOf(order: FakeSpotOrder): Big | undefined {
  if (order.type === 'MARKET') return undefined;
  return order.peggedPrice ?? order.price;
}

/** `plan`: what trades at once (undefined: the order only rests). */
type Verdict = { readonly plan: TakerPlan | undefined } | { readonly reject: string };

function decide(order: FakeSpotOrder, liquidity: FakeSpotLiquidity): Verdict {
  if (order.type === 'MARKET') return { plan: planTaker(liquidity, order.side, undefined, want(order)) };
  if (isTriggerType(order.type)) {
    return order.stopPrice !== undefined && wouldTrigger(order, order.stopPrice, liquidity.last)
      ? { reject: ENGINE_MESSAGES.wouldTrigger }
      : { plan: undefined };
  }
  const limit = limitOf(order) as Big;
  // a primary peg sits at the best price of its own side, so it never takes
  const marketable = order.pegPriceType !== 'PRIMARY_PEG' && crossesBook(liquidity, order.side, limit);
  if (order.type === 'LIMIT_MAKER') return marketable ? { reject: ENGINE_MESSAGES.wouldMatch } : { plan: undefined };
  if (marketable) return { plan: planTaker(liquidity, order.side, limit, { qty: order.origQty }) };
  // IOC / FOK that cannot trade at once expire: an empty plan says so
  return order.timeInForce === 'GTC' ? { plan: undefined } : { plan: { takes: [], qty: order.origQty.times(0), quote: order.origQty.times(0), complete: false } };
}

function isFilled(order: FakeSpotOrder): boolean {
  return order.status === 'FILLED';
}

function want(order: FakeSpotOrder): { readonly qty: Big } | { readonly quote: Big } {
  return order.origQuoteOrderQty.gt(0) ? { quote: order.origQuoteOrderQty } : { qty: order.origQty };
}

/** An IOC / FOK / MARKET order that trades nothing expires without touching the balances. */
function expire(order: FakeSpotOrder, time: number): Admission {
  order.status = 'EXPIRED';
  order.workingTime = time;
  return { fills: [] };
}

/**
 * Binance's trigger rule (`order.place` notes): STOP_LOSS BUY and TAKE_PROFIT SELL need a stop
 * price above the market, STOP_LOSS SELL and TAKE_PROFIT BUY one below.
 */
function wouldTrigger(order: FakeSpotOrder, stopPrice: Big, last: Big): boolean {
  const above = order.type.startsWith('STOP_LOSS') === (order.side === 'BUY');
  return above ? stopPrice.lte(last) : stopPrice.gte(last);
}

/** A BUY locks quote at its limit (or pegged, stop, worst planned, last) price per unit. */
function lockPriceOf(order: FakeSpotOrder, liquidity: FakeSpotLiquidity, plan: TakerPlan | undefined): Big {
  if (order.peggedPrice !== undefined) return order.peggedPrice;
  if (order.price.gt(0)) return order.price;
  const worst = plan?.takes[plan.takes.length - 1]?.price;
  return worst ?? order.stopPrice ?? liquidity.last;
}
