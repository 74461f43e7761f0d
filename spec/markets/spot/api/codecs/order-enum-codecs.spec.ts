import { OrderSide } from '../../../../../lib/markets/enums/order-side';
import { OrderStatus } from '../../../../../lib/markets/enums/order-status';
import { OrderType } from '../../../../../lib/markets/enums/order-type';
import { TimeInForce } from '../../../../../lib/markets/enums/time-in-force';
import {
  OrderSideCodec,
  OrderStatusCodec,
  OrderTypeCodec,
  TimeInForceCodec,
} from '../../../../../lib/markets/spot/api/codecs/order-enum-codecs';
import { decodeRight } from '../../../../support/codec-helpers';

describe('OrderSideCodec', () => {
  it('default: decodes BUY and SELL', () => {
    expect([decodeRight(OrderSideCodec, 'BUY'), decodeRight(OrderSideCodec, 'SELL')]).toEqual([OrderSide.Buy, OrderSide.Sell]);
  });
  it('error: rejects a lowercase side', () => {
    expect(OrderSideCodec.decode('buy')._tag).toBe('Left');
  });
});

describe('OrderTypeCodec', () => {
  it('default: decodes LIMIT_MAKER', () => {
    expect(decodeRight(OrderTypeCodec, 'LIMIT_MAKER')).toBe(OrderType.LimitMaker);
  });
  it('error: rejects a futures-only type', () => {
    expect(OrderTypeCodec.decode('STOP_MARKET')._tag).toBe('Left');
  });
});

describe('TimeInForceCodec', () => {
  it('default: decodes FOK', () => {
    expect(decodeRight(TimeInForceCodec, 'FOK')).toBe(TimeInForce.Fok);
  });
  it('error: rejects GTX', () => {
    expect(TimeInForceCodec.decode('GTX')._tag).toBe('Left');
  });
});

describe('OrderStatusCodec', () => {
  it('default: decodes EXPIRED_IN_MATCH', () => {
    expect(decodeRight(OrderStatusCodec, 'EXPIRED_IN_MATCH')).toBe(OrderStatus.ExpiredInMatch);
  });
  it('error: rejects a number', () => {
    expect(OrderStatusCodec.decode(1)._tag).toBe('Left');
  });
});
