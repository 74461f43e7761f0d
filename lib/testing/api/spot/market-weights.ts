import { FakeParamError, optList, optString } from '../fake-params.js';
import { readLimit } from './market-params.js';

type Params = Readonly<Record<string, unknown>>;

/**
 * How many symbols a request names, for weights: `'one'` for `symbol`, the list's length for
 * `symbols`, `'all'` for neither. Malformed params count as "all" (the request fails anyway,
 * and Binance charges a failed request the endpoint's weight).
 *
 * @param params - the request params
 * @returns the count
 *
 * @internal
 */
export function symbolCount(params: Params): 'one' | number | 'all' {
  try {
    if (optString(params, 'symbol') !== undefined) return 'one';
    return optList(params, 'symbols')?.length ?? 'all';
  } catch (error: unknown) {
    // deliberate recovery: a weight is due even for a request that will be rejected
    if (error instanceof FakeParamError) return 'all';
    throw error;
  }
}

/**
 * `depth`'s weight by its effective limit (`spec/spot-ws-api.md` §6.2): 1–100 → 5,
 * 101–500 → 25, 501–1000 → 50, 1001–5000 → 250.
 *
 * @param params - the request params
 * @returns the weight
 *
 * @internal
 */
export function depthWeight(params: Params): number {
  let limit = 100;
  try {
    limit = readLimit(params, 100, 5000);
  } catch (error: unknown) {
    // deliberate recovery: a malformed limit fails the request, which still pays the default weight
    if (!(error instanceof FakeParamError)) throw error;
  }
  if (limit <= 100) return 5;
  if (limit <= 500) return 25;
  return limit <= 1000 ? 50 : 250;
}

/** `executionRules`: 2 per symbol capped at 40; 40 for `symbolStatus` or no params. @internal */
export function executionRulesWeight(params: Params): number {
  const count = symbolCount(params);
  if (count === 'one') return 2;
  return count === 'all' ? 40 : Math.min(2 * count, 40);
}

/** `ticker.24hr`: 2 for 1–20 symbols, 40 for 21–100, 80 for more or all. @internal */
export function ticker24hrWeight(params: Params): number {
  const count = symbolCount(params);
  if (count === 'one') return 2;
  if (count === 'all') return 80;
  if (count <= 20) return 2;
  return count <= 100 ? 40 : 80;
}

/** `ticker` and `ticker.tradingDay`: 4 per symbol, capped at 200 above 50 symbols. @internal */
export function perSymbolTickerWeight(params: Params): number {
  const count = symbolCount(params);
  if (count === 'one') return 4;
  return count === 'all' ? 4 : Math.min(4 * count, 200);
}

/** `ticker.price` and `ticker.book`: 2 for `symbol`, 4 for `symbols` or none. @internal */
export function priceTickerWeight(params: Params): number {
  return symbolCount(params) === 'one' ? 2 : 4;
}
