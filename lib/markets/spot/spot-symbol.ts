import { InvalidSubParamsError } from '../../errors/invalid-sub-params-error.js';

/**
 * Normalises a spot symbol for a stream name: `BTC_USDT`, `btc-usdt`, `BTC/USDT` and `BTCUSDT`
 * all become `btcusdt` (stream names use lowercase symbols, `spec/spot-streams.md` §1). Unicode
 * symbols are kept, lowercased.
 *
 * @param subType - for the error message
 * @param symbol - the symbol as the caller wrote it
 * @returns the stream-name form
 * @throws {@link InvalidSubParamsError} for a non-string, empty or malformed symbol
 *
 * @internal
 */
export function normalizeSpotSymbol(subType: string, symbol: unknown): string {
  if (typeof symbol !== 'string') {
    throw new InvalidSubParamsError(subType, `the symbol must be a string, got ${typeof symbol}`);
  }
  const normalized = symbol.replace(SEPARATORS, '').toLowerCase();
  if (normalized.length === 0 || !SYMBOL.test(normalized)) {
    throw new InvalidSubParamsError(subType, `${JSON.stringify(symbol)} is not a symbol`);
  }
  return normalized;
}

const SEPARATORS = /[_\-/]/g;
/** Letters (any script) and digits; no '@', spaces or other punctuation that would change the name. */
const SYMBOL = /^[\p{L}\p{N}]{1,64}$/u;
