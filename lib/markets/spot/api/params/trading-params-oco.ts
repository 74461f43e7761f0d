import type { Decimal } from '../../../../requests/decimal.js';
import type { OrderSide } from '../../../enums/order-side.js';
import type { OrderType } from '../../../enums/order-type.js';
import type { TimeInForce } from '../../../enums/time-in-force.js';
import type { OrderListParams } from './trading-params-order-list.js';
import type { PegParams } from './trading-params-order.js';

// Wire facts: spec/spot-ws-api.md §6.4 (params), Binance web-socket-api.md "Trading requests".
// `apiKey`, `timestamp`, `signature` and `recvWindow` are added by the client. Every `Decimal`
// here is listed in its endpoint's `decimals` (spot-trading-endpoints.ts).

/**
 * Params of the deprecated `createLegacyOco` (`orderList.place`): a `LIMIT_MAKER` leg and a
 * `STOP_LOSS`/`STOP_LOSS_LIMIT` leg of the same `quantity`. Prefer {@link CreateOcoParams}.
 *
 * @example
 * ```ts
 * const p: CreateLegacyOcoParams = { symbol: 'BTCUSDT', side: 'SELL', price: '23420', quantity: '0.0065', stopPrice: '23410' };
 * ```
 */
export interface CreateLegacyOcoParams extends OrderListParams {
  readonly side: OrderSide | `${OrderSide}`;
  /** The limit leg's price. */
  readonly price: Decimal;
  readonly quantity: Decimal;
  readonly limitClientOrderId?: string;
  readonly limitIcebergQty?: Decimal;
  readonly limitStrategyId?: number;
  readonly limitStrategyType?: number;
  /** `stopPrice` or `trailingDelta` (or both) is required. */
  readonly stopPrice?: Decimal;
  readonly trailingDelta?: number;
  readonly stopClientOrderId?: string;
  readonly stopLimitPrice?: Decimal;
  readonly stopLimitTimeInForce?: TimeInForce | `${TimeInForce}`;
  readonly stopIcebergQty?: Decimal;
  readonly stopStrategyId?: number;
  readonly stopStrategyType?: number;
}

/**
 * One leg of an OCO pair, unprefixed. Binance names these params `above*`/`below*` in an OCO and
 * `pendingAbove*`/`pendingBelow*` in an OTOCO or OPOCO (see {@link Prefixed}).
 *
 * @example
 * ```ts
 * const leg: OcoLegParams = { type: 'STOP_LOSS_LIMIT', price: '1.5', stopPrice: '1.50000001', timeInForce: 'GTC' };
 * ```
 */
export interface OcoLegParams extends PegParams {
  readonly type: OrderType | `${OrderType}`;
  readonly clientOrderId?: string;
  /** Binance's OCO table says LONG, but it is a quantity: sent exactly, like every decimal. */
  readonly icebergQty?: Decimal;
  readonly price?: Decimal;
  /** `stopPrice` or `trailingDelta` (or both) for stop and take-profit legs. */
  readonly stopPrice?: Decimal;
  readonly trailingDelta?: number;
  readonly timeInForce?: TimeInForce | `${TimeInForce}`;
  readonly strategyId?: number;
  readonly strategyType?: number;
}

/**
 * Binance's names for a leg's params: `Prefixed<'above', OcoLegParams>` has `aboveType`,
 * `abovePrice`, `abovePegPriceType`, … with the same optionality.
 *
 * @example
 * ```ts
 * const above: Prefixed<'above', OcoLegParams> = { aboveType: 'LIMIT_MAKER', abovePrice: '31000' };
 * ```
 */
export type Prefixed<P extends string, T> = {
  readonly [K in keyof T as K extends string ? `${P}${Capitalize<K>}` : never]: T[K];
};

/**
 * Params of `createOco` (`orderList.place.oco`): two legs of the same `side` and `quantity`;
 * one fills, the other is canceled.
 *
 * @example
 * ```ts
 * const p: CreateOcoParams = { symbol: 'LTCBNB', side: 'BUY', quantity: '1', aboveType: 'STOP_LOSS', aboveStopPrice: '1.6', belowType: 'LIMIT_MAKER', belowPrice: '1.4' };
 * ```
 */
export interface CreateOcoParams
  extends OrderListParams,
    Prefixed<'above', OcoLegParams>,
    Prefixed<'below', OcoLegParams> {
  readonly side: OrderSide | `${OrderSide}`;
  /** The quantity of both legs. */
  readonly quantity: Decimal;
}
