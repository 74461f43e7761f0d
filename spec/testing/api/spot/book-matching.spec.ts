import Big from 'big.js';
import type { FakeApiOutcome } from '../../../../lib/testing/api/fake-api-types';
import { FakeSpotAccount } from '../../../../lib/testing/api/spot/fake-spot-account';
import { RestingOrderCrossing } from '../../../../lib/testing/api/spot/fake-spot-crossing';
import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { endpoint } from './trading-test-kit';

const TIME = 1_700_000_000_000;

/** A real market with a set BTCUSDT book, one account wired as FakeBinance wires it. */
function exchange(): { market: FakeSpotMarket; account: FakeSpotAccount; place: (params: Record<string, unknown>) => any; fail: (params: Record<string, unknown>) => FakeApiOutcome } {
  const market = new FakeSpotMarket({ historyEndTime: TIME - 1 });
  market.setBook('BTCUSDT', {
    lastUpdateId: 10,
    bids: [
      ['64999', '0.5'],
      ['64998', '1'],
    ],
    asks: [
      ['65001', '0.2'],
      ['65002', '0.3'],
      ['65005', '1'],
    ],
  });
  const account = new FakeSpotAccount({ balances: { BTC: '5', USDT: '100000' } });
  account.liquidityOf = (symbol) => market.liquidity(symbol);
  const crossing = new RestingOrderCrossing((symbol) => market.liquidity(symbol), () => TIME + 5);
  crossing.add(account);
  market.onChange(({ symbol }) => crossing.cross(symbol));
  const call = (params: Record<string, unknown>): FakeApiOutcome =>
    endpoint('order.place').handle({ params: { symbol: 'BTCUSDT', ...params }, transport: 'ws', apiKey: 'key', serverTime: TIME }, { market, account });
  return {
    market,
    account,
    place: (params) => {
      const outcome = call(params);
      if (!('result' in outcome)) throw new Error(JSON.stringify(outcome));
      return outcome.result;
    },
    fail: call,
  };
}

const fills = (result: { fills: { price: string; qty: string }[] }): string[][] => result.fills.map((f) => [f.price, f.qty]);

