import * as t from 'io-ts';
import { OrderResponse } from './order-response.js';

const OrderResponses = t.readonlyArray(OrderResponse);

/**
 * The answer of `createSorOrder` (`sor.order.place`): the placed order(s), each an
 * {@link OrderResponse} with `usedSor`, `workingFloor` and SOR fills (`matchType`, `allocId`).
 * The WebSocket API answers an array, REST `POST /api/v3/sor/order` one object; both decode to
 * an array.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/trading-requests#place-new-order-using-sor-trade
 *
 * @example
 * ```ts
 * spot.createSorOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '31000', quantity: '0.5' })
 *   .subscribe(([order]) => console.log(order?.workingFloor));
 * ```
 */
export const SorOrderResult = new t.Type<readonly OrderResponse[], readonly t.OutputOf<typeof OrderResponse>[], unknown>(
  'SorOrderResult',
  OrderResponses.is,
  (u, c) => {
    if (Array.isArray(u)) return OrderResponses.validate(u, c);
    const one = OrderResponse.validate(u, c);
    return one._tag === 'Left' ? one : t.success([one.right]);
  },
  (a) => OrderResponses.encode(a),
);
/** A decoded SOR placement answer. */
export type SorOrderResult = t.TypeOf<typeof SorOrderResult>;
