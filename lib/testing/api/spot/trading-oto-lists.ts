import type { FakeApiContext, FakeApiOutcome, FakeApiRequest } from '../fake-api-types.js';
import { withParams } from '../fake-params.js';
import { admitOrder } from './fake-spot-account-admit.js';
import { afterFill } from './fake-spot-account-lists.js';
import type { FakeOrderType } from './fake-spot-order.js';
import { reject } from './trading-errors.js';
import { listRecords, readListRequest, readOcoPair, storeList } from './trading-order-lists.js';
import { legNames, readOrderSpec, type FakeOrderSpec } from './trading-order-spec.js';

/** Which OTO-family list a request places. @internal */
export interface OtoKind {
  /** Two pending orders forming an OCO (OTOCO, OPOCO) rather than one (OTO, OPO). */
  readonly pendingPair: boolean;
  /** One-pays-the-other: no pending quantity; working BUY, pending SELL. */
  readonly opo: boolean;
}

const WORKING_TYPES: readonly FakeOrderType[] = ['LIMIT', 'LIMIT_MAKER'];

/**
 * `orderList.place.oto` / `.otoco` / `.opo` / `.opoco` (`POST /api/v3/orderList/…`): a working
 * LIMIT or LIMIT_MAKER order that is placed at once, and pending orders that go live only when
 * it is fully filled (Binance's OTO, OTOCO and OPO docs). All four report
 * `contingencyType: "OTO"`.
 *
 * @remarks
 * If the working order fills at once, the response still shows the pending orders as
 * PENDING_NEW (as Binance documents); they are live right after. An OPO's pending orders sell
 * what the working order bought, net of commission, and omit `origQty` until then.
 *
 * @internal
 */
export function otoHandler(kind: OtoKind): (request: FakeApiRequest, context: FakeApiContext) => FakeApiOutcome {
  return (request, context) =>
    withParams(() => {
      const list = readListRequest(request, context, 'RESULT');
      const { params } = request;
      const working = readOrderSpec(params, legNames('working'), { types: WORKING_TYPES });
      const pending = readPending(params, kind);
      if (kind.opo) {
        if (working.side !== 'BUY') reject(-1222, 'Working order in an OPO list must be a bid.');
        if (pending.some((spec) => spec.side !== 'SELL')) reject(-1223, 'Pending orders in an OPO list must be asks.');
      }
      const [workingOrder, ...pendingOrders] = listRecords(list.context, [working, ...pending]);
      // one record per spec, so never undefined; the check only narrows the type
      if (workingOrder === undefined) return reject(-1000, 'An unknown error occurred while processing the request.');
      const { account, liquidity, time } = list.context;
      const admission = admitOrder(account, workingOrder, liquidity, time);
      if ('reject' in admission) return reject(-2010, admission.reject);
      const shape = {
        contingencyType: 'OTO' as const,
        workingOrderId: workingOrder.orderId,
        ocoOrderIds: kind.pendingPair ? pendingOrders.map((order) => order.orderId) : [],
        opo: kind.opo,
      };
      const result = storeList(list, shape, [workingOrder, ...pendingOrders], new Map([[workingOrder, admission.fills]]));
      if (workingOrder.status === 'FILLED') afterFill(account, workingOrder, liquidity, time);
      return { result };
    });
}

function readPending(params: Readonly<Record<string, unknown>>, kind: OtoKind): FakeOrderSpec[] {
  if (kind.opo && params['pendingQuantity'] !== undefined) reject(-1106, "Parameter 'pendingQuantity' sent when not required.");
  if (kind.pendingPair) return readOcoPair(params, 'pending', { side: 'pendingSide', quantity: 'pendingQuantity' }, kind.opo);
  return [readOrderSpec(params, legNames('pending'), { noQuantity: kind.opo })];
}
