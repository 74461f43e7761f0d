import { Observable, type OperatorFunction, scan, type Subscription, take, throwIfEmpty, timer } from 'rxjs';
import { OrderBookGapError, OrderBookResyncError } from '../errors/order-book-errors.js';
import { applyDepthUpdate } from './apply-depth-update.js';
import type { BookSequencing } from './book-sequencing.js';
import type { BookState } from './book-state.js';
import type { DepthUpdate } from './depth-update.js';
import { LocalOrderBook, type OrderBook } from './order-book.js';

/** What {@link syncOrderBook} needs. @internal */
export interface SyncOrderBookConfig {
  readonly symbol: string;
  readonly sequencing: BookSequencing;
  /** Cold: fetches one depth snapshot per subscription. */
  readonly snapshot$: Observable<BookState>;
  /** Events kept while the snapshot is on its way; one more is a `bufferOverflow` resync. */
  readonly maxBuffered: number;
  /**
   * How long to wait for a first event before fetching the snapshot anyway (a quiet symbol may
   * send none for a while); by then the diff subscription is live on the exchange.
   */
  readonly quietSnapshotDelayMs: number;
  /**
   * Emits when events may have been lost (the connection carrying the diff stream dropped):
   * the machine errors with an `OrderBookResyncError` of reason `reconnect`.
   */
  readonly interrupted$?: Observable<unknown>;
}

/** One input of the state machine: a diff event, or the snapshot. @internal */
export type SyncInput = DepthUpdate | { readonly snapshot: BookState };

/**
 * The state machine around the reducer: `buffering` (no `book` yet) until the snapshot, then
 * `live`.
 *
 * @internal
 */
export interface SyncState {
  /** `undefined` while buffering. */
  readonly book: BookState | undefined;
  /** Events received before the snapshot (buffering only; never longer than `maxBuffered`). */
  readonly buffer: readonly DepthUpdate[];
  /** The last event applied since the snapshot. */
  readonly previous: DepthUpdate | undefined;
  /** Whether this step changed the book (the book is emitted). */
  readonly changed: boolean;
}

const NO_EVENTS: readonly DepthUpdate[] = Object.freeze([]);

/** The state before anything arrived. @internal */
export const BUFFERING: SyncState = { book: undefined, buffer: NO_EVENTS, previous: undefined, changed: false };

/**
 * Binance's local-book procedure as an operator on the diff events of one symbol
 * (`spec/spot-streams.md` §5; futures rules through {@link BookSequencing}): buffer events, fetch
 * the snapshot once the first event is in (or after `quietSnapshotDelayMs` without one), drop
 * what the snapshot already holds, apply the rest in order, then every new event. A snapshot
 * that arrives before any event is the book at its id and is emitted as is; the events that
 * follow must continue it like any live event.
 *
 * @remarks Errors (so that the caller's retry resyncs from a fresh snapshot) with
 * {@link OrderBookGapError} on a gap and {@link OrderBookResyncError} for a snapshot older than
 * the first event or a full buffer; emits nothing before the book is in sync.
 *
 * @param config - symbol, sequencing rule, snapshot source, buffer bound
 * @returns the operator: diff events in, a book after each applied event out
 *
 * @internal
 */
export function syncOrderBook(config: SyncOrderBookConfig): OperatorFunction<DepthUpdate, OrderBook>;
/**
 * {@link syncOrderBook} over raw payloads, read by `decode` as they arrive (one subscriber hop
 * fewer on the hot path than a separate decoding operator).
 *
 * @param config - symbol, sequencing rule, snapshot source, buffer bound
 * @param decode - reads one payload; throws (an `OrderBookResyncError`, say) to resync
 * @returns the operator: payloads in, a book after each applied event out
 *
 * @internal
 */
export function syncOrderBook<T>(config: SyncOrderBookConfig, decode: (payload: T) => DepthUpdate): OperatorFunction<T, OrderBook>;
export function syncOrderBook(config: SyncOrderBookConfig, decode: (payload: unknown) => DepthUpdate = asDepthUpdate): OperatorFunction<unknown, OrderBook> {
  return (payload$) =>
    changedBooks(
      config.symbol,
      syncInputs(payload$, decode, config).pipe(scan((state: SyncState, input: SyncInput) => stepSync(config, state, input), BUFFERING)),
    );
}

function asDepthUpdate(payload: unknown): DepthUpdate {
  return payload as DepthUpdate;
}

