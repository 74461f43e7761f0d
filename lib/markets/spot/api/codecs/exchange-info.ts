import * as t from 'io-ts';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';
import { ExchangeFilter } from './filters.js';
import { RateLimitInfo } from './rate-limit-info.js';
import { SymbolInfo } from './symbol-info.js';

/**
 * One entry of `exchangeInfo.sors`: a base asset and the symbols Smart Order Routing may use
 * for it.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/faqs/sor_faq
 */
export const SorInfo = wireStruct('SorInfo', {
  baseAsset: ['baseAsset', t.string],
  symbols: ['symbols', t.readonlyArray(t.string)],
});
/** A decoded SOR entry. */
export type SorInfo = t.TypeOf<typeof SorInfo>;

/**
 * The result of `exchangeInfo` / `GET /api/v3/exchangeInfo`: rate limits, exchange filters and
 * the symbols with their trading rules (spot-ws-api.md §6.1).
 *
 * @remarks `rateLimits` here have no `count`. `sors` is present only where SOR is available.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-requests#exchange-information
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getExchangeInfo({ symbols: ['BTCUSDT', 'BNBBTC'] })
 *   .subscribe((info) => console.log(info.symbols.map((s) => s.status)));
 * ```
 */
export const ExchangeInfo = wireStruct('ExchangeInfo', {
  timezone: ['timezone', t.string],
  serverTime: ['serverTime', t.number],
  rateLimits: ['rateLimits', t.readonlyArray(RateLimitInfo)],
  exchangeFilters: ['exchangeFilters', t.readonlyArray(ExchangeFilter)],
  symbols: ['symbols', t.readonlyArray(SymbolInfo)],
  sors: ['sors', optionalField(t.readonlyArray(SorInfo))],
});
/** Decoded exchange information. */
export type ExchangeInfo = t.TypeOf<typeof ExchangeInfo>;
/** The wire form of exchange information. */
export type ExchangeInfoWire = t.OutputOf<typeof ExchangeInfo>;
