/**
 * The last `limit` entries of a log, oldest first, in a ring: memory stays bounded however long
 * a benchmark runs.
 *
 * @internal
 */
export class BoundedLog<T> {
  readonly #limit: number;
  readonly #ring: T[] = [];
  #start = 0;

  /** @param limit - entries kept (0 keeps none, `Infinity` keeps all) */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Appends an entry, dropping the oldest one when full. */
  push(entry: T): void {
    if (this.#ring.length < this.#limit) {
      this.#ring.push(entry);
    } else if (this.#limit > 0) {
      this.#ring[this.#start] = entry;
      this.#start = (this.#start + 1) % this.#ring.length;
    }
  }

  /** A copy of the kept entries, oldest first. */
  toArray(): T[] {
    return [...this.#ring.slice(this.#start), ...this.#ring.slice(0, this.#start)];
  }
}