describe('order.place against the fake market book', () => {
  it('behavior: a MARKET BUY takes the asks level by level; what it took leaves the book and enters the trade history', () => {
    const { market, account, place } = exchange();
    const result = place({ side: 'BUY', type: 'MARKET', quantity: '0.6' });
    expect(result.status).toBe('FILLED');
    expect(fills(result)).toEqual([
      ['65001.00000000', '0.20000000'],
      ['65002.00000000', '0.30000000'],
      ['65005.00000000', '0.10000000'],
    ]);
    // 13000.2 + 19500.6 + 6500.5
    expect(result.cummulativeQuoteQty).toBe('39001.30000000');
    expect(account.balance('USDT').free.eq(new Big(100000).minus('39001.3'))).toBe(true);
    expect(account.balance('USDT').locked.eq(0)).toBe(true);
    const book = market.book('BTCUSDT', 5);
    expect(book.asks).toEqual([['65005.00000000', '0.90000000']]);
    expect(book.lastUpdateId).toBe(11);
    expect(market.lastPrice('BTCUSDT')).toBe('65005.00000000');
    const trades = market.tradeLog('BTCUSDT', TIME).trades.slice(-3);
    expect(trades.map((t) => [t.price.toString(), t.qty.toString(), t.isBuyerMaker])).toEqual([
      ['65001', '0.2', false],
      ['65002', '0.3', false],
      ['65005', '0.1', false],
    ]);
  });

  it('behavior: each taking order starts its own aggregate trade, even at the price and millisecond of the one before', () => {
    const { market, place } = exchange();
    place({ side: 'BUY', type: 'MARKET', quantity: '0.1' });
    place({ side: 'BUY', type: 'MARKET', quantity: '0.1' });
    const aggs = market.tradeLog('BTCUSDT', TIME).aggTrades.slice(-2);
    expect(aggs.map((a) => [a.price.toString(), a.qty.toString(), a.lastTradeId - a.firstTradeId])).toEqual([
      ['65001', '0.1', 0],
      ['65001', '0.1', 0],
    ]);
  });

  it('behavior: a MARKET SELL bigger than the bids fills what there is and expires', () => {
    const { market, account, place } = exchange();
    const result = place({ side: 'SELL', type: 'MARKET', quantity: '2' });
    expect(result).toMatchObject({ status: 'EXPIRED', executedQty: '1.50000000', origQty: '2.00000000' });
    expect(fills(result)).toEqual([
      ['64999.00000000', '0.50000000'],
      ['64998.00000000', '1.00000000'],
    ]);
    expect(market.book('BTCUSDT').bids).toEqual([]);
    // the expired rest is unlocked: only what traded left the account
    expect(account.balance('BTC').free.toString()).toBe('3.5');
    expect(account.balance('BTC').locked.eq(0)).toBe(true);
  });

  it('behavior: a MARKET BUY by quoteOrderQty spends at most the amount, level by level, in whole lot steps', () => {
    const { place } = exchange();
    const result = place({ side: 'BUY', type: 'MARKET', quoteOrderQty: '20000' });
    // 0.2 at 65001 = 13000.2, then 6999.8 / 65002 = 0.10768… → 0.10768 (step 0.00001)
    expect(fills(result)).toEqual([
      ['65001.00000000', '0.20000000'],
      ['65002.00000000', '0.10768000'],
    ]);
    expect(result).toMatchObject({ status: 'FILLED', origQty: '0.30768000', executedQty: '0.30768000', origQuoteOrderQty: '20000.00000000' });
    expect(new Big(result.cummulativeQuoteQty).lte(20000)).toBe(true);
  });

  it('behavior: a crossing GTC LIMIT BUY takes up to its price and rests with the rest, locking limit × rest', () => {
    const { market, account, place } = exchange();
    const result = place({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '65002', quantity: '1' });
    expect(result).toMatchObject({ status: 'PARTIALLY_FILLED', executedQty: '0.50000000' });
    expect(fills(result)).toEqual([
      ['65001.00000000', '0.20000000'],
      ['65002.00000000', '0.30000000'],
    ]);
    expect(account.balance('USDT').locked.eq(new Big('65002').times('0.5'))).toBe(true);
    expect(market.book('BTCUSDT').asks).toEqual([['65005.00000000', '1.00000000']]);
  });

  it('behavior: IOC keeps what the book fills at once and expires the rest; FOK that cannot fill in full expires untouched', () => {
    const ioc = exchange();
    expect(ioc.place({ side: 'BUY', type: 'LIMIT', timeInForce: 'IOC', price: '65001', quantity: '1' })).toMatchObject({ status: 'EXPIRED', executedQty: '0.20000000' });
    expect(ioc.account.balance('USDT').locked.eq(0)).toBe(true);
    const fok = exchange();
    const before = fok.market.book('BTCUSDT');
    expect(fok.place({ side: 'BUY', type: 'LIMIT', timeInForce: 'FOK', price: '65002', quantity: '1' })).toMatchObject({ status: 'EXPIRED', executedQty: '0.00000000', fills: [] });
    expect(fok.market.book('BTCUSDT')).toEqual(before);
    expect(fok.place({ side: 'BUY', type: 'LIMIT', timeInForce: 'FOK', price: '65002', quantity: '0.5' })).toMatchObject({ status: 'FILLED' });
  });

  it('error: a LIMIT_MAKER that would take is rejected with -2010, and the book is untouched', () => {
    const { market, fail } = exchange();
    const outcome = fail({ side: 'SELL', type: 'LIMIT_MAKER', price: '64999', quantity: '0.1' });
    expect(outcome).toMatchObject({ status: 400, error: { code: -2010, msg: 'Order would immediately match and take.' } });
    expect(market.book('BTCUSDT').bids[0]).toEqual(['64999.00000000', '0.50000000']);
  });

  it('behavior: a resting BUY fills as maker at its own price when the asks come down through it, and takes that from the book', () => {
    const { market, account, place } = exchange();
    const resting = place({ side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '65000', quantity: '0.4' });
    expect(resting.status).toBe('NEW');
    market.setBook('BTCUSDT', {
      lastUpdateId: 20,
      bids: [['64999', '0.5']],
      asks: [
        ['64990', '0.1'],
        ['64995', '0.1'],
        ['65000', '1'],
      ],
    });
    const order = account.orders.find((o) => o['orderId'] === resting.orderId);
    expect(order).toMatchObject({ status: 'FILLED', executedQty: '0.40000000', cummulativeQuoteQty: '26000.00000000' });
    const trades = account.trades.filter((t) => t['orderId'] === resting.orderId);
    expect(trades.map((t) => [t['price'], t['qty'], t['isMaker']])).toEqual([
      ['65000.00000000', '0.10000000', true],
      ['65000.00000000', '0.10000000', true],
      ['65000.00000000', '0.20000000', true],
    ]);
    expect(market.book('BTCUSDT').asks).toEqual([['65000.00000000', '0.80000000']]);
    const last = market.tradeLog('BTCUSDT', TIME).trades.at(-1);
    expect(last?.isBuyerMaker).toBe(true);
  });

  it('behavior: a resting SELL below which the bids rise fills; orders out of reach stay', () => {
    const { market, account, place } = exchange();
    const near = place({ side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', price: '65000.5', quantity: '0.3' });
    const far = place({ side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', price: '66000', quantity: '0.3' });
    market.setBook('BTCUSDT', { lastUpdateId: 30, bids: [['65001', '1']], asks: [['65010', '1']] });
    const status = (id: number): unknown => account.orders.find((o) => o['orderId'] === id)?.['status'];
    expect(status(near.orderId)).toBe('FILLED');
    expect(status(far.orderId)).toBe('NEW');
    expect(market.book('BTCUSDT').bids).toEqual([['65001.00000000', '0.70000000']]);
  });

  it('behavior: a generated book is taken from, and setLastPrice re-centres it (crossing resting orders on the way)', () => {
    const market = new FakeSpotMarket({ historyEndTime: TIME - 1 });
    const account = new FakeSpotAccount();
    const crossing = new RestingOrderCrossing((symbol) => market.liquidity(symbol), () => TIME);
    crossing.add(account);
    market.onChange(({ symbol }) => crossing.cross(symbol));
    const best = market.book('BTCUSDT', 1).asks[0] as readonly [string, string];
    const outcome = endpoint('order.place').handle(
      { params: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: best[1] }, transport: 'ws', apiKey: 'key', serverTime: TIME },
      { market, account },
    );
    expect(outcome).toMatchObject({ result: { status: 'FILLED', fills: [{ price: best[0], qty: best[1] }] } });
    expect(market.book('BTCUSDT', 1).asks[0]?.[0]).not.toBe(best[0]);
    const rest = endpoint('order.place').handle(
      { params: { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '60000', quantity: '0.01' }, transport: 'ws', apiKey: 'key', serverTime: TIME },
      { market, account },
    ) as { result: { orderId: number; status: string } };
    expect(rest.result.status).toBe('NEW');
    market.setLastPrice('BTCUSDT', '59000');
    expect(account.orders.find((o) => o['orderId'] === rest.result.orderId)).toMatchObject({ status: 'FILLED', price: '60000.00000000' });
  });
});
