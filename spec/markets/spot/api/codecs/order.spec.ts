import Big from 'big.js';
import { OrderSide } from '../../../../../lib/markets/enums/order-side';
import { OrderStatus } from '../../../../../lib/markets/enums/order-status';
import { OrderType } from '../../../../../lib/markets/enums/order-type';
import { TimeInForce } from '../../../../../lib/markets/enums/time-in-force';
import { Order } from '../../../../../lib/markets/spot/api/codecs/order';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { OPEN_ORDERS, ORDER_STATUS } from './account-examples';

describe('Order', () => {
  it('default: decodes the official order.status example', () => {
    expect(decodeRight(Order, ORDER_STATUS)).toEqual({
      symbol: 'BTCUSDT',
      orderId: 12569099453,
      orderListId: -1,
      clientOrderId: '4d96324ff9d44481926157',
      price: new Big('23416.1'),
      origQuantity: new Big('0.00847'),
      executedQuantity: new Big('0.00847'),
      cumulativeQuoteQuantity: new Big('198.335215'),
      status: OrderStatus.Filled,
      timeInForce: TimeInForce.Gtc,
      type: OrderType.Limit,
      side: OrderSide.Sell,
      stopPrice: new Big('0'),
      trailingDelta: 10,
      trailingTime: -1,
      icebergQuantity: new Big('0'),
      time: 1660801715639,
      updateTime: 1660801717945,
      isWorking: true,
      workingTime: 1660801715639,
      origQuoteOrderQuantity: new Big('0'),
      strategyId: 37463720,
      strategyType: 1000000,
      selfTradePreventionMode: 'NONE',
      preventedMatchId: 0,
      preventedQuantity: new Big('1.2'),
    });
  });

  it('behavior: decodes the official openOrders.status entry (no conditional fields)', () => {
    expect(decodeRight(Order, OPEN_ORDERS[0])).toMatchObject({ status: OrderStatus.PartiallyFilled, executedQuantity: new Big('0.0072') });
  });

  it('behavior: a negative cummulativeQuoteQty (historical orders) decodes', () => {
    expect(decodeRight(Order, { ...ORDER_STATUS, cummulativeQuoteQty: '-1.00000000' }).cumulativeQuoteQuantity.toFixed()).toBe('-1');
  });

  it('error: rejects an unknown side and a missing time', () => {
    const { time: _omit, ...rest } = ORDER_STATUS;
    expect(decodeLeftPaths(Order, { ...rest, side: 'LONG' }).sort()).toEqual(['side', 'time']);
  });
});
