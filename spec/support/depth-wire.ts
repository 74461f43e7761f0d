import { isLeft } from 'fp-ts/lib/Either.js';
import { DecodeError } from '../../lib/errors/decode-error.js';
import type { BookState } from '../../lib/orderbook/book-state.js';
import { DepthSnapshotBook } from '../../lib/orderbook/depth-snapshot.js';
import { parseDepthUpdate, type DepthUpdate } from '../../lib/orderbook/depth-update.js';
import type { OrderBook } from '../../lib/orderbook/order-book.js';

/** `[price, quantity]` as Binance sends it. */
export type WireLevel = readonly [string, string];

/** What a diff-depth event of a spec carries; everything but the ids has a default. */
export interface DepthEventInit {
  readonly U: number;
  readonly u: number;
  /** Futures only: the previous event's `u`. */
  readonly pu?: number;
  readonly E?: number;
  readonly b?: readonly WireLevel[];
  readonly a?: readonly WireLevel[];
}

/**
 * A diff-depth payload (`spec/spot-streams.md` §4 "depth — diff depth"; futures add `pu`).
 *
 * @param init - ids, event time and levels
 * @returns the `data` of the stream envelope
 */
export function depthPayload(init: DepthEventInit): Record<string, unknown> {
  const payload: Record<string, unknown> = { e: 'depthUpdate', E: init.E ?? init.u, s: 'BTCUSDT', U: init.U, u: init.u, b: init.b ?? [], a: init.a ?? [] };
  if (init.pu !== undefined) payload['pu'] = init.pu;
  return payload;
}

/**
 * A checked diff-depth event, through the SDK's own parser.
 *
 * @param init - ids, event time and levels
 * @returns the event
 * @throws Error when the payload is rejected (a broken spec)
 */
export function depthUpdate(init: DepthEventInit): DepthUpdate {
  const update = parseDepthUpdate(depthPayload(init));
  if (update instanceof DecodeError) throw new Error(`spec event rejected: ${update.message}`);
  return update;
}

/**
 * A depth snapshot decoded as the SDK decodes it (`spec/spot-streams.md` §5).
 *
 * @param lastUpdateId - the snapshot's id
 * @param bids - wire bids
 * @param asks - wire asks
 * @returns the book it starts
 * @throws Error when the payload is rejected (a broken spec)
 */
export function snapshotBook(lastUpdateId: number, bids: readonly WireLevel[] = [], asks: readonly WireLevel[] = []): BookState {
  const decoded = DepthSnapshotBook.decode({ lastUpdateId, bids, asks });
  if (isLeft(decoded)) throw new Error('spec snapshot rejected');
  return decoded.right;
}

/** A book as plain data, for `toEqual` and marble values. */
export interface BookSummary {
  readonly lastUpdateId: number;
  readonly eventTime: number | undefined;
  readonly bids: readonly WireLevel[];
  readonly asks: readonly WireLevel[];
}

/**
 * A book as plain data: ids and `[price, quantity]` strings, best first.
 *
 * @param book - any order book
 * @returns its summary
 */
export function bookSummary(book: OrderBook): BookSummary {
  const plain = (levels: OrderBook['bids']): WireLevel[] => levels.map((l) => [l.price.toFixed(), l.quantity.toFixed()] as const);
  return { lastUpdateId: book.lastUpdateId, eventTime: book.eventTime, bids: plain(book.bids), asks: plain(book.asks) };
}

/** An error as plain data, so that marble diagrams can check its class and fields. */
export interface ErrorSummary {
  readonly name: string;
  readonly [field: string]: unknown;
}

/**
 * An error as plain data: its `name` plus the fields the order-book specs look at.
 *
 * @param error - anything thrown
 * @returns `{ name, reason?, expectedUpdateId?, receivedUpdateId?, fails?, status? }` (absent fields left out)
 */
export function errorSummary(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { name: 'not an Error', value: String(error) };
  const summary: Record<string, unknown> = { name: error.name };
  for (const field of ['reason', 'expectedUpdateId', 'receivedUpdateId', 'fails', 'status', 'code']) {
    const value: unknown = (error as unknown as Record<string, unknown>)[field];
    if (value !== undefined) summary[field] = value;
  }
  return summary as ErrorSummary;
}
