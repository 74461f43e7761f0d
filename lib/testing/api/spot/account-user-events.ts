import Big from 'big.js';
import type { FakeUserEvent } from '../user-streams/fake-user-event.js';
import type { AccountSnapshot, OrderBefore } from './account-event-snapshot.js';
import { executionReport, type ReportFill, type ReportStep } from './account-execution-report.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import type { FakeSpotOrder, FakeSpotOrderList } from './fake-spot-order.js';
import { dec } from './fake-spot-order-views.js';

const ZERO = new Big(0);
const TERMINAL = new Set(['CANCELED', 'EXPIRED', 'REJECTED']);

/**
 * The User Data Stream events a change of an account caused (`spec/user-data.md` §2), told by
 * comparing the account with its snapshot from before the change, in this order:
 *
 * 1. `listStatus` of each new order list (EXEC_STARTED);
 * 2. per changed order, by order id: `executionReport` NEW for a new order (X `PENDING_NEW` for
 *    an OTO pending order, then NEW again once it goes live), REPLACED for an amend, one TRADE
 *    per fill (X PARTIALLY_FILLED or FILLED, with `l`, `L`, `n`, `N`, `t`, `m`, `Y` of the fill),
 *    then CANCELED, EXPIRED or REJECTED if it ended so;
 * 3. `listStatus` of each executing list whose status changed (ALL_DONE), or `l: "UPDATED"` when
 *    an amend changed the client id of one of its orders;
 * 4. one `outboundAccountPosition` with the assets whose free or locked amount changed.
 *
 * @param account - the account after the change
 * @param before - its snapshot before
 * @param eventTime - `E` of every event
 * @returns the events, possibly none
 *
 * @internal
 */
export function accountUserEvents(account: FakeSpotAccount, before: AccountSnapshot, eventTime: number): FakeUserEvent[] {
  const fills = newFills(account, before);
  const newLists: FakeUserEvent[] = [];
  const changedLists: FakeUserEvent[] = [];
  for (let id = before.nextOrderListId; id < account.peekOrderListId(); id++) {
    const list = account.listMap.get(id);
    if (list !== undefined) newLists.push(listStatus(account, list, eventTime));
  }
  for (const [id, was] of before.lists) {
    const list = account.listMap.get(id);
    if (list === undefined) continue;
    const statusChanged = list.listStatusType !== was.listStatusType || list.listOrderStatus !== was.listOrderStatus;
    const renamed = account.ordersOf(list).some((order, i) => order.clientOrderId !== was.clientOrderIds[i]);
    // Binance's amend FAQ: a list whose order got a new client id reports "l": "UPDATED"
    if (statusChanged || renamed) changedLists.push(listStatus(account, list, eventTime, statusChanged ? undefined : 'UPDATED'));
  }
  const reports: FakeUserEvent[] = [];
  for (const order of changedOrders(account, before)) {
    const steps = orderSteps(account, order, before.orders.get(order.orderId), fills.get(order.orderId) ?? [], eventTime);
    for (const step of steps) reports.push(executionReport(order, step, eventTime, account.nextReportExecutionId()));
  }
  const position = accountPosition(account, before, eventTime);
  return [...newLists, ...reports, ...changedLists, ...(position === undefined ? [] : [position])];
}

/** The orders that were open before, then the new ones, by id. */
function changedOrders(account: FakeSpotAccount, before: AccountSnapshot): FakeSpotOrder[] {
  const ids = [...before.orders.keys()];
  for (let id = before.nextOrderId; id < account.peekOrderId(); id++) ids.push(id);
  return ids.sort((a, b) => a - b).flatMap((id) => account.orderMap.get(id) ?? []);
}

/** The trades and SOR allocations made since the snapshot, by order id, oldest first. */
function newFills(account: FakeSpotAccount, before: AccountSnapshot): Map<number, ReportFill[]> {
  const fills = new Map<number, ReportFill[]>();
  const add = (orderId: number, fill: ReportFill): void => {
    fills.set(orderId, [...(fills.get(orderId) ?? []), fill]);
  };
  for (const trade of account.tradeLog.slice(before.trades)) add(trade.orderId, { ...trade, tradeId: trade.id, allocationId: undefined });
  for (const allocation of account.allocationLog.slice(before.allocations)) {
    add(allocation.orderId, { ...allocation, tradeId: -1, allocationId: allocation.allocationId });
  }
  return fills;
}

