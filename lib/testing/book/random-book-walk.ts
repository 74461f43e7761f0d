import { ZERO_8 as WIRE_ZERO } from '../api/spot/market-decimal.js';
import type { FakeSpotSymbolDefinition } from '../api/spot/fake-spot-market-symbols.js';
import { unitsOfSize, unitsOfWire8, wire8OfUnits, type FlatChange } from './book-wire.js';
import type { LiveBookSides } from './live-book-sides.js';

// A local copy: read per level on the hot path, where a bundler's live-binding getter shows up.
const ZERO_8 = WIRE_ZERO;

/** Most levels one random event changes. */
const MAX_LEVELS = 6;
/** Ticks from the top a random level can land on (squared draw: most land near the top). */
const WINDOW_TICKS = 40;
/** Chance per event that the spread moves one tick. */
const DRIFT = 0.05;
/** Chance that a level drawn where one exists removes it rather than resizing it. */
const REMOVE = 0.35;
/** Cached price strings before the cache starts over (a long drift). */
const CACHE_LIMIT = 100_000;

/**
 * Seeded, realistic changes of a live book: 1 to 6 levels near the top per event (new levels,
 * resized ones, removals), prices on the symbol's tick grid, quantities a whole number of steps
 * between 5 % and 200 % of the typical size, and now and then (5 %) a one-tick move of the spread
 * that also removes the level it crosses (a seventh level), so the book never crosses itself.
 *
 * @remarks Integer arithmetic in 1e-8 units, no `Big`: it feeds the benchmarks' planned events.
 * The walk keeps a centre (bids below it, asks at or above it) between events; after a change
 * it did not make (an update, an order taking levels), {@link invalidate} makes it read the
 * centre from the book again: the middle of the spread, so that sweeping either side moves the
 * market.
 *
 * @internal
 */
export class RandomBookWalk {
  readonly #tick: number;
  readonly #step: number;
  readonly #typicalSteps: number;
  readonly #startPrice: string;
  /** Tick index of the lowest ask: bids live below it, asks at it and above. */
  #center: number | undefined;
  readonly #prices = new Map<number, string>();
  readonly #sizes = new Map<number, string>();

  /**
   * @param def - the symbol's definition (tick, step, typical size)
   * @throws {@link RangeError} for a tick or step finer than 1e-8
   */
  constructor(def: FakeSpotSymbolDefinition) {
    this.#tick = unitsOfSize(def.tickSize);
    this.#step = unitsOfSize(def.stepSize);
    this.#typicalSteps = Math.max(1, Math.floor(unitsOfSize(def.typicalQty) / this.#step));
    this.#startPrice = def.price;
  }

  /** Forgets the centre: the book changed in a way the walk did not choose. */
  invalidate(): void {
    this.#center = undefined;
  }

  /**
   * Draws the next event's change against the book (without applying it).
   *
   * @param random - uniform numbers in [0, 1)
   * @param book - the book the change will be applied to
   * @returns the change, canonical 8-decimal strings
   * @throws {@link RangeError} when prices exceed 53 bits of 1e-8 units
   */
  next(random: () => number, book: LiveBookSides): FlatChange {
    let center = (this.#center ??= this.#centerOf(book));
    const bids: string[] = [];
    const asks: string[] = [];
    if (random() < DRIFT) {
      // the spread moves: the level it moves onto changes side, so it goes first
      const up = random() < 0.5 || center < 3;
      const crossed = this.#price(up ? center : center - 1);
      if (book.holds(!up, crossed)) (up ? asks : bids).push(crossed, ZERO_8);
      center += up ? 1 : -1;
      this.#center = center;
    }
    const levels = 1 + Math.floor(random() * random() * MAX_LEVELS);
    for (let n = 0; n < levels; n++) {
      const isBid = random() < 0.5;
      const r = random();
      const offset = Math.floor(r * r * WINDOW_TICKS);
      const tick = isBid ? center - 1 - offset : center + offset;
      const remove = random() < REMOVE;
      const qty = this.#qty(random);
      const side = isBid ? bids : asks;
      if (tick < 1) continue;
      const price = this.#price(tick);
      if (hasPrice(side, price)) continue;
      side.push(price, remove && book.holds(isBid, price) ? ZERO_8 : qty);
    }
    if (bids.length + asks.length === 0) asks.push(this.#price(center), this.#qty(random));
    return { bids, asks };
  }

  // Prices and quantities repeat a lot (a few hundred ticks, ~2000 sizes): one string each
  // keeps planned runs small and their Map keys pre-hashed.
  #price(tick: number): string {
    let price = this.#prices.get(tick);
    if (price === undefined) {
      if (this.#prices.size >= CACHE_LIMIT) this.#prices.clear();
      price = wire8OfUnits(tick * this.#tick);
      this.#prices.set(tick, price);
    }
    return price;
  }

  #qty(random: () => number): string {
    // as drawQty in fake-spot-market-seeding.ts: 5 % to 200 % of the typical size, at least one step
    const steps = Math.max(1, Math.floor((this.#typicalSteps * (50 + Math.floor(random() * 1951))) / 1000));
    let qty = this.#sizes.get(steps);
    if (qty === undefined) {
      qty = wire8OfUnits(steps * this.#step);
      this.#sizes.set(steps, qty);
    }
    return qty;
  }

  #centerOf(book: LiveBookSides): number {
    const { bid, ask } = book.bestPrices();
    if (bid !== undefined && ask !== undefined) {
      // the middle of the spread: a sweep of either side moves the market as much (asks
      // land at or above it, above the best bid; bids below it, below the best ask)
      const middle = Math.floor((Math.floor(unitsOfWire8(bid) / this.#tick) + Math.ceil(unitsOfWire8(ask) / this.#tick)) / 2) + 1;
      return Math.max(2, middle);
    }
    if (ask !== undefined) return Math.max(2, Math.ceil(unitsOfWire8(ask) / this.#tick));
    if (bid !== undefined) return Math.floor(unitsOfWire8(bid) / this.#tick) + 1;
    return Math.max(2, Math.ceil(unitsOfSize(this.#startPrice) / this.#tick));
  }
}

function hasPrice(levels: readonly string[], price: string): boolean {
  for (let i = 0; i < levels.length; i += 2) if (levels[i] === price) return true;
  return false;
}
