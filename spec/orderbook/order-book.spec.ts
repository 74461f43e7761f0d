import { LocalOrderBook } from '../../lib/orderbook/order-book.js';
import { snapshotBook } from '../support/depth-wire.js';

const book = new LocalOrderBook(
  'BTCUSDT',
  snapshotBook(
    7,
    [
      ['0.10000000', '1.5'],
      ['0.3', '2'],
      ['0.2', '0.00000000'],
    ],
    [
      ['0.7', '1'],
      ['0.40', '3'],
    ],
  ),
);

describe('LocalOrderBook', () => {
  it('default: sides best first, zero levels of the snapshot left out, exact spread', () => {
    expect(book.bids.map((l) => l.price.toFixed())).toEqual(['0.3', '0.1']);
    expect(book.asks.map((l) => l.price.toFixed())).toEqual(['0.4', '0.7']);
    expect(book.bestBid?.quantity.toFixed()).toBe('2');
    expect(book.bestAsk?.quantity.toFixed()).toBe('3');
    // 0.4 - 0.3 in floats is 0.10000000000000003
    expect(book.spread?.toFixed()).toBe('0.1');
    expect(book.lastUpdateId).toBe(7);
    expect(book.eventTime).toBeUndefined();
  });

  it('default: toJSON gives the canonical prices and the quantities as sent', () => {
    expect(JSON.parse(JSON.stringify(book))).toEqual({
      symbol: 'BTCUSDT',
      lastUpdateId: 7,
      bids: [
        { price: '0.3', quantity: '2' },
        { price: '0.1', quantity: '1.5' },
      ],
      asks: [
        { price: '0.4', quantity: '3' },
        { price: '0.7', quantity: '1' },
      ],
    });
  });

  it('args: top(n) floors n, treats a negative n as 0 and Infinity as everything', () => {
    const prices = (n: number): string[][] => {
      const top = book.top(n);
      return [top.bids.map((l) => l.price.toFixed()), top.asks.map((l) => l.price.toFixed())];
    };
    expect(prices(1)).toEqual([['0.3'], ['0.4']]);
    expect(prices(1.9)).toEqual([['0.3'], ['0.4']]);
    expect(prices(-2)).toEqual([[], []]);
    expect(prices(Infinity)).toEqual([
      ['0.3', '0.1'],
      ['0.4', '0.7'],
    ]);
    expect(prices(10)).toEqual(prices(Infinity));
  });

  it('behavior: a book with an empty side has no spread', () => {
    const oneSided = new LocalOrderBook('X', snapshotBook(1, [['1', '1']], []));
    expect(oneSided.spread).toBeUndefined();
    expect(oneSided.bestAsk).toBeUndefined();
    expect(oneSided.asks).toEqual([]);
  });

  it('behavior: the book and what it hands out are read-only', () => {
    expect(Object.isFrozen(book)).toBe(true);
    expect(Object.isFrozen(book.bids)).toBe(true);
    expect(Object.isFrozen(book.top(1).bids)).toBe(true);
    expect(book.bids).toBe(book.bids);
  });
});
