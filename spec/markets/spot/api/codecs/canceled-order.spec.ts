import Big from 'big.js';
import { OrderStatus } from '../../../../../lib/markets/enums/order-status';
import { CanceledOrder } from '../../../../../lib/markets/spot/api/codecs/canceled-order';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { CANCELED_ORDER } from './trading-examples';

describe('CanceledOrder', () => {
  it('default: decodes the official order.cancel example', () => {
    expect(decodeRight(CanceledOrder, CANCELED_ORDER)).toMatchObject({
      symbol: 'BTCUSDT',
      origClientOrderId: '4d96324ff9d44481926157',
      clientOrderId: '91fe37ce9e69c90d6358c0',
      executedQuantity: new Big('0.00001'),
      cumulativeQuoteQuantity: new Big('0.234161'),
      status: OrderStatus.Canceled,
      stopPrice: new Big('0'),
      trailingDelta: 0,
      icebergQuantity: new Big('0'),
      strategyId: 37463720,
      strategyType: 1000000,
    });
  });

  it('behavior: accepts a cancel report without origQuoteOrderQty', () => {
    const { origQuoteOrderQty: _omit, ...rest } = CANCELED_ORDER;
    expect('origQuoteOrderQuantity' in decodeRight(CanceledOrder, rest)).toBe(false);
  });

  it('error: rejects a missing origClientOrderId and names it', () => {
    const { origClientOrderId: _omit, ...rest } = CANCELED_ORDER;
    expect(decodeLeftPaths(CanceledOrder, rest)).toEqual(['origClientOrderId']);
  });
});
