import type { FakeSpotOrder, FakeSpotOrderList } from './fake-spot-order.js';
import type { WireObject } from './fake-spot-order-views.js';

/**
 * An order list as `orderList.status`, `openOrderLists.status` and `allOrderLists` show it
 * (Binance's account-endpoints "Query Order list"): the list's state and its orders' ids.
 *
 * @param list - the list
 * @param orders - its orders, in report order
 * @returns the wire object
 *
 * @internal
 */
export function orderListView(list: FakeSpotOrderList, orders: readonly FakeSpotOrder[]): WireObject {
  return {
    orderListId: list.orderListId,
    contingencyType: list.contingencyType,
    listStatusType: list.listStatusType,
    listOrderStatus: list.listOrderStatus,
    listClientOrderId: list.listClientOrderId,
    transactionTime: list.updateTime,
    symbol: list.symbol,
    orders: orders.map(orderRef),
  };
}

/**
 * An order list with one report per order, as placing or canceling a list answers
 * (`spec/spot-ws-api.md` §6.4 "Order list result").
 *
 * @param list - the list
 * @param orders - its orders, in report order
 * @param reports - the order reports (order responses, or cancel reports)
 * @returns the wire object
 *
 * @internal
 */
export function orderListResult(
  list: FakeSpotOrderList,
  orders: readonly FakeSpotOrder[],
  reports: readonly WireObject[],
): WireObject {
  return { ...orderListView(list, orders), orderReports: reports };
}

/**
 * `listStatus` of an amend result for an order in a list: like the list view without
 * `listStatusType` and `transactionTime` (Binance's "Order Amend Keep Priority" response).
 *
 * @internal
 */
export function amendListStatusView(list: FakeSpotOrderList, orders: readonly FakeSpotOrder[]): WireObject {
  return {
    orderListId: list.orderListId,
    contingencyType: list.contingencyType,
    listOrderStatus: list.listOrderStatus,
    listClientOrderId: list.listClientOrderId,
    symbol: list.symbol,
    orders: orders.map(orderRef),
  };
}

function orderRef(order: FakeSpotOrder): WireObject {
  return { symbol: order.symbol, orderId: order.orderId, clientOrderId: order.clientOrderId };
}
