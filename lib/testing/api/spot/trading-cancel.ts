import type { FakeApiContext, FakeApiOutcome, FakeApiRequest } from '../fake-api-types.js';
import { optInt, optString, withParams } from '../fake-params.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { cancelListRecords, cancelOrderRecord, listOf } from './fake-spot-account-lists.js';
import { isOpenOrder, type FakeSpotOrder, type FakeSpotOrderList } from './fake-spot-order.js';
import { orderListResult } from './fake-spot-order-list-views.js';
import { cancelReport, type WireObject } from './fake-spot-order-views.js';
import { accountOf, eitherMissing, readSymbol, reject } from './trading-errors.js';
import { readClientId } from './trading-order-spec.js';

/** How a request names an order: by id, by client id, or both. @internal */
export interface OrderRef {
  readonly orderId: number | undefined;
  readonly clientOrderId: string | undefined;
}

/** `cancelRestrictions` values (`spec/spot-ws-api.md` §6.4). @internal */
export type CancelRestrictions = 'ONLY_NEW' | 'ONLY_PARTIALLY_FILLED';

/**
 * Reads an order reference; neither param → -1102 "Param '…' or '…' must be sent…".
 *
 * @internal
 */
export function readOrderRef(
  params: Readonly<Record<string, unknown>>,
  idName = 'orderId',
  clientIdName = 'origClientOrderId',
): OrderRef {
  const ref = { orderId: optInt(params, idName), clientOrderId: optString(params, clientIdName) };
  if (ref.orderId === undefined && ref.clientOrderId === undefined) eitherMissing(clientIdName, idName);
  return ref;
}

/**
 * Finds the order a reference names on a symbol. With both id and client id, the id is looked
 * up first and the client id checked against it (Binance's rule); `mismatch` says what a
 * mismatch gives.
 *
 * @returns the order, or `undefined` when none matches
 *
 * @internal
 */
export function findOrder(account: FakeSpotAccount, symbol: string, ref: OrderRef, onMismatch: () => never): FakeSpotOrder | undefined {
  if (ref.orderId !== undefined) {
    const order = account.orderMap.get(ref.orderId);
    if (order === undefined || order.symbol !== symbol) return undefined;
    if (ref.clientOrderId !== undefined && ref.clientOrderId !== order.clientOrderId) onMismatch();
    return order;
  }
  // A client id is reusable once its order is done: prefer the open order, else the latest
  const named = [...account.orderMap.values()].filter((o) => o.symbol === symbol && o.clientOrderId === ref.clientOrderId);
  return named.find(isOpenOrder) ?? named.at(-1);
}

/** Reads `cancelRestrictions` (bad value → `-1145 Invalid cancelRestrictions`). @internal */
export function readCancelRestrictions(params: Readonly<Record<string, unknown>>): CancelRestrictions | undefined {
  const value = optString(params, 'cancelRestrictions');
  if (value !== undefined && value !== 'ONLY_NEW' && value !== 'ONLY_PARTIALLY_FILLED') reject(-1145, 'Invalid cancelRestrictions');
  return value;
}

/**
 * Cancels the order a reference names: -2011 "Unknown order sent." when there is no open one,
 * -2011 "Order was not canceled due to cancel restrictions." when its status does not fit.
 * Canceling an order of a list cancels the whole list and answers with the list.
 *
 * @returns the cancel report, or the list with its reports
 * @throws {@link FakeParamError} with the -2011 error
 *
 * @internal
 */
export function cancelByRef(
  account: FakeSpotAccount,
  symbol: string,
  ref: OrderRef,
  cancelClientId: string | undefined,
  restrictions: CancelRestrictions | undefined,
  time: number,
): WireObject {
  const order = findOrder(account, symbol, ref, () => reject(-2011, 'Unknown order sent.'));
  if (order === undefined || !isOpenOrder(order)) return reject(-2011, 'Unknown order sent.');
  const allowed = restrictions === undefined || (restrictions === 'ONLY_NEW' ? order.status === 'NEW' : order.status === 'PARTIALLY_FILLED');
  if (!allowed) reject(-2011, 'Order was not canceled due to cancel restrictions.');
  const cancelId = cancelClientId ?? account.newClientOrderId();
  const list = listOf(account, order);
  if (list !== undefined) return cancelList(account, list, cancelId, time);
  cancelOrderRecord(account, order, time, cancelId);
  return cancelReport(order, cancelId, time);
}

