import type { FakeApiOutcome, FakeEndpoint, FakeSpotMarketView } from '../../../../lib/testing/api/fake-api-types';
import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { FAKE_SPOT_MARKET_ENDPOINTS } from '../../../../lib/testing/api/spot/market-endpoints';

const NOW = 1_760_000_000_000;

// spec/rest.md §7 and spec/spot-ws-api.md §6.1–§6.2
const CATALOGUE: readonly (readonly [string, string])[] = [
  ['ping', '/api/v3/ping'],
  ['time', '/api/v3/time'],
  ['exchangeInfo', '/api/v3/exchangeInfo'],
  ['executionRules', '/api/v3/executionRules'],
  ['depth', '/api/v3/depth'],
  ['ticker.price', '/api/v3/ticker/price'],
  ['ticker.book', '/api/v3/ticker/bookTicker'],
  ['avgPrice', '/api/v3/avgPrice'],
  ['trades.recent', '/api/v3/trades'],
  ['trades.historical', '/api/v3/historicalTrades'],
  ['blockTrades.historical', '/api/v3/historicalBlockTrades'],
  ['trades.aggregate', '/api/v3/aggTrades'],
  ['klines', '/api/v3/klines'],
  ['uiKlines', '/api/v3/uiKlines'],
  ['ticker.24hr', '/api/v3/ticker/24hr'],
  ['ticker.tradingDay', '/api/v3/ticker/tradingDay'],
  ['ticker', '/api/v3/ticker'],
  ['referencePrice', '/api/v3/referencePrice'],
  ['referencePrice.calculation', '/api/v3/referencePrice/calculation'],
];

/** One valid request per method, WS-style (JSON values). */
const SAMPLE_PARAMS: Readonly<Record<string, Record<string, unknown>>> = {
  depth: { symbol: 'BTCUSDT', limit: 5 },
  avgPrice: { symbol: 'BTCUSDT' },
  'trades.recent': { symbol: 'BTCUSDT', limit: 5 },
  'trades.historical': { symbol: 'BTCUSDT', limit: 5 },
  'blockTrades.historical': { symbol: 'BTCUSDT', fromId: 1, limit: 5 },
  'trades.aggregate': { symbol: 'BTCUSDT', limit: 5 },
  klines: { symbol: 'BTCUSDT', interval: '5m', limit: 5 },
  uiKlines: { symbol: 'BTCUSDT', interval: '5m', limit: 5 },
  'ticker.tradingDay': { symbol: 'BTCUSDT' },
  ticker: { symbols: ['BTCUSDT', 'ETHBTC'] },
  referencePrice: { symbol: 'BTCUSDT' },
  'referencePrice.calculation': { symbol: 'BTCUSDT' },
};

/** The same request in REST form: every value as text, lists as JSON-array text. */
function restForm(params: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : String(v)]));
}

function run(endpoint: FakeEndpoint, market: FakeSpotMarketView, transport: 'ws' | 'rest'): FakeApiOutcome {
  const params = SAMPLE_PARAMS[endpoint.method] ?? {};
  return endpoint.handle(
    { params: transport === 'ws' ? params : restForm(params), transport, apiKey: undefined, serverTime: NOW },
    { market, account: undefined },
  );
}

describe('FAKE_SPOT_MARKET_ENDPOINTS', () => {
  it('default: serves every general and market-data method, GET and NONE, once each', () => {
    expect(FAKE_SPOT_MARKET_ENDPOINTS.map((e) => [e.method, e.rest?.[1]])).toEqual(CATALOGUE);
    for (const endpoint of FAKE_SPOT_MARKET_ENDPOINTS) {
      expect(endpoint.rest?.[0]).toBe('GET');
      expect(endpoint.security).toBe('NONE');
      expect(endpoint.countsOrders).toBeUndefined();
    }
  });

  it('behavior: every method answers the same result to its WS and REST forms', () => {
    const market = new FakeSpotMarket();
    for (const endpoint of FAKE_SPOT_MARKET_ENDPOINTS) {
      const ws = run(endpoint, market, 'ws');
      expect('result' in ws).toBe(true);
      expect(run(endpoint, market, 'rest')).toEqual(ws);
    }
  });

  it('behavior: every answer is plain JSON, the same for the same seed and different for another', () => {
    const answers = (seed: number): string => {
      const market = new FakeSpotMarket({ seed });
      return JSON.stringify(FAKE_SPOT_MARKET_ENDPOINTS.map((e) => run(e, market, 'ws')));
    };
    const first = answers(5);
    expect(JSON.parse(first)).toEqual(FAKE_SPOT_MARKET_ENDPOINTS.map((e) => run(e, new FakeSpotMarket({ seed: 5 }), 'ws')));
    expect(answers(5)).toBe(first);
    expect(answers(6)).not.toBe(first);
  });

  it('behavior: every weight is a positive integer, also for malformed params', () => {
    for (const endpoint of FAKE_SPOT_MARKET_ENDPOINTS) {
      for (const params of [SAMPLE_PARAMS[endpoint.method] ?? {}, { symbols: 'not json', limit: 'x', symbol: 7 }]) {
        const weight = endpoint.weight(params);
        expect(Number.isInteger(weight) && weight > 0).toBe(true);
      }
    }
  });

  it('error: a market that is not a FakeSpotMarket is a wiring error', () => {
    const view: FakeSpotMarketView = {
      hasSymbol: () => true,
      assetsOf: () => undefined,
      lastPrice: () => '1.00000000',
      liquidity: () => {
        throw new Error('not used');
      },
    };
    const ping = FAKE_SPOT_MARKET_ENDPOINTS[0];
    expect(ping).toBeDefined();
    if (ping !== undefined) expect(() => run(ping, view, 'ws')).toThrow(TypeError);
  });
});
