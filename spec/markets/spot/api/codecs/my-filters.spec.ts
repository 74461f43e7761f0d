import Big from 'big.js';
import { MyFilters } from '../../../../../lib/markets/spot/api/codecs/my-filters';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { MY_FILTERS } from './account-examples';

describe('MyFilters', () => {
  it('default: decodes the official myFilters example', () => {
    const filters = decodeRight(MyFilters, MY_FILTERS);
    expect(filters.exchangeFilters).toEqual([{ filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: 1000 }]);
    expect(filters.symbolFilters).toEqual([{ filterType: 'MAX_NUM_ORDER_LISTS', maxNumOrderLists: 20 }]);
    expect(filters.assetFilters).toEqual([{ filterType: 'MAX_ASSET', asset: 'JPY', limit: new Big('1000000') }]);
  });

  it('behavior: a filter type the SDK does not know still decodes', () => {
    const filters = decodeRight(MyFilters, { ...MY_FILTERS, assetFilters: [{ filterType: 'MAX_ASSET_V2', x: 1 }] });
    expect(filters.assetFilters).toEqual([{ filterType: 'MAX_ASSET_V2', x: 1 }]);
  });

  it('error: rejects a malformed MAX_ASSET limit with its path', () => {
    const bad = { ...MY_FILTERS, assetFilters: [{ filterType: 'MAX_ASSET', asset: 'JPY', limit: 1000000 }] };
    expect(decodeLeftPaths(MyFilters, bad)).toEqual(['assetFilters.0.limit']);
  });
});
