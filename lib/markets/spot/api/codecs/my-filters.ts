import * as t from 'io-ts';
import { wireStruct } from '../../../../codecs/wire-struct.js';
import { AssetFilter, ExchangeFilter, SymbolFilter } from './filters.js';

/**
 * The filters that apply to this account on one symbol, as `getMyFilters` (`myFilters`)
 * answers (`spec/spot-ws-api.md` §6.5): the only method that shows `MAX_ASSET` asset filters.
 *
 * @remarks Filter types this SDK does not know decode to an `UnknownFilter`, never an error.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/account-requests#query-relevant-filters-user_data
 *
 * @example
 * ```ts
 * import { findFilter } from 'binance-rx';
 * spot.getMyFilters({ symbol: 'BTCUSDT' })
 *   .subscribe((f) => console.log(findFilter(f.assetFilters, 'MAX_ASSET')?.limit.toFixed()));
 * ```
 */
export const MyFilters = wireStruct('MyFilters', {
  exchangeFilters: ['exchangeFilters', t.readonlyArray(ExchangeFilter)],
  symbolFilters: ['symbolFilters', t.readonlyArray(SymbolFilter)],
  assetFilters: ['assetFilters', t.readonlyArray(AssetFilter)],
});
/** The decoded filters of an account on a symbol. */
export type MyFilters = t.TypeOf<typeof MyFilters>;
/** The wire form of an account's filters on a symbol. */
export type MyFiltersWire = t.OutputOf<typeof MyFilters>;
