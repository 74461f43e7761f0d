import { catchError, filter, type Observable, throwError } from 'rxjs';
import type { RequestHub } from '../../client/request-hub.js';
import { InvalidSubParamsError } from '../../errors/invalid-sub-params-error.js';
import { TimeoutError } from '../../errors/request-errors.js';
import { SocketClosedError } from '../../errors/transport-errors.js';
import { SPOT_SEQUENCING } from '../../orderbook/book-sequencing.js';
import type { BookState } from '../../orderbook/book-state.js';
import { DepthSnapshotBook } from '../../orderbook/depth-snapshot.js';
import type { OrderBook } from '../../orderbook/order-book.js';
import { orderBook$ } from '../../orderbook/order-book-stream.js';
import type { MeteredRequestSpec } from '../../requests/request-spec.js';
import { SecurityType } from '../../requests/security-type.js';
import type { StreamMultiplexer } from '../../streams/stream-multiplexer.js';
import type { RetryPolicy } from '../../transport/socket/retry-policy.js';
import { SubType } from '../sub-type.js';
import { depthWeight } from './api/spot-weights.js';
import type { SpotDepthSpeed } from './spot-streams.js';
import { normalizeSpotSymbol } from './spot-symbol.js';

/** Options of `stream$(SubType.OrderBook, symbol, options)`. */
export interface OrderBookOptions {
  /** Snapshot depth per side, 1 to 5000 (Binance's spot maximum). Default 1000. */
  readonly limit?: number;
  /** Speed of the diff stream: 1000 (default) or 100 ms. */
  readonly speed?: SpotDepthSpeed;
  /**
   * Events kept while the snapshot is on its way; one more discards them and starts over
   * (`orderBookResync`, reason `bufferOverflow`). Default 10000.
   */
  readonly bufferLimit?: number;
}

/** `stream$(SubType.OrderBook, …)` arguments, checked. @internal */
export interface SpotOrderBookRequest {
  /** Upper case, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** The diff stream, e.g. `btcusdt@depth@100ms`. */
  readonly stream: string;
  readonly limit: number;
  readonly bufferLimit: number;
  /** The diff stream's update speed, ms. */
  readonly speedMs: SpotDepthSpeed;
}

const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 5000;
const DEFAULT_BUFFER_LIMIT = 10_000;

/**
 * Checks `stream$(SubType.OrderBook, symbol, options?)` arguments.
 *
 * @throws {@link InvalidSubParamsError} for a bad symbol, limit, speed or buffer limit
 *
 * @internal
 */
export function resolveSpotOrderBook(params: readonly unknown[]): SpotOrderBookRequest {
  if (params.length < 1 || params.length > 2) {
    throw new InvalidSubParamsError(SubType.OrderBook, `expected 1 to 2 argument(s) after the SubType, got ${params.length}`);
  }
  const lower = normalizeSpotSymbol(SubType.OrderBook, params[0]);
  const options: unknown = params[1] ?? {};
  if (typeof options !== 'object' || options === null) throw new InvalidSubParamsError(SubType.OrderBook, 'options must be an object');
  const { limit = DEFAULT_LIMIT, speed, bufferLimit = DEFAULT_BUFFER_LIMIT } = options as Record<string, unknown>;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new InvalidSubParamsError(SubType.OrderBook, `limit must be an integer from 1 to ${MAX_LIMIT}, got ${JSON.stringify(limit)}`);
  }
  if (speed !== undefined && speed !== 1000 && speed !== 100) {
    throw new InvalidSubParamsError(SubType.OrderBook, `speed must be 1000 or 100, got ${JSON.stringify(speed)}`);
  }
  if (typeof bufferLimit !== 'number' || !Number.isInteger(bufferLimit) || bufferLimit < 1) {
    throw new InvalidSubParamsError(SubType.OrderBook, `bufferLimit must be a positive integer, got ${JSON.stringify(bufferLimit)}`);
  }
  return { symbol: lower.toUpperCase(), stream: `${lower}@depth${speed === 100 ? '@100ms' : ''}`, limit, bufferLimit, speedMs: speed === 100 ? 100 : 1000 };
}

/**
 * The request weight of a spot depth snapshot (`spec/spot-ws-api.md` §6.2, `spec/rest.md`):
 * 1–100 → 5, 101–500 → 25, 501–1000 → 50, 1001–5000 → 250.
 *
 * @internal
 */
export function spotDepthWeight(limit: number): number {
  return depthWeight(limit);
}

/** What {@link spotOrderBook$} uses of its client. @internal */
export interface SpotOrderBookDeps {
  readonly streams: StreamMultiplexer;
  readonly requests: RequestHub;
  readonly retryPolicy: RetryPolicy;
  /** Whether REST can serve as the snapshot fallback. */
  readonly hasFetch: boolean;
}

/** A depth snapshot request of `weight`, sent in the background (it leaves 10% of the IP's weight to the user). */
function depthSpec(name: string, weight: number): MeteredRequestSpec<BookState> {
  return { name, security: SecurityType.None, ordersEffect: false, result: DepthSnapshotBook, cost: { weight, orders: 0 }, background: true };
}

/**
 * A spot managed order book (`spec/spot-streams.md` §5): the diff stream of the client's
 * shared stream connection, snapshots over the WebSocket API (`depth`) with REST as the fallback
 * when the WebSocket API cannot answer, every snapshot admitted by the client's rate limiter as
 * a background request (so 200 books starting at once spread their snapshots over the windows).
 *
 * @internal
 */
export function spotOrderBook$(request: SpotOrderBookRequest, deps: SpotOrderBookDeps): Observable<OrderBook> {
  const { streams, requests } = deps;
  const params = { symbol: request.symbol, limit: request.limit };
  const weight = spotDepthWeight(request.limit);
  const viaWsApi$ = requests.wsApi(depthSpec('depth', weight), params);
  const snapshot$ = deps.hasFetch
    ? viaWsApi$.pipe(
        // fall back: the WebSocket API could not answer (it did not refuse)
        catchError((error: unknown) =>
          error instanceof SocketClosedError || error instanceof TimeoutError ? requests.rest('GET', '/api/v3/depth', depthSpec('GET /api/v3/depth', weight), params) : throwError(() => error),
        ),
      )
    : viaWsApi$;
  return orderBook$({
    symbol: request.symbol,
    updates$: streams.stream$(request.stream),
    sequencing: SPOT_SEQUENCING,
    snapshot$,
    carrierDropped$: streams.events$.pipe(filter((event) => event.type === 'closed' && event.connectionId === streams.ownerOf(request.stream))),
    retryPolicy: deps.retryPolicy,
    maxBuffered: request.bufferLimit,
    // one update interval and a half: a symbol that changed at all has sent an event by then
    quietSnapshotDelayMs: request.speedMs + 500,
    onResync: (resync) => streams.reportOrderBookResync(request.stream, { symbol: request.symbol, ...resync }),
    onDecodeError: (error) => streams.reportDecodeError(request.stream, error),
  });
}
