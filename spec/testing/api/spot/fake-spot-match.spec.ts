import Big from 'big.js';
import type { FakeSpotLevel, FakeSpotLiquidity } from '../../../../lib/testing/api/spot/fake-spot-liquidity';
import { onePriceLiquidity } from '../../../../lib/testing/api/spot/fake-spot-liquidity';
import { crossesBook, planTaker } from '../../../../lib/testing/api/spot/fake-spot-match';
import { seededRandom } from '../../../../lib/testing/seeded-random';

/** A book of fixed levels; records the depths it was read at. */
function bookOf(asks: [string, string][], bids: [string, string][] = [], step = '0.001'): FakeSpotLiquidity & { reads: number[] } {
  const toLevels = (levels: [string, string][]): FakeSpotLevel[] => levels.map(([p, q]) => ({ price: new Big(p), qty: new Big(q) }));
  const reads: number[] = [];
  return {
    reads,
    symbol: 'BTCUSDT',
    last: new Big(100),
    stepSize: new Big(step),
    against: (side, depth) => {
      reads.push(depth);
      return toLevels(side === 'BUY' ? asks : bids).slice(0, depth);
    },
    bestOwn: () => undefined,
    take: () => undefined,
  };
}

const text = (takes: readonly { level: Big; price: Big; qty: Big }[]): string[][] => takes.map((t) => [t.level.toString(), t.price.toString(), t.qty.toString()]);

describe('planTaker', () => {
  const book = (): ReturnType<typeof bookOf> =>
    bookOf(
      [
        ['100', '1'],
        ['101', '2'],
        ['103', '5'],
      ],
      [
        ['99', '1.5'],
        ['98', '1'],
      ],
    );

  it('behavior: a MARKET BUY walks the asks best first, each level at its own price', () => {
    const plan = planTaker(book(), 'BUY', undefined, { qty: new Big('3.5') });
    expect(text(plan.takes)).toEqual([
      ['100', '100', '1'],
      ['101', '101', '2'],
      ['103', '103', '0.5'],
    ]);
    expect(plan.qty.toString()).toBe('3.5');
    expect(plan.quote.toString()).toBe('353.5');
    expect(plan.complete).toBe(true);
  });

  it('behavior: a limit stops the walk at its price', () => {
    const plan = planTaker(book(), 'BUY', new Big(101), { qty: new Big(5) });
    expect(text(plan.takes)).toEqual([
      ['100', '100', '1'],
      ['101', '101', '2'],
    ]);
    expect(plan.complete).toBe(false);
    const sell = planTaker(book(), 'SELL', new Big('98.5'), { qty: new Big(2) });
    expect(text(sell.takes)).toEqual([['99', '99', '1.5']]);
  });

  it('behavior: a quote amount buys whole lot steps per level until it is spent', () => {
    const plan = planTaker(book(), 'BUY', undefined, { quote: new Big(250) });
    // 1 at 100, then 150 / 101 = 1.485… → 1.485 (step 0.001)
    expect(text(plan.takes)).toEqual([
      ['100', '100', '1'],
      ['101', '101', '1.485'],
    ]);
    expect(plan.quote.toString()).toBe('249.985');
    expect(plan.complete).toBe(true);
  });

  it('behavior: a book that runs out leaves the plan incomplete; an empty side plans nothing', () => {
    const plan = planTaker(book(), 'SELL', undefined, { qty: new Big(10) });
    expect(plan.qty.toString()).toBe('2.5');
    expect(plan.complete).toBe(false);
    const empty = planTaker(bookOf([]), 'BUY', undefined, { qty: new Big(1) });
    expect(empty.takes).toEqual([]);
    expect(empty.complete).toBe(false);
  });

  it('behavior: reads 100 levels, and the deepest book only when an order walks through all of them', () => {
    const levels = Array.from({ length: 150 }, (_, i): [string, string] => [String(100 + i), '1']);
    const shallow = bookOf(levels);
    planTaker(shallow, 'BUY', undefined, { qty: new Big(50) });
    expect(shallow.reads).toEqual([100]);
    const deep = bookOf(levels);
    const plan = planTaker(deep, 'BUY', undefined, { qty: new Big(120) });
    expect(deep.reads).toEqual([100, 5000]);
    expect(plan.qty.toString()).toBe('120');
  });

  it('behavior: a one-price market fills any quantity at its price', () => {
    const plan = planTaker(onePriceLiquidity('BTCUSDT', new Big(30000), new Big('0.00000001')), 'BUY', undefined, { qty: new Big(1000) });
    expect(text(plan.takes)).toEqual([['30000', '30000', '1000']]);
    expect(plan.complete).toBe(true);
  });

  it('behavior: seeded random books and orders — never past the limit, never more than a level or the order holds, prices in order', () => {
    const random = seededRandom(20261121);
    for (let round = 0; round < 300; round++) {
      const asks: [string, string][] = [];
      let price = 100;
      for (let i = 0; i < Math.floor(random() * 12); i++) {
        price += 1 + Math.floor(random() * 3);
        asks.push([String(price), (1 + Math.floor(random() * 5000)) / 1000 + '']);
      }
      const want = new Big(Math.floor(random() * 20000) / 1000 + 0.001);
      const bound = random() < 0.5 ? undefined : new Big(100 + Math.floor(random() * 40));
      const plan = planTaker(bookOf(asks), 'BUY', bound, { qty: want });
      let total = new Big(0);
      plan.takes.forEach((take, i) => {
        const level = asks[i] as [string, string];
        expect(take.level.eq(level[0])).toBe(true);
        expect(take.qty.gt(0) && take.qty.lte(level[1])).toBe(true);
        if (bound !== undefined) expect(take.price.lte(bound)).toBe(true);
        total = total.plus(take.qty);
      });
      expect(total.lte(want)).toBe(true);
      expect(plan.qty.eq(total)).toBe(true);
      expect(plan.complete).toBe(total.eq(want));
      const reachable = asks.filter(([p]) => bound === undefined || bound.gte(p)).reduce((sum, [, q]) => sum.plus(q), new Big(0));
      // it stops short only where the reachable book ends
      expect(total.eq(reachable.lt(want) ? reachable : want)).toBe(true);
    }
  });
});

describe('crossesBook', () => {
  it('behavior: true when the best opposite level reaches the price', () => {
    const book = bookOf([['100', '1']], [['99', '1']]);
    expect(crossesBook(book, 'BUY', new Big(100))).toBe(true);
    expect(crossesBook(book, 'BUY', new Big('99.99'))).toBe(false);
    expect(crossesBook(book, 'SELL', new Big(99))).toBe(true);
    expect(crossesBook(book, 'SELL', new Big('99.01'))).toBe(false);
    expect(crossesBook(bookOf([]), 'BUY', new Big(1e9))).toBe(false);
  });
});
