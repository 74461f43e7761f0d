import { type Observer, type SubjectLike, Subscription, type Unsubscribable } from 'rxjs';

const CLOSED: Unsubscribable = Object.freeze({ unsubscribe: (): void => undefined });

/**
 * A multicast connector for `share` and `connect` on per-event paths: what `Subject` (or
 * `ReplaySubject(1)` with `replayLatest`) does for those operators, without the per-value
 * costs of RxJS's general subjects (an error-context closure per `next`, a buffer push and trim).
 *
 * @remarks Semantics as the RxJS subjects they stand in for: an observer added during an
 * emission does not receive that value, one removed during it still does (the observer list is
 * copied on write, so an emission walks the list it started with); after `error` or `complete`
 * nothing more is delivered, and a late subscriber gets the latest value (when replaying) and
 * then the error or completion. Meant to be a connector, private to the operator that made it:
 * `share({ connector: () => new RelaySubject<T>() })`.
 *
 * @internal
 */
export class RelaySubject<T> implements SubjectLike<T> {
  readonly #replayLatest: boolean;
  #observers: readonly Observer<T>[] = [];
  #hasLatest = false;
  #latest: T | undefined;
  #stopped: { readonly error: unknown } | 'complete' | undefined;

  /** @param options - `replayLatest`: a new subscriber first gets the latest value, as with `ReplaySubject(1)` */
  constructor(options: { readonly replayLatest?: boolean } = {}) {
    this.#replayLatest = options.replayLatest ?? false;
  }

  /** How many observers are attached (as `Subject.observers.length`). */
  get observerCount(): number {
    return this.#observers.length;
  }

  next(value: T): void {
    if (this.#stopped !== undefined) return;
    if (this.#replayLatest) {
      this.#latest = value;
      this.#hasLatest = true;
    }
    const observers = this.#observers;
    if (observers.length === 1) {
      (observers[0] as Observer<T>).next(value);
      return;
    }
    for (let i = 0; i < observers.length; i++) (observers[i] as Observer<T>).next(value);
  }

  error(error: unknown): void {
    if (this.#stopped !== undefined) return;
    this.#stopped = { error };
    const observers = this.#observers;
    this.#observers = [];
    for (const observer of observers) observer.error(error);
  }

  complete(): void {
    if (this.#stopped !== undefined) return;
    this.#stopped = 'complete';
    const observers = this.#observers;
    this.#observers = [];
    for (const observer of observers) observer.complete();
  }

  subscribe(partial: Partial<Observer<T>>): Unsubscribable {
    const observer = fullObserver(partial);
    if (this.#hasLatest) observer.next(this.#latest as T);
    const stopped = this.#stopped;
    if (stopped !== undefined) {
      if (stopped === 'complete') observer.complete();
      else observer.error(stopped.error);
      return CLOSED;
    }
    this.#observers = [...this.#observers, observer];
    const remove = (): void => {
      const at = this.#observers.indexOf(observer);
      if (at >= 0) this.#observers = [...this.#observers.slice(0, at), ...this.#observers.slice(at + 1)];
    };
    // `share` ignores what subscribe returns and relies on its subscriber's own teardown, as
    // RxJS subjects register theirs on a subscriber they are given
    if (partial instanceof Subscription) partial.add(remove);
    return { unsubscribe: remove };
  }
}

function fullObserver<T>(partial: Partial<Observer<T>>): Observer<T> {
  if (partial.next !== undefined && partial.error !== undefined && partial.complete !== undefined) return partial as Observer<T>;
  return {
    next: (value) => partial.next?.(value),
    error: (error: unknown) => partial.error?.(error),
    complete: () => partial.complete?.(),
  };
}
