import { BinanceError } from './binance-error.js';

/** Why a managed order book threw its book away and resynced from a fresh snapshot. */
export type OrderBookResyncReason =
  /** An event's ids do not follow the book's (`U > id + 1` on spot, `pu ≠ previous u` on futures). */
  | 'gap'
  /** The snapshot was older than the first buffered event (`lastUpdateId < U`). */
  | 'staleSnapshot'
  /** More events arrived before the snapshot than the buffer holds. */
  | 'bufferOverflow'
  /** The connection carrying the diff stream dropped: events may have been missed. */
  | 'reconnect'
  /** A diff event could not be decoded, so it could not be applied. */
  | 'decodeError'
  /** The snapshot request failed (timeout, 5xx, 429…); it is retried. */
  | 'snapshotFailed';

/**
 * A managed order book saw a sequence gap: events were missed, so the book cannot be right.
 *
 * @remarks Drives the resync and is reported on `events$` as `orderBookResync` (reason `'gap'`);
 * it never reaches a book subscriber, who simply sees no book until the book is in sync again.
 *
 * @example
 * ```ts
 * import { filter } from 'rxjs';
 * spot.events$.pipe(filter((e) => e.type === 'orderBookResync')).subscribe((e) => console.log(e.reason, e.expectedUpdateId, e.receivedUpdateId));
 * ```
 */
export class OrderBookGapError extends BinanceError {
  override readonly name = 'OrderBookGapError';
  /** The symbol of the book. */
  readonly symbol: string;
  /** The id the next event had to carry (`U` on spot: last `u` + 1; `pu` on futures: last `u`). */
  readonly expectedUpdateId: number;
  /** The id it carried. */
  readonly receivedUpdateId: number;

  /**
   * @param symbol - the book's symbol
   * @param expectedUpdateId - what the next event had to carry
   * @param receivedUpdateId - what it carried
   */
  constructor(symbol: string, expectedUpdateId: number, receivedUpdateId: number) {
    super(`The ${symbol} order book missed events: expected update id ${expectedUpdateId}, received ${receivedUpdateId}.`, {
      docsUrl: 'https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#how-to-manage-a-local-order-book-correctly',
    });
    this.symbol = symbol;
    this.expectedUpdateId = expectedUpdateId;
    this.receivedUpdateId = receivedUpdateId;
  }
}

/**
 * A managed order book must start over from a fresh snapshot for a reason other than a gap.
 *
 * @internal
 */
export class OrderBookResyncError extends BinanceError {
  override readonly name = 'OrderBookResyncError';
  readonly symbol: string;
  readonly reason: Exclude<OrderBookResyncReason, 'gap'>;

  constructor(symbol: string, reason: Exclude<OrderBookResyncReason, 'gap'>, detail: string, options: { cause?: unknown } = {}) {
    super(`The ${symbol} order book resyncs (${reason}): ${detail}`, options);
    this.symbol = symbol;
    this.reason = reason;
  }
}
