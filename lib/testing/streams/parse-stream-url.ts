import type { StreamErrorPayload } from './stream-error-payloads.js';

/** The timestamp unit a market-stream connection asked for with `timeUnit=` (default milliseconds). */
export type StreamTimeUnit = 'MILLISECOND' | 'MICROSECOND';

/** A market-stream URL the server accepts. @internal */
export interface StreamUrl {
  /** The market path prefix it was opened under (`''` on spot, `'/public'`, `'/market'` on USDⓈ-M). */
  readonly pathPrefix: string;
  /** `true` for `/stream` (enveloped payloads), `false` for `/ws` (bare payloads). */
  readonly combined: boolean;
  /** Stream names from the path or `streams=`, decoded, duplicates removed, in order. */
  readonly streams: readonly string[];
  /** From `timeUnit=`. */
  readonly timeUnit: StreamTimeUnit;
}

/** Why an upgrade is refused: the HTTP status and the JSON body. @internal */
export interface StreamUrlRejection {
  readonly status: number;
  readonly body: StreamErrorPayload;
}

const TIME_UNITS: Readonly<Record<string, StreamTimeUnit>> = {
  MICROSECOND: 'MICROSECOND',
  microsecond: 'MICROSECOND',
  MILLISECOND: 'MILLISECOND',
  millisecond: 'MILLISECOND',
};

/** Binance's `-1194 INVALID_TIME_UNIT` (`spec/rest.md`). */
const INVALID_TIME_UNIT: StreamErrorPayload = {
  code: -1194,
  msg: 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.',
};
const BAD_ENCODING: StreamErrorPayload = { code: 2, msg: 'Invalid request: invalid stream' };

/**
 * Reads a market-stream URL: `<prefix>/ws`, `<prefix>/ws/<a>/<b>`, `<prefix>/stream`,
 * `<prefix>/stream?streams=<a>/<b>`, each with an optional `timeUnit=`.
 *
 * @param requestUrl - the request target (path and query) of the upgrade request
 * @param pathPrefixes - the prefixes the market serves
 * @returns the URL, a rejection (HTTP 400), or `undefined` when the path is not a stream path
 *
 * @remarks
 * Names are percent-decoded one by one (Binance accepts URL-encoded URLs since 2025-12-02); a
 * `+` stays a `+`, so `btcusdt@kline_1m@+08:00` works unencoded in a query. Empty names
 * (`/ws/a//b`, a trailing `/`) are skipped. Stream names are not validated here.
 *
 * @internal
 */
export function parseStreamUrl(
  requestUrl: string,
  pathPrefixes: readonly string[],
): StreamUrl | StreamUrlRejection | undefined {
  const queryStart = requestUrl.indexOf('?');
  const path = queryStart < 0 ? requestUrl : requestUrl.slice(0, queryStart);
  const query = queryStart < 0 ? '' : requestUrl.slice(queryStart + 1);
  const route = matchRoute(path, pathPrefixes);
  if (route === undefined) return undefined;
  const names: string[] = route.combined ? [] : splitNames(route.rest);
  let timeUnit: StreamTimeUnit = 'MILLISECOND';
  for (const pair of query === '' ? [] : query.split('&')) {
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (key === 'timeUnit') {
      const unit = TIME_UNITS[decode(value) ?? ''];
      if (unit === undefined) return { status: 400, body: INVALID_TIME_UNIT };
      timeUnit = unit;
    } else if (key === 'streams' && route.combined) {
      names.push(...splitNames(value));
    }
  }
  const streams = new Set<string>();
  for (const name of names) {
    const decoded = decode(name);
    if (decoded === undefined) return { status: 400, body: BAD_ENCODING };
    streams.add(decoded);
  }
  return { pathPrefix: route.prefix, combined: route.combined, streams: [...streams], timeUnit };
}

function matchRoute(
  path: string,
  pathPrefixes: readonly string[],
): { prefix: string; combined: boolean; rest: string } | undefined {
  for (const prefix of pathPrefixes) {
    if (!path.startsWith(prefix)) continue;
    const tail = path.slice(prefix.length);
    if (tail === '/ws' || tail.startsWith('/ws/')) return { prefix, combined: false, rest: tail.slice(3) };
    if (tail === '/stream' || tail === '/stream/') return { prefix, combined: true, rest: '' };
  }
  return undefined;
}

function splitNames(text: string): string[] {
  return text.split('/').filter((name) => name !== '');
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    // Recover deliberately: a malformed %-escape is reported as a rejected URL by the caller.
    return undefined;
  }
}
