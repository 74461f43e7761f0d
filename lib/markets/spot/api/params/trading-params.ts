import type { Decimal } from '../../../../requests/decimal.js';
import type { CancelReplaceMode } from '../../../enums/cancel-replace-mode.js';
import type { CancelRestrictions } from '../../../enums/cancel-restrictions.js';
import type { OrderRateLimitExceededMode } from '../../../enums/order-rate-limit-exceeded-mode.js';
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

/**
 * Names one order: by `orderId`, by `origClientOrderId`, or both (then they must match, else
 * `-2039`).
 *
 * @example
 * ```ts
 * const ref: OrderRef = { origClientOrderId: 'my-order-1' };
 * ```
 */
export type OrderRef =
  | { readonly orderId: number; readonly origClientOrderId?: string }
  | { readonly orderId?: number; readonly origClientOrderId: string };

/**
 * Params of `cancelOrder` (`order.cancel`). Canceling a leg of an order list cancels the whole list.
 *
 * @example
 * ```ts
 * const p: CancelOrderParams = { symbol: 'BTCUSDT', orderId: 42, cancelRestrictions: 'ONLY_NEW' };
 * ```
 */
export type CancelOrderParams = OrderRef & {
  readonly symbol: string;
  /** The new `clientOrderId` of the canceled order, freeing the old one. */
  readonly newClientOrderId?: string;
  readonly cancelRestrictions?: CancelRestrictions | `${CancelRestrictions}`;
};

/**
 * Params of `cancelReplaceOrder` (`order.cancelReplace`): the order to cancel
 * (`cancelOrderId` or `cancelOrigClientOrderId`) and the new order, as for `createOrder`.
 *
 * @example
 * ```ts
 * const p: CancelReplaceOrderParams = { symbol: 'BTCUSDT', cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: 42, side: 'BUY', type: 'MARKET', quantity: '1' };
 * ```
 */
export type CancelReplaceOrderParams = CreateOrderParams &
  (
    | { readonly cancelOrderId: number; readonly cancelOrigClientOrderId?: string }
    | { readonly cancelOrderId?: number; readonly cancelOrigClientOrderId: string }
  ) & {
    readonly cancelReplaceMode: CancelReplaceMode | `${CancelReplaceMode}`;
    readonly cancelNewClientOrderId?: string;
    readonly cancelRestrictions?: CancelRestrictions | `${CancelRestrictions}`;
    readonly orderRateLimitExceededMode?: OrderRateLimitExceededMode | `${OrderRateLimitExceededMode}`;
  };

/**
 * Params of `amendOrder` (`order.amend.keepPriority`): lowers an open order's quantity while
 * keeping its place in the queue.
 *
 * @example
 * ```ts
 * const p: AmendOrderParams = { symbol: 'BTCUSDT', orderId: 42, newQty: '0.0005' };
 * ```
 */
export type AmendOrderParams = OrderRef & {
  readonly symbol: string;
  readonly newClientOrderId?: string;
  /** Greater than 0 and less than the order's current quantity. */
  readonly newQty: Decimal;
};

/**
 * Params of `cancelAllOrders` (`openOrders.cancelAll`): every open order and order list of a symbol.
 *
 * @example
 * ```ts
 * const p: CancelAllOrdersParams = { symbol: 'BTCUSDT' };
 * ```
 */
