import type { FakeApiOutcome } from '../../../../lib/testing/api/fake-api-types';
import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { MARKET_GENERAL_ENDPOINTS } from '../../../../lib/testing/api/spot/market-general-endpoints';

const NOW = 1_760_000_000_000;
type Json = Record<string, unknown>;

function call(method: string, params: Json, market = new FakeSpotMarket(), transport: 'ws' | 'rest' = 'ws'): FakeApiOutcome {
  const endpoint = MARKET_GENERAL_ENDPOINTS.find((e) => e.method === method);
  if (endpoint === undefined) throw new Error(`no endpoint ${method}`);
  return endpoint.handle({ params, transport, apiKey: undefined, serverTime: NOW }, { market, account: undefined });
}

function resultOf<T = Json>(outcome: FakeApiOutcome): T {
  if (!('result' in outcome)) throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome.result as T;
}

function weightOf(method: string, params: Json): number {
  return MARKET_GENERAL_ENDPOINTS.find((e) => e.method === method)?.weight(params) ?? NaN;
}

// spec/spot-ws-api.md §6.1, in the order of Binance's documented example
const SYMBOL_KEYS = [
  'symbol', 'status', 'baseAsset', 'baseAssetPrecision', 'quoteAsset', 'quotePrecision', 'quoteAssetPrecision',
  'baseCommissionPrecision', 'quoteCommissionPrecision', 'orderTypes', 'icebergAllowed', 'ocoAllowed', 'otoAllowed',
  'opoAllowed', 'quoteOrderQtyMarketAllowed', 'allowTrailingStop', 'cancelReplaceAllowed', 'amendAllowed',
  'pegInstructionsAllowed', 'isSpotTradingAllowed', 'isMarginTradingAllowed', 'filters', 'permissions',
  'permissionSets', 'defaultSelfTradePreventionMode', 'allowedSelfTradePreventionModes',
];

interface ExchangeInfo {
  timezone: string;
  serverTime: number;
  rateLimits: Json[];
  exchangeFilters: unknown[];
  symbols: Json[];
}