/** Cancels a whole list and reports it. @internal */
export function cancelList(account: FakeSpotAccount, list: FakeSpotOrderList, cancelId: string, time: number): WireObject {
  cancelListRecords(account, list, time, cancelId);
  const orders = account.ordersOf(list);
  return orderListResult(list, orders, orders.map((order) => cancelReport(order, cancelId, time)));
}

/** `order.cancel` / `DELETE /api/v3/order`. @internal */
export function handleOrderCancel(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = accountOf(context);
    account.lastServerTime = request.serverTime;
    const { symbol } = readSymbol(request.params, context.market);
    const ref = readOrderRef(request.params);
    const cancelId = readClientId(request.params, 'newClientOrderId');
    const restrictions = readCancelRestrictions(request.params);
    return { result: cancelByRef(account, symbol, ref, cancelId, restrictions, request.serverTime) };
  });
}

/**
 * `openOrders.cancelAll` / `DELETE /api/v3/openOrders`: every open order of the symbol, lists
 * reported once as lists; none open → -2011 "Unknown order sent.".
 *
 * @internal
 */
export function handleCancelAll(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = accountOf(context);
    const time = request.serverTime;
    account.lastServerTime = time;
    const { symbol } = readSymbol(request.params, context.market);
    const open = [...account.orderMap.values()].filter((order) => order.symbol === symbol && isOpenOrder(order));
    if (open.length === 0) reject(-2011, 'Unknown order sent.');
    const cancelId = account.newClientOrderId();
    const done = new Set<number>();
    const results: WireObject[] = [];
    for (const order of open) {
      const list = listOf(account, order);
      if (list === undefined) {
        cancelOrderRecord(account, order, time, cancelId);
        results.push(cancelReport(order, cancelId, time));
      } else if (!done.has(list.orderListId)) {
        done.add(list.orderListId);
        results.push(cancelList(account, list, cancelId, time));
      }
    }
    return { result: results };
  });
}

/**
 * Finds the list a request names by `orderListId` and/or a client id param.
 *
 * @internal
 */
export function findList(
  account: FakeSpotAccount,
  listId: number | undefined,
  listClientId: string | undefined,
): FakeSpotOrderList | undefined {
  if (listId !== undefined) {
    const list = account.listMap.get(listId);
    return list !== undefined && (listClientId === undefined || list.listClientOrderId === listClientId) ? list : undefined;
  }
  const named = [...account.listMap.values()].filter((list) => list.listClientOrderId === listClientId);
  return named.find((list) => list.listOrderStatus === 'EXECUTING') ?? named.at(-1);
}

/**
 * `orderList.cancel` / `DELETE /api/v3/orderList`. An unknown or finished list gives -2011
 * "Order list does not exist." (the fake's choice of wording: Binance documents only the code).
 *
 * @internal
 */
export function handleOrderListCancel(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = accountOf(context);
    account.lastServerTime = request.serverTime;
    const { symbol } = readSymbol(request.params, context.market);
    const listId = optInt(request.params, 'orderListId');
    const listClientId = optString(request.params, 'listClientOrderId');
    if (listId === undefined && listClientId === undefined) eitherMissing('listClientOrderId', 'orderListId');
    const cancelId = readClientId(request.params, 'newClientOrderId') ?? account.newClientOrderId();
    const list = findList(account, listId, listClientId);
    if (list === undefined || list.symbol !== symbol || list.listOrderStatus !== 'EXECUTING') {
      return reject(-2011, 'Order list does not exist.');
    }
    return { result: cancelList(account, list, cancelId, request.serverTime) };
  });
}
