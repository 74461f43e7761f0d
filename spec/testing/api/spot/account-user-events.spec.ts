import type { FakeUserEvent } from '../../../../lib/testing/api/user-streams/fake-user-event';
import { Desk, RESTING_BUY } from './trading-test-kit';

/** The key order of Binance's executionReport example (`spec/user-data.md` §2), `v` left out. */
const REPORT_KEYS = ['e', 'E', 's', 'c', 'S', 'o', 'f', 'q', 'p', 'P', 'F', 'g', 'C', 'x', 'X', 'r', 'i', 'l', 'z', 'L', 'n', 'N', 'T', 't', 'I', 'w', 'm', 'M', 'O', 'Z', 'Y', 'Q', 'W', 'V'];

/** A desk whose account has a listener, and the events it got, request by request. */
function listeningDesk(): { desk: Desk; events: FakeUserEvent[][] } {
  const desk = new Desk();
  const events: FakeUserEvent[][] = [];
  desk.account.userEvents = {
    listening: true,
    publish: (batch) => {
      events.push([...batch]);
      return 1;
    },
  };
  return { desk, events };
}

const kinds = (batch: readonly FakeUserEvent[] | undefined): string[] =>
  (batch ?? []).map((event) => (event.e === 'executionReport' ? `${String(event['x'])}/${String(event['X'])}` : event.e));

