import { defer, finalize, type Observable, share } from 'rxjs';
import { RelaySubject } from '../internal/relay-subject.js';

/**
 * Memoizes one shared observable per key, so that every subscriber of a key shares one upstream
 * subscription (one decode per payload). The entry is deleted when its last subscriber leaves,
 * so the map never outgrows what is subscribed.
 *
 * @internal
 */
export class KeyedShare<T> {
  readonly #entries = new Map<string, Observable<T>>();
  readonly #replayLast: boolean;

  /** @param options - `replayLast`: a late subscriber gets the latest value at once (order books) */
  constructor(options: { readonly replayLast?: boolean } = {}) {
    this.#replayLast = options.replayLast ?? false;
  }

  /** Keys with a live entry. */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * @param key - identifies the upstream
   * @param create - builds the upstream, called when no live entry exists
   * @returns the shared observable for `key`
   */
  get(key: string, create: () => Observable<T>): Observable<T> {
    const existing = this.#entries.get(key);
    if (existing !== undefined) return existing;
    // registered while subscribed only: an observable nobody subscribes to holds no entry
    const shared$: Observable<T> = defer(() => {
      this.#entries.set(key, shared$);
      return create();
    }).pipe(
      finalize(() => {
        if (this.#entries.get(key) === shared$) this.#entries.delete(key);
      }),
      share({ connector: () => new RelaySubject<T>({ replayLatest: this.#replayLast }) }),
    );
    return shared$;
  }
}
