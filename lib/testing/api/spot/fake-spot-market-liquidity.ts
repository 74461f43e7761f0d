import Big from 'big.js';
import { servedBook } from './fake-spot-market-served-book.js';
import type { FakeSpotSymbolState } from './fake-spot-market-state.js';
import { decimalLevels } from './fake-spot-market-take.js';
import type { FakeSpotLevel, FakeSpotLiquidity } from './fake-spot-liquidity.js';
import type { FakeOrderSide } from './fake-spot-order.js';

/**
 * What the matching engine trades against for one symbol of `FakeSpotMarket`: its book (live,
 * set or generated), read fresh on every call, and its last price, read live.
 *
 * @param state - the symbol's state
 * @param seed - the market's seed (a generated book is built from it)
 * @param take - what `take` does: the market takes from the book and records the trades
 * @returns the symbol's liquidity
 *
 * @internal
 */
export function symbolLiquidity(state: FakeSpotSymbolState, seed: number, take: FakeSpotLiquidity['take']): FakeSpotLiquidity {
  const side = (taker: FakeOrderSide, depth: number): readonly FakeSpotLevel[] => {
    const book = state.live === undefined ? servedBook(state, seed, depth) : state.live.current(depth);
    return decimalLevels(taker === 'BUY' ? book.asks : book.bids);
  };
  return {
    symbol: state.def.symbol,
    get last() {
      return state.lastPrice;
    },
    stepSize: new Big(state.def.stepSize),
    against: side,
    bestOwn: (taker) => side(taker === 'BUY' ? 'SELL' : 'BUY', 1)[0]?.price,
    take,
  };
}
