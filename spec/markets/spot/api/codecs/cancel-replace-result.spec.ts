import Big from 'big.js';
import { OrderStatus } from '../../../../../lib/markets/enums/order-status';
import { CancelReplaceResult } from '../../../../../lib/markets/spot/api/codecs/cancel-replace-result';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { CANCEL_REPLACE, CANCELED_ORDER_LIST } from './trading-examples';

describe('CancelReplaceResult', () => {
  it('default: decodes the official 200 example (both SUCCESS)', () => {
    const result = decodeRight(CancelReplaceResult, CANCEL_REPLACE);
    expect(result.cancelResult).toBe('SUCCESS');
    expect(result.newOrderResult).toBe('SUCCESS');
    expect(result.cancelResponse).toMatchObject({ orderId: 125690984230, status: OrderStatus.Canceled, price: new Big('23450') });
    expect(result.newOrderResponse).toMatchObject({ orderId: 12569099453, status: OrderStatus.New });
  });

  it('behavior: accepts a canceled order list as the cancel response', () => {
    const result = decodeRight(CancelReplaceResult, { ...CANCEL_REPLACE, cancelResponse: CANCELED_ORDER_LIST });
    expect('contingencyType' in result.cancelResponse).toBe(true);
  });

  it('error: rejects an error object in place of the new order, naming the path', () => {
    const bad = { ...CANCEL_REPLACE, newOrderResponse: { code: -2010, msg: 'Order would immediately match and take.' } };
    expect(decodeLeftPaths(CancelReplaceResult, bad)).toEqual([
      'newOrderResponse.symbol',
      'newOrderResponse.orderId',
      'newOrderResponse.orderListId',
      'newOrderResponse.clientOrderId',
      'newOrderResponse.transactTime',
    ]);
  });
});
