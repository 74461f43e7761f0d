import { SPOT_API_LIMITS } from '../fake-api-options.js';
import type { FakeEndpoint } from '../fake-api-types.js';
import { exchangeRateLimits, type FakeExchangeRateLimit } from '../limits/exchange-rate-limits.js';
import { optBool, optList, reqString } from '../fake-params.js';
import type { FakeSpotMarket } from './fake-spot-market.js';
import { marketEndpoint } from './market-endpoint.js';
import { exchangeInfoSymbol, FAKE_SYMBOL_PERMISSIONS } from './market-exchange-info.js';
import { bothSent, readSymbolSelection, readSymbolStatus, selectedSymbols } from './market-params.js';
import { executionRulesWeight } from './market-weights.js';

type Params = Readonly<Record<string, unknown>>;

/** Fails with `-1128` naming the first two of `names` that were sent, if more than one was. */
function exclusive(params: Params, names: readonly string[]): void {
  const sent = names.filter((name) => params[name] !== undefined && params[name] !== null);
  const [first, second] = sent;
  if (first !== undefined && second !== undefined) bothSent(first, second);
}

/** `permissions`: a list (JSON array, or JSON-array text over REST) or a single permission name. */
function readPermissions(params: Params): readonly string[] | undefined {
  const raw = params['permissions'];
  if (typeof raw === 'string' && !raw.trimStart().startsWith('[')) return [reqString(params, 'permissions')];
  return optList(params, 'permissions');
}

/** `rateLimits` lists the fake's configured limits (`spec/rest.md` §6), Binance's when none are given. */
function exchangeInfo(params: Params, market: FakeSpotMarket, serverTime: number, rateLimits: readonly FakeExchangeRateLimit[] | undefined): unknown {
  exclusive(params, ['symbol', 'symbols', 'permissions']);
  exclusive(params, ['symbolStatus', 'symbol', 'symbols']);
  const status = readSymbolStatus(params);
  const permissions = readPermissions(params);
  const showPermissionSets = optBool(params, 'showPermissionSets') ?? true;
  const selection = readSymbolSelection(params, market, false);
  const granted: readonly string[] = FAKE_SYMBOL_PERMISSIONS;
  // every fake symbol has the same permission set, so a permissions filter keeps all or none
  const symbols = selectedSymbols(selection, market, status).filter(
    () => permissions === undefined || permissions.some((p) => granted.includes(p)),
  );
  return {
    timezone: 'UTC',
    serverTime,
    rateLimits: (rateLimits ?? exchangeRateLimits(SPOT_API_LIMITS)).map((limit) => ({ ...limit })),
    exchangeFilters: [],
    symbols: symbols.map((symbol) => {
      const def = market.definitionOf(symbol);
      if (def === undefined) throw new RangeError(`symbol ${symbol} is not listed`);
      return exchangeInfoSymbol(def, market.statusOf(symbol), market.filtersOf(symbol), showPermissionSets);
    }),
  };
}

/**
 * The price-range rule of a symbol with a reference price; the multipliers are the fake's own
 * (±5 %), with the 4 decimals of Binance's documented example.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-api/general-requests#query-execution-rules
 */
function executionRules(params: Params, market: FakeSpotMarket): unknown {
  exclusive(params, ['symbol', 'symbols', 'symbolStatus']);
  const status = readSymbolStatus(params);
  const symbols = selectedSymbols(readSymbolSelection(params, market, false), market, status);
  return {
    symbolRules: symbols.map((symbol) => ({
      symbol,
      rules:
        market.referenceCalculationOf(symbol) === null
          ? []
          : [
              {
                ruleType: 'PRICE_RANGE',
                bidLimitMultUp: '1.0500',
                bidLimitMultDown: '0.9500',
                askLimitMultUp: '1.0500',
                askLimitMultDown: '0.9500',
              },
            ],
    })),
  };
}

/**
 * The general methods (`spec/spot-ws-api.md` §6.1, `spec/rest.md` §7): `ping`, `time`,
 * `exchangeInfo` and `executionRules`.
 *
 * @internal
 */
export const MARKET_GENERAL_ENDPOINTS: readonly FakeEndpoint[] = [
  marketEndpoint('ping', '/api/v3/ping', 1, () => ({})),
  marketEndpoint('time', '/api/v3/time', 1, (request) => ({ serverTime: request.serverTime })),
  marketEndpoint('exchangeInfo', '/api/v3/exchangeInfo', 20, (request, market, context) =>
    exchangeInfo(request.params, market, request.serverTime, context.rateLimits),
  ),
  marketEndpoint('executionRules', '/api/v3/executionRules', executionRulesWeight, (request, market) =>
    executionRules(request.params, market),
  ),
];
