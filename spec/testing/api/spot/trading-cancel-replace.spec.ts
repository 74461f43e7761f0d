import Big from 'big.js';
import { CANCEL_SHAPE, Desk, expectShape, RESTING_BUY, RESULT_SHAPE, TRANSPORTS } from './trading-test-kit';

const NEW_ORDER = { side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '28000', quantity: '0.2' };
const TAKER_MAKER = { side: 'BUY', type: 'LIMIT_MAKER', price: '30000', quantity: '0.1' };
const UNKNOWN = { code: -2011, msg: 'Unknown order sent.' };
const WOULD_TAKE = { code: -2010, msg: 'Order would immediately match and take.' };

function replace(desk: Desk, extra: Record<string, unknown>) {
  return desk.call('order.cancelReplace', { symbol: 'BTCUSDT', cancelReplaceMode: 'STOP_ON_FAILURE', ...extra });
}

describe('handleCancelReplace', () => {
  it.each(TRANSPORTS)('behavior: SUCCESS / SUCCESS answers 200 with both responses over %s', (transport) => {
    const desk = new Desk({}, transport);
    const old = desk.ok('order.place', RESTING_BUY);
    const outcome = replace(desk, { cancelOrderId: old.orderId, ...NEW_ORDER });
    expect('result' in outcome && outcome.status === undefined).toBe(true);
    // `any`: a wire result, read field by field below
    const result = 'result' in outcome ? (outcome.result as Record<string, any>) : {};
    expect(Object.keys(result).sort()).toEqual(['cancelResponse', 'cancelResult', 'newOrderResponse', 'newOrderResult']);
    expect(result).toMatchObject({ cancelResult: 'SUCCESS', newOrderResult: 'SUCCESS' });
    expectShape(result['cancelResponse'], CANCEL_SHAPE);
    expectShape(result['newOrderResponse'], { ...RESULT_SHAPE, fills: 'array' });
    expect(result['newOrderResponse']).toMatchObject({ orderId: 2, status: 'NEW', price: '28000.00000000' });
    expect(desk.account.balance('USDT').locked.eq(new Big('5600'))).toBe(true);
  });

  it.each(TRANSPORTS)('error: STOP_ON_FAILURE with a failed cancel answers 400 -2022, new order NOT_ATTEMPTED, over %s', (transport) => {
    const desk = new Desk({}, transport);
    expect(replace(desk, { cancelOrderId: 42, ...NEW_ORDER })).toEqual({
      status: 400,
      error: {
        code: -2022,
        msg: 'Order cancel-replace failed.',
        data: { cancelResult: 'FAILURE', newOrderResult: 'NOT_ATTEMPTED', cancelResponse: UNKNOWN, newOrderResponse: null },
      },
    });
    expect(desk.account.orders).toHaveLength(0);
    expect(desk.account.unfilledOrderCounts(desk.time).tenSeconds).toBe(1);
  });

  it('error: a canceled order whose replacement fails answers 409 -2021', () => {
    const desk = new Desk();
    const old = desk.ok('order.place', RESTING_BUY);
    const outcome = replace(desk, { cancelOrderId: old.orderId, ...TAKER_MAKER });
    expect(outcome).toMatchObject({
      status: 409,
      error: {
        code: -2021,
        msg: 'Order cancel-replace partially failed.',
        data: { cancelResult: 'SUCCESS', newOrderResult: 'FAILURE', newOrderResponse: WOULD_TAKE },
      },
    });
    expect(desk.ok('order.status', { symbol: 'BTCUSDT', orderId: old.orderId }).status).toBe('CANCELED');
  });

  it('behavior: ALLOW_FAILURE places the new order even when the cancel fails (409 -2021)', () => {
    const desk = new Desk();
    const outcome = replace(desk, { cancelReplaceMode: 'ALLOW_FAILURE', cancelOrigClientOrderId: 'nope', ...NEW_ORDER, newOrderRespType: 'ACK' });
    expect(outcome).toMatchObject({ status: 409, error: { code: -2021, data: { cancelResult: 'FAILURE', newOrderResult: 'SUCCESS', cancelResponse: UNKNOWN } } });
    const data = 'error' in outcome ? (outcome.error.data as Record<string, unknown>) : {};
    expect(Object.keys(data['newOrderResponse'] as object).sort()).toEqual(['clientOrderId', 'orderId', 'orderListId', 'symbol', 'transactTime']);
  });

  it('error: ALLOW_FAILURE with both failing answers 400 -2022', () => {
    const desk = new Desk();
    expect(replace(desk, { cancelReplaceMode: 'ALLOW_FAILURE', cancelOrderId: 9, ...TAKER_MAKER })).toEqual({
      status: 400,
      error: {
        code: -2022,
        msg: 'Order cancel-replace failed.',
        data: { cancelResult: 'FAILURE', newOrderResult: 'FAILURE', cancelResponse: UNKNOWN, newOrderResponse: WOULD_TAKE },
      },
    });
  });

  it('args: cancelRestrictions apply to the cancel half', () => {
    const desk = new Desk();
    const old = desk.ok('order.place', RESTING_BUY);
    const outcome = replace(desk, { cancelOrderId: old.orderId, cancelRestrictions: 'ONLY_PARTIALLY_FILLED', ...NEW_ORDER });
    expect(outcome).toMatchObject({
      status: 400,
      error: { code: -2022, data: { cancelResponse: { code: -2011, msg: 'Order was not canceled due to cancel restrictions.' } } },
    });
  });

  describe('with the unfilled order count at its limit', () => {
    const full = (): { desk: Desk; orderId: number } => {
      const desk = new Desk({ orderLimits: { tenSeconds: 1 } });
      return { desk, orderId: desk.ok('order.place', RESTING_BUY).orderId };
    };

    it('error: DO_NOTHING rejects the request with 429 -1015 and cancels nothing', () => {
      const { desk, orderId } = full();
      expect(replace(desk, { cancelOrderId: orderId, ...NEW_ORDER })).toEqual({
        status: 429,
        error: { code: -1015, msg: 'Too many new orders; current limit is 1 orders per 10 SECOND.' },
      });
      expect(desk.ok('order.status', { symbol: 'BTCUSDT', orderId }).status).toBe('NEW');
    });

    it('behavior: CANCEL_ONLY with STOP_ON_FAILURE still cancels, answering 429 -2021', () => {
      const { desk, orderId } = full();
      const outcome = replace(desk, { cancelOrderId: orderId, orderRateLimitExceededMode: 'CANCEL_ONLY', ...NEW_ORDER });
      expect(outcome).toMatchObject({
        status: 429,
        error: {
          code: -2021,
          data: { cancelResult: 'SUCCESS', newOrderResult: 'FAILURE', newOrderResponse: { code: -1015, msg: 'Too many new orders; current limit is 1 orders per 10 SECOND.' } },
        },
      });
      expect(replace(desk, { cancelOrderId: orderId, orderRateLimitExceededMode: 'CANCEL_ONLY', ...NEW_ORDER })).toMatchObject({
        status: 429,
        error: { code: -2022, data: { newOrderResult: 'NOT_ATTEMPTED' } },
      });
    });

    it('behavior: CANCEL_ONLY with ALLOW_FAILURE answers 409 or 400', () => {
      const { desk, orderId } = full();
      const params = { cancelReplaceMode: 'ALLOW_FAILURE', orderRateLimitExceededMode: 'CANCEL_ONLY', ...NEW_ORDER };
      expect(replace(desk, { ...params, cancelOrderId: orderId })).toMatchObject({ status: 409, error: { code: -2021 } });
      expect(replace(desk, { ...params, cancelOrderId: orderId })).toMatchObject({
        status: 400,
        error: { code: -2022, data: { cancelResult: 'FAILURE', newOrderResult: 'FAILURE' } },
      });
    });
  });

  it('error: bad params are plain errors', () => {
    const desk = new Desk();
    expect(desk.fail('order.cancelReplace', { symbol: 'BTCUSDT', cancelOrderId: 1, ...NEW_ORDER }).error.code).toBe(-1102);
    expect(replace(desk, { cancelReplaceMode: 'SOMETIMES', cancelOrderId: 1, ...NEW_ORDER })).toMatchObject({ status: 400, error: { code: -1130 } });
    expect(replace(desk, { ...NEW_ORDER })).toEqual({
      status: 400,
      error: { code: -1102, msg: "Param 'cancelOrigClientOrderId' or 'cancelOrderId' must be sent, but both were empty/null!" },
    });
    expect(replace(desk, { cancelOrderId: 1, ...NEW_ORDER, side: 'HOLD' })).toEqual({ status: 400, error: { code: -1117, msg: 'Invalid side.' } });
  });
});
