import { findFilter } from '../../../../../lib/markets/spot/api/codecs/find-filter';
import { SymbolFilter } from '../../../../../lib/markets/spot/api/codecs/filters';
import { decodeRight } from '../../../../support/codec-helpers';

const filters = [
  { filterType: 'NEW_FILTER', tickSize: 'not a Big' },
  { filterType: 'PRICE_FILTER', minPrice: '0.01', maxPrice: '1000', tickSize: '0.01' },
  { filterType: 'LOT_SIZE', minQty: '0.1', maxQty: '100', stepSize: '0.1' },
].map((f) => decodeRight(SymbolFilter, f));

describe('findFilter', () => {
  it('default: finds the filter of the given type, typed as that filter', () => {
    expect(findFilter(filters, 'PRICE_FILTER')?.tickSize.toFixed()).toBe('0.01');
    expect(findFilter(filters, 'LOT_SIZE')?.stepSize.toFixed()).toBe('0.1');
  });

  it('behavior: returns undefined when the list has no filter of that type', () => {
    expect(findFilter(filters, 'NOTIONAL')).toBeUndefined();
  });
});
