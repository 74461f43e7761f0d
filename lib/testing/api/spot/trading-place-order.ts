import Big from 'big.js';
import type { FakeApiContext, FakeApiOutcome, FakeApiRequest, FakeSpotMarketView } from '../fake-api-types.js';
import { optBool, withParams } from '../fake-params.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { admitOrder } from './fake-spot-account-admit.js';
import type { FakeSpotLiquidity } from './fake-spot-liquidity.js';
import { isOpenOrder, type FakeOrderRespType, type FakeOrderType, type FakeSpotFill, type FakeSpotOrder } from './fake-spot-order.js';
import { dec, orderResponse, type WireObject } from './fake-spot-order-views.js';
import { accountOf, readSymbol, reject, type FakeSymbol } from './trading-errors.js';
import { readOrderSpec, readRespType, readStpMode, type FakeOrderSpec } from './trading-order-spec.js';

/** Where and when an order is placed. @internal */
export interface PlacementContext {
  readonly account: FakeSpotAccount;
  readonly symbol: FakeSymbol;
  /** The symbol's book and last price. */
  readonly liquidity: FakeSpotLiquidity;
  readonly time: number;
  readonly stp: string;
  readonly orderListId: number;
  readonly sor: boolean;
}

/** A placed order and what filled at once. @internal */
export interface PlacedOrder {
  readonly order: FakeSpotOrder;
  readonly fills: readonly FakeSpotFill[];
}

/**
 * Builds the record of a new order (not yet admitted nor stored).
 *
 * @remarks A MARKET order by `quoteOrderQty` starts with the quantity the quote buys at the
 * last price (cut to 8 decimals); admission replaces it with what the book gives for it. A
 * PRIMARY_PEG order is pegged at the best price of its own side, a MARKET_PEG order at the
 * other side's (the last price on an empty side).
 *
 * @internal
 */
export function newOrderRecord(context: PlacementContext, spec: FakeOrderSpec, orderId: number): FakeSpotOrder {
  const { account, symbol, liquidity, time } = context;
  const last = liquidity.last;
  const quoteQty = spec.quoteOrderQty;
  const quantity = spec.quantity ?? (quoteQty === undefined ? undefined : quoteQty.div(last).round(8, Big.roundDown));
  return {
    symbol: symbol.symbol,
    baseAsset: symbol.baseAsset,
    quoteAsset: symbol.quoteAsset,
    orderId,
    orderListId: context.orderListId,
    clientOrderId: spec.clientOrderId ?? account.newClientOrderId(),
    side: spec.side,
    type: spec.type,
    timeInForce: spec.timeInForce ?? 'GTC',
    price: spec.price ?? new Big(0),
    origQty: quantity ?? new Big(0),
    qtyKnown: quantity !== undefined,
    executedQty: new Big(0),
    cummulativeQuoteQty: new Big(0),
    origQuoteOrderQty: quoteQty ?? new Big(0),
    status: 'PENDING_NEW',
    stopPrice: spec.stopPrice,
    trailingDelta: spec.trailingDelta,
    icebergQty: spec.icebergQty,
    strategyId: spec.strategyId,
    strategyType: spec.strategyType,
    selfTradePreventionMode: context.stp,
    pegPriceType: spec.pegPriceType,
    pegOffsetType: spec.pegOffsetType,
    pegOffsetValue: spec.pegOffsetValue,
    peggedPrice: spec.pegPriceType === undefined ? undefined : peggedPriceOf(liquidity, spec),
    usedSor: context.sor,
    workingFloor: undefined,
    time,
    updateTime: time,
    workingTime: -1,
    lockPrice: new Big(0),
    locked: new Big(0),
  };
}

/**
 * The matching engine's checks that come before matching (spot `errors.md`, -2010 messages):
 * a client order id already used by an open order, iceberg and peg combinations.
 *
 * @returns the rejection message, if any
 *
 * @internal
 */
export function engineRuleViolation(account: FakeSpotAccount, order: FakeSpotOrder, others: readonly FakeSpotOrder[] = []): string | undefined {
  const taken = (id: string): boolean =>
    others.some((other) => other.clientOrderId === id) ||
    [...account.orderMap.values()].some((other) => other.clientOrderId === id && isOpenOrder(other));
  if (taken(order.clientOrderId)) return 'Duplicate order sent.';
  if (order.qtyKnown && order.origQty.lte(0)) return 'Price * QTY is zero or less.';
  if (order.icebergQty !== undefined) {
    if (order.timeInForce !== 'GTC' || order.type === 'MARKET') return 'Unsupported order combination';
    if (order.icebergQty.gt(order.origQty)) return 'IcebergQty exceeds QTY.';
  }
  if (order.pegPriceType !== undefined) {
    if (order.type === 'MARKET' || order.type === 'STOP_LOSS' || order.type === 'TAKE_PROFIT') return 'This order type may not use pegged price.';
    if (order.pegPriceType === 'MARKET_PEG' && order.type === 'LIMIT_MAKER') return 'This price peg cannot be used with this order type.';
  }
  return undefined;
}