/** The book of every state that changed it (`filter` and `map` in one hop: this is per event). */
function changedBooks(symbol: string, state$: Observable<SyncState>): Observable<OrderBook> {
  return new Observable<OrderBook>((subscriber) =>
    state$.subscribe({
      next: (state) => {
        if (state.changed) subscriber.next(new LocalOrderBook(symbol, state.book as BookState));
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    }),
  );
}

/**
 * The machine's inputs: every event as it comes (decoded here), and the snapshot, requested
 * right after the first event is handed on (or after the quiet delay).
 */
function syncInputs(payload$: Observable<unknown>, decode: (payload: unknown) => DepthUpdate, config: SyncOrderBookConfig): Observable<SyncInput> {
  return new Observable<SyncInput>((subscriber) => {
    let snapshot: Subscription | undefined;
    const requestSnapshot = (): void => {
      if (snapshot !== undefined || subscriber.closed) return;
      quiet.unsubscribe();
      snapshot = config.snapshot$
        .pipe(
          take(1),
          throwIfEmpty(() => new OrderBookResyncError(config.symbol, 'snapshotFailed', 'the snapshot request ended without an answer')),
        )
        .subscribe({ next: (book) => subscriber.next({ snapshot: book }), error: (error: unknown) => subscriber.error(error) });
    };
    const quiet = timer(config.quietSnapshotDelayMs).subscribe(requestSnapshot);
    const interruptions = config.interrupted$?.subscribe(() =>
      subscriber.error(new OrderBookResyncError(config.symbol, 'reconnect', 'the diff stream connection dropped')),
    );
    const updates = payload$.subscribe({
      next: (payload) => {
        let update: DepthUpdate;
        try {
          update = decode(payload);
        } catch (error) {
          subscriber.error(error);
          return;
        }
        subscriber.next(update);
        requestSnapshot();
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    return () => {
      quiet.unsubscribe();
      interruptions?.unsubscribe();
      updates.unsubscribe();
      snapshot?.unsubscribe();
    };
  });
}

/**
 * One step of the machine, throwing to resync. Pure except that a buffering step appends to
 * `state.buffer` in place: a state must not be stepped twice.
 *
 * @param config - symbol, sequencing and buffer bound
 * @param state - the state before
 * @param input - an event or the snapshot
 * @returns the state after
 * @throws {@link OrderBookGapError} on a gap; {@link OrderBookResyncError} for a stale snapshot
 * or an overflowing buffer
 *
 * @internal
 */
export function stepSync(config: Pick<SyncOrderBookConfig, 'symbol' | 'sequencing' | 'maxBuffered'>, state: SyncState, input: SyncInput): SyncState {
  const { book } = state;
  if (!('snapshot' in input)) {
    if (book === undefined) {
      if (state.buffer.length >= config.maxBuffered) {
        throw new OrderBookResyncError(config.symbol, 'bufferOverflow', `more than ${config.maxBuffered} events arrived before the snapshot`);
      }
      // states are single-use: the buffer grows in place (copying it per event would be quadratic)
      const buffer = state.buffer === NO_EVENTS ? [] : (state.buffer as DepthUpdate[]);
      buffer.push(input);
      return { book, buffer, previous: undefined, changed: false };
    }
    return advanceOne(config, book, state.previous, input);
  }
  if (book !== undefined) return { ...state, changed: false }; // a late second snapshot changes nothing
  const first = state.buffer[0];
  if (first === undefined) return { book: input.snapshot, buffer: NO_EVENTS, previous: undefined, changed: true };
  if (first !== undefined && config.sequencing.snapshotTooOld(input.snapshot.lastUpdateId, first)) {
    throw new OrderBookResyncError(
      config.symbol,
      'staleSnapshot',
      `snapshot lastUpdateId ${input.snapshot.lastUpdateId} is older than the first buffered event (U ${first.firstUpdateId})`,
    );
  }
  return { ...advance(config, input.snapshot, undefined, state.buffer), changed: true };
}

/** The live path: one event, no array. */
function advanceOne(config: Pick<SyncOrderBookConfig, 'symbol' | 'sequencing'>, book: BookState, previous: DepthUpdate | undefined, update: DepthUpdate): SyncState {
  const verdict = config.sequencing.verdict(book.lastUpdateId, previous, update);
  if (verdict === 'skip') return { book, buffer: NO_EVENTS, previous, changed: false };
  if (verdict === 'gap') {
    const { expected, received } = config.sequencing.gapIds(book.lastUpdateId, previous, update);
    throw new OrderBookGapError(config.symbol, expected, received);
  }
  return { book: applyDepthUpdate(book, update), buffer: NO_EVENTS, previous: update, changed: true };
}

function advance(config: Pick<SyncOrderBookConfig, 'symbol' | 'sequencing'>, from: BookState, previous: DepthUpdate | undefined, updates: readonly DepthUpdate[]): SyncState {
  let book = from;
  let last = previous;
  let changed = false;
  for (const update of updates) {
    const verdict = config.sequencing.verdict(book.lastUpdateId, last, update);
    if (verdict === 'skip') continue;
    if (verdict === 'gap') {
      const { expected, received } = config.sequencing.gapIds(book.lastUpdateId, last, update);
      throw new OrderBookGapError(config.symbol, expected, received);
    }
    book = applyDepthUpdate(book, update);
    last = update;
    changed = true;
  }
  return { book, buffer: NO_EVENTS, previous: last, changed };
}
