import { optInt } from '../fake-params.js';
import { reject } from './trading-errors.js';

/** A history query's window: from an id, or by time, and how many. @internal */
export interface WindowQuery {
  readonly fromId: number | undefined;
  readonly startTime: number | undefined;
  readonly endTime: number | undefined;
  readonly limit: number;
}

const DAY_MS = 86_400_000;

/**
 * Reads `fromId` (under the endpoint's name for it), `startTime`, `endTime` and `limit`
 * (default 500, at most 1000).
 *
 * @param params - the request params
 * @param options - `fromName`: the id param (`fromId`, `fromAllocationId`, `orderId`…);
 * `maxSpan`: whether start and end may be at most 24 h apart (`-1127`); `exclusive`: whether
 * the id param excludes a time range (`-1128`)
 * @returns the window
 * @throws {@link FakeParamError} -1127 for a span over 24 h, -1128 for `fromId` with a time, -1130 for a bad limit
 *
 * @internal
 */
export function readWindow(
  params: Readonly<Record<string, unknown>>,
  { fromName = 'fromId', maxSpan = true, exclusive = true }: { fromName?: string; maxSpan?: boolean; exclusive?: boolean } = {},
): WindowQuery {
  const query = {
    fromId: optInt(params, fromName),
    startTime: optInt(params, 'startTime'),
    endTime: optInt(params, 'endTime'),
    limit: optInt(params, 'limit') ?? 500,
  };
  if (query.limit < 1) reject(-1130, "Data sent for parameter 'limit' is not valid.");
  if (exclusive && query.fromId !== undefined && (query.startTime !== undefined || query.endTime !== undefined)) {
    reject(-1128, 'Combination of optional parameters invalid.');
  }
  if (maxSpan && query.startTime !== undefined && query.endTime !== undefined && query.endTime - query.startTime > DAY_MS) {
    reject(-1127, 'More than 24 hours between startTime and endTime.');
  }
  return { ...query, limit: Math.min(query.limit, 1000) };
}

/**
 * Picks a window of a history kept oldest first, the way Binance does (`spec/rest.md` §2):
 * from an id, the oldest from `startTime`, the newest up to `endTime`, or the newest of all —
 * always returned oldest first.
 *
 * @param items - the history, oldest first
 * @param idOf - an item's id
 * @param timeOf - an item's time
 * @param query - the window
 * @returns at most `limit` items, oldest first
 *
 * @internal
 */
export function selectWindow<T>(items: readonly T[], idOf: (item: T) => number, timeOf: (item: T) => number, query: WindowQuery): T[] {
  const { fromId, startTime, endTime, limit } = query;
  if (fromId !== undefined) return items.filter((item) => idOf(item) >= fromId).slice(0, limit);
  const inRange = items.filter(
    (item) => (startTime === undefined || timeOf(item) >= startTime) && (endTime === undefined || timeOf(item) <= endTime),
  );
  return startTime !== undefined ? inRange.slice(0, limit) : inRange.slice(-limit);
}
