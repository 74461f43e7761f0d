import Big from 'big.js';
import { Allocation } from '../../../../../lib/markets/spot/api/codecs/allocation';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { ALLOCATION } from './account-examples';

describe('Allocation', () => {
  it('default: decodes the official myAllocations entry', () => {
    expect(decodeRight(Allocation, ALLOCATION)).toEqual({
      symbol: 'BTCUSDT',
      allocationId: 0,
      allocationType: 'SOR',
      orderId: 500,
      orderListId: -1,
      price: new Big('1'),
      quantity: new Big('0.1'),
      quoteQuantity: new Big('0.1'),
      commission: new Big('0'),
      commissionAsset: 'BTC',
      time: 1687319487614,
      isBuyer: false,
      isMaker: false,
      isAllocator: false,
    });
  });

  it('error: rejects a missing isAllocator', () => {
    const { isAllocator: _omit, ...rest } = ALLOCATION;
    expect(decodeLeftPaths(Allocation, rest)).toEqual(['isAllocator']);
  });
});
