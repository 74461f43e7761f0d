import type { StreamTimeUnit } from '../streams/parse-stream-url.js';

/** The timestamp unit of responses: WS-API URL `timeUnit=`, REST header `X-MBX-TIME-UNIT`. */
export type FakeApiTimeUnit = StreamTimeUnit;

const TIME_UNITS: Readonly<Record<string, FakeApiTimeUnit>> = {
  MICROSECOND: 'MICROSECOND',
  microsecond: 'MICROSECOND',
  MILLISECOND: 'MILLISECOND',
  millisecond: 'MILLISECOND',
};

/**
 * The timestamp fields the fake converts to µs. Handlers answer in ms; the conversion is by key,
 * at any depth of a result: `serverTime`, `time`, `transactTime`, `transactionTime`,
 * `updateTime`, `workingTime`, `openTime`, `closeTime`, `authorizedSince`, `connectedSince`.
 * Kline arrays, one-letter fields (`T`, `E`) and `error.data` are left in ms.
 */
const TIMESTAMP_KEYS = new Set([
  'serverTime',
  'time',
  'transactTime',
  'transactionTime',
  'updateTime',
  'workingTime',
  'openTime',
  'closeTime',
  'authorizedSince',
  'connectedSince',
]);

/**
 * Reads a `timeUnit` value (`spec/spot-ws-api.md` §1, `spec/rest.md` §2).
 *
 * @param value - the URL param or header, `undefined` when absent
 * @returns the unit, or `undefined` when the value is none of MILLISECOND / MICROSECOND (either case)
 *
 * @internal
 */
export function parseTimeUnit(value: string | undefined): FakeApiTimeUnit | undefined {
  return value === undefined ? 'MILLISECOND' : TIME_UNITS[value];
}

/**
 * Converts the known timestamp fields of a result to microseconds.
 *
 * @param value - a handler's result (not changed)
 * @param unit - the unit the client asked for
 * @returns the result in that unit (the same value for milliseconds)
 *
 * @internal
 */
export function inTimeUnit(value: unknown, unit: FakeApiTimeUnit): unknown {
  return unit === 'MILLISECOND' ? value : toMicroseconds(value);
}

function toMicroseconds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toMicroseconds);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = TIMESTAMP_KEYS.has(key) && typeof field === 'number' && Number.isInteger(field) ? field * 1000 : toMicroseconds(field);
  }
  return out;
}
