import { ConfigError } from '../../../errors/config-error.js';

/**
 * A rate-limit interval unit, as on the wire (`spec/rest.md` §6, `spec/spot-ws-api.md` §3).
 *
 * @example
 * ```ts
 * import type { FakeRateLimitUnit } from 'binance-rx/testing';
 * const unit: FakeRateLimitUnit = 'SECOND';
 * ```
 */
export type FakeRateLimitUnit = 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY';

/**
 * The length of a rate-limit window: `intervalNum` × `interval`, e.g. `{ interval: 'MINUTE',
 * intervalNum: 1 }`. Windows are calendar-aligned on the fake's clock (epoch 0 starts one).
 *
 * @example
 * ```ts
 * import { FakeBinance, type FakeRateLimitInterval } from 'binance-rx/testing';
 * const oneSecond: FakeRateLimitInterval = { interval: 'SECOND', intervalNum: 1 };
 * const fake = await FakeBinance.start({ spotApi: { requestWeight: 20, requestWeightInterval: oneSecond } });
 * ```
 */
export interface FakeRateLimitInterval {
  readonly interval: FakeRateLimitUnit;
  /** A positive integer. */
  readonly intervalNum: number;
}

const UNIT_MS: Readonly<Record<FakeRateLimitUnit, number>> = {
  SECOND: 1000,
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
};

/**
 * The window length of an interval in ms.
 *
 * @param interval - e.g. `{ interval: 'SECOND', intervalNum: 10 }`
 * @returns e.g. 10000
 *
 * @internal
 */
export function intervalMs(interval: FakeRateLimitInterval): number {
  return UNIT_MS[interval.interval] * interval.intervalNum;
}

/**
 * The interval as Binance writes it in messages and header names: `'1 MINUTE'` / `'1M'`
 * (`spec/rest.md` §3: SECOND→S, MINUTE→M, HOUR→H, DAY→D).
 *
 * @param interval - the interval
 * @param form - `'text'` for `'1 MINUTE'`, `'header'` for `'1M'`
 * @returns the text
 *
 * @internal
 */
export function intervalText(interval: FakeRateLimitInterval, form: 'text' | 'header'): string {
  return form === 'text' ? `${interval.intervalNum} ${interval.interval}` : `${interval.intervalNum}${interval.interval.charAt(0)}`;
}

/**
 * Checks an interval option.
 *
 * @param name - the option's name, for the error
 * @param value - what the test passed
 * @returns the interval, copied
 * @throws {@link ConfigError} when the unit is unknown or `intervalNum` is not a positive integer
 *
 * @internal
 */
export function checkInterval(name: string, value: unknown): FakeRateLimitInterval {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const unit = v['interval'];
  const num = v['intervalNum'];
  if (typeof unit !== 'string' || !(unit in UNIT_MS)) {
    throw new ConfigError(`${name}.interval must be SECOND, MINUTE, HOUR or DAY, got ${String(unit)}.`, name);
  }
  if (typeof num !== 'number' || !Number.isInteger(num) || num < 1) {
    throw new ConfigError(`${name}.intervalNum must be an integer ≥ 1, got ${String(num)}.`, name);
  }
  return { interval: unit as FakeRateLimitUnit, intervalNum: num };
}
