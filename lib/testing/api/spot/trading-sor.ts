import type { FakeApiContext, FakeApiOutcome, FakeApiRequest } from '../fake-api-types.js';
import { optDecimal, withParams } from '../fake-params.js';
import type { FakeOrderType } from './fake-spot-order.js';
import { orderResponse } from './fake-spot-order-views.js';
import { accountOf, readSymbol, reject } from './trading-errors.js';
import { readOrderSpec, readRespType, readStpMode, type FakeOrderSpec } from './trading-order-spec.js';
import { defaultRespType, handleOrderTest, placeOrder, placementContext } from './trading-place-order.js';

const SOR_TYPES: readonly FakeOrderType[] = ['LIMIT', 'MARKET'];

/**
 * Reads an SOR order (`spec/spot-ws-api.md` §6.4 `sor.order.place`): LIMIT or MARKET only,
 * `quantity` mandatory, `quoteOrderQty` not supported.
 *
 * @internal
 */
export function readSorSpec(params: Readonly<Record<string, unknown>>): FakeOrderSpec {
  if (params['quoteOrderQty'] !== undefined) reject(-1106, "Parameter 'quoteOrderQty' sent when not required.");
  if (optDecimal(params, 'quantity') === undefined) reject(-1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.");
  return readOrderSpec(params, undefined, { types: SOR_TYPES });
}

/**
 * `sor.order.place` / `POST /api/v3/sor/order`: places the order like `order.place`, but what
 * fills at once is routed by SOR, so it is recorded as allocations (`myAllocations`), its
 * `fills[]` carry `matchType`, `allocId` and `tradeId: -1`, and the result is an array of one
 * order with `usedSor` and `workingFloor` (Binance's "Place new order using SOR" response).
 *
 * @internal
 */
export function handleSorPlace(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const account = accountOf(context);
    account.lastServerTime = request.serverTime;
    const symbol = readSymbol(request.params, context.market);
    const spec = readSorSpec(request.params);
    const stp = readStpMode(request.params);
    const respType = readRespType(request.params) ?? defaultRespType(spec.type);
    const placed = placeOrder(placementContext(account, context.market, symbol, request, { stp, sor: true }), spec);
    account.recordOrders(1, request.serverTime);
    return { result: [orderResponse(placed.order, respType, request.serverTime, placed.fills)] };
  });
}

/** `sor.order.test` / `POST /api/v3/sor/order/test`. @internal */
export function handleSorTest(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return handleOrderTest(request, context, readSorSpec, true);
}
