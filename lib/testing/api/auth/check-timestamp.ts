import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiError } from '../fake-api-types.js';

/** `recvWindow` when a request sends none (`spec/signing.md` §2). */
const DEFAULT_RECV_WINDOW_MS = 5000;
/** The largest `recvWindow` Binance accepts. */
const MAX_RECV_WINDOW_MS = 60_000;
/** 16 digits and more: a microsecond timestamp. */
const MICROSECOND_THRESHOLD = 1e15;
const INTEGER = /^[0-9]{1,20}$/;
const DECIMAL_MS = /^[0-9]{1,20}(\.[0-9]{1,3})?$/;

/** A request's timing params, read. @internal */
export interface RequestTiming {
  /** `timestamp` in ms (a µs one divided by 1000). */
  readonly timestampMs: number;
  /** `recvWindow` in ms, 5000 when not sent. */
  readonly recvWindowMs: number;
}

/**
 * Reads `timestamp` and `recvWindow` (`spec/signing.md` §2): `timestamp` in ms or µs (13 or 16
 * digits), a JSON number or text; `recvWindow` in ms with up to 3 decimals, default 5000, max 60000.
 *
 * @param timestamp - the `timestamp` param as received
 * @param recvWindow - the `recvWindow` param as received
 * @returns the values, or the error: -1102 (no timestamp), -1100 (malformed), -1131 (window too large)
 *
 * @internal
 */
export function readTiming(timestamp: unknown, recvWindow: unknown): RequestTiming | FakeApiError {
  const tsText = asText(timestamp);
  if (tsText === undefined || tsText === '') return FAKE_API_ERRORS.mandatory('timestamp');
  if (!INTEGER.test(tsText)) return FAKE_API_ERRORS.illegalChars('timestamp', '^[0-9]{1,20}$');
  const windowText = asText(recvWindow);
  let recvWindowMs = DEFAULT_RECV_WINDOW_MS;
  if (windowText !== undefined) {
    if (!DECIMAL_MS.test(windowText)) return FAKE_API_ERRORS.illegalChars('recvWindow', '^[0-9]{1,20}(\\.[0-9]{1,3})?$');
    recvWindowMs = Number(windowText);
    if (recvWindowMs > MAX_RECV_WINDOW_MS) return FAKE_API_ERRORS.recvWindowTooLarge;
  }
  const raw = Number(tsText);
  return { timestampMs: raw >= MICROSECOND_THRESHOLD ? raw / 1000 : raw, recvWindowMs };
}

/**
 * Binance's timing security for signed requests (`spec/signing.md` §2, `spec/spot-ws-api.md`
 * §5): accept iff `timestamp < serverTime + 1000` and `serverTime - timestamp <= recvWindow`.
 *
 * @param timing - the request's timing params
 * @param serverTime - the fake's clock, ms
 * @returns the -1021 error to answer with, or `undefined` when the request is in time
 *
 * @internal
 */
export function checkTimestamp(timing: RequestTiming, serverTime: number): FakeApiError | undefined {
  if (timing.timestampMs >= serverTime + 1000) return FAKE_API_ERRORS.aheadOfServer;
  if (serverTime - timing.timestampMs > timing.recvWindowMs) return FAKE_API_ERRORS.outsideRecvWindow;
  return undefined;
}

/** A param's text: strings as they are, finite JSON numbers as JS prints them. */
function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // Any other JSON type fails every pattern above, so it is reported as malformed.
  return '\u0000';
}
