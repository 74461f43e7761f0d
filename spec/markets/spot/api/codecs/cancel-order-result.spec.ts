import { CancelOrderResult } from '../../../../../lib/markets/spot/api/codecs/cancel-order-result';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { CANCELED_ORDER, CANCELED_ORDER_LIST } from './trading-examples';

describe('CancelOrderResult', () => {
  it('default: decodes the official canceled-order example to a canceled order', () => {
    const result = decodeRight(CancelOrderResult, CANCELED_ORDER);
    expect('contingencyType' in result).toBe(false);
    expect(!('contingencyType' in result) && result.orderId).toBe(12569099453);
  });

  it('behavior: decodes the official canceled-leg example to the whole list, reports included', () => {
    const result = decodeRight(CancelOrderResult, CANCELED_ORDER_LIST);
    expect('contingencyType' in result && result.orderReports?.map((r) => r.orderId)).toEqual([12569099453, 12569099454]);
  });

  it('error: a malformed list is reported with the list paths only', () => {
    expect(decodeLeftPaths(CancelOrderResult, { ...CANCELED_ORDER_LIST, listOrderStatus: 1 })).toEqual(['listOrderStatus']);
  });

  it('error: a malformed order is reported with the order paths only', () => {
    expect(decodeLeftPaths(CancelOrderResult, { ...CANCELED_ORDER, price: 'abc' })).toEqual(['price']);
  });

  it('behavior: encode∘decode keeps each shape', () => {
    for (const payload of [CANCELED_ORDER, CANCELED_ORDER_LIST]) {
      const decoded = decodeRight(CancelOrderResult, payload);
      expect(decodeRight(CancelOrderResult, CancelOrderResult.encode(decoded))).toEqual(decoded);
      expect(CancelOrderResult.is(decoded)).toBe(true);
    }
  });
});
