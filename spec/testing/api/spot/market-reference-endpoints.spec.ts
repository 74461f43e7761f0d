import type { FakeApiOutcome } from '../../../../lib/testing/api/fake-api-types';
import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { MARKET_REFERENCE_ENDPOINTS } from '../../../../lib/testing/api/spot/market-reference-endpoints';

const NOW = 1_760_000_000_000;

function call(method: string, params: Record<string, unknown>, market = new FakeSpotMarket()): FakeApiOutcome {
  const endpoint = MARKET_REFERENCE_ENDPOINTS.find((e) => e.method === method);
  if (endpoint === undefined) throw new Error(`no endpoint ${method}`);
  return endpoint.handle({ params, transport: 'rest', apiKey: undefined, serverTime: NOW }, { market, account: undefined });
}

const NO_REFERENCE = { status: 400, error: { code: -2043, msg: "This symbol doesn't have a reference price." } };

describe('MARKET_REFERENCE_ENDPOINTS', () => {
  it('default: referencePrice follows the last price, stamped with the request time', () => {
    const market = new FakeSpotMarket();
    expect(call('referencePrice', { symbol: 'BNBUSDT' }, market)).toEqual({
      result: { symbol: 'BNBUSDT', referencePrice: '600.00000000', timestamp: NOW },
    });
    market.setLastPrice('BNBUSDT', '610');
    expect(call('referencePrice', { symbol: 'BNBUSDT' }, market)).toMatchObject({ result: { referencePrice: '610.00000000' } });
  });

  it('behavior: a pinned reference price, or null while there is none', () => {
    const market = new FakeSpotMarket();
    market.setReferencePrice('BTCUSDT', '64000.5');
    expect(call('referencePrice', { symbol: 'BTCUSDT' }, market)).toMatchObject({ result: { referencePrice: '64000.50000000' } });
    market.setReferencePrice('BTCUSDT', null);
    expect(call('referencePrice', { symbol: 'BTCUSDT' }, market)).toEqual({
      result: { symbol: 'BTCUSDT', referencePrice: null, timestamp: NOW },
    });
  });

  it('default: referencePrice.calculation describes the arithmetic mean or the external source', () => {
    expect(call('referencePrice.calculation', { symbol: 'BTCUSDT' })).toEqual({
      result: { symbol: 'BTCUSDT', calculationType: 'ARITHMETIC_MEAN', bucketCount: 10, bucketWidthMs: 1000 },
    });
    expect(call('referencePrice.calculation', { symbol: 'LTCBTC' })).toEqual({
      result: { symbol: 'LTCBTC', calculationType: 'EXTERNAL', externalCalculationId: 1 },
    });
  });

  it('error: a symbol that never had a reference price fails with -2043', () => {
    expect(call('referencePrice', { symbol: 'ETHBTC' })).toEqual(NO_REFERENCE);
    expect(call('referencePrice.calculation', { symbol: 'ETHBTC' })).toEqual(NO_REFERENCE);
  });

  it('error: unknown symbols and status mismatches are rejected', () => {
    expect(call('referencePrice', { symbol: 'NOPE' })).toEqual({ status: 400, error: { code: -1121, msg: 'Invalid symbol.' } });
    expect(call('referencePrice', {})).toMatchObject({ status: 400, error: { code: -1102 } });
    expect(call('referencePrice.calculation', { symbol: 'BTCUSDT', symbolStatus: 'HALT' })).toMatchObject({ error: { code: -1220 } });
  });

  it('behavior: weights are 2', () => {
    for (const e of MARKET_REFERENCE_ENDPOINTS) expect(e.weight({ symbol: 'BTCUSDT' })).toBe(2);
  });
});
