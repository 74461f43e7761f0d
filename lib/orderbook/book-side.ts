import { comparePrices } from './decimal-text.js';
import type { BookLevel } from './book-level.js';

/**
 * Levels per chunk after a split; chunks grow to twice this before splitting again. An update
 * copies the chunks it touches: smaller chunks copy and allocate less (32: 1.5 KB per side and
 * update instead of 3 KB at 64), larger ones keep the chunk index short for 5000-level books.
 */
const CHUNK = 32;

interface Chunk {
  readonly levels: BookLevel[];
  /**
   * `levels[i].scaled`, packed: searches read this array of doubles instead of following a
   * pointer to each level (a book that is not in the CPU cache pays for every such pointer).
   */
  readonly keys: number[];
  /** The id of the writer that made this copy; only it may change it in place. */
  readonly owner: number;
}

/**
 * One side of an order book, best level first, as a persistent structure: an update copies
 * only the chunks it touches (at most 128 levels each) and the short chunk index, so a book
 * that emits an immutable version per update never copies the whole book.
 *
 * @remarks Immutable once made: {@link BookSide.levels} is built on first read and cached, so
 * every emitted book sharing an unchanged side shares that array too.
 *
 * @internal
 */
export class BookSide {
  /** Bids: the highest price is best; asks: the lowest. */
  readonly descending: boolean;
  /** How many levels the side holds. */
  readonly size: number;
  readonly #chunks: readonly Chunk[];
  #levels: readonly BookLevel[] | undefined;

  constructor(descending: boolean, chunks: readonly Chunk[] = [], size = 0) {
    this.descending = descending;
    this.#chunks = chunks;
    this.size = size;
  }

  /**
   * A side from levels in any order (a snapshot); the last of equal prices wins.
   *
   * @param descending - bids (`true`) or asks
   * @param levels - positive-quantity levels
   */
  static of(descending: boolean, levels: readonly BookLevel[]): BookSide {
    const writer = new BookSide(descending).writer();
    for (const level of levels) writer.set(level);
    return writer.finish();
  }

  /** Every level, best first (made once per side, then shared). */
  get levels(): readonly BookLevel[] {
    if (this.#levels === undefined) {
      const all: BookLevel[] = [];
      for (const chunk of this.#chunks) for (const level of chunk.levels) all.push(level);
      this.#levels = Object.freeze(all);
    }
    return this.#levels;
  }

  /** The best level, if any. */
  get best(): BookLevel | undefined {
    return this.#chunks[0]?.levels[0];
  }

  /** The best `n` levels (a new frozen array; the whole side is not built for it). */
  top(n: number): readonly BookLevel[] {
    if (this.#levels !== undefined) return Object.freeze(this.#levels.slice(0, n));
    const out: BookLevel[] = [];
    for (const chunk of this.#chunks) {
      for (const level of chunk.levels) {
        if (out.length >= n) return Object.freeze(out);
        out.push(level);
      }
    }
    return Object.freeze(out);
  }

  /** Starts a batch of changes that ends in a new side; this one never changes. */
  writer(): SideWriter {
    return new SideWriter(this.descending, this.#chunks, this.size);
  }
}

let nextWriterId = 1;

/**
 * Applies one update's changes to a side copy-on-write, then {@link SideWriter.finish}es it.
 *
 * @internal
 */
export class SideWriter {
  readonly #descending: boolean;
  /** Unique per writer (a number: no object to allocate per update, nothing kept alive). */
  readonly #token = nextWriterId++;
  #chunks: Chunk[] | undefined;
  readonly #base: readonly Chunk[];
  #size: number;

  constructor(descending: boolean, chunks: readonly Chunk[], size: number) {
    this.#descending = descending;
    this.#base = chunks;
    this.#size = size;
  }

  /** Sets the level at `level`'s price (inserted if new). */
  set(level: BookLevel): void {
    const chunks = this.#own();
    if (chunks.length === 0) {
      chunks.push({ levels: [level], keys: [level.scaled], owner: this.#token });
      this.#size++;
      return;
    }
    const c = this.#chunkFor(chunks, level);
    const chunk = this.#ownChunk(chunks, c);
    const at = this.#search(chunk, level);
    if (at >= 0) {
      chunk.levels[at] = level;
      return;
    }
    chunk.levels.splice(-at - 1, 0, level);
    chunk.keys.splice(-at - 1, 0, level.scaled);
    this.#size++;
    if (chunk.levels.length > 2 * CHUNK) {
      chunks.splice(c + 1, 0, { levels: chunk.levels.splice(CHUNK), keys: chunk.keys.splice(CHUNK), owner: this.#token });
    }
  }

  /** Removes the level at `level`'s price; a price not in the book is ignored (Binance sends such removals). */
  remove(level: BookLevel): void {
    const base = this.#chunks ?? this.#base;
    if (base.length === 0) return;
    const c = this.#chunkFor(base, level);
    const at = this.#search(base[c] as Chunk, level);
    if (at < 0) return;
    const chunks = this.#own();
    const chunk = this.#ownChunk(chunks, c);
    chunk.levels.splice(at, 1);
    chunk.keys.splice(at, 1);
    this.#size--;
    if (chunk.levels.length === 0) chunks.splice(c, 1);
  }

  /** The new side (the writer must not be used afterwards). */
  finish(): BookSide {
    return new BookSide(this.#descending, this.#chunks ?? this.#base, this.#size);
  }

  #own(): Chunk[] {
    return (this.#chunks ??= this.#base.slice());
  }

  #ownChunk(chunks: Chunk[], c: number): Chunk {
    const chunk = chunks[c] as Chunk;
    if (chunk.owner === this.#token) return chunk;
    const copy = { levels: chunk.levels.slice(), keys: chunk.keys.slice(), owner: this.#token };
    chunks[c] = copy;
    return copy;
  }

  /**
   * Order of the level at `i` of `chunk` against `level`: negative when the chunk's is better
   * (comes first). Exact: by the packed scaled keys when both have one, else by the texts.
   */
  #order(chunk: Chunk, i: number, level: BookLevel): number {
    const key = chunk.keys[i] as number;
    const wanted = level.scaled;
    let c: number;
    // NaN (no exact scaled key) compares false with itself
    if (key === key && wanted === wanted) c = key - wanted;
    else {
      const at = chunk.levels[i] as BookLevel;
      c = comparePrices(at.priceText, at.intDigits, at.scaled, level.priceText, level.intDigits, wanted);
    }
    return this.#descending ? -c : c;
  }

  /** The chunk whose range holds `level`'s price, or the last one. */
  #chunkFor(chunks: readonly Chunk[], level: BookLevel): number {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = chunks[mid] as Chunk;
      if (this.#order(chunk, chunk.keys.length - 1, level) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of `level`'s price in `chunk`, or `-(insertion point) - 1` when absent. */
  #search(chunk: Chunk, level: BookLevel): number {
    let lo = 0;
    let hi = chunk.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.#order(chunk, mid, level);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return -lo - 1;
  }
}
