// Wire facts: spec/spot-ws-api.md §6.5 (params). `apiKey`, `timestamp`, `signature` and
// `recvWindow` are added by the client. No account method takes a decimal.

/**
 * Params of a method that takes none (`{}`).
 *
 * @example
 * ```ts
 * const p: NoParams = {};
 * ```
 */
export type NoParams = Readonly<Record<string, never>>;

/**
 * Params of `getOrder` (`order.status`): the symbol and `orderId` or `origClientOrderId`
 * (both given and not matching: `-2039`).
 *
 * @example
 * ```ts
 * const p: GetOrderParams = { symbol: 'BTCUSDT', orderId: 12569099453 };
 * ```
 */
export type GetOrderParams =
  | { readonly symbol: string; readonly orderId: number; readonly origClientOrderId?: string }
  | { readonly symbol: string; readonly orderId?: number; readonly origClientOrderId: string };

/**
 * Params of `getOpenOrders` (`openOrders.status`): without `symbol`, every symbol (weight 80
 * instead of 6).
 *
 * @example
 * ```ts
 * const p: GetOpenOrdersParams = { symbol: 'BTCUSDT' };
 * ```
 */
export interface GetOpenOrdersParams {
  readonly symbol?: string;
}

/**
 * Params of `getAllOrders` (`allOrders`): orders from `orderId` on, or within a time range of at
 * most 24 h (then `orderId` is ignored).
 *
 * @example
 * ```ts
 * const p: GetAllOrdersParams = { symbol: 'BTCUSDT', startTime: 1660780800000, endTime: 1660867200000, limit: 5 };
 * ```
 */
export interface GetAllOrdersParams {
  readonly symbol: string;
  readonly orderId?: number;
  readonly startTime?: number;
  readonly endTime?: number;
  /** Default 500, at most 1000. */
  readonly limit?: number;
}

/**
 * Params of `getOco` (`orderList.status`): `orderListId` or `origClientOrderId` (the list's
 * `listClientOrderId`; it wins when both are given).
 *
 * @example
 * ```ts
 * const p: GetOcoParams = { orderListId: 1274512 };
 * ```
 */
export type GetOcoParams =
  | { readonly orderListId: number; readonly origClientOrderId?: string }
  | { readonly orderListId?: number; readonly origClientOrderId: string };

/**
 * Params of `getAllOco` (`allOrderLists`): lists from `fromId` on, or within a time range of at
 * most 24 h (then `fromId` is ignored).
 *
 * @example
 * ```ts
 * const p: GetAllOcoParams = { fromId: 1274512, limit: 10 };
 * ```
 */
export interface GetAllOcoParams {
  readonly fromId?: number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly limit?: number;
}

/**
 * Params of `getOpenOco` (`openOrderLists.status`): none.
 *
 * @example
 * ```ts
 * const p: GetOpenOcoParams = {};
 * ```
 */
export type GetOpenOcoParams = NoParams;

/**
 * Params of `getAccount` (`account.status`).
 *
 * @example
 * ```ts
 * const p: GetAccountParams = { omitZeroBalances: true };
 * ```
 */
export interface GetAccountParams {
  /** Only non-zero balances. */
  readonly omitZeroBalances?: boolean;
}

/**
 * Params of `getTrades` (`myTrades`): `fromId` excludes a time range; `orderId` (weight 5
 * instead of 20) excludes a time range too.
 *
 * @example
 * ```ts
 * const p: GetTradesParams = { symbol: 'BTCUSDT', orderId: 12569099453 };
 * ```
 */
export interface GetTradesParams {
  readonly symbol: string;
  readonly orderId?: number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly fromId?: number;
  readonly limit?: number;
}

/**
 * Params of `getPreventedMatches` (`myPreventedMatches`): by `preventedMatchId`, or by `orderId`
 * (optionally from `fromPreventedMatchId`, with `limit`).
 *
 * @example
 * ```ts
 * const p: GetPreventedMatchesParams = { symbol: 'BTCUSDT', orderId: 35 };
 * ```
 */
export interface GetPreventedMatchesParams {
  readonly symbol: string;
  readonly preventedMatchId?: number;
  readonly orderId?: number;
  readonly fromPreventedMatchId?: number;
  readonly limit?: number;
}

/**
 * Params of `getAllocations` (`myAllocations`): allocations from SOR orders.
 *
 * @example
 * ```ts
 * const p: GetAllocationsParams = { symbol: 'BTCUSDT', orderId: 500 };
 * ```
 */
export interface GetAllocationsParams {
  readonly symbol: string;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly fromAllocationId?: number;
  readonly limit?: number;
  readonly orderId?: number;
}

/**
 * Params of `getCommission` (`account.commission`).
 *
 * @example
 * ```ts
 * const p: GetCommissionParams = { symbol: 'BTCUSDT' };
 * ```
 */
export interface GetCommissionParams {
  readonly symbol: string;
}

/**
 * Params of `getOrderRateLimit` (`account.rateLimits.orders`): none.
 *
 * @example
 * ```ts
 * const p: GetOrderRateLimitParams = {};
 * ```
 */
export type GetOrderRateLimitParams = NoParams;

/**
 * Params of `getOrderAmendments` (`order.amendments`).
 *
 * @example
 * ```ts
 * const p: GetOrderAmendmentsParams = { symbol: 'BTCUSDT', orderId: 23 };
 * ```
 */
export interface GetOrderAmendmentsParams {
  readonly symbol: string;
  readonly orderId: number;
  readonly fromExecutionId?: number;
  readonly limit?: number;
}

/**
 * Params of `getMyFilters` (`myFilters`): the filters that apply to this account on a symbol
 * (the only place `MAX_ASSET` shows).
 *
 * @example
 * ```ts
 * const p: GetMyFiltersParams = { symbol: 'BTCUSDT' };
 * ```
 */
export interface GetMyFiltersParams {
  readonly symbol: string;
}