export interface CancelAllOrdersParams {
  readonly symbol: string;
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

/**
 * The working order of an OTO, OTOCO, OPO or OPOCO (`working*` params): a `LIMIT` or
 * `LIMIT_MAKER` order placed at once.
 *
 * @example
 * ```ts
 * const working: WorkingLegParams = { workingType: 'LIMIT', workingSide: 'BUY', workingPrice: '1.5', workingQuantity: '1', workingTimeInForce: 'GTC' };
 * ```
 */
export interface WorkingLegParams {
  readonly workingType: OrderType.Limit | OrderType.LimitMaker | 'LIMIT' | 'LIMIT_MAKER';
  readonly workingSide: OrderSide | `${OrderSide}`;
  readonly workingClientOrderId?: string;
  readonly workingPrice: Decimal;
  readonly workingQuantity: Decimal;
  readonly workingIcebergQty?: Decimal;
  readonly workingTimeInForce?: TimeInForce | `${TimeInForce}`;
  readonly workingStrategyId?: number;
  readonly workingStrategyType?: number;
  readonly workingPegPriceType?: PegPriceType | `${PegPriceType}`;
  readonly workingPegOffsetType?: PegOffsetType | `${PegOffsetType}`;
  readonly workingPegOffsetValue?: number;
}

/**
 * The pending order of an OTO or OPO (`pending*` params), placed once the working order fills.
 * An OPO's pending order has no `pendingQuantity`: it gets what the working order bought.
 *
 * @example
 * ```ts
 * const pending: PendingLegParams = { pendingType: 'MARKET', pendingSide: 'SELL', pendingQuantity: '1' };
 * ```
 */
export interface PendingLegParams {
  readonly pendingType: OrderType | `${OrderType}`;
  readonly pendingSide: OrderSide | `${OrderSide}`;
  readonly pendingClientOrderId?: string;
  readonly pendingPrice?: Decimal;
  readonly pendingStopPrice?: Decimal;
  readonly pendingTrailingDelta?: number;
  readonly pendingQuantity: Decimal;
  readonly pendingIcebergQty?: Decimal;
  readonly pendingTimeInForce?: TimeInForce | `${TimeInForce}`;
  readonly pendingStrategyId?: number;
  readonly pendingStrategyType?: number;
  readonly pendingPegPriceType?: PegPriceType | `${PegPriceType}`;
  readonly pendingPegOffsetType?: PegOffsetType | `${PegOffsetType}`;
  readonly pendingPegOffsetValue?: number;
}

/**
 * The pending OCO pair of an OTOCO or OPOCO: `pendingSide` and the `pendingAbove*` and
 * `pendingBelow*` legs (Binance marks `pendingBelowType` optional).
 *
 * @example
 * ```ts
 * const pendingPair: PendingOcoLegsParams = { pendingSide: 'SELL', pendingAboveType: 'LIMIT_MAKER', pendingAbovePrice: '5', pendingBelowType: 'STOP_LOSS', pendingBelowStopPrice: '0.5' };
 * ```
 */
export interface PendingOcoLegsParams
  extends Prefixed<'pendingAbove', OcoLegParams>,
    Prefixed<'pendingBelow', Partial<OcoLegParams>> {
  readonly pendingSide: OrderSide | `${OrderSide}`;
}

/**
 * Params of `createOto` (`orderList.place.oto`): a working order that, once fully filled,
 * places the pending order.
 *
 * @example
 * ```ts
 * const p: CreateOtoParams = { symbol: 'LTCBNB', ...working, pendingType: 'MARKET', pendingSide: 'BUY', pendingQuantity: '1' };
 * ```
 */
export interface CreateOtoParams extends OrderListParams, WorkingLegParams, PendingLegParams {}

/**
 * Params of `createOtoco` (`orderList.place.otoco`): a working order that, once fully filled,
 * places an OCO pair of `pendingQuantity`.
 *
 * @example
 * ```ts
 * const p: CreateOtocoParams = { symbol: 'LTCBNB', ...working, ...pendingPair, pendingQuantity: '5' };
 * ```
 */
export interface CreateOtocoParams extends OrderListParams, WorkingLegParams, PendingOcoLegsParams {
  readonly pendingQuantity: Decimal;
}

/**
 * Params of `createOpo` (`orderList.place.opo`): like an OTO whose pending order sells what the
 * working order bought (no `pendingQuantity`; working BUY, pending SELL, else `-1222`/`-1223`).
 *
 * @example
 * ```ts
 * const p: CreateOpoParams = { symbol: 'BNBUSDT', ...working, pendingType: 'LIMIT_MAKER', pendingSide: 'SELL', pendingPrice: '650' };
 * ```
 */
export interface CreateOpoParams extends OrderListParams, WorkingLegParams, Omit<PendingLegParams, 'pendingQuantity'> {}

/**
 * Params of `createOpoco` (`orderList.place.opoco`): like an OTOCO without `pendingQuantity`.
 *
 * @example
 * ```ts
 * const p: CreateOpocoParams = { symbol: 'BNBUSDT', ...working, ...pendingPair };
 * ```
 */
export interface CreateOpocoParams extends OrderListParams, WorkingLegParams, PendingOcoLegsParams {}
