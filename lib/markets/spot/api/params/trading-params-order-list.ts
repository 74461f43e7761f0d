import type { OrderResponseType } from '../../../enums/order-response-type.js';
import type { SelfTradePreventionMode } from '../../../enums/self-trade-prevention-mode.js';

// Wire facts: spec/spot-ws-api.md §6.4 (params), Binance web-socket-api.md "Trading requests".
// `apiKey`, `timestamp`, `signature` and `recvWindow` are added by the client.

/**
 * Fields every order-list placement shares (`orderList.place.*`).
 *
 * @example
 * ```ts
 * const base: OrderListParams = { symbol: 'BTCUSDT', newOrderRespType: 'RESULT' };
 * ```
 */
export interface OrderListParams {
  readonly symbol: string;
  /** Distinct from the legs' client order ids. */
  readonly listClientOrderId?: string;
  /** Shapes the `orderReports` of the answer. */
  readonly newOrderRespType?: OrderResponseType | `${OrderResponseType}`;
  readonly selfTradePreventionMode?: SelfTradePreventionMode | `${SelfTradePreventionMode}`;
}

/**
 * Params of `cancelOco` (`orderList.cancel`): by `orderListId` or `listClientOrderId` (the
 * `orderListId` wins when both are given).
 *
 * @example
 * ```ts
 * const p: CancelOcoParams = { symbol: 'BTCUSDT', orderListId: 7 };
 * ```
 */
export type CancelOcoParams = (
  | { readonly orderListId: number; readonly listClientOrderId?: string }
  | { readonly orderListId?: number; readonly listClientOrderId: string }
) & {
  readonly symbol: string;
  readonly newClientOrderId?: string;
};
