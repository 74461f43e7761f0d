import Big from 'big.js';
import { floorTo } from './market-decimal.js';
import type { FakeSpotLevel, FakeSpotLiquidity, FakeSpotTake } from './fake-spot-liquidity.js';
import type { FakeOrderSide } from './fake-spot-order.js';

/**
 * How much of a taking order the book fills, level by level (price priority, best first), as
 * Binance's matching engine would, without changing anything.
 *
 * @internal
 */
export interface TakerPlan {
  /** What each level fills, best first; every take trades at its level's price. */
  readonly takes: readonly FakeSpotTake[];
  /** Base quantity filled. */
  readonly qty: Big;
  /** Quote quantity paid or received. */
  readonly quote: Big;
  /** Whether the whole order fills (for a quote amount: all of it that the lot step allows). */
  readonly complete: boolean;
}

/** What a taking order wants: a base quantity, or (a MARKET order by `quoteOrderQty`) a quote amount. @internal */
export type TakerWant = { readonly qty: Big } | { readonly quote: Big };

/** Levels read first; a deeper read only when an order walks through them all. */
const FIRST_DEPTH = 100;
/** The deepest read (Binance's deepest book). */
const FULL_DEPTH = 5000;

/**
 * Plans a taking order against the book.
 *
 * @param liquidity - the symbol's book
 * @param side - the order's side
 * @param bound - the worst price it trades at (its limit), or `undefined` for a MARKET order
 * @param want - what it wants
 * @returns the plan (possibly empty)
 *
 * @example
 * ```ts
 * // asks 100 × 1, 101 × 2: a BUY of 2 with limit 101 takes 1 at 100 and 1 at 101
 * planTaker(liquidity, 'BUY', new Big(101), { qty: new Big(2) });
 * ```
 *
 * @internal
 */
export function planTaker(liquidity: FakeSpotLiquidity, side: FakeOrderSide, bound: Big | undefined, want: TakerWant): TakerPlan {
  let levels = liquidity.against(side, FIRST_DEPTH);
  let plan = walk(levels, side, bound, want, liquidity.stepSize);
  if (!plan.complete && levels.length >= FIRST_DEPTH && plan.takes.length >= levels.length) {
    levels = liquidity.against(side, FULL_DEPTH);
    plan = walk(levels, side, bound, want, liquidity.stepSize);
  }
  return plan;
}

/**
 * Whether an order at `price` would trade at once: the best opposite level reaches it.
 *
 * @internal
 */
export function crossesBook(liquidity: FakeSpotLiquidity, side: FakeOrderSide, price: Big): boolean {
  const best = liquidity.against(side, 1)[0];
  return best !== undefined && reaches(side, best.price, price);
}

function walk(levels: readonly FakeSpotLevel[], side: FakeOrderSide, bound: Big | undefined, want: TakerWant, step: Big): TakerPlan {
  const takes: FakeSpotTake[] = [];
  let qty = new Big(0);
  let quote = new Big(0);
  for (const level of levels) {
    if (bound !== undefined && !reaches(side, level.price, bound)) break;
    const room = 'qty' in want ? want.qty.minus(qty) : floorTo(want.quote.minus(quote).div(level.price), step);
    if (room.lte(0)) break;
    const take = level.qty === undefined || room.lt(level.qty) ? room : level.qty;
    takes.push({ level: level.price, price: level.price, qty: take });
    qty = qty.plus(take);
    quote = quote.plus(take.times(level.price));
  }
  const complete = 'qty' in want ? qty.gte(want.qty) : takes.length > 0 && floorTo(want.quote.minus(quote).div(lastPrice(takes)), step).lte(0);
  return { takes, qty, quote, complete };
}

/** Whether a level at `level` is within an order's limit `bound`. */
function reaches(side: FakeOrderSide, level: Big, bound: Big): boolean {
  return side === 'BUY' ? level.lte(bound) : level.gte(bound);
}

function lastPrice(takes: readonly FakeSpotTake[]): Big {
  return (takes[takes.length - 1] as FakeSpotTake).price;
}
