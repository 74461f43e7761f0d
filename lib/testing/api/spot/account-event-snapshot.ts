import type Big from 'big.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import type { FakeSpotBalance } from './fake-spot-account-balances.js';
import { isOpenOrder, type FakeOrderStatus, type FakeSpotOrderList } from './fake-spot-order.js';

/** What an open order looked like before a change. @internal */
export interface OrderBefore {
  readonly status: FakeOrderStatus;
  readonly origQty: Big;
  readonly qtyKnown: boolean;
  readonly executedQty: Big;
  readonly cummulativeQuoteQty: Big;
  readonly clientOrderId: string;
}

/** What an executing order list looked like before a change. @internal */
export interface ListBefore {
  readonly listStatusType: FakeSpotOrderList['listStatusType'];
  readonly listOrderStatus: FakeSpotOrderList['listOrderStatus'];
  /** Its orders' client ids, in report order (an amend may change one). */
  readonly clientOrderIds: readonly string[];
}

/**
 * The part of an account a change can touch, taken before the change so that the User Data
 * Stream events it causes can be told (`account-user-events.ts`): only open orders and executing
 * lists can change, new orders and lists take ids from the counters, and trades are appended.
 *
 * @internal
 */
export interface AccountSnapshot {
  readonly nextOrderId: number;
  readonly nextOrderListId: number;
  readonly orders: ReadonlyMap<number, OrderBefore>;
  readonly lists: ReadonlyMap<number, ListBefore>;
  readonly trades: number;
  readonly allocations: number;
  readonly balances: ReadonlyMap<string, FakeSpotBalance>;
}

/**
 * Takes an account's snapshot (`Big` values are immutable, so they are kept, not copied).
 *
 * @param account - the account
 * @returns its snapshot
 *
 * @internal
 */
export function accountSnapshot(account: FakeSpotAccount): AccountSnapshot {
  const orders = new Map<number, OrderBefore>();
  for (const order of account.orderMap.values()) {
    if (!isOpenOrder(order)) continue;
    const { status, origQty, qtyKnown, executedQty, cummulativeQuoteQty, clientOrderId } = order;
    orders.set(order.orderId, { status, origQty, qtyKnown, executedQty, cummulativeQuoteQty, clientOrderId });
  }
  const lists = new Map<number, ListBefore>();
  for (const list of account.listMap.values()) {
    if (list.listOrderStatus !== 'EXECUTING') continue;
    const clientOrderIds = account.ordersOf(list).map((order) => order.clientOrderId);
    lists.set(list.orderListId, { listStatusType: list.listStatusType, listOrderStatus: list.listOrderStatus, clientOrderIds });
  }
  return {
    nextOrderId: account.peekOrderId(),
    nextOrderListId: account.peekOrderListId(),
    orders,
    lists,
    trades: account.tradeLog.length,
    allocations: account.allocationLog.length,
    balances: new Map(account.funds.entries()),
  };
}
