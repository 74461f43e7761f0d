import { catchError, connect, type Observable, retry, throwError, timer } from 'rxjs';
import { BinanceApiError, IpBannedError, RateLimitError } from '../errors/api-error.js';
import { DecodeError } from '../errors/decode-error.js';
import { OrderBookGapError, OrderBookResyncError, type OrderBookResyncReason } from '../errors/order-book-errors.js';
import { HttpError, TimeoutError } from '../errors/request-errors.js';
import { StreamAbandonedError } from '../errors/stream-errors.js';
import { SocketClosedError } from '../errors/transport-errors.js';
import { RelaySubject } from '../internal/relay-subject.js';
import type { RetryPolicy } from '../transport/socket/retry-policy.js';
import type { BookSequencing } from './book-sequencing.js';
import type { BookState } from './book-state.js';
import { parseDepthUpdate, type DepthUpdate } from './depth-update.js';
import type { OrderBook } from './order-book.js';
import { syncOrderBook } from './sync-order-book.js';

/** A resync, as reported on `events$`. @internal */
export interface OrderBookResync {
  readonly reason: OrderBookResyncReason;
  /** For a gap: the id the next event had to carry. */
  readonly expectedUpdateId: number | undefined;
  /** For a gap: the id it carried. */
  readonly receivedUpdateId: number | undefined;
  readonly error: unknown;
}

/** What {@link orderBook$} needs. @internal */
export interface OrderBookStreamConfig {
  readonly symbol: string;
  /** The diff-depth payloads (`data` of the envelope), hot and shared. */
  readonly updates$: Observable<unknown>;
  readonly sequencing: BookSequencing;
  /** Cold: one depth snapshot per subscription (weight gating and transport fallback inside). */
  readonly snapshot$: Observable<BookState>;
  /** Emits when the connection carrying `updates$` dropped: events may have been lost. */
  readonly carrierDropped$: Observable<unknown>;
  readonly retryPolicy: RetryPolicy;
  readonly maxBuffered: number;
  /** See `SyncOrderBookConfig.quietSnapshotDelayMs`. */
  readonly quietSnapshotDelayMs: number;
  onResync(resync: OrderBookResync): void;
  onDecodeError(error: DecodeError): void;
}

/**
 * A managed order book: {@link syncOrderBook} over the diff stream, started again from a fresh
 * snapshot after every gap, stale snapshot, buffer overflow, undecodable event, dropped
 * connection or failed snapshot, with the retry policy's delays (429/418: their wait).
 *
 * @remarks The diff subscription stays up across resyncs (`connect`), so resyncing sends no
 * UNSUBSCRIBE/SUBSCRIBE. Errors reach the subscriber only when nothing can help: the stream was
 * rejected or abandoned, the snapshot request was refused (`BinanceApiError` 4xx, e.g. an
 * unknown symbol), or the policy gave up (`StreamAbandonedError`).
 *
 * @param config - sources, rules and reporting hooks
 * @returns the books, each exact at its `lastUpdateId`
 *
 * @internal
 */
export function orderBook$(config: OrderBookStreamConfig): Observable<OrderBook> {
  const { symbol } = config;
  const snapshot$ = config.snapshot$.pipe(
    catchError((error: unknown) => throwError(() => (isRetryableSnapshotFailure(error) ? new OrderBookResyncError(symbol, 'snapshotFailed', 'the snapshot request failed', { cause: error }) : error))),
  );
  const decode = (payload: unknown): DepthUpdate => {
    const update = parseDepthUpdate(payload);
    if (!(update instanceof DecodeError)) return update;
    config.onDecodeError(update);
    throw new OrderBookResyncError(symbol, 'decodeError', 'a diff event could not be decoded', { cause: update });
  };
  const sync = { symbol, sequencing: config.sequencing, snapshot$, maxBuffered: config.maxBuffered, quietSnapshotDelayMs: config.quietSnapshotDelayMs, interrupted$: config.carrierDropped$ };
  return config.updates$.pipe(
    connect((raw$) =>
      raw$.pipe(
        syncOrderBook(sync, decode),
        retry({
          resetOnSuccess: true,
          delay: (error: unknown, fails: number) => {
            const resync = resyncOf(error);
            if (resync === undefined) return throwError(() => error);
            config.onResync(resync);
            const waitMs = retryAfterOf(error);
            // the client's rate limiter holds every request of the IP meanwhile
            if (waitMs !== undefined) return timer(waitMs);
            const decision = config.retryPolicy({ fails, error });
            if (decision.abandon) return throwError(() => new StreamAbandonedError(fails, error));
            return timer(Number.isFinite(decision.delayMs) ? Math.max(0, decision.delayMs) : 0);
          },
        }),
      ),
      { connector: () => new RelaySubject<unknown>() },
    ),
  );
}

function resyncOf(error: unknown): OrderBookResync | undefined {
  if (error instanceof OrderBookGapError) return { reason: 'gap', expectedUpdateId: error.expectedUpdateId, receivedUpdateId: error.receivedUpdateId, error };
  if (error instanceof OrderBookResyncError) return { reason: error.reason, expectedUpdateId: undefined, receivedUpdateId: undefined, error };
  return undefined;
}

/** 429 / 418 on the snapshot: the exchange said how long to wait. */
function retryAfterOf(error: unknown): number | undefined {
  const cause = error instanceof OrderBookResyncError ? error.cause : undefined;
  return cause instanceof RateLimitError || cause instanceof IpBannedError ? (cause.retryAfterMs ?? 60_000) : undefined;
}

/** Worth another snapshot later: transport trouble, timeouts, 5xx, rate limits, a garbled answer. */
function isRetryableSnapshotFailure(error: unknown): boolean {
  if (error instanceof SocketClosedError || error instanceof TimeoutError || error instanceof DecodeError) return true;
  if (error instanceof HttpError) return error.status === undefined || error.status >= 500;
  if (error instanceof RateLimitError || error instanceof IpBannedError) return true;
  return error instanceof BinanceApiError && error.status >= 500;
}
