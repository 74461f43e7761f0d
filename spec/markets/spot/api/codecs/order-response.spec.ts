import Big from 'big.js';
import { OrderSide } from '../../../../../lib/markets/enums/order-side';
import { OrderStatus } from '../../../../../lib/markets/enums/order-status';
import { OrderType } from '../../../../../lib/markets/enums/order-type';
import { TimeInForce } from '../../../../../lib/markets/enums/time-in-force';
import { OrderResponse } from '../../../../../lib/markets/spot/api/codecs/order-response';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { ORDER_ACK, ORDER_FULL, ORDER_PEGGED, ORDER_RESULT } from './trading-examples';

describe('OrderResponse', () => {
  it('default: decodes the official ACK example to its five fields', () => {
    expect(decodeRight(OrderResponse, ORDER_ACK)).toEqual({
      symbol: 'BTCUSDT',
      orderId: 12569099453,
      orderListId: -1,
      clientOrderId: '4d96324ff9d44481926157ec08158a40',
      transactTime: 1660801715639,
    });
  });

  it('default: decodes the official RESULT example, renaming qty fields and fixing the typo', () => {
    const order = decodeRight(OrderResponse, ORDER_RESULT);
    expect(order).toMatchObject({
      price: new Big('23416.1'),
      origQuantity: new Big('0.00847'),
      executedQuantity: new Big('0'),
      origQuoteOrderQuantity: new Big('0'),
      cumulativeQuoteQuantity: new Big('0'),
      status: OrderStatus.New,
      timeInForce: TimeInForce.Gtc,
      type: OrderType.Limit,
      side: OrderSide.Sell,
      workingTime: 1660801715639,
      selfTradePreventionMode: 'NONE',
    });
    expect('fills' in order).toBe(false);
  });

  it('default: decodes the official FULL example with its fills', () => {
    const order = decodeRight(OrderResponse, ORDER_FULL);
    expect(order.status).toBe(OrderStatus.Filled);
    expect(order.cumulativeQuoteQuantity?.toFixed(8)).toBe('198.33521500');
    expect(order.fills).toEqual([
      { price: new Big('23416.1'), quantity: new Big('0.00635'), commission: new Big('0'), commissionAsset: 'BNB', tradeId: 1650422481 },
      { price: new Big('23416.5'), quantity: new Big('0.00212'), commission: new Big('0'), commissionAsset: 'BNB', tradeId: 1650422482 },
    ]);
  });

  it("behavior: decodes a pegged order's conditional fields (pegged-orders FAQ sample)", () => {
    const order = decodeRight(OrderResponse, ORDER_PEGGED);
    expect(order.pegPriceType).toBe('PRIMARY_PEG');
    expect(order.peggedPrice?.eq('0.04')).toBe(true);
    expect(order.fills).toEqual([]);
  });

  it('behavior: decodes every conditional field when present, and leaves none when absent', () => {
    const order = decodeRight(OrderResponse, {
      ...ORDER_RESULT,
      icebergQty: '0.001',
      preventedMatchId: 0,
      preventedQuantity: '1.2',
      stopPrice: '23500',
      strategyId: 37463720,
      strategyType: 1000000,
      trailingDelta: 10,
      trailingTime: -1,
      usedSor: true,
      workingFloor: 'SOR',
      pegOffsetType: 'PRICE_LEVEL',
      pegOffsetValue: 5,
      expiryReason: 'INSUFFICIENT_LIQUIDITY',
    });
    expect(order).toMatchObject({
      icebergQuantity: new Big('0.001'),
      preventedMatchId: 0,
      preventedQuantity: new Big('1.2'),
      stopPrice: new Big('23500'),
      strategyId: 37463720,
      strategyType: 1000000,
      trailingDelta: 10,
      trailingTime: -1,
      usedSor: true,
      workingFloor: 'SOR',
      pegOffsetType: 'PRICE_LEVEL',
      pegOffsetValue: 5,
      expiryReason: 'INSUFFICIENT_LIQUIDITY',
    });
    expect(Object.keys(decodeRight(OrderResponse, ORDER_ACK))).toHaveLength(5);
  });

  it('behavior: ignores keys it does not know', () => {
    expect(decodeRight(OrderResponse, { ...ORDER_ACK, newField: 1 })).toEqual(decodeRight(OrderResponse, ORDER_ACK));
  });

  it('error: rejects an unknown order status and a numeric quantity, naming both fields', () => {
    expect(decodeLeftPaths(OrderResponse, { ...ORDER_RESULT, status: 'DONE', origQty: 0.5 }).sort()).toEqual(['origQty', 'status']);
  });

  it('error: rejects a bad fill with its index', () => {
    const fills = [ORDER_FULL.fills[0], { ...ORDER_FULL.fills[1], qty: null }];
    expect(decodeLeftPaths(OrderResponse, { ...ORDER_FULL, fills })).toEqual(['fills.1.qty']);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const order = decodeRight(OrderResponse, ORDER_FULL);
    expect(decodeRight(OrderResponse, OrderResponse.encode(order))).toEqual(order);
  });
});
