import { RateLimitInfo } from '../../../../../lib/markets/spot/api/codecs/rate-limit-info';
import { decodeRight } from '../../../../support/codec-helpers';
import { rejection } from './report';

// spot-ws-api.md §3 (a WS-API response's rateLimits) and §6.1 (exchangeInfo, no count).
const WITH_COUNT = { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 13 };
const WITHOUT_COUNT = { rateLimitType: 'CONNECTIONS', interval: 'MINUTE', intervalNum: 5, limit: 300 };

describe('RateLimitInfo', () => {
  it('default: decodes a WS-API rate limit with its count', () => {
    expect(decodeRight(RateLimitInfo, WITH_COUNT)).toEqual(WITH_COUNT);
  });

  it('default: decodes an exchangeInfo rate limit without count, leaving count absent', () => {
    const decoded = decodeRight(RateLimitInfo, WITHOUT_COUNT);
    expect(decoded).toEqual(WITHOUT_COUNT);
    expect('count' in decoded).toBe(false);
  });

  it('error: rejects a string count', () => {
    expect(rejection(RateLimitInfo, { ...WITH_COUNT, count: '13' })).toEqual([
      'Invalid value "13" supplied to : RateLimitInfo/count: number | undefined',
    ]);
  });

  it('behavior: encode∘decode gives back both wire forms', () => {
    expect(RateLimitInfo.encode(decodeRight(RateLimitInfo, WITH_COUNT))).toEqual(WITH_COUNT);
    expect(RateLimitInfo.encode(decodeRight(RateLimitInfo, WITHOUT_COUNT))).toEqual(WITHOUT_COUNT);
  });
});
