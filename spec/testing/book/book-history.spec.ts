import { ZERO_8 } from '../../../lib/testing/api/spot/market-decimal.js';
import { BookHistory } from '../../../lib/testing/book/book-history.js';
import { LiveBookSides } from '../../../lib/testing/book/live-book-sides.js';

const qty = (n: number): string => `${n}.00000000`;

/** A one-level book whose bid quantity is the event count, with a history of `limit`. */
function run(limit: number, events: number) {
  const sides = LiveBookSides.of({ bids: [['1.00000000', qty(0)]], asks: [] });
  const history = new BookHistory(100, limit);
  let id = 100;
  for (let n = 1; n <= events; n++) {
    const asks = n % 2 === 0 ? ['2.00000000', ZERO_8] : ['2.00000000', qty(n)];
    history.apply(sides, id + 1, id + 2, ['1.00000000', qty(n)], 0, 2, asks, 0, 2);
    id += 2;
  }
  const at = (stateId: number) => history.stateAt(stateId, sides, id)?.top(Infinity);
  return { history, id, at };
}

describe('BookHistory', () => {
  it('behavior: rebuilds each kept state by undoing newer events; forgets past the limit, also across compactions', () => {
    const { history, id, at } = run(3, 25);
    expect(history.oldestId).toBe(id - 6);
    expect(at(id - 6)).toEqual({ bids: [['1.00000000', qty(22)]], asks: [] });
    expect(at(id - 4)).toEqual({ bids: [['1.00000000', qty(23)]], asks: [['2.00000000', qty(23)]] });
    expect(at(id)).toEqual({ bids: [['1.00000000', qty(25)]], asks: [['2.00000000', qty(25)]] });
    expect(at(id - 8)).toBeUndefined();
    expect(at(id - 5)).toBeUndefined();
  });

  it('behavior: idAgo counts events back and stops at the oldest known state', () => {
    const { history, id } = run(4, 10);
    expect(history.idAgo(1)).toBe(id - 2);
    expect(history.idAgo(4)).toBe(id - 8);
    expect(history.idAgo(5)).toBe(id - 8);
    expect(new BookHistory(7, 10).idAgo(1)).toBe(7);
  });

  it('behavior: applies a range of the given levels; undoing restores a level set twice in one event', () => {
    const sides = LiveBookSides.of({ bids: [], asks: [['5.00000000', qty(1)]] });
    const history = new BookHistory(1, 10);
    const asks = ['x', 'y', '5.00000000', qty(2), '5.00000000', ZERO_8, '6.00000000', qty(3)];
    history.apply(sides, 2, 2, [], 0, 0, asks, 2, 8);
    expect(sides.top(5)).toEqual({ bids: [], asks: [['6.00000000', qty(3)]] });
    expect(history.stateAt(1, sides, 2)?.top(5)).toEqual({ bids: [], asks: [['5.00000000', qty(1)]] });
  });
});
