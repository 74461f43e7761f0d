import { optString } from '../fake-params.js';
import { marketFail } from './market-params.js';

type Params = Readonly<Record<string, unknown>>;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * Reads the ticker `type`: `FULL` (default) or `MINI`.
 *
 * @param params - the request params
 * @returns the type
 * @throws {@link FakeParamError} with `-1139 Invalid ticker type.`
 *
 * @internal
 */
export function readTickerType(params: Params): 'FULL' | 'MINI' {
  const type = optString(params, 'type') ?? 'FULL';
  return type === 'FULL' || type === 'MINI' ? type : marketFail(-1139, 'Invalid ticker type.');
}

/**
 * Reads `timeZone` (`spec/spot-ws-api.md` §6.2): hours (`"8"`, `"-1"`) or hours and minutes
 * (`"05:45"`, `"-1:00"`, `"+08:00"`), within [-12:00, +14:00]; default `0` (UTC).
 *
 * @param params - the request params
 * @returns the offset from UTC in ms
 * @throws {@link FakeParamError} with `-1130` for anything else (Binance's code for invalid
 * data; the exact message for this param is not documented)
 *
 * @internal
 */
export function readTimeZone(params: Params): number {
  const text = optString(params, 'timeZone');
  if (text === undefined) return 0;
  const match = /^([+-]?)(\d{1,2})(?::(\d{2}))?$/.exec(text);
  const hours = Number(match?.[2] ?? NaN);
  const minutes = Number(match?.[3] ?? '0');
  const total = (match?.[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  if (match === null || minutes >= 60 || total < -12 * 60 || total > 14 * 60) {
    return marketFail(-1130, "Data sent for parameter 'timeZone' is not valid.");
  }
  // avoids -0 for "-0:00"
  return total === 0 ? 0 : total * MINUTE_MS;
}

/**
 * Reads the rolling ticker's `windowSize`: `1m`…`59m`, `1h`…`23h` or `1d`…`7d` (units cannot
 * be combined), default `1d`.
 *
 * @param params - the request params
 * @returns the window in ms
 * @throws {@link FakeParamError} with `-1130` for anything else (message not documented by Binance)
 *
 * @internal
 */
export function readWindowSize(params: Params): number {
  const text = optString(params, 'windowSize') ?? '1d';
  const match = /^([1-9]\d?)([mhd])$/.exec(text);
  const count = Number(match?.[1] ?? NaN);
  const unit = match?.[2];
  if (unit === 'm' && count <= 59) return count * MINUTE_MS;
  if (unit === 'h' && count <= 23) return count * HOUR_MS;
  if (unit === 'd' && count <= 7) return count * DAY_MS;
  return marketFail(-1130, "Data sent for parameter 'windowSize' is not valid.");
}
