import type { FakeSpotFilter } from './fake-spot-market-filters.js';
import type { FakeSpotSymbolDefinition, FakeSymbolStatus } from './fake-spot-market-symbols.js';

/** The permissions every fake symbol has (one set: any of them allows trading). @internal */
export const FAKE_SYMBOL_PERMISSIONS = ['SPOT', 'MARGIN'] as const;

const ORDER_TYPES = ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'];
// TRANSFER is allowed on every symbol since 2026-04-02 (spec/rest.md §7 enums)
const STP_MODES = ['NONE', 'EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH', 'DECREMENT', 'TRANSFER'];

/**
 * One `exchangeInfo.symbols[]` entry, with every field `spec/spot-ws-api.md` §6.1 lists, in
 * the order of Binance's documented example.
 *
 * @param def - the symbol's definition
 * @param status - its current status
 * @param filters - its filters (wire form)
 * @param showPermissionSets - `false` leaves `permissionSets` empty, as the request param asks
 * @returns the wire object
 *
 * @internal
 */
export function exchangeInfoSymbol(
  def: FakeSpotSymbolDefinition,
  status: FakeSymbolStatus,
  filters: readonly FakeSpotFilter[],
  showPermissionSets: boolean,
): Readonly<Record<string, unknown>> {
  return {
    symbol: def.symbol,
    status,
    baseAsset: def.baseAsset,
    baseAssetPrecision: 8,
    quoteAsset: def.quoteAsset,
    quotePrecision: 8,
    quoteAssetPrecision: 8,
    baseCommissionPrecision: 8,
    quoteCommissionPrecision: 8,
    orderTypes: [...ORDER_TYPES],
    icebergAllowed: true,
    ocoAllowed: true,
    otoAllowed: true,
    opoAllowed: true,
    quoteOrderQtyMarketAllowed: true,
    allowTrailingStop: true,
    cancelReplaceAllowed: true,
    amendAllowed: true,
    pegInstructionsAllowed: true,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed: true,
    filters: filters.map((f) => ({ ...f })),
    // Binance now sends `permissions` empty and the real rules in `permissionSets`
    permissions: [],
    permissionSets: showPermissionSets ? [[...FAKE_SYMBOL_PERMISSIONS]] : [],
    defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
    allowedSelfTradePreventionModes: [...STP_MODES],
  };
}
