import type { FakeEndpoint } from '../fake-api-types.js';
import type { FakeSpotMarket } from './fake-spot-market.js';
import type { FakeReferenceCalculation } from './fake-spot-market-symbols.js';
import { marketEndpoint } from './market-endpoint.js';
import { marketFail, readSymbol, readSymbolStatus, selectedSymbols } from './market-params.js';

type Params = Readonly<Record<string, unknown>>;

/** The calculation of a symbol that has a reference price; `-2043` for one that never had one. */
function calculationOf(market: FakeSpotMarket, symbol: string): FakeReferenceCalculation {
  return market.referenceCalculationOf(symbol) ?? marketFail(-2043, "This symbol doesn't have a reference price.");
}

/**
 * `referencePrice`: `{symbol, referencePrice, timestamp}`, `referencePrice` `null` while the
 * symbol has none at the moment.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-api/market-data-requests#query-reference-price
 */
function referencePrice(params: Params, market: FakeSpotMarket, now: number): unknown {
  const symbol = readSymbol(params, market);
  calculationOf(market, symbol);
  return { symbol, referencePrice: market.referencePriceOf(symbol), timestamp: now };
}

/**
 * `referencePrice.calculation`: `ARITHMETIC_MEAN` with its buckets, or `EXTERNAL` with the
 * calculation id.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-api/market-data-requests#query-reference-price-calculation
 */
function referenceCalculation(params: Params, market: FakeSpotMarket): unknown {
  const symbol = readSymbol(params, market);
  selectedSymbols({ kind: 'one', symbol }, market, readSymbolStatus(params));
  const calculation = calculationOf(market, symbol);
  return calculation.calculationType === 'ARITHMETIC_MEAN'
    ? { symbol, calculationType: 'ARITHMETIC_MEAN', bucketCount: calculation.bucketCount, bucketWidthMs: calculation.bucketWidthMs }
    : { symbol, calculationType: 'EXTERNAL', externalCalculationId: calculation.externalCalculationId };
}

/**
 * The reference-price methods (`spec/spot-ws-api.md` §6.2, added 2026-03-09): `referencePrice`
 * and `referencePrice.calculation`.
 *
 * @internal
 */
export const MARKET_REFERENCE_ENDPOINTS: readonly FakeEndpoint[] = [
  marketEndpoint('referencePrice', '/api/v3/referencePrice', 2, (request, market) =>
    referencePrice(request.params, market, request.serverTime),
  ),
  marketEndpoint('referencePrice.calculation', '/api/v3/referencePrice/calculation', 2, (request, market) =>
    referenceCalculation(request.params, market),
  ),
];
