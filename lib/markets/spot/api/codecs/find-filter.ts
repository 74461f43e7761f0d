/**
 * The first filter of a known `filterType` in a decoded filter list, typed as exactly that
 * filter.
 *
 * @remarks Plain `f.filterType === 'PRICE_FILTER'` narrows only to `PriceFilter |
 * UnknownFilter` (an unknown filter's type is any string). The decoders send every known
 * `filterType` through its own codec, so a match here is always that filter.
 *
 * @param filters - decoded `SymbolFilter`s, `ExchangeFilter`s or `AssetFilter`s
 * @param filterType - Binance's filter name, e.g. `'LOT_SIZE'`
 * @returns the filter, or `undefined` when the list has none of that type
 *
 * @example
 * ```ts
 * import { findFilter } from 'binance-rx';
 * const lot = findFilter(symbolInfo.filters, 'LOT_SIZE'); // LotSizeFilter | undefined
 * lot?.stepSize.toFixed();
 * ```
 */
export function findFilter<F extends { readonly filterType: string }, K extends string>(
  filters: readonly F[],
  filterType: K,
): Extract<F, { readonly filterType: K }> | undefined {
  // sound by construction: openUnion decodes a known filterType only with its member codec
  const found = filters.find((f) => f.filterType === filterType);
  return found as Extract<F, { readonly filterType: K }> | undefined;
}
