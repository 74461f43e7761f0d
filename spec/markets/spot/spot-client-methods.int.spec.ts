import Big from 'big.js';
import { firstValueFrom, type Observable } from 'rxjs';
import { OrderSide, OrderType, SpotClient, TimeFrame, TimeInForce } from '../../../lib/index.js';
import { apiLoopback } from '../../support/api-loopback.js';

type Env = Awaited<ReturnType<typeof apiLoopback>>;
let env: Env;
let spot: SpotClient;
beforeAll(async () => {
  env = await apiLoopback();
  spot = env.client({ credentials: env.keys.hmac });
});
afterAll(async () => {
  await env.dispose();
});

const S = 'BTCUSDT';
const get = <T>(o$: Observable<T>): Promise<T> => firstValueFrom(o$);
/** Every decimal in a decoded value is a Big: proof the codec ran, not a cast. */
function hasBig(value: unknown): boolean {
  if (value instanceof Big) return true;
  if (Array.isArray(value)) return value.some(hasBig);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasBig);
  return false;
}

describe('SpotClient methods (decoded against FakeBinance)', () => {
  const decodedWithBig: Array<[string, () => Observable<unknown>]> = [
    ['getExchangeInfo', () => spot.getExchangeInfo({ symbol: S })],
    ['getOrderbook', () => spot.getOrderbook({ symbol: S, limit: 5 })],
    ['getRecentTrades', () => spot.getRecentTrades({ symbol: S, limit: 5 })],
    ['getHistoricalTrades', () => spot.getHistoricalTrades({ symbol: S, limit: 5 })],
    ['getHistoricalBlockTrades', () => spot.getHistoricalBlockTrades({ symbol: S, fromId: 1 })],
    ['getAggregateTrades', () => spot.getAggregateTrades({ symbol: S, limit: 5 })],
    ['getKlines', () => spot.getKlines({ symbol: S, interval: TimeFrame.M1, limit: 3 })],
    ['getUiKlines', () => spot.getUiKlines({ symbol: S, interval: '1h', limit: 3 })],
    ['getAveragePrice', () => spot.getAveragePrice({ symbol: S })],
    ['getTicker', () => spot.getTicker({ symbol: S })],
    ['getTickers', () => spot.getTickers({ symbols: [S, 'BNBUSDT'] })],
    ['getMiniTicker', () => spot.getMiniTicker({ symbol: S })],
    ['getMiniTickers', () => spot.getMiniTickers()],
    ['getTradingDayTicker', () => spot.getTradingDayTicker({ symbol: S })],
    ['getTradingDayTickers', () => spot.getTradingDayTickers({ symbols: [S] })],
    ['getTradingDayMiniTicker', () => spot.getTradingDayMiniTicker({ symbol: S })],
    ['getTradingDayMiniTickers', () => spot.getTradingDayMiniTickers({ symbols: [S] })],
    ['getRollingWindowTicker', () => spot.getRollingWindowTicker({ symbol: S, windowSize: '4h' })],
    ['getRollingWindowTickers', () => spot.getRollingWindowTickers({ symbols: [S] })],
    ['getRollingWindowMiniTicker', () => spot.getRollingWindowMiniTicker({ symbol: S })],
    ['getRollingWindowMiniTickers', () => spot.getRollingWindowMiniTickers({ symbols: [S] })],
    ['getTickerPrice', () => spot.getTickerPrice({ symbol: S })],
    ['getTickerPrices', () => spot.getTickerPrices()],
    ['getOrderbookTicker', () => spot.getOrderbookTicker({ symbol: S })],
    ['getOrderbookTickers', () => spot.getOrderbookTickers({ symbols: [S] })],
    ['getReferencePrice', () => spot.getReferencePrice({ symbol: S })],
    ['getAccount', () => spot.getAccount()],
    ['getCommission', () => spot.getCommission({ symbol: S })],
    ['createTestOrder (commission)', () => spot.createTestOrder({ symbol: S, side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001', computeCommissionRates: true })],
  ];

  it.each(decodedWithBig)('default: %s decodes, decimals as Big', async (_name, call) => {
    const value = await get(call());
    expect(hasBig(value)).toBe(true);
  });

  it('default: general and session methods decode', async () => {
    expect(await get(spot.ping())).toEqual({});
    expect((await get(spot.getServerTime())).serverTime).toBeGreaterThan(0);
    expect(await get(spot.getExecutionRules({ symbol: S }))).toHaveProperty('symbolRules');
    expect(await get(spot.getReferencePriceCalculation({ symbol: S }))).toHaveProperty('symbol', S);
    expect(await get(spot.getSessionStatus())).toHaveProperty('connectedSince');
    expect(Array.isArray(await get(spot.getSessionSubscriptions()))).toBe(true);
    expect(await get(spot.sessionLogout())).toHaveProperty('apiKey', null);
    expect(Array.isArray(await get(spot.getOrderRateLimit()))).toBe(true);
    // the account-level filters are counts (MAX_NUM_ORDERS, …): no decimals to check
    expect((await get(spot.getMyFilters({ symbol: S }))).symbolFilters.length).toBeGreaterThan(0);
    expect(await get(spot.createTestSorOrder({ symbol: S, side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' }))).toEqual({});
  });

  it('default: the order life cycle decodes at every step', async () => {
    const placed = await get(spot.createOrder({ symbol: S, side: OrderSide.Buy, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: '0.002', price: '1000.00' }));
    expect(placed.status).toBe('NEW');
    const { orderId } = placed;
    expect((await get(spot.getOrder({ symbol: S, orderId }))).origQuantity.eq('0.002')).toBe(true);
    expect((await get(spot.getOpenOrders({ symbol: S }))).some((o) => o.orderId === orderId)).toBe(true);
    const amended = await get(spot.amendOrder({ symbol: S, orderId, newQty: '0.001' }));
    expect(amended.amendedOrder.orderId).toBe(orderId);
    expect((await get(spot.getOrderAmendments({ symbol: S, orderId }))).length).toBe(1);
    const replaced = await get(spot.cancelReplaceOrder({ symbol: S, cancelReplaceMode: 'STOP_ON_FAILURE', cancelOrderId: orderId, side: OrderSide.Buy, type: OrderType.Limit, timeInForce: TimeInForce.Gtc, quantity: '0.001', price: '999.00' }));
    expect(replaced.cancelResult).toBe('SUCCESS');
    expect((await get(spot.cancelAllOrders({ symbol: S }))).length).toBeGreaterThan(0);
    const filled = await get(spot.createOrder({ symbol: S, side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' }));
    expect(filled.status).toBe('FILLED');
    expect((await get(spot.getTrades({ symbol: S }))).length).toBeGreaterThan(0);
    expect((await get(spot.getAllOrders({ symbol: S }))).length).toBeGreaterThanOrEqual(3);
    expect(Array.isArray(await get(spot.getPreventedMatches({ symbol: S, orderId })))).toBe(true);
    expect(Array.isArray(await get(spot.getAllocations({ symbol: S })))).toBe(true);
    expect(Array.isArray(await get(spot.createSorOrder({ symbol: S, side: OrderSide.Buy, type: OrderType.Market, quantity: '0.001' })))).toBe(true);
  });

  it('default: order lists decode at every step', async () => {
    const last = new Big((await get(spot.getTickerPrice({ symbol: S }))).price);
    const above = last.times(1.1).toFixed(2);
    const below = last.times(0.9).toFixed(2);
    const oco = await get(spot.createOco({ symbol: S, side: OrderSide.Sell, quantity: '0.001', aboveType: 'LIMIT_MAKER', abovePrice: above, belowType: 'STOP_LOSS', belowStopPrice: below }));
    expect(oco.orders).toHaveLength(2);
    expect((await get(spot.getOco({ orderListId: oco.orderListId }))).orderListId).toBe(oco.orderListId);
    expect((await get(spot.getOpenOco())).some((l) => l.orderListId === oco.orderListId)).toBe(true);
    expect((await get(spot.cancelOco({ symbol: S, orderListId: oco.orderListId }))).listOrderStatus).toBe('ALL_DONE');
    expect((await get(spot.getAllOco())).length).toBeGreaterThan(0);
    const legacy = await get(spot.createLegacyOco({ symbol: S, side: OrderSide.Sell, quantity: '0.001', price: above, stopPrice: below, stopLimitPrice: below, stopLimitTimeInForce: TimeInForce.Gtc }));
    expect(legacy.orders).toHaveLength(2);
    const working = { symbol: S, workingType: 'LIMIT', workingSide: OrderSide.Buy, workingPrice: below, workingQuantity: '0.001', workingTimeInForce: TimeInForce.Gtc } as const;
    expect((await get(spot.createOto({ ...working, pendingType: 'LIMIT_MAKER', pendingSide: OrderSide.Sell, pendingPrice: above, pendingQuantity: '0.001' }))).orders).toHaveLength(2);
    expect((await get(spot.createOtoco({ ...working, pendingSide: OrderSide.Sell, pendingQuantity: '0.001', pendingAboveType: 'LIMIT_MAKER', pendingAbovePrice: above, pendingBelowType: 'STOP_LOSS', pendingBelowStopPrice: below }))).orders).toHaveLength(3);
    expect((await get(spot.createOpo({ ...working, pendingType: 'LIMIT_MAKER', pendingSide: OrderSide.Sell, pendingPrice: above }))).orders).toHaveLength(2);
    expect((await get(spot.createOpoco({ ...working, pendingSide: OrderSide.Sell, pendingAboveType: 'LIMIT_MAKER', pendingAbovePrice: above, pendingBelowType: 'STOP_LOSS', pendingBelowStopPrice: below }))).orders).toHaveLength(3);
  });
});
