import type { FakeSpotAllocation, FakeSpotAmendment, FakeSpotTrade } from './fake-spot-order.js';
import { dec, type WireObject } from './fake-spot-order-views.js';

/**
 * `myTrades` item (`spec/spot-ws-api.md` §6.5). `isBestMatch` is always true: the fake has one
 * price level.
 *
 * @internal
 */
export function tradeView(trade: FakeSpotTrade): WireObject {
  return {
    symbol: trade.symbol,
    id: trade.id,
    orderId: trade.orderId,
    orderListId: trade.orderListId,
    price: dec(trade.price),
    qty: dec(trade.qty),
    quoteQty: dec(trade.quoteQty),
    commission: dec(trade.commission),
    commissionAsset: trade.commissionAsset,
    time: trade.time,
    isBuyer: trade.isBuyer,
    isMaker: trade.isMaker,
    isBestMatch: true,
  };
}

/** `myAllocations` item (Binance's account-endpoints "Query Allocations" response). @internal */
export function allocationView(allocation: FakeSpotAllocation): WireObject {
  return {
    symbol: allocation.symbol,
    allocationId: allocation.allocationId,
    allocationType: 'SOR',
    orderId: allocation.orderId,
    orderListId: allocation.orderListId,
    price: dec(allocation.price),
    qty: dec(allocation.qty),
    quoteQty: dec(allocation.quoteQty),
    commission: dec(allocation.commission),
    commissionAsset: allocation.commissionAsset,
    time: allocation.time,
    isBuyer: allocation.isBuyer,
    isMaker: allocation.isMaker,
    isAllocator: false,
  };
}

/** `order.amendments` item (Binance's account-endpoints "Query Order Amendments" response). @internal */
export function amendmentView(amendment: FakeSpotAmendment): WireObject {
  return {
    symbol: amendment.symbol,
    orderId: amendment.orderId,
    executionId: amendment.executionId,
    origClientOrderId: amendment.origClientOrderId,
    newClientOrderId: amendment.newClientOrderId,
    origQty: dec(amendment.origQty),
    newQty: dec(amendment.newQty),
    time: amendment.time,
  };
}
