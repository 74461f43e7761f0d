import { OrderRateLimit } from '../../../../../lib/markets/spot/api/codecs/order-rate-limit';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { ORDER_RATE_LIMITS } from './account-examples';

describe('OrderRateLimit', () => {
  it('default: decodes the official account.rateLimits.orders example', () => {
    expect(decodeRight(OrderRateLimit, ORDER_RATE_LIMITS)).toEqual(ORDER_RATE_LIMITS);
  });

  it('error: rejects a string limit with its index', () => {
    expect(decodeLeftPaths(OrderRateLimit, [ORDER_RATE_LIMITS[0], { ...ORDER_RATE_LIMITS[1], limit: '160000' }])).toEqual(['1.limit']);
  });
});
