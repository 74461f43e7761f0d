import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { HISTORY_TRADES } from '../../../../lib/testing/api/spot/fake-spot-market-seeding';

const NOW = 1_760_000_000_000;
const DEC8 = /^\d+\.\d{8}$/;

describe('FakeSpotMarket', () => {
  it('default: lists the six documented pairs with their assets', () => {
    const market = new FakeSpotMarket();
    expect(market.symbols()).toEqual(['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'BNBBTC', 'LTCBTC', 'ETHBTC']);
    expect(market.assetsOf('BTCUSDT')).toEqual({ baseAsset: 'BTC', quoteAsset: 'USDT' });
    expect(market.assetsOf('BNBBTC')).toEqual({ baseAsset: 'BNB', quoteAsset: 'BTC' });
    expect(market.hasSymbol('LTCBTC')).toBe(true);
  });

  it('default: last prices are exact 8-decimal strings', () => {
    const market = new FakeSpotMarket();
    expect(market.lastPrice('BTCUSDT')).toBe('65000.00000000');
    expect(market.lastPrice('BNBBTC')).toBe('0.00923000');
    for (const symbol of market.symbols()) expect(market.lastPrice(symbol)).toMatch(DEC8);
  });

  it('args: an unknown or lowercase symbol is not listed', () => {
    const market = new FakeSpotMarket();
    expect(market.hasSymbol('btcusdt')).toBe(false);
    expect(market.assetsOf('DOGEUSDT')).toBeUndefined();
    expect(market.definitionOf('DOGEUSDT')).toBeUndefined();
  });

  it('behavior: the same seed generates the same book and history, another seed does not', () => {
    const a = new FakeSpotMarket({ seed: 42 });
    const b = new FakeSpotMarket({ seed: 42 });
    const c = new FakeSpotMarket({ seed: 43 });
    const tape = (m: FakeSpotMarket): string =>
      m.tradeLog('ETHUSDT', NOW).trades.map((t) => `${t.id} ${t.price.toFixed()} ${t.qty.toFixed()} ${t.time} ${t.isBuyerMaker}`).join(';');
    expect(a.book('ETHUSDT', 50)).toEqual(b.book('ETHUSDT', 50));
    expect(tape(a)).toBe(tape(b));
    expect(a.book('ETHUSDT', 50).bids).not.toEqual(c.book('ETHUSDT', 50).bids);
    expect(tape(a)).not.toBe(tape(c));
  });

  it('behavior: the generated book straddles the last price one tick apart, best levels first', () => {
    const book = new FakeSpotMarket().book('BTCUSDT', 3);
    expect(book.bids.map(([p]) => p)).toEqual(['65000.00000000', '64999.99000000', '64999.98000000']);
    expect(book.asks.map(([p]) => p)).toEqual(['65000.01000000', '65000.02000000', '65000.03000000']);
    for (const [, qty] of [...book.bids, ...book.asks]) expect(qty).toMatch(DEC8);
  });

  it('behavior: a deeper generated book extends a shallower one', () => {
    const market = new FakeSpotMarket();
    const deep = market.book('BNBUSDT', 500);
    expect(deep.bids.slice(0, 10)).toEqual(market.book('BNBUSDT', 10).bids);
    expect(deep.asks).toHaveLength(500);
  });

  it('behavior: bids stop before the price reaches zero', () => {
    // LTCBTC is 1250 ticks above zero
    const book = new FakeSpotMarket().book('LTCBTC', 5000);
    expect(book.bids).toHaveLength(1250);
    expect(book.bids.at(-1)?.[0]).toBe('0.00000100');
    expect(book.asks).toHaveLength(5000);
  });

  it('behavior: setLastPrice moves the price and re-centres the generated book', () => {
    const market = new FakeSpotMarket();
    const before = market.book('BTCUSDT', 1).lastUpdateId;
    market.setLastPrice('BTCUSDT', '70123.456');
    expect(market.lastPrice('BTCUSDT')).toBe('70123.45600000');
    const book = market.book('BTCUSDT', 1);
    expect(book.bids[0]?.[0]).toBe('70123.45000000');
    expect(book.asks[0]?.[0]).toBe('70123.46000000');
    expect(book.lastUpdateId).toBe(before + 1);
  });

  it('behavior: setBook replaces the book, sorted best first, until it is cleared', () => {
    const market = new FakeSpotMarket();
    market.setBook('ETHBTC', { lastUpdateId: 7, bids: [['0.05', '1'], ['0.051', '2']], asks: [['0.06', '3'], ['0.055', '4']] });
    expect(market.book('ETHBTC')).toEqual({
      lastUpdateId: 7,
      bids: [['0.05100000', '2.00000000'], ['0.05000000', '1.00000000']],
      asks: [['0.05500000', '4.00000000'], ['0.06000000', '3.00000000']],
    });
    expect(market.book('ETHBTC', 1).bids).toHaveLength(1);
    market.setBook('ETHBTC', undefined);
    expect(market.book('ETHBTC', 1).bids[0]?.[0]).toBe('0.05385000');
  });

  it('behavior: the history is generated at the first use, ending at the last price', () => {
    const market = new FakeSpotMarket();
    const trades = market.tradeLog('BNBUSDT', NOW).trades;
    expect(trades).toHaveLength(HISTORY_TRADES);
    expect(trades.at(-1)?.price.toFixed(2)).toBe('600.00');
    expect(trades.at(-1)?.time).toBeLessThanOrEqual(NOW);
    expect(trades.at(-1)?.time).toBeGreaterThan(NOW - 10_000);
    // later uses keep the anchor of the first one
    expect(market.tradeLog('BTCUSDT', NOW + 3_600_000).trades.at(-1)?.time).toBeLessThanOrEqual(NOW);
  });

  it('args: historyEndTime anchors the histories up front', () => {
    const market = new FakeSpotMarket({ historyEndTime: 1_000_000_000_000 });
    expect(market.tradeLog('BTCUSDT', NOW).trades.at(-1)?.time).toBeLessThanOrEqual(1_000_000_000_000);
  });

  it('behavior: ids and times only grow, and a fifth of the trades share an aggregate', () => {
    const log = new FakeSpotMarket().tradeLog('ETHUSDT', NOW);
    const trades = log.trades;
    const inStep = trades.slice(1).every((trade, i) => trade.id === (trades[i]?.id ?? 0) + 1 && trade.time >= (trades[i]?.time ?? Infinity));
    expect(inStep).toBe(true);
    expect(log.aggTrades.length).toBeLessThan(trades.length * 0.9);
    expect(log.aggTrades.length).toBeGreaterThan(trades.length * 0.7);
  });

  it('behavior: addTrade appends the next trade and makes it the last price', () => {
    const market = new FakeSpotMarket();
    const last = market.tradeLog('BTCUSDT', NOW).trades.at(-1);
    const trade = market.addTrade('BTCUSDT', { price: '65100.5', qty: '0.1', time: NOW + 1000 });
    expect(trade.id).toBe((last?.id ?? 0) + 1);
    expect(trade.isBuyerMaker).toBe(false);
    expect(market.lastPrice('BTCUSDT')).toBe('65100.50000000');
  });

  it('behavior: a trade at the same time, price and side joins the previous aggregate', () => {
    const market = new FakeSpotMarket();
    const log = market.tradeLog('BTCUSDT', NOW);
    const aggs = log.aggTrades.length;
    market.addTrade('BTCUSDT', { price: '65100', qty: '0.1', time: NOW + 1000, isBuyerMaker: true });
    market.addTrade('BTCUSDT', { price: '65100', qty: '0.2', time: NOW + 1000, isBuyerMaker: true });
    expect(log.aggTrades).toHaveLength(aggs + 1);
    expect(log.aggTrades.at(-1)?.qty.toFixed()).toBe('0.3');
  });

  it('behavior: a trade earlier than the last one is moved to its time', () => {
    const market = new FakeSpotMarket();
    const lastTime = market.tradeLog('BTCUSDT', NOW).trades.at(-1)?.time ?? 0;
    expect(market.addTrade('BTCUSDT', { price: '1', qty: '1', time: 5 }).time).toBe(lastTime);
  });

  it('behavior: status, reference price and filters can be read and changed', () => {
    const market = new FakeSpotMarket();
    market.setSymbolStatus('BNBBTC', 'HALT');
    expect(market.statusOf('BNBBTC')).toBe('HALT');
    expect(market.referencePriceOf('BTCUSDT')).toBe('65000.00000000');
    market.setReferencePrice('BTCUSDT', '64000');
    expect(market.referencePriceOf('BTCUSDT')).toBe('64000.00000000');
    market.setReferencePrice('BTCUSDT', null);
    expect(market.referencePriceOf('BTCUSDT')).toBeNull();
    expect(market.referenceCalculationOf('ETHBTC')).toBeNull();
    expect(market.filtersOf('BTCUSDT').find((f) => f.filterType === 'PRICE_FILTER')).toMatchObject({ tickSize: '0.01000000' });
  });

  it('error: setters and readers reject an unlisted symbol or a malformed decimal', () => {
    const market = new FakeSpotMarket();
    expect(() => market.lastPrice('DOGEUSDT')).toThrow(RangeError);
    expect(() => market.setLastPrice('BTCUSDT', '-1')).toThrow(RangeError);
    expect(() => market.setLastPrice('BTCUSDT', '1e5')).toThrow(RangeError);
    expect(() => market.addTrade('BTCUSDT', { price: 'x', qty: '1', time: NOW })).toThrow(RangeError);
    expect(() => market.setBook('BTCUSDT', { lastUpdateId: 1, bids: [['0', '1']], asks: [] })).toThrow(RangeError);
    expect(() => market.setBook('BTCUSDT', { lastUpdateId: -1, bids: [], asks: [] })).toThrow(RangeError);
    expect(() => market.setReferencePrice('BTCUSDT', 'abc')).toThrow(RangeError);
  });

  it('error: a listing with a duplicate or malformed symbol is rejected', () => {
    const btc = { symbol: 'X', baseAsset: 'A', quoteAsset: 'B', price: '1', tickSize: '0.1', stepSize: '1', typicalQty: '1', minNotional: '1' };
    expect(() => new FakeSpotMarket({ symbols: [btc, btc] })).toThrow(RangeError);
    expect(() => new FakeSpotMarket({ symbols: [{ ...btc, tickSize: '0' }] })).toThrow(RangeError);
    expect(new FakeSpotMarket({ symbols: [btc] }).symbols()).toEqual(['X']);
  });
});
