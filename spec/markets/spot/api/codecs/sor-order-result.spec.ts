import { OrderStatus } from '../../../../../lib/markets/enums/order-status';
import { SorOrderResult } from '../../../../../lib/markets/spot/api/codecs/sor-order-result';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { SOR_PLACED } from './trading-examples';

describe('SorOrderResult', () => {
  it('default: decodes the official sor.order.place array', () => {
    const [order, ...rest] = decodeRight(SorOrderResult, SOR_PLACED);
    expect(rest).toEqual([]);
    expect(order).toMatchObject({ status: OrderStatus.Filled, usedSor: true, workingFloor: 'SOR' });
    expect(order?.fills?.[0]?.allocId).toBe(0);
  });

  it('behavior: a single object (the REST answer) decodes to a one-element array', () => {
    expect(decodeRight(SorOrderResult, SOR_PLACED[0])).toEqual(decodeRight(SorOrderResult, SOR_PLACED));
  });

  it('behavior: encodes to the array form', () => {
    const decoded = decodeRight(SorOrderResult, SOR_PLACED);
    expect(decodeRight(SorOrderResult, SorOrderResult.encode(decoded))).toEqual(decoded);
  });

  it('error: rejects a bad entry with its index', () => {
    expect(decodeLeftPaths(SorOrderResult, [{ ...SOR_PLACED[0], usedSor: 'yes' }])).toEqual(['0.usedSor']);
  });
});
