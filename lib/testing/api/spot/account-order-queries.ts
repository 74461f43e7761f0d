import type { FakeApiContext, FakeApiOutcome, FakeApiRequest } from '../fake-api-types.js';
import { optInt, optString, withParams } from '../fake-params.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { isWorkingOrder } from './fake-spot-order.js';
import { orderListView } from './fake-spot-order-list-views.js';
import { orderStatusView } from './fake-spot-order-views.js';
import { readWindow, selectWindow } from './account-window.js';
import { findList, findOrder, readOrderRef } from './trading-cancel.js';
import { accountOf, eitherMissing, readSymbol, reject } from './trading-errors.js';

/**
 * The order and order-list queries (`spec/spot-ws-api.md` §6.5): `order.status`,
 * `openOrders.status`, `allOrders`, `orderList.status`, `openOrderLists.status`,
 * `allOrderLists`.
 *
 * @internal
 */

function begin(request: FakeApiRequest, context: FakeApiContext): FakeSpotAccount {
  const account = accountOf(context);
  account.lastServerTime = request.serverTime;
  return account;
}

/**
 * `order.status` / `GET /api/v3/order`: -2013 "Order does not exist." for an unknown order,
 * -2039 when `orderId` and `origClientOrderId` name different orders.
 *
 * @internal
 */
export function handleOrderStatus(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const { symbol } = readSymbol(request.params, context.market);
    const ref = readOrderRef(request.params);
    const order = findOrder(account, symbol, ref, () => reject(-2039, 'Client order ID is not correct for this order ID.'));
    if (order === undefined) return reject(-2013, 'Order does not exist.');
    return { result: orderStatusView(order) };
  });
}

/** `openOrders.status` / `GET /api/v3/openOrders`: working orders, of one symbol or all. @internal */
export function handleOpenOrders(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const symbol = request.params['symbol'] === undefined ? undefined : readSymbol(request.params, context.market).symbol;
    const open = [...account.orderMap.values()].filter((order) => isWorkingOrder(order) && (symbol === undefined || order.symbol === symbol));
    return { result: open.map(orderStatusView) };
  });
}

/** `allOrders` / `GET /api/v3/allOrders`: from `orderId`, or by time; oldest first. @internal */
export function handleAllOrders(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const { symbol } = readSymbol(request.params, context.market);
    const query = readWindow(request.params, { fromName: 'orderId', exclusive: false });
    const orders = [...account.orderMap.values()].filter((order) => order.symbol === symbol);
    const picked = selectWindow(orders, (order) => order.orderId, (order) => order.time, query);
    return { result: picked.map(orderStatusView) };
  });
}

/**
 * `orderList.status` / `GET /api/v3/orderList`, by `orderListId` or by the list's client id
 * (param `origClientOrderId`). Unknown → -2013 "Order list does not exist." (the fake's choice
 * of wording).
 *
 * @internal
 */
export function handleOrderListStatus(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const listId = optInt(request.params, 'orderListId');
    const clientId = optString(request.params, 'origClientOrderId');
    if (listId === undefined && clientId === undefined) eitherMissing('origClientOrderId', 'orderListId');
    const list = findList(account, listId, clientId);
    if (list === undefined) return reject(-2013, 'Order list does not exist.');
    return { result: orderListView(list, account.ordersOf(list)) };
  });
}

/** `openOrderLists.status` / `GET /api/v3/openOrderList`. @internal */
export function handleOpenOrderLists(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const open = [...account.listMap.values()].filter((list) => list.listOrderStatus === 'EXECUTING');
    return { result: open.map((list) => orderListView(list, account.ordersOf(list))) };
  });
}

/** `allOrderLists` / `GET /api/v3/allOrderList`: from `fromId`, or by time; oldest first. @internal */
export function handleAllOrderLists(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const query = readWindow(request.params);
    const lists = selectWindow([...account.listMap.values()], (list) => list.orderListId, (list) => list.time, query);
    return { result: lists.map((list) => orderListView(list, account.ordersOf(list))) };
  });
}
