import { ConfigError } from '../../../errors/config-error.js';
import type { FakeApiContext, FakeApiError, FakeSpotMarketView } from '../fake-api-types.js';
import { FakeParamError, reqString } from '../fake-params.js';
import { FakeSpotAccount } from './fake-spot-account.js';

/**
 * Shared plumbing of the spot trading and account handlers: Binance's `{code, msg}` rejections
 * (thrown as {@link FakeParamError} so `withParams` turns them into outcomes), the handler's
 * account and symbol.
 *
 * @internal
 */

/**
 * Stops a handler with a Binance error.
 *
 * @param code - Binance's code, e.g. -2010
 * @param msg - Binance's message
 * @param status - HTTP status (400 unless given)
 * @param data - `error.data`, e.g. cancelReplace's sub-results
 * @throws {@link FakeParamError} always
 *
 * @internal
 */
export function reject(code: number, msg: string, status = 400, data?: unknown): never {
  const error: FakeApiError = data === undefined ? { code, msg } : { code, msg, data };
  throw new FakeParamError({ status, error });
}

/**
 * Runs a step whose Binance error must be kept rather than answered (cancel-replace's two
 * halves).
 *
 * @returns the step's value, or its error
 *
 * @internal
 */
export function attempt<T>(step: () => T): { readonly ok: T } | { readonly error: FakeApiError } {
  try {
    return { ok: step() };
  } catch (error: unknown) {
    if (error instanceof FakeParamError && 'error' in error.outcome) return { error: error.outcome.error };
    throw error;
  }
}

/**
 * The account behind the request. `FakeApiContext.account` is typed `unknown` so the transport
 * contract does not depend on the trading handlers; the registry gives every API key a
 * {@link FakeSpotAccount}, which this checks rather than casts.
 *
 * @throws {@link ConfigError} when the context holds something else (a wiring bug; the transport answers -1000)
 *
 * @internal
 */
export function accountOf(context: FakeApiContext): FakeSpotAccount {
  if (context.account instanceof FakeSpotAccount) return context.account;
  throw new ConfigError('The spot trading handlers need a FakeSpotAccount in context.account.', 'account');
}

/** A listed symbol with its assets. @internal */
export interface FakeSymbol {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
}

/**
 * Reads the mandatory `symbol` param and checks it is listed (`-1102`, then `-1121 Invalid symbol.`).
 *
 * @internal
 */
export function readSymbol(params: Readonly<Record<string, unknown>>, market: FakeSpotMarketView, name = 'symbol'): FakeSymbol {
  const symbol = reqString(params, name);
  const assets = market.hasSymbol(symbol) ? market.assetsOf(symbol) : undefined;
  if (assets === undefined) return reject(-1121, 'Invalid symbol.');
  return { symbol, baseAsset: assets.baseAsset, quoteAsset: assets.quoteAsset };
}

/** -1102 for two params of which one must be sent (Binance's wording). @internal */
export function eitherMissing(first: string, second: string): never {
  return reject(-1102, `Param '${first}' or '${second}' must be sent, but both were empty/null!`);
}

/** Whether a boolean param is true, for weights (which see raw params: JSON or text). @internal */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}
