import { FakeSpotMarket } from '../../../lib/testing/api/spot/fake-spot-market.js';
import { FakeOrderBook } from '../../../lib/testing/book/fake-order-book.js';

const definition = { symbol: 'TINYUSDT', baseAsset: 'TINY', quoteAsset: 'USDT', price: '100.00', tickSize: '0.01', stepSize: '0.001', typicalQty: '2', minNotional: '5' };

describe('FakeOrderBook levels', () => {
  it('default: a true book holds 5000 levels per side unless its symbol says bookLevels', () => {
    const market = new FakeSpotMarket({ seed: 3, symbols: [definition, { ...definition, symbol: 'SMALLUSDT', baseAsset: 'SMALL', bookLevels: 3 }] });
    const deep = new FakeOrderBook(market, 'TINYUSDT', () => 0);
    const small = new FakeOrderBook(market, 'SMALLUSDT', () => 0);
    expect(deep.snapshot(5000).bids).toHaveLength(5000);
    expect(small.snapshot(5000).bids).toHaveLength(3);
    expect(small.snapshot(5000).asks).toHaveLength(3);
  });
});
