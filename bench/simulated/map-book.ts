import Big from 'big.js';

/** A diff-depth payload as `JSON.parse` gives it (`spec/spot-streams.md` §4, "Diff. Depth Stream"). */
export interface DiffDepthWire {
  readonly U: number;
  readonly u: number;
  readonly b: readonly (readonly [string, string])[];
  readonly a: readonly (readonly [string, string])[];
}

/** A `depth` answer as `JSON.parse` gives it. */
export interface DepthSnapshotWire {
  readonly lastUpdateId: number;
  readonly bids: readonly (readonly [string, string])[];
  readonly asks: readonly (readonly [string, string])[];
}

/**
 * What a hand-written client keeps as a local book: one `Map` per side from price text to
 * quantity text, fed by Binance's procedure (`spec/spot-streams.md` §5) without the ordering,
 * decimals or immutability the SDK's book has: events are buffered until the snapshot, those it
 * covers are dropped, and each later one must start right after the previous one (a gap is
 * counted, not repaired: the bench expects none).
 */
export class MapBook {
  /** Price text to quantity text, in arrival order. */
  readonly bids = new Map<string, string>();
  readonly asks = new Map<string, string>();
  /** Events that did not follow the previous one. */
  gaps = 0;
  #lastUpdateId: number | undefined;
  #buffered: DiffDepthWire[] | undefined = [];

  /** The last event applied (the snapshot's id before any); `undefined` before the snapshot. */
  get lastUpdateId(): number | undefined {
    return this.#lastUpdateId;
  }

  /**
   * Takes the snapshot, then the events buffered meanwhile.
   *
   * @param snapshot - a `depth` answer
   */
  applySnapshot(snapshot: DepthSnapshotWire): void {
    for (const [price, quantity] of snapshot.bids) this.bids.set(price, quantity);
    for (const [price, quantity] of snapshot.asks) this.asks.set(price, quantity);
    this.#lastUpdateId = snapshot.lastUpdateId;
    const buffered = this.#buffered ?? [];
    this.#buffered = undefined;
    for (const event of buffered) this.onDiff(event);
  }

  /**
   * Applies one diff-depth event (or buffers it before the snapshot).
   *
   * @param event - the parsed payload
   */
  onDiff(event: DiffDepthWire): void {
    const last = this.#lastUpdateId;
    if (this.#buffered !== undefined || last === undefined) {
      this.#buffered?.push(event);
      return;
    }
    if (event.u <= last) return;
    if (event.U > last + 1) this.gaps += 1;
    apply(this.bids, event.b);
    apply(this.asks, event.a);
    this.#lastUpdateId = event.u;
  }

  /** The best bid and ask (a scan: for checking at the end, not on the hot path). */
  top(): { readonly bid: Big | undefined; readonly ask: Big | undefined } {
    let bid: Big | undefined;
    let ask: Big | undefined;
    for (const price of this.bids.keys()) {
      const value = new Big(price);
      if (bid === undefined || value.gt(bid)) bid = value;
    }
    for (const price of this.asks.keys()) {
      const value = new Big(price);
      if (ask === undefined || value.lt(ask)) ask = value;
    }
    return { bid, ask };
  }
}

function apply(side: Map<string, string>, levels: readonly (readonly [string, string])[]): void {
  for (const [price, quantity] of levels) {
    // a zero test, not arithmetic: Binance sends "0.00000000" to remove a level
    if (Number(quantity) === 0) side.delete(price);
    else side.set(price, quantity);
  }
}
