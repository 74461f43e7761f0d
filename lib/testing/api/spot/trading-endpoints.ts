import type { FakeApiContext, FakeApiOutcome, FakeApiRequest, FakeEndpoint } from '../fake-api-types.js';
import { FakeSpotAccount } from './fake-spot-account.js';
import { handleOrderAmend } from './trading-amend.js';
import { handleCancelAll, handleOrderCancel, handleOrderListCancel } from './trading-cancel.js';
import { handleCancelReplace } from './trading-cancel-replace.js';
import { isTrue } from './trading-errors.js';
import { handleDeprecatedOcoPlace, handleOcoPlace } from './trading-order-lists.js';
import { otoHandler } from './trading-oto-lists.js';
import { handleOrderPlace, handleOrderTest } from './trading-place-order.js';
import { handleSorPlace, handleSorTest } from './trading-sor.js';

type Handler = (request: FakeApiRequest, context: FakeApiContext) => FakeApiOutcome;
type Verb = 'POST' | 'PUT' | 'DELETE';

function trade(method: string, verb: Verb, path: string, weight: number | ((params: Readonly<Record<string, unknown>>) => number), handle: Handler, countsOrders = false): FakeEndpoint {
  return {
    method,
    rest: [verb, path],
    security: 'TRADE',
    weight: typeof weight === 'number' ? () => weight : weight,
    ...(countsOrders ? { countsOrders } : {}),
    handle: withUserEvents(handle),
  };
}

/**
 * Runs a trading handler inside its account's `track`, so the User Data Stream subscriptions of
 * the account get the events the request caused (`spec/user-data.md` §2), whichever transport
 * it came on.
 */
function withUserEvents(handle: Handler): Handler {
  return (request, context) =>
    context.account instanceof FakeSpotAccount ? context.account.track(request.serverTime, () => handle(request, context)) : handle(request, context);
}

/** 1, or 20 with `computeCommissionRates=true` (`order.test`, `sor.order.test`). */
const testWeight = (params: Readonly<Record<string, unknown>>): number => (isTrue(params['computeCommissionRates']) ? 20 : 1);

/**
 * The fake's spot trading methods, on the WebSocket API and REST alike (`spec/spot-ws-api.md`
 * §6.4, `spec/rest.md` §7): orders, tests, cancels, cancel-replace, amend, order lists and SOR.
 * Each request acts on the account of its API key (`context.account`, a `FakeSpotAccount`).
 *
 * @remarks
 * Weights are the documented ones; the transport applies the rule that successful order
 * placements and cancels cost 0 (`spec/spot-ws-api.md` §3). `countsOrders` marks the methods
 * that add to the unfilled order count. Every change a request makes reaches the account's User
 * Data Stream subscriptions as events (`FakeSpotAccount.track`).
 *
 * @internal
 */
export const FAKE_SPOT_TRADING_ENDPOINTS: readonly FakeEndpoint[] = [
  trade('order.place', 'POST', '/api/v3/order', 1, handleOrderPlace, true),
  trade('order.test', 'POST', '/api/v3/order/test', testWeight, (request, context) => handleOrderTest(request, context)),
  trade('order.cancel', 'DELETE', '/api/v3/order', 1, handleOrderCancel),
  trade('order.cancelReplace', 'POST', '/api/v3/order/cancelReplace', 1, handleCancelReplace, true),
  trade('order.amend.keepPriority', 'PUT', '/api/v3/order/amend/keepPriority', 4, handleOrderAmend),
  trade('openOrders.cancelAll', 'DELETE', '/api/v3/openOrders', 1, handleCancelAll),
  trade('orderList.place', 'POST', '/api/v3/order/oco', 1, handleDeprecatedOcoPlace, true),
  trade('orderList.place.oco', 'POST', '/api/v3/orderList/oco', 1, handleOcoPlace, true),
  trade('orderList.place.oto', 'POST', '/api/v3/orderList/oto', 1, otoHandler({ pendingPair: false, opo: false }), true),
  trade('orderList.place.otoco', 'POST', '/api/v3/orderList/otoco', 1, otoHandler({ pendingPair: true, opo: false }), true),
  trade('orderList.place.opo', 'POST', '/api/v3/orderList/opo', 1, otoHandler({ pendingPair: false, opo: true }), true),
  trade('orderList.place.opoco', 'POST', '/api/v3/orderList/opoco', 1, otoHandler({ pendingPair: true, opo: true }), true),
  trade('orderList.cancel', 'DELETE', '/api/v3/orderList', 1, handleOrderListCancel),
  trade('sor.order.place', 'POST', '/api/v3/sor/order', 1, handleSorPlace, true),
  trade('sor.order.test', 'POST', '/api/v3/sor/order/test', testWeight, handleSorTest),
];
