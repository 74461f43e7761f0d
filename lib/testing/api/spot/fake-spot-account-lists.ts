import Big from 'big.js';
import type { FakeSpotLiquidity } from './fake-spot-liquidity.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { admitOcoPair, admitOrder } from './fake-spot-account-admit.js';
import { lockAmountOf, lockFor, releaseLock } from './fake-spot-account-money.js';
import { isOpenOrder, type FakeSpotOrder, type FakeSpotOrderList } from './fake-spot-order.js';

/**
 * The rules of order lists (`spec/spot-ws-api.md` §6.4; Binance's OCO / OTO / OTOCO / OPO
 * docs): an OCO's legs cancel each other, an OTO's pending orders go live when its working
 * order is fully filled, and a list is ALL_DONE once none of its orders can trade.
 *
 * @internal
 */

/** The list an order belongs to, if any. @internal */
export function listOf(account: FakeSpotAccount, order: FakeSpotOrder): FakeSpotOrderList | undefined {
  return order.orderListId === -1 ? undefined : account.listMap.get(order.orderListId);
}

/**
 * Before an order of an OCO pair fills, its partner expires and the order takes over the
 * pair's single lock.
 *
 * @internal
 */
export function claimOcoPair(account: FakeSpotAccount, order: FakeSpotOrder, time: number): void {
  const list = listOf(account, order);
  if (list === undefined || !list.ocoOrderIds.includes(order.orderId)) return;
  for (const id of list.ocoOrderIds) {
    const partner = account.orderMap.get(id);
    if (partner === undefined || partner === order || !isOpenOrder(partner)) continue;
    releaseLock(account, partner);
    partner.status = 'EXPIRED';
    partner.updateTime = time;
  }
  const need = lockAmountOf(order, order.origQty.minus(order.executedQty)).minus(order.locked);
  // the partner's lock, just released, was the larger one, so it covers this
  if (need.gt(0)) lockFor(account, order, need);
}

/**
 * After an order filled (in part or in full): an OTO's pending orders go live once its working
 * order is FILLED, against the symbol's book as it is then, and the list is closed when nothing
 * in it can trade any more.
 *
 * @internal
 */
export function afterFill(account: FakeSpotAccount, order: FakeSpotOrder, liquidity: FakeSpotLiquidity, time: number): void {
  const list = listOf(account, order);
  if (list === undefined) return;
  if (list.workingOrderId === order.orderId && order.status === 'FILLED') activatePending(account, list, order, liquidity, time);
  closeListIfDone(account, list, time);
}

/** Marks a list ALL_DONE when none of its orders is open. @internal */
export function closeListIfDone(account: FakeSpotAccount, list: FakeSpotOrderList, time: number): void {
  if (account.ordersOf(list).some(isOpenOrder)) return;
  list.listStatusType = 'ALL_DONE';
  list.listOrderStatus = 'ALL_DONE';
  list.updateTime = time;
}

/**
 * Cancels one order record: its lock goes back, its status is CANCELED, and the cancel's client
 * order id is kept for its executionReport.
 *
 * @internal
 */
export function cancelOrderRecord(account: FakeSpotAccount, order: FakeSpotOrder, time: number, cancelClientOrderId?: string): void {
  releaseLock(account, order);
  if (cancelClientOrderId !== undefined) order.cancelClientOrderId = cancelClientOrderId;
  order.status = 'CANCELED';
  order.updateTime = time;
  account.updateTime = time;
}

/** Cancels every open order of a list and closes it. @internal */
export function cancelListRecords(account: FakeSpotAccount, list: FakeSpotOrderList, time: number, cancelClientOrderId?: string): void {
  for (const order of account.ordersOf(list)) if (isOpenOrder(order)) cancelOrderRecord(account, order, time, cancelClientOrderId);
  closeListIfDone(account, list, time);
}

function activatePending(
  account: FakeSpotAccount,
  list: FakeSpotOrderList,
  working: FakeSpotOrder,
  liquidity: FakeSpotLiquidity,
  time: number,
): void {
  const pending = account.ordersOf(list).filter((order) => order !== working && order.status === 'PENDING_NEW');
  if (list.opo) {
    // OPO: the pending orders sell what the working order bought, net of commission paid in it
    const received = account.tradeLog
      .filter((trade) => trade.orderId === working.orderId)
      .reduce((sum, trade) => sum.plus(trade.qty).minus(trade.commissionAsset === working.baseAsset ? trade.commission : 0), new Big(0));
    for (const order of pending) {
      order.origQty = received;
      order.qtyKnown = true;
    }
  }
  const pair = pending.filter((order) => list.ocoOrderIds.includes(order.orderId));
  const single = pending.filter((order) => !list.ocoOrderIds.includes(order.orderId));
  if (pair.length > 0 && 'reject' in admitOcoPair(account, pair, liquidity, time)) reject(pair, time);
  for (const order of single) {
    const admission = admitOrder(account, order, liquidity, time);
    if ('reject' in admission) reject([order], time);
  }
}

function reject(orders: readonly FakeSpotOrder[], time: number): void {
  for (const order of orders) {
    order.status = 'REJECTED';
    order.updateTime = time;
  }
}
