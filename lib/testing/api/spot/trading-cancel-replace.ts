import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiContext, FakeApiError, FakeApiOutcome, FakeApiRequest } from '../fake-api-types.js';
import { optString, reqString, withParams } from '../fake-params.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { orderResponse } from './fake-spot-order-views.js';
import { cancelByRef, readCancelRestrictions, readOrderRef } from './trading-cancel.js';
import { accountOf, attempt, readSymbol, reject } from './trading-errors.js';
import { readClientId, readOrderSpec, readRespType, readStpMode } from './trading-order-spec.js';
import { defaultRespType, placeOrder, placementContext } from './trading-place-order.js';

type Result<T> = { readonly ok: T } | { readonly error: FakeApiError };

/**
 * `order.cancelReplace` / `POST /api/v3/order/cancelReplace`: cancels an order, then places a
 * new one, answering by Binance's outcome matrix (`spec/spot-ws-api.md` §6.4):
 *
 * | mode | cancel | new order | status, code |
 * |---|---|---|---|
 * | any | SUCCESS | SUCCESS | 200 |
 * | STOP_ON_FAILURE | FAILURE | NOT_ATTEMPTED | 400, -2022 |
 * | any | SUCCESS | FAILURE | 409, -2021 |
 * | ALLOW_FAILURE | FAILURE | SUCCESS | 409, -2021 |
 * | ALLOW_FAILURE | FAILURE | FAILURE | 400, -2022 |
 *
 * With the unfilled order count at its limit, `orderRateLimitExceededMode=DO_NOTHING` rejects
 * the request (429, -1015) and `CANCEL_ONLY` still cancels, the new order failing with -1015
 * (429 for STOP_ON_FAILURE; 409 / 400 for ALLOW_FAILURE).
 *
 * @remarks Counts toward the unfilled order count even when the new order is not attempted.
 *
 * @internal
 */
export function handleCancelReplace(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const { params, serverTime: time } = request;
    const account = accountOf(context);
    account.lastServerTime = time;
    const symbol = readSymbol(params, context.market);
    const mode = reqString(params, 'cancelReplaceMode');
    if (mode !== 'STOP_ON_FAILURE' && mode !== 'ALLOW_FAILURE') reject(-1130, "Data sent for parameter 'cancelReplaceMode' is not valid.");
    const rateMode = optString(params, 'orderRateLimitExceededMode') ?? 'DO_NOTHING';
    if (rateMode !== 'DO_NOTHING' && rateMode !== 'CANCEL_ONLY') reject(-1130, "Data sent for parameter 'orderRateLimitExceededMode' is not valid.");
    const ref = readOrderRef(params, 'cancelOrderId', 'cancelOrigClientOrderId');
    const cancelId = readClientId(params, 'cancelNewClientOrderId');
    const restrictions = readCancelRestrictions(params);
    const spec = readOrderSpec(params);
    const stp = readStpMode(params);
    const respType = readRespType(params) ?? defaultRespType(spec.type);

    const exceeded = limitExceeded(account, time);
    if (exceeded !== undefined && rateMode === 'DO_NOTHING') return reject(exceeded.code, exceeded.msg, 429);
    account.recordOrders(1, time);

    const cancel = attempt(() => cancelByRef(account, symbol.symbol, ref, cancelId, restrictions, time));
    const stopHere = 'error' in cancel && mode === 'STOP_ON_FAILURE';
    const placed: Result<unknown> | undefined = stopHere
      ? undefined
      : exceeded !== undefined
        ? { error: exceeded }
        : attempt(() => {
            const order = placeOrder(placementContext(account, context.market, symbol, request, { stp }), spec);
            return orderResponse(order.order, respType, time, order.fills);
          });
    return outcome(cancel, placed, exceeded !== undefined && mode === 'STOP_ON_FAILURE');
  });
}

function outcome(cancel: Result<unknown>, placed: Result<unknown> | undefined, overLimit: boolean): FakeApiOutcome {
  const data = {
    cancelResult: 'ok' in cancel ? 'SUCCESS' : 'FAILURE',
    newOrderResult: placed === undefined ? 'NOT_ATTEMPTED' : 'ok' in placed ? 'SUCCESS' : 'FAILURE',
    cancelResponse: 'ok' in cancel ? cancel.ok : cancel.error,
    newOrderResponse: placed === undefined ? null : 'ok' in placed ? placed.ok : placed.error,
  };
  if ('ok' in cancel && placed !== undefined && 'ok' in placed) return { result: data };
  const bothFailed = 'error' in cancel && (placed === undefined || 'error' in placed);
  const status = overLimit ? 429 : bothFailed ? 400 : 409;
  return bothFailed
    ? { status, error: { code: -2022, msg: 'Order cancel-replace failed.', data } }
    : { status, error: { code: -2021, msg: 'Order cancel-replace partially failed.', data } };
}

function limitExceeded(account: FakeSpotAccount, time: number): FakeApiError | undefined {
  const counts = account.unfilledOrderCounts(time);
  const limits = account.orderLimits;
  if (counts.tenSeconds >= limits.tenSeconds) return FAKE_API_ERRORS.tooManyOrders(limits.tenSeconds, '10 SECOND');
  if (counts.day >= limits.day) return FAKE_API_ERRORS.tooManyOrders(limits.day, '1 DAY');
  return undefined;
}
