import type { FakeApiContext, FakeApiOutcome, FakeApiRequest } from '../fake-api-types.js';
import { optInt, reqInt, withParams } from '../fake-params.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { allocationView, amendmentView, tradeView } from './account-views.js';
import { readWindow, selectWindow } from './account-window.js';
import { accountOf, eitherMissing, readSymbol, reject } from './trading-errors.js';

/**
 * The account's histories (`spec/spot-ws-api.md` §6.5): `myTrades`, `myPreventedMatches`,
 * `myAllocations`, `order.amendments`. All answer oldest first.
 *
 * @internal
 */

function begin(request: FakeApiRequest, context: FakeApiContext): FakeSpotAccount {
  const account = accountOf(context);
  account.lastServerTime = request.serverTime;
  return account;
}

/**
 * `myTrades` / `GET /api/v3/myTrades`: by symbol, optionally one order's; `fromId` excludes a
 * time range, and so does `orderId` (-1128, Binance's supported combinations).
 *
 * @internal
 */
export function handleMyTrades(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const { symbol } = readSymbol(request.params, context.market);
    const orderId = optInt(request.params, 'orderId');
    const query = readWindow(request.params);
    if (orderId !== undefined && (query.startTime !== undefined || query.endTime !== undefined)) {
      reject(-1128, 'Combination of optional parameters invalid.');
    }
    const trades = account.tradeLog.filter((trade) => trade.symbol === symbol && (orderId === undefined || trade.orderId === orderId));
    return { result: selectWindow(trades, (trade) => trade.id, (trade) => trade.time, query).map(tradeView) };
  });
}

/**
 * `myPreventedMatches` / `GET /api/v3/myPreventedMatches`: by `preventedMatchId` or `orderId`.
 * Always empty: with a single price and no other traders, no match is ever prevented.
 *
 * @internal
 */
export function handleMyPreventedMatches(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const { symbol } = readSymbol(request.params, context.market);
    const matchId = optInt(request.params, 'preventedMatchId');
    const orderId = optInt(request.params, 'orderId');
    if (matchId === undefined && orderId === undefined) eitherMissing('preventedMatchId', 'orderId');
    const limit = Math.min(optInt(request.params, 'limit') ?? 500, 1000);
    const matches = account.preventedMatchLog.filter((match) => match['symbol'] === symbol);
    return { result: matches.slice(0, limit) };
  });
}

/** `myAllocations` / `GET /api/v3/myAllocations`: SOR allocations, by symbol and optionally order. @internal */
export function handleMyAllocations(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const { symbol } = readSymbol(request.params, context.market);
    const orderId = optInt(request.params, 'orderId');
    const query = readWindow(request.params, { fromName: 'fromAllocationId' });
    const allocations = account.allocationLog.filter(
      (allocation) => allocation.symbol === symbol && (orderId === undefined || allocation.orderId === orderId),
    );
    const picked = selectWindow(allocations, (allocation) => allocation.allocationId, (allocation) => allocation.time, query);
    return { result: picked.map(allocationView) };
  });
}

/**
 * `order.amendments` / `GET /api/v3/order/amendments`: one order's amendments; an unknown
 * order gives -2013 "Order does not exist.".
 *
 * @internal
 */
export function handleOrderAmendments(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = begin(request, context);
    const { symbol } = readSymbol(request.params, context.market);
    const orderId = reqInt(request.params, 'orderId');
    const order = account.orderMap.get(orderId);
    if (order === undefined || order.symbol !== symbol) return reject(-2013, 'Order does not exist.');
    const query = readWindow(request.params, { fromName: 'fromExecutionId' });
    const amendments = account.amendmentLog.filter((amendment) => amendment.orderId === orderId);
    const picked = query.fromId === undefined ? amendments.slice(0, query.limit) : selectWindow(amendments, (a) => a.executionId, (a) => a.time, query);
    return { result: picked.map(amendmentView) };
  });
}
