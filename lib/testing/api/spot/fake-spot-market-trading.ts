import Big from 'big.js';
import { MAX_BOOK_LEVELS } from './fake-spot-market-book.js';
import type { FakeSpotTrade, FakeSpotTradeLog } from './fake-spot-market-history.js';
import { servedBook } from './fake-spot-market-served-book.js';
import type { FakeSpotSymbolState } from './fake-spot-market-state.js';
import { takenLevels, withChanges } from './fake-spot-market-take.js';
import type { FakeSpotTradeSpec } from './fake-spot-market-types.js';
import type { FakeSpotTake } from './fake-spot-liquidity.js';
import type { FakeOrderSide } from './fake-spot-order.js';

/**
 * What trading does to a symbol of `FakeSpotMarket`: takes leave its book, trades join its
 * history, and the last trade's price becomes its last price.
 *
 * @internal
 */

/**
 * Takes what an order traded out of a symbol's book: a live book gets the changed levels
 * written (and publishes them); otherwise the served book, less the takes, becomes the symbol's
 * set book under a new update id, until the next `setLastPrice` or `setBook`.
 *
 * @param state - the symbol's state; changed in place
 * @param seed - the market's seed (a generated book is built from it)
 * @param orderSide - the side of the order that traded with the book (a BUY takes from the asks)
 * @param takes - level by level, best first
 *
 * @internal
 */
export function takeFromBook(state: FakeSpotSymbolState, seed: number, orderSide: FakeOrderSide, takes: readonly FakeSpotTake[]): void {
  const side = orderSide === 'BUY' ? 'asks' : 'bids';
  if (state.live !== undefined) {
    // takes walk the side from its best level, so that many levels hold every price taken
    const levels = state.live.current(takes.length)[side];
    state.live.write({ [side]: takenLevels(levels, takes) });
  } else {
    const book = servedBook(state, seed, MAX_BOOK_LEVELS);
    const changes = takenLevels(book[side], takes);
    state.lastUpdateId += 1;
    state.explicitBook = { ...book, lastUpdateId: state.lastUpdateId, [side]: withChanges(book[side], changes) };
    state.traded = true;
  }
}

/**
 * Records the trades of takes in a symbol's history; the last one's price becomes the last price.
 *
 * @remarks An aggregate trade is one taker order's trades at one price: a taking order's first
 * take starts one; against a resting order every level was another taker.
 *
 * @param state - the symbol's state; its last price changes
 * @param log - the symbol's trade log
 * @param orderSide - the side of the order that traded with the book
 * @param takes - level by level, best first
 * @param time - the trades' time
 * @param resting - whether that order was resting (the maker; the book's side was the taker)
 * @returns the recorded trades, oldest first
 *
 * @internal
 */
export function recordTakes(
  state: FakeSpotSymbolState,
  log: FakeSpotTradeLog,
  orderSide: FakeOrderSide,
  takes: readonly FakeSpotTake[],
  time: number,
  resting: boolean,
): FakeSpotTrade[] {
  const isBuyerMaker = resting ? orderSide === 'BUY' : orderSide === 'SELL';
  const trades = takes.map((take, i) => log.append({ price: take.price, qty: take.qty, time, isBuyerMaker, newAggregate: resting || i === 0 }));
  const last = trades[trades.length - 1];
  if (last !== undefined) state.lastPrice = last.price;
  return trades;
}

/**
 * Records a trade a test adds: it joins the symbol's history and its price becomes the last
 * price, under a new book update id.
 *
 * @param state - the symbol's state; changed in place
 * @param log - the symbol's trade log
 * @param spec - price, quantity, time and side; the decimals already checked as positive
 * @returns the recorded trade, with its id
 *
 * @internal
 */
export function recordTrade(state: FakeSpotSymbolState, log: FakeSpotTradeLog, spec: FakeSpotTradeSpec): FakeSpotTrade {
  const trade = log.append({
    price: new Big(spec.price),
    qty: new Big(spec.qty),
    time: spec.time,
    isBuyerMaker: spec.isBuyerMaker ?? false,
  });
  state.lastPrice = trade.price;
  state.lastUpdateId += 1;
  return trade;
}
