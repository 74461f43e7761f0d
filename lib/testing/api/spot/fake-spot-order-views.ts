import Big from 'big.js';
import { isTriggerType, type FakeOrderRespType, type FakeSpotFill, type FakeSpotOrder } from './fake-spot-order.js';

/**
 * The wire shapes of one order, exactly as Binance documents them (`spec/spot-ws-api.md` §6.4,
 * §6.5; Binance's trading-endpoints "Conditional fields in Order Responses"): decimals are
 * strings with 8 decimals, ids and times numbers.
 *
 * @internal
 */
export type WireObject = Record<string, unknown>;

const ZERO = new Big(0);

/** A decimal as Binance sends it: 8 decimals (e.g. `"0.00100000"`), cut past the 8th. @internal */
export function dec(value: Big): string {
  return value.toFixed(8, Big.roundDown);
}

/**
 * The fields Binance adds only when they apply (`icebergQty` when sent, `stopPrice` for stop
 * and take-profit orders, strategy, trailing, peg and SOR fields).
 *
 * @internal
 */
export function conditionalFields(order: FakeSpotOrder, alwaysStopAndIceberg = false): WireObject {
  const fields: WireObject = {};
  if (order.stopPrice !== undefined || isTriggerType(order.type) || alwaysStopAndIceberg) {
    fields['stopPrice'] = dec(order.stopPrice ?? ZERO);
  }
  if (order.icebergQty !== undefined || alwaysStopAndIceberg) fields['icebergQty'] = dec(order.icebergQty ?? ZERO);
  if (order.strategyId !== undefined) fields['strategyId'] = order.strategyId;
  if (order.strategyType !== undefined) fields['strategyType'] = order.strategyType;
  if (order.trailingDelta !== undefined) {
    fields['trailingDelta'] = order.trailingDelta;
    // Trailing is not modelled: the order never starts tracking, which Binance shows as -1.
    fields['trailingTime'] = -1;
  }
  if (order.pegPriceType !== undefined) fields['pegPriceType'] = order.pegPriceType;
  if (order.pegOffsetType !== undefined) fields['pegOffsetType'] = order.pegOffsetType;
  if (order.pegOffsetValue !== undefined) fields['pegOffsetValue'] = order.pegOffsetValue;
  if (order.peggedPrice !== undefined) fields['peggedPrice'] = dec(order.peggedPrice);
  if (order.usedSor) {
    fields['usedSor'] = true;
    if (order.workingFloor !== undefined) fields['workingFloor'] = order.workingFloor;
  }
  return fields;
}

/** `newOrderRespType=ACK`. @internal */
export function orderAck(order: FakeSpotOrder, transactTime: number): WireObject {
  return {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: order.clientOrderId,
    transactTime,
  };
}

function quantities(order: FakeSpotOrder, alwaysQty = false): WireObject {
  return {
    price: dec(order.price),
    // An OPO pending order has no quantity until its working order fills: Binance's placement
    // reports omit it; the order query shape always has it (zero until known)
    ...(order.qtyKnown || alwaysQty ? { origQty: dec(order.origQty) } : {}),
    executedQty: dec(order.executedQty),
    origQuoteOrderQty: dec(order.origQuoteOrderQty),
    cummulativeQuoteQty: dec(order.cummulativeQuoteQty),
    status: order.status,
    timeInForce: order.timeInForce,
    type: order.type,
    side: order.side,
  };
}

/** `newOrderRespType=RESULT`: ACK plus the order's state. @internal */
export function orderResult(order: FakeSpotOrder, transactTime: number): WireObject {
  return {
    ...orderAck(order, transactTime),
    ...quantities(order),
    ...conditionalFields(order),
    workingTime: order.workingTime,
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}

/** One `fills[]` item; SOR fills are allocations (`matchType`, `allocId`, `tradeId: -1`). @internal */
export function fillView(fill: FakeSpotFill): WireObject {
  const money = {
    price: dec(fill.price),
    qty: dec(fill.qty),
    commission: dec(fill.commission),
    commissionAsset: fill.commissionAsset,
    tradeId: fill.tradeId,
  };
  if (fill.allocId === undefined) return money;
  return { matchType: 'ONE_PARTY_TRADE_REPORT', ...money, allocId: fill.allocId };
}

/**
 * An order response in the requested shape.
 *
 * @param order - the new order
 * @param respType - ACK, RESULT or FULL
 * @param transactTime - when it was placed
 * @param fills - what filled at once (FULL only)
 * @returns the `result` of `order.place`
 *
 * @internal
 */
export function orderResponse(
  order: FakeSpotOrder,
  respType: FakeOrderRespType,
  transactTime: number,
  fills: readonly FakeSpotFill[],
): WireObject {
  if (respType === 'ACK') return orderAck(order, transactTime);
  const result = orderResult(order, transactTime);
  return respType === 'RESULT' ? result : { ...result, fills: fills.map(fillView) };
}

/**
 * A canceled order as `order.cancel` reports it: `origClientOrderId` is the order's id,
 * `clientOrderId` the cancel's own.
 *
 * @internal
 */
export function cancelReport(order: FakeSpotOrder, cancelClientOrderId: string, transactTime: number): WireObject {
  return {
    symbol: order.symbol,
    origClientOrderId: order.clientOrderId,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: cancelClientOrderId,
    transactTime,
    ...quantities(order),
    ...conditionalFields(order),
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}

/**
 * An order as `order.status`, `openOrders.status` and `allOrders` show it (`spec/spot-ws-api.md`
 * §6.5): `stopPrice` and `icebergQty` always present, plus `time`, `updateTime`, `isWorking`.
 *
 * @internal
 */
export function orderStatusView(order: FakeSpotOrder): WireObject {
  const { origQuoteOrderQty, ...rest } = quantities(order, true);
  return {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: order.clientOrderId,
    ...rest,
    ...conditionalFields(order, true),
    time: order.time,
    updateTime: order.updateTime,
    isWorking: order.workingTime !== -1,
    workingTime: order.workingTime,
    origQuoteOrderQty,
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}

/**
 * `amendedOrder` of an `order.amend.keepPriority` result. Binance names its fields differently
 * from other order shapes (`qty`, `cumulativeQuoteQty`, `quoteOrderQty`, `preventedQty`): see
 * the "Order Amend Keep Priority" response in Binance's trading-endpoints docs.
 *
 * @internal
 */
export function amendedOrderView(order: FakeSpotOrder, origClientOrderId: string): WireObject {
  return {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: order.orderListId,
    origClientOrderId,
    clientOrderId: order.clientOrderId,
    price: dec(order.price),
    qty: dec(order.origQty),
    executedQty: dec(order.executedQty),
    preventedQty: dec(ZERO),
    quoteOrderQty: dec(order.origQuoteOrderQty),
    cumulativeQuoteQty: dec(order.cummulativeQuoteQty),
    status: order.status,
    timeInForce: order.timeInForce,
    type: order.type,
    side: order.side,
    ...conditionalFields(order),
    // Binance's example for a pending order of a list has no workingTime
    ...(order.status === 'PENDING_NEW' ? {} : { workingTime: order.workingTime }),
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}
