import { ConfigError } from '../../../lib/errors/config-error';
import { resolveSpotApiLimits, SPOT_API_LIMITS } from '../../../lib/testing/api/fake-api-options';

describe('resolveSpotApiLimits (rate-limit windows and bans)', () => {
  it('default: a 1 MINUTE weight window, escalation to a 2-minute ban', () => {
    const limits = resolveSpotApiLimits();
    expect(limits.requestWeightInterval).toEqual({ interval: 'MINUTE', intervalNum: 1 });
    expect(limits.escalateToBan).toBe(true);
    expect(limits.banMs).toBe(120_000);
    expect(SPOT_API_LIMITS.requestWeightPerMinute).toBe(6000);
  });

  it('args: requestWeight is an alias of requestWeightPerMinute; the window, banMs and escalateToBan are taken as given', () => {
    const limits = resolveSpotApiLimits({ requestWeight: 20, requestWeightInterval: { interval: 'SECOND', intervalNum: 1 }, banMs: 500, escalateToBan: false });
    expect(limits).toEqual({
      ...SPOT_API_LIMITS,
      requestWeightPerMinute: 20,
      requestWeightInterval: { interval: 'SECOND', intervalNum: 1 },
      banMs: 500,
      escalateToBan: false,
    });
    expect('requestWeight' in limits).toBe(false);
    expect(resolveSpotApiLimits({ requestWeight: 7, requestWeightPerMinute: 7 }).requestWeightPerMinute).toBe(7);
  });

  it('error: conflicting aliases, a bad window, banMs not finite > 0, a non-boolean escalateToBan are ConfigErrors', () => {
    expect(() => resolveSpotApiLimits({ requestWeight: 5, requestWeightPerMinute: 6 })).toThrow(/disagree/);
    expect(() => resolveSpotApiLimits({ requestWeight: 1.5 })).toThrow(ConfigError);
    expect(() => resolveSpotApiLimits({ requestWeightInterval: { interval: 'SECOND', intervalNum: 0 } })).toThrow(ConfigError);
    expect(() => resolveSpotApiLimits({ banMs: 0 })).toThrow(ConfigError);
    expect(() => resolveSpotApiLimits({ banMs: Infinity })).toThrow(/banMs must be a finite number > 0/);
    expect(() => resolveSpotApiLimits({ escalateToBan: 'yes' as unknown as boolean })).toThrow(/escalateToBan must be a boolean/);
  });
});
