import type Big from 'big.js';

/** One trade of the fake spot market (exact decimals; wire formatting happens in the handlers). @internal */
export interface FakeSpotTrade {
  readonly id: number;
  readonly price: Big;
  readonly qty: Big;
  readonly time: number;
  readonly isBuyerMaker: boolean;
}

/** An aggregate trade: consecutive trades of one taker order at one price and time. @internal */
export interface FakeSpotAggTrade {
  readonly id: number;
  readonly price: Big;
  readonly qty: Big;
  readonly firstTradeId: number;
  readonly lastTradeId: number;
  readonly time: number;
  readonly isBuyerMaker: boolean;
}

/** What {@link FakeSpotTradeLog.append} needs; the log assigns the id. @internal */
export interface FakeSpotTradeInput {
  readonly price: Big;
  readonly qty: Big;
  readonly time: number;
  readonly isBuyerMaker: boolean;
  /** The first trade of a taker order: it starts an aggregate of its own (default: it may join the previous one). */
  readonly newAggregate?: boolean;
}

/**
 * The append-only trade history of one symbol, with its aggregate trades kept alongside: ids
 * and times only grow, so every query is a binary search.
 *
 * @internal
 */
export class FakeSpotTradeLog {
  readonly #trades: FakeSpotTrade[] = [];
  readonly #aggTrades: FakeSpotAggTrade[] = [];

  /**
   * @param firstId - the id of the first trade
   * @param firstAggId - the id of the first aggregate trade
   */
  constructor(
    private readonly firstId: number,
    private readonly firstAggId: number,
  ) {}

  /** All trades, oldest first. */
  get trades(): readonly FakeSpotTrade[] {
    return this.#trades;
  }

  /** All aggregate trades, oldest first. */
  get aggTrades(): readonly FakeSpotAggTrade[] {
    return this.#aggTrades;
  }

  /**
   * Records a trade. A time before the last trade's is raised to it, so ids and times stay in
   * step; a trade at the same time, price and side as the previous one joins its aggregate,
   * unless it starts a new one (`newAggregate`).
   *
   * @param input - the trade without its id
   * @returns the recorded trade
   */
  append(input: FakeSpotTradeInput): FakeSpotTrade {
    const previous = this.#trades.at(-1);
    const trade: FakeSpotTrade = {
      id: previous === undefined ? this.firstId : previous.id + 1,
      price: input.price,
      qty: input.qty,
      time: previous === undefined ? input.time : Math.max(input.time, previous.time),
      isBuyerMaker: input.isBuyerMaker,
    };
    this.#trades.push(trade);
    this.#aggregate(trade, input.newAggregate === true ? undefined : previous);
    return trade;
  }

  /**
   * The number of trades at or before `time` (the index just past them).
   *
   * @param time - epoch ms, inclusive
   * @returns how many trades happened by then
   */
  countUpTo(time: number): number {
    return upperBound(this.#trades, time);
  }

  /**
   * The index of the first trade at or after `time`.
   *
   * @param time - epoch ms
   * @returns an index into {@link trades} (its length if none)
   */
  indexFrom(time: number): number {
    return upperBound(this.#trades, time - 1);
  }

  /**
   * The trades with `from <= time <= to`, oldest first.
   *
   * @param from - epoch ms, inclusive
   * @param to - epoch ms, inclusive
   * @returns a copy of that slice
   */
  between(from: number, to: number): readonly FakeSpotTrade[] {
    return this.#trades.slice(this.indexFrom(from), this.countUpTo(to));
  }

  /**
   * The last trade at or before `time`.
   *
   * @param time - epoch ms, inclusive
   * @returns the trade, or `undefined` before the first one
   */
  lastUpTo(time: number): FakeSpotTrade | undefined {
    return this.#trades[this.countUpTo(time) - 1];
  }

  #aggregate(trade: FakeSpotTrade, previous: FakeSpotTrade | undefined): void {
    const last = this.#aggTrades.at(-1);
    const joins =
      last !== undefined &&
      previous !== undefined &&
      previous.time === trade.time &&
      previous.isBuyerMaker === trade.isBuyerMaker &&
      previous.price.eq(trade.price);
    if (joins) {
      this.#aggTrades[this.#aggTrades.length - 1] = { ...last, qty: last.qty.plus(trade.qty), lastTradeId: trade.id };
      return;
    }
    this.#aggTrades.push({
      id: last === undefined ? this.firstAggId : last.id + 1,
      price: trade.price,
      qty: trade.qty,
      firstTradeId: trade.id,
      lastTradeId: trade.id,
      time: trade.time,
      isBuyerMaker: trade.isBuyerMaker,
    });
  }
}

/**
 * The index just past the last item with `time <= limit` in a list sorted by time.
 *
 * @param items - sorted by `time`, ascending
 * @param limit - epoch ms
 * @returns that index
 *
 * @internal
 */
export function upperBound(items: readonly { readonly time: number }[], limit: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid]?.time ?? Infinity) <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
