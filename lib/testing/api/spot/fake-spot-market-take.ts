import Big from 'big.js';
import type { FakeBookLevel } from '../../book/fake-book-types.js';
import type { FakeSpotLevel, FakeSpotTake } from './fake-spot-liquidity.js';
import { wire8 } from './market-decimal.js';

/**
 * Book arithmetic of the fake's matching engine: wire levels read as decimals, and what is
 * left of them once orders took from them.
 *
 * @internal
 */

/** Wire levels (`[price, qty]` strings) as decimals, best first as given. @internal */
export function decimalLevels(levels: readonly FakeBookLevel[]): FakeSpotLevel[] {
  return levels.map(([price, qty]) => ({ price: new Big(price), qty: new Big(qty) }));
}

/**
 * The new quantity of every level the takes touched, wire form, `'0.00000000'` for a level
 * emptied: a diff-depth change (`spec/spot-streams.md` §4).
 *
 * @param levels - the side's levels before, wire form
 * @param takes - what was taken, level by level
 * @returns the changed levels, in the order of `takes`
 *
 * @internal
 */
export function takenLevels(levels: readonly FakeBookLevel[], takes: readonly FakeSpotTake[]): FakeBookLevel[] {
  const left = new Map<string, Big>();
  for (const take of takes) {
    const key = wire8(take.level);
    const before = left.get(key) ?? quantityAt(levels, key);
    const after = before.minus(take.qty);
    left.set(key, after.gt(0) ? after : new Big(0));
  }
  return [...left].map(([price, qty]) => [price, wire8(qty)] as const);
}

/**
 * A side with changes applied: changed levels get their new quantity, emptied ones go.
 *
 * @param levels - the side, best first, wire form
 * @param changes - from {@link takenLevels}
 * @returns the new side, best first
 *
 * @internal
 */
export function withChanges(levels: readonly FakeBookLevel[], changes: readonly FakeBookLevel[]): FakeBookLevel[] {
  const byPrice = new Map(changes);
  const out: FakeBookLevel[] = [];
  for (const level of levels) {
    const qty = byPrice.get(level[0]);
    if (qty === undefined) out.push(level);
    else if (new Big(qty).gt(0)) out.push([level[0], qty]);
  }
  return out;
}

function quantityAt(levels: readonly FakeBookLevel[], price: string): Big {
  const level = levels.find((candidate) => candidate[0] === price);
  return new Big(level === undefined ? 0 : level[1]);
}
