import type { FakeApiContext, FakeApiOutcome, FakeApiRequest } from '../fake-api-types.js';
import { withParams } from '../fake-params.js';
import { admitOcoPair } from './fake-spot-account-admit.js';
import type { FakeOrderRespType, FakeOrderType, FakeSpotFill, FakeSpotOrder, FakeSpotOrderList } from './fake-spot-order.js';
import { orderListResult } from './fake-spot-order-list-views.js';
import { orderResponse, type WireObject } from './fake-spot-order-views.js';
import { accountOf, readSymbol, reject } from './trading-errors.js';
import { legNames, readClientId, readOrderSpec, readRespType, readStpMode, type FakeOrderSpec } from './trading-order-spec.js';
import { engineRuleViolation, newOrderRecord, placementContext, type PlacementContext } from './trading-place-order.js';

/** What every order list request shares: where, the list's client id, and its response type. @internal */
export interface ListRequest {
  readonly context: PlacementContext;
  readonly listClientOrderId: string;
  readonly respType: FakeOrderRespType;
}

/**
 * Reads what every `orderList.place*` request has (symbol, `listClientOrderId`,
 * `selfTradePreventionMode`, `newOrderRespType`); the list's id is taken only if it is accepted.
 *
 * @param defaultRespType - FULL for the deprecated OCO (its docs' default), RESULT for the
 * others, whose documented examples are sent without `newOrderRespType` and answer RESULT reports
 *
 * @internal
 */
export function readListRequest(request: FakeApiRequest, context: FakeApiContext, defaultRespType: FakeOrderRespType): ListRequest {
  const account = accountOf(context);
  account.lastServerTime = request.serverTime;
  const symbol = readSymbol(request.params, context.market);
  const listClientId = readClientId(request.params, 'listClientOrderId');
  const stp = readStpMode(request.params);
  const respType = readRespType(request.params) ?? defaultRespType;
  const open = [...account.listMap.values()].some((list) => list.listClientOrderId === listClientId && list.listOrderStatus === 'EXECUTING');
  if (open) reject(-2010, 'Duplicate order sent.');
  return {
    context: placementContext(account, context.market, symbol, request, { stp, orderListId: account.peekOrderListId() }),
    listClientOrderId: listClientId ?? account.newClientOrderId(),
    respType,
  };
}

/**
 * Builds the records of a list's orders, checking the engine rules across them (a client id
 * used twice in one request is a duplicate too).
 *
 * @throws {@link FakeParamError} -2010 with the rule's message
 *
 * @internal
 */
export function listRecords(context: PlacementContext, specs: readonly FakeOrderSpec[]): FakeSpotOrder[] {
  const records: FakeSpotOrder[] = [];
  for (const spec of specs) {
    const record = newOrderRecord(context, spec, context.account.peekOrderId(records.length));
    const violation = engineRuleViolation(context.account, record, records);
    if (violation !== undefined) reject(-2010, violation);
    records.push(record);
  }
  return records;
}

/**
 * Stores an accepted list and its orders, counts its orders toward the ORDERS limits, and
 * answers with its reports (in the requested shape, as they are now).
 *
 * @internal
 */
export function storeList(
  request: ListRequest,
  shape: Pick<FakeSpotOrderList, 'contingencyType' | 'workingOrderId' | 'ocoOrderIds' | 'opo'>,
  orders: readonly FakeSpotOrder[],
  fills: ReadonlyMap<FakeSpotOrder, readonly FakeSpotFill[]> = new Map(),
): WireObject {
  const { account, time, symbol, orderListId } = request.context;
  const list: FakeSpotOrderList = {
    orderListId,
    ...shape,
    listStatusType: 'EXEC_STARTED',
    listOrderStatus: 'EXECUTING',
    listClientOrderId: request.listClientOrderId,
    symbol: symbol.symbol,
    time,
    updateTime: time,
    orderIds: orders.map((order) => order.orderId),
  };
  account.takeIds(orders.length, true);
  for (const order of orders) account.orderMap.set(order.orderId, order);
  account.listMap.set(orderListId, list);
  account.recordOrders(orders.length, time);
  const reports = orders.map((order) => orderResponse(order, request.respType, time, fills.get(order) ?? []));
  return orderListResult(list, orders, reports);
}

