/** A price level in Binance's wire form: `[price, quantity]`, 8-decimal strings. */
export type FakeBookLevel = readonly [price: string, qty: string];

/**
 * An order book as the `depth` method returns it (`spec/spot-ws-api.md` §6.2): bids best
 * (highest) first, asks best (lowest) first, 8-decimal strings.
 */
export interface FakeBookSnapshot {
  readonly lastUpdateId: number;
  readonly bids: readonly FakeBookLevel[];
  readonly asks: readonly FakeBookLevel[];
}

/**
 * Level changes for {@link FakeOrderBook.update}: each `[price, qty]` sets the level to `qty`;
 * a zero quantity in any form (`'0'`, `'0.00000000'`) removes it (`spec/spot-streams.md` §4).
 */
export interface FakeBookChange {
  readonly bids?: readonly (readonly [price: string, qty: string])[];
  readonly asks?: readonly (readonly [price: string, qty: string])[];
}

/** Options of {@link FakeOrderBook.update} and the random updates. */
export interface FakeBookUpdateOptions {
  /** How many update ids the event covers (`u - U + 1`); default: the number of levels changed, at least 1. */
  readonly span?: number;
  /** `false` applies the change without sending it: clients see a gap. Default `true`. */
  readonly publish?: boolean;
  /** The event's `E` (epoch ms); default `Date.now()`. */
  readonly eventTime?: number;
}

/**
 * A diff-depth event in Binance's wire form (`spec/spot-streams.md` §4 "depth[@100ms]"): ids
 * `U` (first) to `u` (final), levels `b` (bids) and `a` (asks). Spot has no `pu`.
 */
export interface FakeDiffEvent {
  readonly e: 'depthUpdate';
  /** Event time, epoch ms. */
  readonly E: number;
  /** The symbol, uppercase. */
  readonly s: string;
  /** First update id in the event. */
  readonly U: number;
  /** Final update id in the event. */
  readonly u: number;
  readonly b: readonly FakeBookLevel[];
  readonly a: readonly FakeBookLevel[];
}

/** What {@link FakeOrderBook.plan} prepared. */
export interface FakeBookPlan {
  /** Number of planned events. */
  readonly events: number;
  /** `U` of the first planned event. */
  readonly firstUpdateId: number;
  /** `u` of the last planned event (`firstUpdateId - 1` when none). */
  readonly lastUpdateId: number;
  /** Total length of the planned JSON texts. */
  readonly payloadBytes: number;
}

/** Options of {@link FakeOrderBook.plan}. */
export interface FakeBookPlanOptions {
  /** `E` of every planned event (epoch ms); default `Date.now()` when planning. */
  readonly eventTime?: number;
}
