import * as t from 'io-ts';
import { wireStruct } from '../../../codecs/wire-struct.js';
import { userEventHeader } from './user-event-header.js';

/**
 * One order of a {@link ListStatus} event's list, by id (an entry of `O`, `spec/user-data.md` §2).
 *
 * @example
 * ```ts
 * spot.stream$(SubType.User)
 *   .pipe(filter(isListStatus))
 *   .subscribe((l) => l.orders.forEach((o) => console.log(o.symbol, o.orderId, o.clientOrderId)));
 * ```
 */
export const ListStatusOrder = wireStruct('ListStatusOrder', {
  symbol: ['s', t.string],
  orderId: ['i', t.number],
  clientOrderId: ['c', t.string],
});
/** A decoded order of a `listStatus` event. */
export type ListStatusOrder = t.TypeOf<typeof ListStatusOrder>;
/** The wire form of an order of a `listStatus` event. */
export type ListStatusOrderWire = t.OutputOf<typeof ListStatusOrder>;

/**
 * A spot `listStatus` user-data event: an order list (OCO, OTO, …) was placed or changed. Sent
 * in addition to the `executionReport` of each affected order (`spec/user-data.md` §2).
 *
 * @remarks `contingencyType`, `listStatusType`, `listOrderStatus` and `listRejectReason` stay
 * `string` (as in the REST `OrderList`), so values Binance adds later still decode; compare them
 * with `ContingencyType`, `ListStatusType` and `ListOrderStatus`.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#order-update
 *
 * @example
 * ```ts
 * import { filter } from 'rxjs';
 * import { SpotClient, SubType, isListStatus } from 'binance-rx';
 * spot.stream$(SubType.User)
 *   .pipe(filter(isListStatus))
 *   .subscribe((l) => console.log(l.orderListId, l.listStatusType, l.listOrderStatus));
 * ```
 */
export const ListStatus = wireStruct('ListStatus', {
  ...userEventHeader('listStatus'),
  symbol: ['s', t.string],
  orderListId: ['g', t.number],
  /** Contingency type (`c`): `'OCO'` or `'OTO'` (OTOCO, OPO and OPOCO lists report `'OTO'`). */
  contingencyType: ['c', t.string],
  /** List status type (`l`): `'RESPONSE'`, `'EXEC_STARTED'`, `'UPDATED'` or `'ALL_DONE'`. */
  listStatusType: ['l', t.string],
  /** List order status (`L`): `'EXECUTING'`, `'ALL_DONE'` or `'REJECT'`. */
  listOrderStatus: ['L', t.string],
  /** List reject reason (`r`): `'NONE'` unless the list was rejected. */
  listRejectReason: ['r', t.string],
  listClientOrderId: ['C', t.string],
  transactionTime: ['T', t.number],
  /** The list's orders (`O`). */
  orders: ['O', t.readonlyArray(ListStatusOrder)],
});
/** A decoded spot `listStatus` event. */
export type ListStatus = t.TypeOf<typeof ListStatus>;
/** The wire form of a spot `listStatus` event (the envelope's `event` object). */
export type ListStatusWire = t.OutputOf<typeof ListStatus>;
