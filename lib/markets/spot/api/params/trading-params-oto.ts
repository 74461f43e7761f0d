import type { Decimal } from '../../../../requests/decimal.js';
import type { OrderSide } from '../../../enums/order-side.js';
import type { OrderType } from '../../../enums/order-type.js';
import type { PegOffsetType } from '../../../enums/peg-offset-type.js';
import type { PegPriceType } from '../../../enums/peg-price-type.js';
import type { TimeInForce } from '../../../enums/time-in-force.js';
import type { OcoLegParams, Prefixed } from './trading-params-oco.js';
import type { OrderListParams } from './trading-params-order-list.js';

// Wire facts: spec/spot-ws-api.md §6.4 (params), Binance web-socket-api.md "Trading requests".
// `apiKey`, `timestamp`, `signature` and `recvWindow` are added by the client. Every `Decimal`
// here is listed in its endpoint's `decimals` (spot-trading-endpoints.ts).

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