describe('accountUserEvents (via the trading handlers)', () => {
  it('behavior: a crossing LIMIT BUY gives executionReport NEW, TRADE and one outboundAccountPosition, as in Binance\'s examples', () => {
    const { desk, events } = listeningDesk();
    const placed = desk.ok('order.place', { ...RESTING_BUY, price: '31000', newClientOrderId: 'buy1' });
    expect(events).toHaveLength(1);
    const [newReport, trade, position] = events[0] ?? [];
    const t = desk.time;
    expect(newReport).toEqual({
      e: 'executionReport', E: t, s: 'BTCUSDT', c: 'buy1', S: 'BUY', o: 'LIMIT', f: 'GTC', q: '0.10000000', p: '31000.00000000',
      P: '0.00000000', F: '0.00000000', g: -1, C: '', x: 'NEW', X: 'NEW', r: 'NONE', i: placed.orderId, l: '0.00000000',
      z: '0.00000000', L: '0.00000000', n: '0', N: null, T: t, t: -1, I: 1, w: true, m: false, M: false, O: t,
      Z: '0.00000000', Y: '0.00000000', Q: '0.00000000', W: t, V: 'NONE',
    });
    expect(Object.keys(newReport ?? {})).toEqual(REPORT_KEYS);
    expect(trade).toMatchObject({
      x: 'TRADE', X: 'FILLED', l: '0.10000000', z: '0.10000000', L: '30000.00000000', n: '0.00010000', N: 'BTC',
      t: placed.fills[0].tradeId, I: 2, w: false, m: false, Z: '3000.00000000', Y: '3000.00000000',
    });
    expect(Object.keys(trade ?? {})).toEqual(REPORT_KEYS);
    expect(position).toEqual({
      e: 'outboundAccountPosition', E: t, u: t,
      B: [{ a: 'BTC', f: '1.09990000', l: '0.00000000' }, { a: 'USDT', f: '97000.00000000', l: '0.00000000' }],
    });
  });

  it('behavior: a resting order then its cancel give NEW, then CANCELED with the cancel\'s id in c and the order\'s in C', () => {
    const { desk, events } = listeningDesk();
    const placed = desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'rest1' });
    expect(kinds(events[0])).toEqual(['NEW/NEW', 'outboundAccountPosition']);
    expect(events[0]?.[1]).toMatchObject({ B: [{ a: 'USDT', f: '97100.00000000', l: '2900.00000000' }] });
    desk.time += 5;
    desk.ok('order.cancel', { symbol: 'BTCUSDT', orderId: placed.orderId, newClientOrderId: 'cancel1' });
    expect(kinds(events[1])).toEqual(['CANCELED/CANCELED', 'outboundAccountPosition']);
    expect(events[1]?.[0]).toMatchObject({ c: 'cancel1', C: 'rest1', i: placed.orderId, T: desk.time, E: desk.time, w: false, z: '0.00000000' });
    expect(events[1]?.[1]).toMatchObject({ B: [{ a: 'USDT', f: '100000.00000000', l: '0.00000000' }] });
  });

  it('behavior: a resting order filled later in two parts gives maker TRADE reports, PARTIALLY_FILLED then FILLED', () => {
    const { desk, events } = listeningDesk();
    const placed = desk.ok('order.place', RESTING_BUY);
    desk.account.fillOrder(placed.orderId, undefined, '0.04', desk.time + 10);
    desk.account.fillOrder(placed.orderId, undefined, undefined, desk.time + 20);
    expect(kinds(events[1])).toEqual(['TRADE/PARTIALLY_FILLED', 'outboundAccountPosition']);
    expect(events[1]?.[0]).toMatchObject({ l: '0.04000000', z: '0.04000000', L: '29000.00000000', Z: '1160.00000000', m: true, w: true, T: desk.time + 10, E: desk.time + 10 });
    expect(kinds(events[2])).toEqual(['TRADE/FILLED', 'outboundAccountPosition']);
    expect(events[2]?.[0]).toMatchObject({ l: '0.06000000', z: '0.10000000', Z: '2900.00000000', m: true, w: false });
  });

  it('behavior: MARKET, IOC and FOK orders: NEW then TRADE, or NEW then EXPIRED with its expiry reason', () => {
    const { desk, events } = listeningDesk();
    desk.ok('order.place', { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.1' });
    expect(kinds(events[0])).toEqual(['NEW/NEW', 'TRADE/FILLED', 'outboundAccountPosition']);
    expect(events[0]?.[1]).toMatchObject({ o: 'MARKET', p: '0.00000000', L: '30000.00000000', N: 'USDT', n: '3.00000000' });
    desk.ok('order.place', { ...RESTING_BUY, timeInForce: 'IOC' });
    expect(kinds(events[1])).toEqual(['NEW/NEW', 'EXPIRED/EXPIRED']);
    expect(events[1]?.[1]).toMatchObject({ eR: 'UNFILLED_IOC_QUANTITY_EXPIRED', w: false });
    desk.ok('order.place', { ...RESTING_BUY, timeInForce: 'FOK' });
    expect(events[2]?.[1]).toMatchObject({ x: 'EXPIRED', eR: 'UNFILLED_FOK_ORDER_EXPIRED' });
  });

  it('behavior: an OCO gives listStatus EXEC_STARTED before its NEW reports; canceling it, CANCELED reports then listStatus ALL_DONE', () => {
    const { desk, events } = listeningDesk();
    const oco = { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.1', aboveType: 'LIMIT_MAKER', abovePrice: '32000', belowType: 'STOP_LOSS', belowStopPrice: '28000' };
    const list = desk.ok('orderList.place.oco', { ...oco, listClientOrderId: 'myOco' });
    expect(kinds(events[0])).toEqual(['listStatus', 'NEW/NEW', 'NEW/NEW', 'outboundAccountPosition']);
    expect(events[0]?.[0]).toEqual({
      e: 'listStatus', E: desk.time, s: 'BTCUSDT', g: list.orderListId, c: 'OCO', l: 'EXEC_STARTED', L: 'EXECUTING', r: 'NONE',
      C: 'myOco', T: desk.time, O: list.orders.map((o: { orderId: number; clientOrderId: string }) => ({ s: 'BTCUSDT', i: o.orderId, c: o.clientOrderId })),
    });
    expect(events[0]?.filter((e) => e.e === 'executionReport').map((e) => [e['g'], e['o'], e['w']])).toEqual([
      [list.orderListId, 'STOP_LOSS', false],
      [list.orderListId, 'LIMIT_MAKER', true],
    ]);
    desk.ok('orderList.cancel', { symbol: 'BTCUSDT', orderListId: list.orderListId, newClientOrderId: 'bye' });
    expect(kinds(events[1])).toEqual(['CANCELED/CANCELED', 'CANCELED/CANCELED', 'listStatus', 'outboundAccountPosition']);
    expect(events[1]?.[0]).toMatchObject({ c: 'bye' });
    expect(events[1]?.[2]).toMatchObject({ l: 'ALL_DONE', L: 'ALL_DONE' });
  });

  it('behavior: an OTO whose working order fills at once: PENDING_NEW for the pending order, then NEW once it goes live', () => {
    const { desk, events } = listeningDesk();
    desk.ok('orderList.place.oto', {
      symbol: 'BTCUSDT', workingType: 'LIMIT', workingSide: 'BUY', workingPrice: '31000', workingQuantity: '0.1', workingTimeInForce: 'GTC',
      pendingType: 'LIMIT', pendingSide: 'SELL', pendingPrice: '33000', pendingQuantity: '0.1', pendingTimeInForce: 'GTC',
    });
    expect(kinds(events[0])).toEqual(['listStatus', 'NEW/NEW', 'TRADE/FILLED', 'NEW/PENDING_NEW', 'NEW/NEW', 'outboundAccountPosition']);
    expect(events[0]?.[3]).toMatchObject({ w: false, S: 'SELL' });
    expect(events[0]?.[4]).toMatchObject({ w: true, S: 'SELL' });
  });

  it('behavior: amend, cancel-replace and cancel-all report REPLACED, CANCELED + NEW, and CANCELED each', () => {
    const { desk, events } = listeningDesk();
    const a = desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'a' });
    desk.ok('order.amend.keepPriority', { symbol: 'BTCUSDT', orderId: a.orderId, newQty: '0.05', newClientOrderId: 'a2' });
    expect(kinds(events[1])).toEqual(['REPLACED/NEW', 'outboundAccountPosition']);
    expect(events[1]?.[0]).toMatchObject({ c: 'a2', C: 'a', q: '0.05000000' });
    desk.ok('order.cancelReplace', { ...RESTING_BUY, cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: a.orderId, newClientOrderId: 'b' });
    expect(kinds(events[2])).toEqual(['CANCELED/CANCELED', 'NEW/NEW', 'outboundAccountPosition']);
    expect(events[2]?.[1]).toMatchObject({ c: 'b' });
    desk.ok('order.place', { ...RESTING_BUY, newClientOrderId: 'c' });
    desk.ok('openOrders.cancelAll', { symbol: 'BTCUSDT' });
    expect(kinds(events[4])).toEqual(['CANCELED/CANCELED', 'CANCELED/CANCELED', 'outboundAccountPosition']);
    expect(events[4]?.map((e) => e['C'])).toEqual(['b', 'c', undefined]);
  });

  it('behavior: SOR fills are reported as allocations (t -1, b, a, k, uS)', () => {
    const { desk, events } = listeningDesk();
    desk.ok('sor.order.place', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    expect(events[0]?.[1]).toMatchObject({ x: 'TRADE', t: -1, b: 'ONE_PARTY_TRADE_REPORT', a: 0, k: 'SOR', uS: true });
  });

  it('behavior: adjustBalance sends balanceUpdate then outboundAccountPosition', () => {
    const { desk, events } = listeningDesk();
    desk.account.adjustBalance('USDT', '-0.5', 42);
    expect(events).toEqual([
      [
        { e: 'balanceUpdate', E: 42, a: 'USDT', d: '-0.50000000', T: 42 },
        { e: 'outboundAccountPosition', E: 42, u: 42, B: [{ a: 'USDT', f: '99999.50000000', l: '0.00000000' }] },
      ],
    ]);
    expect(() => desk.account.adjustBalance('BTC', '-2')).toThrow(/cannot take 2/);
  });

  it('default: a rejected order, a read, or an account nobody listens to publishes nothing', () => {
    const { desk, events } = listeningDesk();
    desk.fail('order.place', { ...RESTING_BUY, quantity: '1000' });
    desk.ok('order.status', { symbol: 'BTCUSDT', orderId: desk.ok('order.place', RESTING_BUY).orderId });
    expect(events).toHaveLength(1);
    let published = 0;
    desk.account.userEvents = { listening: false, publish: () => (published += 1) };
    desk.ok('order.place', RESTING_BUY);
    expect(published).toBe(0);
  });
});
