/**
 * Kline (candlestick) intervals, as Binance spells them (case-sensitive: `1m` is a minute,
 * `1M` a month). Functions that take one also accept the plain string, e.g. `'1m'`.
 *
 * @example
 * ```ts
 * import { SpotClient, SubType, TimeFrame } from 'binance-rx';
 * new SpotClient().stream$(SubType.Kline, 'BTCUSDT', TimeFrame.M1);
 * ```
 */
export enum TimeFrame {
  S1 = '1s',
  M1 = '1m',
  M3 = '3m',
  M5 = '5m',
  M15 = '15m',
  M30 = '30m',
  H1 = '1h',
  H2 = '2h',
  H4 = '4h',
  H6 = '6h',
  H8 = '8h',
  H12 = '12h',
  D1 = '1d',
  D3 = '3d',
  W1 = '1w',
  MN1 = '1M',
}

/** A {@link TimeFrame} member or its string value. */
export type TimeFrameLike = TimeFrame | `${TimeFrame}`;

const TIME_FRAMES: ReadonlySet<string> = new Set<string>(Object.values(TimeFrame));

/** Whether `value` is one of Binance's kline intervals. @internal */
export function isTimeFrame(value: unknown): value is TimeFrameLike {
  return typeof value === 'string' && TIME_FRAMES.has(value);
}
