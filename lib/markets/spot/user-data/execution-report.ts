import * as t from 'io-ts';
import { BigFromString } from '../../../codecs/big-from-string.js';
import { wireStruct } from '../../../codecs/wire-struct.js';
import {
  OrderSideCodec,
  OrderStatusCodec,
  OrderTypeCodec,
  TimeInForceCodec,
} from '../api/codecs/order-enum-codecs.js';
import { EXECUTION_REPORT_CONDITIONAL_FIELDS } from './execution-report-conditional-fields.js';
import { userEventHeader } from './user-event-header.js';

/**
 * A spot `executionReport` user-data event: one update of one order (placed, amended, traded,
 * canceled, rejected, expired), `spec/user-data.md` §2.
 *
 * @remarks
 * - `side`, `orderType`, `timeInForce` and `orderStatus` decode to `OrderSide`, `OrderType`,
 *   `TimeInForce` and `OrderStatus`. `executionType` (`'NEW'`, `'CANCELED'`, `'REPLACED'`,
 *   `'REJECTED'`, `'TRADE'`, `'EXPIRED'`, `'TRADE_PREVENTION'`), `rejectReason` and
 *   `selfTradePreventionMode` stay `string` so values Binance adds later still decode.
 * - `originalClientOrderId` is `''` unless the update is a cancel (then it is the canceled
 *   order's client id); `orderListId` and `tradeId` are `-1` when not applicable;
 *   `commissionAsset` is `null` until the order traded.
 * - Average fill price = `cumulativeQuoteQuantity / cumulativeFilledQuantity`.
 * - Fields that appear only for some orders are optional
 *   ({@link EXECUTION_REPORT_CONDITIONAL_FIELDS}); the wire's `M` ("ignore") is dropped.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#order-update
 *
 * @example
 * ```ts
 * import { filter } from 'rxjs';
 * import { SpotClient, SubType, isExecutionReport } from 'binance-rx';
 * spot.stream$(SubType.User)
 *   .pipe(filter(isExecutionReport))
 *   .subscribe((r) => console.log(r.orderStatus, r.lastExecutedPrice.toFixed()));
 * ```
 */
export const ExecutionReport = wireStruct('ExecutionReport', {
  ...userEventHeader('executionReport'),
  symbol: ['s', t.string],
  clientOrderId: ['c', t.string],
  side: ['S', OrderSideCodec],
  orderType: ['o', OrderTypeCodec],
  timeInForce: ['f', TimeInForceCodec],
  /** Order quantity (`q`). */
  quantity: ['q', BigFromString],
  /** Order price (`p`). */
  price: ['p', BigFromString],
  stopPrice: ['P', BigFromString],
  icebergQuantity: ['F', BigFromString],
  /** `-1` unless the order belongs to an order list. */
  orderListId: ['g', t.number],
  /** Original client order id (`C`): the id of the order being canceled; `''` otherwise. */
  originalClientOrderId: ['C', t.string],
  /** Current execution type (`x`): what this update is. */
  executionType: ['x', t.string],
  /** Current order status (`X`). */
  orderStatus: ['X', OrderStatusCodec],
  /** Order reject reason (`r`): `'NONE'` unless rejected. */
  rejectReason: ['r', t.string],
  orderId: ['i', t.number],
  lastExecutedQuantity: ['l', BigFromString],
  cumulativeFilledQuantity: ['z', BigFromString],
  lastExecutedPrice: ['L', BigFromString],
  /** Commission amount (`n`) of this execution. */
  commission: ['n', BigFromString],
  /** Commission asset (`N`); `null` when there is no commission. */
  commissionAsset: ['N', t.union([t.string, t.null])],
  transactionTime: ['T', t.number],
  /** Trade id (`t`); `-1` unless this update is a trade. */
  tradeId: ['t', t.number],
  executionId: ['I', t.number],
  /** Is the order on the book? (`w`) */
  isOnBook: ['w', t.boolean],
  /** Is this trade the maker side? (`m`) */
  isMaker: ['m', t.boolean],
  orderCreationTime: ['O', t.number],
  /** Cumulative quote asset transacted quantity (`Z`). */
  cumulativeQuoteQuantity: ['Z', BigFromString],
  /** Last quote asset transacted quantity (`Y`), i.e. `lastExecutedPrice × lastExecutedQuantity`. */
  lastQuoteQuantity: ['Y', BigFromString],
  /** Quote order quantity (`Q`). */
  quoteOrderQuantity: ['Q', BigFromString],
  selfTradePreventionMode: ['V', t.string],
  ...EXECUTION_REPORT_CONDITIONAL_FIELDS,
});
/** A decoded spot `executionReport` event. */
export type ExecutionReport = t.TypeOf<typeof ExecutionReport>;
/** The wire form of a spot `executionReport` event (the envelope's `event` object). */
export type ExecutionReportWire = t.OutputOf<typeof ExecutionReport>;
