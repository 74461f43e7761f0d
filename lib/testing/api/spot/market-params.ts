import { FakeParamError, optInt, optList, optString, reqString } from '../fake-params.js';
import type { FakeSpotMarket } from './fake-spot-market.js';
import type { FakeSymbolStatus } from './fake-spot-market-symbols.js';

type Params = Readonly<Record<string, unknown>>;

/**
 * Throws Binance's `{code, msg}` as a 400, for `withParams` to answer with.
 *
 * @param code - Binance's error code
 * @param msg - its message
 * @throws {@link FakeParamError} always
 *
 * @internal
 */
export function marketFail(code: number, msg: string): never {
  throw new FakeParamError({ status: 400, error: { code, msg } });
}

/**
 * `-1128` for two params that exclude each other, worded as Binance words it for `symbol` and
 * `symbols` (seen in binance/binance-connector-typescript#16 and binance-connector-rust#21).
 *
 * @param a - the first param's name
 * @param b - the second param's name
 * @throws {@link FakeParamError} always
 *
 * @internal
 */
export function bothSent(a: string, b: string): never {
  return marketFail(-1128, `Combination of optional parameters invalid. Recommendation: '${a}' and '${b}' cannot both be sent.`);
}

/** Which symbols a request names: one, a list, or none (all). @internal */
export type SymbolSelection =
  | { readonly kind: 'one'; readonly symbol: string }
  | { readonly kind: 'many'; readonly symbols: readonly string[] }
  | { readonly kind: 'all' };

/**
 * Reads a mandatory `symbol` that must be listed (`-1121 Invalid symbol.` otherwise).
 *
 * @param params - the request params
 * @param market - the market
 * @returns the symbol
 * @throws {@link FakeParamError} with `-1102` or `-1121`
 *
 * @internal
 */
export function readSymbol(params: Params, market: FakeSpotMarket): string {
  const symbol = reqString(params, 'symbol');
  return market.hasSymbol(symbol) ? symbol : marketFail(-1121, 'Invalid symbol.');
}

/**
 * Reads `symbol` | `symbols` (mutually exclusive, `spec/spot-ws-api.md` §6): `symbols` is a
 * JSON array over the WebSocket API and JSON-array text over REST; every name must be listed
 * once.
 *
 * @param params - the request params
 * @param market - the market
 * @param required - whether one of them must be sent (rolling-window and trading-day tickers)
 * @returns the selection
 * @throws {@link FakeParamError} with `-1128` (both), `-1102` (neither, when required, or an
 * empty list), `-1151` (a name twice) or `-1121` (a name not listed)
 *
 * @internal
 */
export function readSymbolSelection(params: Params, market: FakeSpotMarket, required: boolean): SymbolSelection {
  const symbol = optString(params, 'symbol');
  const symbols = optList(params, 'symbols');
  if (symbol !== undefined && symbols !== undefined) return bothSent('symbol', 'symbols');
  if (symbol !== undefined) {
    return market.hasSymbol(symbol) ? { kind: 'one', symbol } : marketFail(-1121, 'Invalid symbol.');
  }
  if (symbols !== undefined) {
    if (symbols.length === 0) marketFail(-1102, "Mandatory parameter 'symbols' was not sent, was empty/null, or malformed.");
    if (new Set(symbols).size !== symbols.length) marketFail(-1151, 'Symbol is present multiple times in the list.');
    if (!symbols.every((s) => market.hasSymbol(s))) marketFail(-1121, 'Invalid symbol.');
    return { kind: 'many', symbols };
  }
  return required ? marketFail(-1102, "Param 'symbol' or 'symbols' must be sent, but both were empty/null!") : { kind: 'all' };
}

const FILTERABLE_STATUSES: readonly string[] = ['TRADING', 'HALT', 'BREAK'];

/**
 * Reads the optional `symbolStatus` filter (valid values `TRADING`, `HALT`, `BREAK`).
 *
 * @param params - the request params
 * @returns the status, or `undefined`
 * @throws {@link FakeParamError} with `-1122 Invalid symbolStatus.`
 *
 * @internal
 */
export function readSymbolStatus(params: Params): FakeSymbolStatus | undefined {
  const status = optString(params, 'symbolStatus');
  if (status === undefined) return undefined;
  return FILTERABLE_STATUSES.includes(status) ? (status as FakeSymbolStatus) : marketFail(-1122, 'Invalid symbolStatus.');
}

/**
 * The symbols a selection covers once `symbolStatus` applies: a single symbol whose status
 * differs fails with `-1220`; lists and "all" just leave such symbols out (`spec/spot-ws-api.md` §6.2).
 *
 * @param selection - what the request named
 * @param market - the market
 * @param status - the `symbolStatus` filter
 * @returns the symbols to answer for, in request (or listing) order
 * @throws {@link FakeParamError} with `-1220`
 *
 * @internal
 */
export function selectedSymbols(selection: SymbolSelection, market: FakeSpotMarket, status: FakeSymbolStatus | undefined): readonly string[] {
  const matches = (s: string): boolean => status === undefined || market.statusOf(s) === status;
  switch (selection.kind) {
    case 'one':
      return matches(selection.symbol)
        ? [selection.symbol]
        : marketFail(-1220, "The symbol's status does not match the requested symbolStatus.");
    case 'many':
      return selection.symbols.filter(matches);
    case 'all':
      return market.symbols().filter(matches);
  }
}

/**
 * Answers for each symbol a request selects (`symbol` | `symbols` | none, then `symbolStatus`):
 * one object for `symbol`, an array otherwise, as Binance's tickers do.
 *
 * @param params - the request params
 * @param market - the market
 * @param required - whether `symbol` or `symbols` must be sent
 * @param item - the object for one symbol
 * @returns the result
 * @throws {@link FakeParamError} as {@link readSymbolSelection} and {@link selectedSymbols} do
 *
 * @internal
 */
export function perSymbol(
  params: Params,
  market: FakeSpotMarket,
  required: boolean,
  item: (symbol: string) => unknown,
): unknown {
  const selection = readSymbolSelection(params, market, required);
  const items = selectedSymbols(selection, market, readSymbolStatus(params)).map(item);
  return selection.kind === 'one' ? items[0] : items;
}

/**
 * Reads `limit`: the default when absent, capped at `max` when above it (Binance serves the
 * maximum rather than failing, e.g. `depth` above 5000, `spec/rest.md` §7).
 *
 * @param params - the request params
 * @param fallback - the default
 * @param max - the maximum
 * @returns the limit to apply
 * @throws {@link FakeParamError} with `-1100` (not an integer) or `-1130` (below 1)
 *
 * @internal
 */
export function readLimit(params: Params, fallback: number, max: number): number {
  const limit = optInt(params, 'limit');
  if (limit === undefined) return fallback;
  return limit < 1 ? marketFail(-1130, "Data sent for parameter 'limit' is not valid.") : Math.min(limit, max);
}

/**
 * Reads a time param in ms; microsecond values (16 digits) are accepted too (`spec/spot-ws-api.md` §2).
 *
 * @param params - the request params
 * @param name - `startTime` or `endTime`
 * @returns epoch ms, or `undefined`
 * @throws {@link FakeParamError} with `-1100` for a non-integer
 *
 * @internal
 */
export function readTime(params: Params, name: string): number | undefined {
  const value = optInt(params, name);
  return value !== undefined && value >= 1e14 ? Math.floor(value / 1000) : value;
}
