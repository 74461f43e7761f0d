import type { Decimal } from '../../../../requests/decimal.js';
import type { OrderResponseType } from '../../../enums/order-response-type.js';
import type { OrderSide } from '../../../enums/order-side.js';
import type { OrderType } from '../../../enums/order-type.js';
import type { PegOffsetType } from '../../../enums/peg-offset-type.js';
import type { PegPriceType } from '../../../enums/peg-price-type.js';
import type { SelfTradePreventionMode } from '../../../enums/self-trade-prevention-mode.js';
import type { TimeInForce } from '../../../enums/time-in-force.js';

// Wire facts: spec/spot-ws-api.md §6.4 (params), Binance web-socket-api.md "Trading requests".
// `apiKey`, `timestamp`, `signature` and `recvWindow` are added by the client. Every `Decimal`
// here is listed in its endpoint's `decimals` (spot-trading-endpoints.ts).

/**
 * Peg instructions of one order (`spec/spot-ws-api.md` §6.4): only for `LIMIT`, `LIMIT_MAKER`,
 * `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT`; with `pegPriceType`, `price` becomes optional.
 *
 * @example
 * ```ts
 * import { PegPriceType } from 'binance-rx';
 * const peg: PegParams = { pegPriceType: PegPriceType.PrimaryPeg, pegOffsetType: 'PRICE_LEVEL', pegOffsetValue: 1 };
 * ```
 */
export interface PegParams {
  readonly pegPriceType?: PegPriceType | `${PegPriceType}`;
  /** Binance types it INT: a number of price levels (at most 100), not a price. */
  readonly pegOffsetValue?: number;
  readonly pegOffsetType?: PegOffsetType | `${PegOffsetType}`;
}

/**
 * Params of `createOrder` (`order.place`). Which optional fields are mandatory depends on `type`
 * (`spec/spot-ws-api.md` §6.4): `LIMIT` needs `timeInForce`, `price`, `quantity`; `MARKET`
 * needs `quantity` or `quoteOrderQty`; stop types need `stopPrice` or `trailingDelta`.
 *
 * @example
 * ```ts
 * import { OrderSide, OrderType } from 'binance-rx';
 * const p: CreateOrderParams = { symbol: 'BTCUSDT', side: OrderSide.Buy, type: OrderType.Market, quoteOrderQty: '10' };
 * ```
 */
export interface CreateOrderParams extends PegParams {
  readonly symbol: string;
  readonly side: OrderSide | `${OrderSide}`;
  readonly type: OrderType | `${OrderType}`;
  readonly timeInForce?: TimeInForce | `${TimeInForce}`;
  readonly price?: Decimal;
  readonly quantity?: Decimal;
  readonly quoteOrderQty?: Decimal;
  readonly newClientOrderId?: string;
  readonly newOrderRespType?: OrderResponseType | `${OrderResponseType}`;
  readonly stopPrice?: Decimal;
  /** In basis points (BIPS); Binance types it INT. */
  readonly trailingDelta?: number;
  readonly icebergQty?: Decimal;
  readonly strategyId?: number;
  /** At least 1000000 (smaller values are reserved). */
  readonly strategyType?: number;
  readonly selfTradePreventionMode?: SelfTradePreventionMode | `${SelfTradePreventionMode}`;
}

/**
 * Params of `createTestOrder` (`order.test`): those of `createOrder`, plus
 * `computeCommissionRates` (weight 20 instead of 1).
 *
 * @example
 * ```ts
 * const p: CreateTestOrderParams = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001', computeCommissionRates: true };
 * ```
 */
export interface CreateTestOrderParams extends CreateOrderParams {
  readonly computeCommissionRates?: boolean;
}