/** Admits an OCO pair or stops with -2010. @internal */
export function admitPairOrReject(context: PlacementContext, legs: readonly FakeSpotOrder[]): void {
  const admission = admitOcoPair(context.account, legs, context.liquidity, context.time);
  if ('reject' in admission) reject(-2010, admission.reject);
}

/**
 * Report order of an OCO pair: Binance's examples list the contingent leg before a LIMIT_MAKER
 * one, else below before above.
 *
 * @internal
 */
export function pairOrder<T extends { readonly type: FakeOrderType }>(below: T, above: T): [T, T] {
  return above.type !== 'LIMIT_MAKER' && below.type === 'LIMIT_MAKER' ? [above, below] : [below, above];
}

const OCO_TYPES: readonly FakeOrderType[] = ['STOP_LOSS_LIMIT', 'STOP_LOSS', 'LIMIT_MAKER', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'];
const OCO_TYPE_ERROR = [-1158, 'Order type not supported in OCO.'] as const;

/**
 * Reads an OCO pair named by `prefix + Above…` / `prefix + Below…` with a shared side and
 * quantity (`orderList.place.oco`, and the pending pair of OTOCO / OPOCO).
 *
 * @internal
 */
export function readOcoPair(
  params: Readonly<Record<string, unknown>>,
  prefix: string,
  shared: { readonly side: string; readonly quantity: string },
  noQuantity = false,
): [FakeOrderSpec, FakeOrderSpec] {
  const leg = (name: string): FakeOrderSpec =>
    readOrderSpec(params, legNames(prefix === '' ? name : `${prefix}${name.charAt(0).toUpperCase()}${name.slice(1)}`, shared), {
      types: OCO_TYPES,
      typeError: OCO_TYPE_ERROR,
      noQuantity,
    });
  const above = leg('above');
  const below = leg('below');
  if (above.type === 'LIMIT_MAKER' && below.type === 'LIMIT_MAKER') reject(-1168, 'At least one OCO order must be contingent.');
  return pairOrder(below, above);
}

/**
 * `orderList.place.oco` / `POST /api/v3/orderList/oco`: an above and a below order, one of them
 * contingent, both resting; the last price must lie between them.
 *
 * @internal
 */
export function handleOcoPlace(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const list = readListRequest(request, context, 'RESULT');
    const specs = readOcoPair(request.params, '', { side: 'side', quantity: 'quantity' });
    return placeOco(list, specs);
  });
}

/**
 * `orderList.place` / `POST /api/v3/order/oco` (deprecated): a LIMIT_MAKER at `price` and a
 * STOP_LOSS at `stopPrice` (STOP_LOSS_LIMIT with `stopLimitPrice`); reports FULL by default.
 *
 * @internal
 */
export function handleDeprecatedOcoPlace(request: FakeApiRequest, context: FakeApiContext): FakeApiOutcome {
  return withParams(() => {
    const list = readListRequest(request, context, 'FULL');
    const stopType = request.params['stopLimitPrice'] === undefined ? 'STOP_LOSS' : 'STOP_LOSS_LIMIT';
    const params = { ...request.params, '.limitType': 'LIMIT_MAKER', '.stopType': stopType };
    const shared = { side: 'side', quantity: 'quantity' };
    const limit = readOrderSpec(params, legNames('limit', { ...shared, type: '.limitType', price: 'price' }));
    const stop = readOrderSpec(
      params,
      legNames('stop', {
        ...shared,
        type: '.stopType',
        price: 'stopLimitPrice',
        timeInForce: 'stopLimitTimeInForce',
        stopPrice: 'stopPrice',
        trailingDelta: 'trailingDelta',
      }),
    );
    return placeOco(list, [stop, limit]);
  });
}

function placeOco(list: ListRequest, specs: readonly FakeOrderSpec[]): FakeApiOutcome {
  const legs = listRecords(list.context, specs);
  admitPairOrReject(list.context, legs);
  const ids = legs.map((leg) => leg.orderId);
  return { result: storeList(list, { contingencyType: 'OCO', workingOrderId: undefined, ocoOrderIds: ids, opo: false }, legs) };
}
