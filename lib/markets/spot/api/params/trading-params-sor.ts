import type { Decimal } from '../../../../requests/decimal.js';
import type { OrderResponseType } from '../../../enums/order-response-type.js';
import type { OrderSide } from '../../../enums/order-side.js';
import type { OrderType } from '../../../enums/order-type.js';
import type { SelfTradePreventionMode } from '../../../enums/self-trade-prevention-mode.js';
import type { TimeInForce } from '../../../enums/time-in-force.js';

// Wire facts: spec/spot-ws-api.md §6.4 (params), Binance web-socket-api.md "Trading requests".
// `apiKey`, `timestamp`, `signature` and `recvWindow` are added by the client. Every `Decimal`
// here is listed in its endpoint's `decimals` (spot-trading-endpoints.ts).

/**
 * Params of `createSorOrder` (`sor.order.place`): a `LIMIT` or `MARKET` order routed by smart
 * order routing; `quoteOrderQty` and pegs are not supported.
 *
 * @example
 * ```ts
 * const p: CreateSorOrderParams = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.5' };
 * ```
 */
export interface CreateSorOrderParams {
  readonly symbol: string;
  readonly side: OrderSide | `${OrderSide}`;
  readonly type: OrderType.Limit | OrderType.Market | 'LIMIT' | 'MARKET';
  readonly timeInForce?: TimeInForce | `${TimeInForce}`;
  readonly price?: Decimal;
  readonly quantity: Decimal;
  readonly newClientOrderId?: string;
  readonly newOrderRespType?: OrderResponseType | `${OrderResponseType}`;
  readonly icebergQty?: Decimal;
  readonly strategyId?: number;
  readonly strategyType?: number;
  readonly selfTradePreventionMode?: SelfTradePreventionMode | `${SelfTradePreventionMode}`;
}

/**
 * Params of `createTestSorOrder` (`sor.order.test`): those of `createSorOrder`, plus
 * `computeCommissionRates`.
 *
 * @example
 * ```ts
 * const p: CreateTestSorOrderParams = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.5', computeCommissionRates: true };
 * ```
 */
export interface CreateTestSorOrderParams extends CreateSorOrderParams {
  readonly computeCommissionRates?: boolean;
}
