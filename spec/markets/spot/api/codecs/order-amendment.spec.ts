import Big from 'big.js';
import { OrderAmendment } from '../../../../../lib/markets/spot/api/codecs/order-amendment';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { ORDER_AMENDMENT } from './account-examples';

describe('OrderAmendment', () => {
  it('default: decodes the official order.amendments entry', () => {
    expect(decodeRight(OrderAmendment, ORDER_AMENDMENT)).toEqual({
      symbol: 'BTCUSDT',
      orderId: 23,
      executionId: 60,
      origClientOrderId: 'my_pending_order',
      newClientOrderId: 'xbxXh5SSwaHS7oUEOCI88B',
      origQuantity: new Big('7'),
      newQuantity: new Big('5'),
      time: 1741924229819,
    });
  });

  it('error: rejects a malformed newQty', () => {
    expect(decodeLeftPaths(OrderAmendment, { ...ORDER_AMENDMENT, newQty: '5,0' })).toEqual(['newQty']);
  });
});
