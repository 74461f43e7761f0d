import * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';
import { SymbolFilter } from './filters.js';

/**
 * One symbol of `exchangeInfo`: its assets, precisions, allowed order features, trading
 * filters and permissions (every field spot-ws-api.md §6.1 lists).
 *
 * @remarks Enum-like values (`status`, `orderTypes`, STP modes, permissions) stay `string`, so a
 * new Binance value (e.g. the 2026 `CANCEL_ONLY` status) never fails decoding. `filters` hold
 * {@link SymbolFilter}s; `permissionSets` is `[[…]]` (any set suffices; all of one set are
 * needed) and empty when requested with `showPermissionSets: false`.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-requests#exchange-information
 *
 * @example
 * ```ts
 * import { SpotClient, findFilter } from 'binance-rx';
 * new SpotClient().getExchangeInfo({ symbol: 'BTCUSDT' }).subscribe(({ symbols: [s] }) =>
 *   console.log(s?.status, s && findFilter(s.filters, 'PRICE_FILTER')?.tickSize.toFixed()));
 * ```
 */
export const SymbolInfo = wireStruct('SymbolInfo', {
  symbol: ['symbol', t.string],
  status: ['status', t.string],
  baseAsset: ['baseAsset', t.string],
  baseAssetPrecision: ['baseAssetPrecision', t.number],
  quoteAsset: ['quoteAsset', t.string],
  quotePrecision: ['quotePrecision', t.number],
  quoteAssetPrecision: ['quoteAssetPrecision', t.number],
  baseCommissionPrecision: ['baseCommissionPrecision', t.number],
  quoteCommissionPrecision: ['quoteCommissionPrecision', t.number],
  orderTypes: ['orderTypes', t.readonlyArray(t.string)],
  icebergAllowed: ['icebergAllowed', t.boolean],
  ocoAllowed: ['ocoAllowed', t.boolean],
  otoAllowed: ['otoAllowed', t.boolean],
  opoAllowed: ['opoAllowed', t.boolean],
  quoteOrderQuantityMarketAllowed: ['quoteOrderQtyMarketAllowed', t.boolean],
  allowTrailingStop: ['allowTrailingStop', t.boolean],
  cancelReplaceAllowed: ['cancelReplaceAllowed', t.boolean],
  amendAllowed: ['amendAllowed', t.boolean],
  pegInstructionsAllowed: ['pegInstructionsAllowed', t.boolean],
  isSpotTradingAllowed: ['isSpotTradingAllowed', t.boolean],
  isMarginTradingAllowed: ['isMarginTradingAllowed', t.boolean],
  filters: ['filters', t.readonlyArray(SymbolFilter)],
  permissions: ['permissions', t.readonlyArray(t.string)],
  permissionSets: ['permissionSets', t.readonlyArray(t.readonlyArray(t.string))],
  defaultSelfTradePreventionMode: ['defaultSelfTradePreventionMode', t.string],
  allowedSelfTradePreventionModes: ['allowedSelfTradePreventionModes', t.readonlyArray(t.string)],
});
/** A decoded `exchangeInfo` symbol. */
export type SymbolInfo = t.TypeOf<typeof SymbolInfo>;
/** The wire form of an `exchangeInfo` symbol. */
export type SymbolInfoWire = t.OutputOf<typeof SymbolInfo>;
