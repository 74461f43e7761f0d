import Big from 'big.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import type { FakeSpotFill, FakeSpotOrder } from './fake-spot-order.js';

/**
 * How fills, locks and releases move an account's money. Every amount is an exact `Big`; only
 * commissions are rounded (to 8 decimals, as Binance shows them).
 *
 * @internal
 */

/** The asset an order locks: quote for a BUY, base for a SELL. @internal */
export function lockAssetOf(order: FakeSpotOrder): string {
  return order.side === 'BUY' ? order.quoteAsset : order.baseAsset;
}

/** What `qty` of an order needs locked: `lockPrice × qty` of quote for a BUY, `qty` of base for a SELL. @internal */
export function lockAmountOf(order: FakeSpotOrder, qty: Big): Big {
  return order.side === 'BUY' ? order.lockPrice.times(qty) : qty;
}

/** Locks more for an order (the caller checked the free balance). @internal */
export function lockFor(account: FakeSpotAccount, order: FakeSpotOrder, amount: Big): void {
  account.funds.lock(lockAssetOf(order), amount);
  order.locked = order.locked.plus(amount);
}

/** Gives back everything an order still holds locked. @internal */
export function releaseLock(account: FakeSpotAccount, order: FakeSpotOrder): void {
  if (order.locked.gt(0)) account.funds.unlock(lockAssetOf(order), order.locked);
  order.locked = new Big(0);
}

/**
 * Fills part or all of an order: releases what the quantity held locked, pays and receives,
 * takes the commission from what is received, and records a trade (or, for a fill routed by
 * SOR, an allocation).
 *
 * @param account - the order's account
 * @param order - the order (its `lockPrice` and `locked` already set)
 * @param price - the fill price
 * @param qty - the filled base quantity
 * @param isMaker - maker (resting) or taker (immediate) commission
 * @param time - when
 * @param sor - whether the fill is an SOR allocation
 * @returns the fill, for `fills[]`
 *
 * @internal
 */
export function executeFill(
  account: FakeSpotAccount,
  order: FakeSpotOrder,
  price: Big,
  qty: Big,
  isMaker: boolean,
  time: number,
  sor = false,
): FakeSpotFill {
  const quote = price.times(qty);
  const held = lockAmountOf(order, qty);
  const release = held.gt(order.locked) ? order.locked : held;
  account.funds.unlock(lockAssetOf(order), release);
  order.locked = order.locked.minus(release);

  const rate = isMaker ? account.commissionRates.maker : account.commissionRates.taker;
  const isBuyer = order.side === 'BUY';
  const received = isBuyer ? qty : quote;
  const commission = received.times(rate).round(8, Big.roundHalfUp);
  const commissionAsset = isBuyer ? order.baseAsset : order.quoteAsset;
  account.funds.addFree(isBuyer ? order.quoteAsset : order.baseAsset, (isBuyer ? quote : qty).times(-1));
  account.funds.addFree(commissionAsset, received.minus(commission));

  order.executedQty = order.executedQty.plus(qty);
  order.cummulativeQuoteQty = order.cummulativeQuoteQty.plus(quote);
  order.status = order.executedQty.gte(order.origQty) ? 'FILLED' : 'PARTIALLY_FILLED';
  order.updateTime = time;
  if (order.status === 'FILLED') releaseLock(account, order);
  account.updateTime = time;

  const record = {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: order.orderListId,
    price,
    qty,
    quoteQty: quote,
    commission,
    commissionAsset,
    time,
    isBuyer,
    isMaker,
  };
  if (sor) {
    const allocationId = account.nextAllocationId();
    account.allocationLog.push({ ...record, allocationId });
    return { price, qty, commission, commissionAsset, tradeId: -1, allocId: allocationId };
  }
  const id = account.nextTradeId();
  account.tradeLog.push({ ...record, id });
  return { price, qty, commission, commissionAsset, tradeId: id, allocId: undefined };
}