/**
 * Places one order: engine rules, then admission (fill at once, rest, or reject with -2010).
 *
 * @returns the stored order and its immediate fills
 * @throws {@link FakeParamError} -2010 with the matching engine's message
 *
 * @internal
 */
export function placeOrder(context: PlacementContext, spec: FakeOrderSpec): PlacedOrder {
  const order = newOrderRecord(context, spec, context.account.peekOrderId());
  const violation = engineRuleViolation(context.account, order);
  if (violation !== undefined) reject(-2010, violation);
  const admission = admitOrder(context.account, order, context.liquidity, context.time, context.sor);
  if ('reject' in admission) return reject(-2010, admission.reject);
  if (context.sor) order.workingFloor = admission.fills.length > 0 ? 'SOR' : 'EXCHANGE';
  context.account.takeIds(1);
  context.account.orderMap.set(order.orderId, order);
  return { order, fills: admission.fills };
}

/** MARKET and LIMIT orders answer FULL by default, others ACK (`spec/spot-ws-api.md` §6.4). @internal */
export function defaultRespType(type: FakeOrderType): FakeOrderRespType {
  return type === 'MARKET' || type === 'LIMIT' ? 'FULL' : 'ACK';
}

/** The placement context of a request for one symbol. @internal */
export function placementContext(
  account: FakeSpotAccount,
  market: FakeSpotMarketView,
  symbol: FakeSymbol,
  request: FakeApiRequest,
  extra: { readonly stp: string; readonly orderListId?: number; readonly sor?: boolean },
): PlacementContext {
  return {
    account,
    symbol,
    liquidity: market.liquidity(symbol.symbol),
    time: request.serverTime,
    stp: extra.stp,
    orderListId: extra.orderListId ?? -1,
    sor: extra.sor ?? false,
  };
}

/**
 * `order.place` / `POST /api/v3/order`.
 *
 * @internal
 */
export function handleOrderPlace(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = accountOf(context);
    account.lastServerTime = request.serverTime;
    const symbol = readSymbol(request.params, context.market);
    const spec = readOrderSpec(request.params);
    const stp = readStpMode(request.params);
    const respType = readRespType(request.params) ?? defaultRespType(spec.type);
    const placed = placeOrder(placementContext(account, context.market, symbol, request, { stp }), spec);
    account.recordOrders(1, request.serverTime);
    return { result: orderResponse(placed.order, respType, request.serverTime, placed.fills) };
  });
}

/**
 * `order.test` / `POST /api/v3/order/test` (and the SOR twin through `readSpec`): checks the
 * order like `order.place` would before the matching engine, places nothing, and answers `{}`
 * or, with `computeCommissionRates`, the commission rates the order would pay.
 *
 * @internal
 */
export function handleOrderTest(
  request: FakeApiRequest,
  context: FakeApiContext,
  readSpec: (params: Readonly<Record<string, unknown>>) => FakeOrderSpec = readOrderSpec,
  sor = false,
): FakeApiOutcome {
  return withParams(() => {
    const account = accountOf(context);
    account.lastServerTime = request.serverTime;
    readSymbol(request.params, context.market);
    readSpec(request.params);
    readStpMode(request.params);
    readRespType(request.params);
    if (optBool(request.params, 'computeCommissionRates') !== true) return { result: {} };
    return { result: testCommission(account, sor) };
  });
}

/**
 * The commission object of a test order (Binance's "Test new order" response; the SOR variant
 * has no `specialCommissionForOrder`).
 */
function testCommission(account: FakeSpotAccount, sor: boolean): WireObject {
  const rates = account.commissionRates;
  const pair = (maker: Big, taker: Big): WireObject => ({ maker: dec(maker), taker: dec(taker) });
  const zero = new Big(0);
  return {
    standardCommissionForOrder: pair(rates.maker, rates.taker),
    ...(sor ? {} : { specialCommissionForOrder: pair(zero, zero) }),
    taxCommissionForOrder: pair(zero, zero),
    discount: { enabledForAccount: true, enabledForSymbol: true, discountAsset: 'BNB', discount: dec(new Big('0.25')) },
  };
}

function peggedPriceOf(liquidity: FakeSpotLiquidity, spec: FakeOrderSpec): Big {
  const best = spec.pegPriceType === 'PRIMARY_PEG' ? liquidity.bestOwn(spec.side) : liquidity.against(spec.side, 1)[0]?.price;
  return best ?? liquidity.last;
}
