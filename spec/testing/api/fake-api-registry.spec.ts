import { ConfigError } from '../../../lib/errors/config-error';
import { FakeApiRegistry } from '../../../lib/testing/api/fake-api-registry';
import type { FakeEndpoint } from '../../../lib/testing/api/fake-api-types';
import { resolveSpotApiLimits, SPOT_API_LIMITS } from '../../../lib/testing/api/fake-api-options';

const endpoint = (method: string, rest: FakeEndpoint['rest'], tag = method): FakeEndpoint => ({
  method,
  rest,
  security: 'NONE',
  weight: () => 1,
  handle: () => ({ result: tag }),
});

describe('FakeApiRegistry', () => {
  it('default: finds endpoints by method, by REST route, and resolves either name', () => {
    const registry = new FakeApiRegistry([endpoint('ping', ['GET', '/api/v3/ping']), endpoint('session.status', undefined)]);
    expect(registry.byMethod('ping')?.method).toBe('ping');
    expect(registry.byRest('GET', '/api/v3/ping')?.method).toBe('ping');
    expect(registry.byRest('POST', '/api/v3/ping')).toBeUndefined();
    expect(registry.resolve('GET /api/v3/ping')?.method).toBe('ping');
    expect(registry.resolve('session.status')?.rest).toBeUndefined();
    expect(registry.endpoints).toHaveLength(2);
  });

  it('behavior: a later endpoint of the same method replaces the earlier one', () => {
    const registry = new FakeApiRegistry([endpoint('ping', ['GET', '/api/v3/ping'], 'a'), endpoint('ping', ['GET', '/api/v3/ping'], 'b')]);
    expect(registry.byRest('GET', '/api/v3/ping')?.handle({ params: {}, transport: 'rest', apiKey: undefined, serverTime: 0 }, { market: {} as never, account: undefined })).toEqual({ result: 'b' });
  });

  it('error: two methods on one REST route is a ConfigError', () => {
    expect(() => new FakeApiRegistry([endpoint('a', ['GET', '/x']), endpoint('b', ['GET', '/x'])])).toThrow(ConfigError);
  });
});

describe('resolveSpotApiLimits', () => {
  it('default: Binance spot limits, overridden per option', () => {
    expect(resolveSpotApiLimits()).toEqual(SPOT_API_LIMITS);
    expect(resolveSpotApiLimits({ requestWeightPerMinute: 10 })).toEqual({ ...SPOT_API_LIMITS, requestWeightPerMinute: 10 });
    expect(resolveSpotApiLimits({ ordersPer10s: Infinity }).ordersPer10s).toBe(Infinity);
  });

  it('error: counts must be integers ≥ 0, durations > 0', () => {
    expect(() => resolveSpotApiLimits({ requestWeightPerMinute: 1.5 })).toThrow(ConfigError);
    expect(() => resolveSpotApiLimits({ pingIntervalMs: 0 })).toThrow(ConfigError);
    expect(() => resolveSpotApiLimits({ ordersPerDay: -1 })).toThrow(ConfigError);
  });
});