/** What happened to one order, step by step. */
function orderSteps(
  account: FakeSpotAccount,
  order: FakeSpotOrder,
  was: OrderBefore | undefined,
  fills: readonly ReportFill[],
  eventTime: number,
): ReportStep[] {
  const list = order.orderListId === -1 ? undefined : account.listMap.get(order.orderListId);
  const pendingLeg = list?.workingOrderId !== undefined && list.workingOrderId !== order.orderId;
  let cumQty = was?.executedQty ?? ZERO;
  let cumQuote = was?.cummulativeQuoteQty ?? ZERO;
  const own = { clientOrderId: order.clientOrderId, origClientOrderId: '' };
  const steps: ReportStep[] = [];
  const step = (fields: Omit<ReportStep, 'cumQty' | 'cumQuote' | 'clientOrderId' | 'origClientOrderId'> & Partial<ReportStep>): void => {
    steps.push({ ...own, cumQty, cumQuote, ...fields });
  };
  const working = order.workingTime !== -1;
  if (was === undefined) {
    step({ executionType: 'NEW', status: pendingLeg ? 'PENDING_NEW' : 'NEW', time: order.time, onBook: working && !pendingLeg });
  }
  const wasPending = was === undefined ? pendingLeg : was.status === 'PENDING_NEW';
  if (wasPending && order.status !== 'PENDING_NEW' && order.status !== 'REJECTED') {
    step({ executionType: 'NEW', status: 'NEW', time: eventTime, onBook: working });
  }
  if (was !== undefined && (was.clientOrderId !== order.clientOrderId || (was.qtyKnown && !was.origQty.eq(order.origQty)))) {
    const origClientOrderId = was.clientOrderId === order.clientOrderId ? '' : was.clientOrderId;
    step({ executionType: 'REPLACED', status: order.status, time: order.updateTime, onBook: working && !TERMINAL.has(order.status), origClientOrderId });
  }
  for (const fill of fills) {
    cumQty = cumQty.plus(fill.qty);
    cumQuote = cumQuote.plus(fill.quoteQty);
    const status = cumQty.gte(order.origQty) ? 'FILLED' : 'PARTIALLY_FILLED';
    step({ executionType: 'TRADE', status, time: fill.time, onBook: status === 'PARTIALLY_FILLED', fill });
  }
  if (TERMINAL.has(order.status) && was?.status !== order.status) {
    const ended = { status: order.status, time: order.updateTime, onBook: false };
    if (order.status === 'CANCELED') {
      step({ ...ended, executionType: 'CANCELED', clientOrderId: order.cancelClientOrderId ?? order.clientOrderId, origClientOrderId: order.clientOrderId });
    } else if (order.status === 'EXPIRED') {
      step({ ...ended, executionType: 'EXPIRED', expiryReason: expiryReason(order, list) });
    } else {
      step({ ...ended, executionType: 'REJECTED' });
    }
  }
  return steps;
}

/** `eR` of an expired order (`spec/user-data.md` §2 expiry reasons). */
function expiryReason(order: FakeSpotOrder, list: FakeSpotOrderList | undefined): string {
  if (list?.ocoOrderIds.includes(order.orderId) === true) return 'OCO_TRIGGER';
  if (order.timeInForce === 'IOC') return 'UNFILLED_IOC_QUANTITY_EXPIRED';
  if (order.timeInForce === 'FOK') return 'UNFILLED_FOK_ORDER_EXPIRED';
  return 'NONE';
}

/** A `listStatus` payload, keys in the order of Binance's example. */
function listStatus(account: FakeSpotAccount, list: FakeSpotOrderList, eventTime: number, listStatusType?: string): FakeUserEvent {
  return {
    e: 'listStatus',
    E: eventTime,
    s: list.symbol,
    g: list.orderListId,
    c: list.contingencyType,
    l: listStatusType ?? list.listStatusType,
    L: list.listOrderStatus,
    r: 'NONE',
    C: list.listClientOrderId,
    T: list.updateTime,
    O: account.ordersOf(list).map((order) => ({ s: order.symbol, i: order.orderId, c: order.clientOrderId })),
  };
}

/** An `outboundAccountPosition` with the assets whose balance changed, if any did. */
function accountPosition(account: FakeSpotAccount, before: AccountSnapshot, eventTime: number): FakeUserEvent | undefined {
  const changed = account.funds.entries().filter(([asset, now]) => {
    const was = before.balances.get(asset);
    return was === undefined || !was.free.eq(now.free) || !was.locked.eq(now.locked);
  });
  if (changed.length === 0) return undefined;
  return {
    e: 'outboundAccountPosition',
    E: eventTime,
    u: account.updateTime,
    B: changed.map(([asset, balance]) => ({ a: asset, f: dec(balance.free), l: dec(balance.locked) })),
  };
}
