import type Big from 'big.js';

/**
 * The records behind the fake spot account: orders, order lists, trades, allocations and
 * amendments, as the trading handlers keep them (decimals are exact `Big`s; the wire shapes are
 * built from them by `fake-spot-order-views.ts`).
 *
 * @internal
 */

/** Order side (`spec/rest.md` §7 enums). */
export type FakeOrderSide = 'BUY' | 'SELL';

/** Spot order types (`spec/rest.md` §7 enums). */
export type FakeOrderType =
  | 'LIMIT'
  | 'MARKET'
  | 'STOP_LOSS'
  | 'STOP_LOSS_LIMIT'
  | 'TAKE_PROFIT'
  | 'TAKE_PROFIT_LIMIT'
  | 'LIMIT_MAKER';

/** Time in force (`spec/rest.md` §7 enums). */
export type FakeTimeInForce = 'GTC' | 'IOC' | 'FOK';

/** Order status (`spec/rest.md` §7 enums). */
export type FakeOrderStatus = 'NEW' | 'PENDING_NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'REJECTED' | 'EXPIRED';

/** Response shape of a new order (`spec/spot-ws-api.md` §6.4). */
export type FakeOrderRespType = 'ACK' | 'RESULT' | 'FULL';

/** One order of the account; mutable, owned by `FakeSpotAccount`. */
export interface FakeSpotOrder {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  readonly orderId: number;
  readonly orderListId: number;
  clientOrderId: string;
  readonly side: FakeOrderSide;
  readonly type: FakeOrderType;
  /** Binance reports GTC for orders sent without a time in force (MARKET, stops). */
  readonly timeInForce: FakeTimeInForce;
  /** Limit price; 0 for MARKET, STOP_LOSS and TAKE_PROFIT. */
  readonly price: Big;
  origQty: Big;
  /** OPO pending orders get their quantity only when the working order fills. */
  qtyKnown: boolean;
  executedQty: Big;
  cummulativeQuoteQty: Big;
  readonly origQuoteOrderQty: Big;
  status: FakeOrderStatus;
  readonly stopPrice: Big | undefined;
  readonly trailingDelta: number | undefined;
  readonly icebergQty: Big | undefined;
  readonly strategyId: number | undefined;
  readonly strategyType: number | undefined;
  readonly selfTradePreventionMode: string;
  readonly pegPriceType: string | undefined;
  readonly pegOffsetType: string | undefined;
  readonly pegOffsetValue: number | undefined;
  /** The price a pegged order is pegged at, once placed. */
  peggedPrice: Big | undefined;
  readonly usedSor: boolean;
  workingFloor: 'SOR' | 'EXCHANGE' | undefined;
  readonly time: number;
  updateTime: number;
  /** When the order went on the book; -1 while pending or not triggered. */
  workingTime: number;
  /** Price per unit locked for a BUY (limit, stop or last price); unused for a SELL. */
  lockPrice: Big;
  /** What this order still holds locked, in `lockAsset` (quote for BUY, base for SELL). */
  locked: Big;
  /** The client order id of the cancel that canceled it (`c` of its CANCELED executionReport). */
  cancelClientOrderId?: string;
}

/** An order list (OCO, OTO, OTOCO, OPO, OPOCO). */
export interface FakeSpotOrderList {
  readonly orderListId: number;
  readonly contingencyType: 'OCO' | 'OTO';
  listStatusType: 'EXEC_STARTED' | 'ALL_DONE';
  listOrderStatus: 'EXECUTING' | 'ALL_DONE';
  readonly listClientOrderId: string;
  readonly symbol: string;
  /** When the list was placed. */
  readonly time: number;
  /** Last change of the list (its `transactionTime` in later reports). */
  updateTime: number;
  /** The orders in report order. */
  readonly orderIds: readonly number[];
  /** OTO*: the working order. */
  readonly workingOrderId: number | undefined;
  /** The orders that cancel each other: an OCO's legs, or the pending pair of an OTOCO/OPOCO. */
  readonly ocoOrderIds: readonly number[];
  /** OPO / OPOCO: the pending quantity comes from the working order's fill. */
  readonly opo: boolean;
}

/** One trade of the account (`myTrades` item). */
export interface FakeSpotTrade {
  readonly symbol: string;
  readonly id: number;
  readonly orderId: number;
  readonly orderListId: number;
  readonly price: Big;
  readonly qty: Big;
  readonly quoteQty: Big;
  readonly commission: Big;
  readonly commissionAsset: string;
  readonly time: number;
  readonly isBuyer: boolean;
  readonly isMaker: boolean;
}

/** One SOR allocation (`myAllocations` item); same money fields as a trade. */
export interface FakeSpotAllocation extends Omit<FakeSpotTrade, 'id'> {
  readonly allocationId: number;
}

/** One `order.amend.keepPriority` (`order.amendments` item). */
export interface FakeSpotAmendment {
  readonly symbol: string;
  readonly orderId: number;
  readonly executionId: number;
  readonly origClientOrderId: string;
  readonly newClientOrderId: string;
  readonly origQty: Big;
  readonly newQty: Big;
  readonly time: number;
}

/** A fill as an order response lists it (`fills[]`), before formatting. */
export interface FakeSpotFill {
  readonly price: Big;
  readonly qty: Big;
  readonly commission: Big;
  readonly commissionAsset: string;
  /** -1 for SOR fills, which are allocations. */
  readonly tradeId: number;
  /** SOR fills only. */
  readonly allocId: number | undefined;
}

/** Whether an order can still trade or be canceled. */
export function isOpenOrder(order: FakeSpotOrder): boolean {
  return order.status === 'NEW' || order.status === 'PARTIALLY_FILLED' || order.status === 'PENDING_NEW';
}

/** Whether an order rests on the book (what `openOrders.status` lists). */
export function isWorkingOrder(order: FakeSpotOrder): boolean {
  return order.status === 'NEW' || order.status === 'PARTIALLY_FILLED';
}

/** Stop and take-profit orders wait for a trigger (not modelled: they rest untriggered). */
export function isTriggerType(type: FakeOrderType): boolean {
  return type === 'STOP_LOSS' || type === 'STOP_LOSS_LIMIT' || type === 'TAKE_PROFIT' || type === 'TAKE_PROFIT_LIMIT';
}
