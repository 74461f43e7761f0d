import Big from 'big.js';
import type { FakeApiContext, FakeApiOutcome, FakeApiRequest } from '../fake-api-types.js';
import { optDecimal, withParams } from '../fake-params.js';
import type { FakeSpotAccount } from './fake-spot-account.js';
import { closeListIfDone, listOf } from './fake-spot-account-lists.js';
import { lockAmountOf, lockAssetOf, releaseLock } from './fake-spot-account-money.js';
import { isOpenOrder, type FakeSpotOrder } from './fake-spot-order.js';
import { amendListStatusView } from './fake-spot-order-list-views.js';
import { amendedOrderView } from './fake-spot-order-views.js';
import { findOrder, readOrderRef } from './trading-cancel.js';
import { accountOf, readSymbol, reject } from './trading-errors.js';
import { readClientId } from './trading-order-spec.js';

/**
 * `order.amend.keepPriority` / `PUT /api/v3/order/amend/keepPriority`: lowers an open order's
 * quantity in place (Binance's "Order Amend Keep Priority" docs and FAQ). Both legs of an OCO
 * pair change together, as they share one quantity; the amended order gets a new client order
 * id unless `newClientOrderId` repeats the current one.
 *
 * Errors (code -2038, messages from spot `errors.md`): `newQty` equal to the quantity → "The
 * requested action would change no state; rejecting", above it → "Order amend (quantity
 * increase) is not supported.", an OPO order still pending → "Order amend (pending OPO order) is
 * not supported."; no open order → -2038 "Unknown order sent." (the fake's choice of code for
 * an unknown order: Binance documents the message for this family, not the case).
 *
 * @internal
 */
export function handleOrderAmend(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const { params, serverTime: time } = request;
    const account = accountOf(context);
    account.lastServerTime = time;
    const { symbol } = readSymbol(params, context.market);
    const ref = readOrderRef(params);
    const newClientId = readClientId(params, 'newClientOrderId');
    const newQtyText = optDecimal(params, 'newQty');
    if (newQtyText === undefined) return reject(-1102, "Mandatory parameter 'newQty' was not sent, was empty/null, or malformed.");
    const newQty = new Big(newQtyText);
    if (newQty.lte(0)) reject(-1013, 'Invalid quantity.');

    const order = findOrder(account, symbol, ref, () => reject(-2039, 'Client order ID is not correct for this order ID.'));
    if (order === undefined || !isOpenOrder(order)) return reject(-2038, 'Unknown order sent.');
    if (!order.qtyKnown) reject(-2038, 'Order amend (pending OPO order) is not supported.');
    if (newQty.eq(order.origQty)) reject(-2038, 'The requested action would change no state; rejecting');
    if (newQty.gt(order.origQty)) reject(-2038, 'Order amend (quantity increase) is not supported.');

    const list = listOf(account, order);
    const pair =
      list !== undefined && list.ocoOrderIds.includes(order.orderId)
        ? account.ordersOf(list).filter((o) => list.ocoOrderIds.includes(o.orderId) && isOpenOrder(o))
        : [order];
    const origQty = order.origQty;
    for (const target of pair) lowerQuantity(account, target, newQty, time);
    const origClientOrderId = order.clientOrderId;
    order.clientOrderId = newClientId ?? account.newClientOrderId();
    const executionId = account.nextExecutionId();
    account.amendmentLog.push({
      symbol,
      orderId: order.orderId,
      executionId,
      origClientOrderId,
      newClientOrderId: order.clientOrderId,
      origQty,
      newQty,
      time,
    });
    if (list !== undefined) closeListIfDone(account, list, time);
    const result = { transactTime: time, executionId, amendedOrder: amendedOrderView(order, origClientOrderId) };
    return { result: list === undefined ? result : { ...result, listStatus: amendListStatusView(list, account.ordersOf(list)) } };
  });
}

function lowerQuantity(account: FakeSpotAccount, order: FakeSpotOrder, newQty: Big, time: number): void {
  const freed = lockAmountOf(order, order.origQty.minus(newQty));
  const release = freed.gt(order.locked) ? order.locked : freed;
  if (release.gt(0)) {
    account.funds.unlock(lockAssetOf(order), release);
    order.locked = order.locked.minus(release);
  }
  order.origQty = newQty;
  order.updateTime = time;
  account.updateTime = time;
  if (order.executedQty.gte(newQty)) {
    // Lowered to what already traded: nothing is left to fill
    order.status = 'FILLED';
    releaseLock(account, order);
  }
}