describe('MARKET_GENERAL_ENDPOINTS', () => {
  it('default: ping answers an empty object and time the server time', () => {
    expect(call('ping', {})).toEqual({ result: {} });
    expect(call('time', {})).toEqual({ result: { serverTime: NOW } });
  });

  it('default: exchangeInfo lists every symbol with the documented fields and rate limits', () => {
    const info = resultOf<ExchangeInfo>(call('exchangeInfo', {}));
    expect(Object.keys(info)).toEqual(['timezone', 'serverTime', 'rateLimits', 'exchangeFilters', 'symbols']);
    expect(info.timezone).toBe('UTC');
    expect(info.serverTime).toBe(NOW);
    expect(info.exchangeFilters).toEqual([]);
    expect(info.rateLimits).toEqual([
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 160000 },
      { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000 },
      { rateLimitType: 'CONNECTIONS', interval: 'MINUTE', intervalNum: 5, limit: 300 },
    ]);
    expect(info.symbols.map((s) => s['symbol'])).toEqual(['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'BNBBTC', 'LTCBTC', 'ETHBTC']);
    for (const symbol of info.symbols) expect(Object.keys(symbol)).toEqual(SYMBOL_KEYS);
  });

  it('default: a symbol carries Binance-shaped filters and permission sets', () => {
    const [btc] = resultOf<ExchangeInfo>(call('exchangeInfo', { symbol: 'BTCUSDT' })).symbols;
    expect(btc).toMatchObject({
      status: 'TRADING',
      baseAsset: 'BTC',
      quoteAsset: 'USDT',
      baseAssetPrecision: 8,
      permissions: [],
      permissionSets: [['SPOT', 'MARGIN']],
      defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
    });
    const filters = btc?.['filters'] as Json[];
    expect(filters.map((f) => f['filterType'])).toEqual([
      'PRICE_FILTER', 'LOT_SIZE', 'ICEBERG_PARTS', 'MARKET_LOT_SIZE', 'TRAILING_DELTA', 'PERCENT_PRICE_BY_SIDE',
      'NOTIONAL', 'MAX_NUM_ORDERS', 'MAX_NUM_ORDER_LISTS', 'MAX_NUM_ALGO_ORDERS', 'MAX_NUM_ORDER_AMENDS',
    ]);
    expect(filters[0]).toEqual({ filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '65000000.00000000', tickSize: '0.01000000' });
    expect(filters[1]).toEqual({ filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '5000.00000000', stepSize: '0.00001000' });
    expect(filters[6]).toMatchObject({ filterType: 'NOTIONAL', minNotional: '5.00000000', applyMinToMarket: true, avgPriceMins: 5 });
  });

  it('args: symbols is a JSON array over the WebSocket API and JSON-array text over REST', () => {
    const names = (outcome: FakeApiOutcome): unknown[] => resultOf<ExchangeInfo>(outcome).symbols.map((s) => s['symbol']);
    expect(names(call('exchangeInfo', { symbols: ['ETHBTC', 'BNBBTC'] }))).toEqual(['ETHBTC', 'BNBBTC']);
    expect(names(call('exchangeInfo', { symbols: '["ETHBTC","BNBBTC"]' }, undefined, 'rest'))).toEqual(['ETHBTC', 'BNBBTC']);
  });

  it('args: permissions filter by name or list; showPermissionSets=false empties the sets', () => {
    const count = (params: Json, transport: 'ws' | 'rest' = 'ws'): number =>
      resultOf<ExchangeInfo>(call('exchangeInfo', params, undefined, transport)).symbols.length;
    expect(count({ permissions: 'SPOT' }, 'rest')).toBe(6);
    expect(count({ permissions: '["MARGIN","TRD_GRP_004"]' }, 'rest')).toBe(6);
    expect(count({ permissions: ['TRD_GRP_004'] })).toBe(0);
    const [btc] = resultOf<ExchangeInfo>(call('exchangeInfo', { symbol: 'BTCUSDT', showPermissionSets: 'false' }, undefined, 'rest')).symbols;
    expect(btc?.['permissionSets']).toEqual([]);
  });

  it('behavior: symbolStatus keeps only the symbols in that status', () => {
    const market = new FakeSpotMarket();
    market.setSymbolStatus('LTCBTC', 'HALT');
    const info = resultOf<ExchangeInfo>(call('exchangeInfo', { symbolStatus: 'HALT' }, market));
    expect(info.symbols.map((s) => [s['symbol'], s['status']])).toEqual([['LTCBTC', 'HALT']]);
  });

  it('error: exchangeInfo rejects unknown symbols and exclusive params like Binance', () => {
    expect(call('exchangeInfo', { symbol: 'DOGEUSDT' })).toEqual({ status: 400, error: { code: -1121, msg: 'Invalid symbol.' } });
    expect(call('exchangeInfo', { symbols: ['BTCUSDT', 'NOPE'] })).toEqual({ status: 400, error: { code: -1121, msg: 'Invalid symbol.' } });
    expect(call('exchangeInfo', { symbol: 'BTCUSDT', symbols: ['ETHUSDT'] })).toEqual({
      status: 400,
      error: { code: -1128, msg: "Combination of optional parameters invalid. Recommendation: 'symbol' and 'symbols' cannot both be sent." },
    });
    expect(call('exchangeInfo', { symbols: ['BTCUSDT'], permissions: ['SPOT'] })).toMatchObject({ error: { code: -1128 } });
    expect(call('exchangeInfo', { symbol: 'BTCUSDT', symbolStatus: 'TRADING' })).toMatchObject({ error: { code: -1128 } });
    expect(call('exchangeInfo', { symbolStatus: 'OPEN' })).toEqual({ status: 400, error: { code: -1122, msg: 'Invalid symbolStatus.' } });
    expect(call('exchangeInfo', { symbols: ['BTCUSDT', 'BTCUSDT'] })).toEqual({
      status: 400,
      error: { code: -1151, msg: 'Symbol is present multiple times in the list.' },
    });
    expect(call('exchangeInfo', { symbols: 'BTCUSDT' }, undefined, 'rest')).toMatchObject({ status: 400, error: { code: -1100 } });
  });

  it('default: executionRules gives a price-range rule to symbols with a reference price', () => {
    const rules = resultOf(call('executionRules', { symbols: ['BTCUSDT', 'ETHBTC'] }));
    expect(rules).toEqual({
      symbolRules: [
        {
          symbol: 'BTCUSDT',
          rules: [
            { ruleType: 'PRICE_RANGE', bidLimitMultUp: '1.0500', bidLimitMultDown: '0.9500', askLimitMultUp: '1.0500', askLimitMultDown: '0.9500' },
          ],
        },
        { symbol: 'ETHBTC', rules: [] },
      ],
    });
    expect(resultOf<{ symbolRules: unknown[] }>(call('executionRules', {})).symbolRules).toHaveLength(6);
  });

  it('error: executionRules takes no combination of params', () => {
    expect(call('executionRules', { symbol: 'BTCUSDT', symbolStatus: 'TRADING' })).toMatchObject({ status: 400, error: { code: -1128 } });
    expect(call('executionRules', { symbol: 'XRPBTC' })).toMatchObject({ error: { code: -1121 } });
  });

  it('behavior: weights follow the spec tables', () => {
    expect(weightOf('ping', {})).toBe(1);
    expect(weightOf('time', {})).toBe(1);
    expect(weightOf('exchangeInfo', { symbols: ['BTCUSDT'] })).toBe(20);
    expect(weightOf('executionRules', { symbol: 'BTCUSDT' })).toBe(2);
    expect(weightOf('executionRules', { symbols: '["BTCUSDT","ETHUSDT","BNBUSDT"]' })).toBe(6);
    expect(weightOf('executionRules', { symbols: Array.from({ length: 30 }, (_, i) => `S${i}`) })).toBe(40);
    expect(weightOf('executionRules', { symbolStatus: 'TRADING' })).toBe(40);
    expect(weightOf('executionRules', {})).toBe(40);
  });
});
