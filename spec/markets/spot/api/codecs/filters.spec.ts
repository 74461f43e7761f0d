import Big from 'big.js';
import { AssetFilter, ExchangeFilter, SymbolFilter } from '../../../../../lib/markets/spot/api/codecs/filters';
import { decodeRight } from '../../../../support/codec-helpers';
import { rejection } from './report';

// Every payload is the "/exchangeInfo format" (or "/myFilters format") example of Binance's
// filters.md (binance-spot-api-docs).
const SYMBOL_FILTERS = [
  { filterType: 'PRICE_FILTER', minPrice: '0.00000100', maxPrice: '100000.00000000', tickSize: '0.00000100' },
  { filterType: 'PERCENT_PRICE', multiplierUp: '1.3000', multiplierDown: '0.7000', avgPriceMins: 5 },
  {
    filterType: 'PERCENT_PRICE_BY_SIDE',
    bidMultiplierUp: '1.2',
    bidMultiplierDown: '0.2',
    askMultiplierUp: '5',
    askMultiplierDown: '0.8',
    avgPriceMins: 1,
  },
  { filterType: 'LOT_SIZE', minQty: '0.00100000', maxQty: '100000.00000000', stepSize: '0.00100000' },
  { filterType: 'MIN_NOTIONAL', minNotional: '0.00100000', applyToMarket: true, avgPriceMins: 5 },
  {
    filterType: 'NOTIONAL',
    minNotional: '10.00000000',
    applyMinToMarket: false,
    maxNotional: '10000.00000000',
    applyMaxToMarket: false,
    avgPriceMins: 5,
  },
  { filterType: 'ICEBERG_PARTS', limit: 10 },
  { filterType: 'MARKET_LOT_SIZE', minQty: '0.00100000', maxQty: '100000.00000000', stepSize: '0.00100000' },
  { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 25 },
  { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 5 },
  { filterType: 'MAX_NUM_ICEBERG_ORDERS', maxNumIcebergOrders: 5 },
  { filterType: 'MAX_POSITION', maxPosition: '10.00000000' },
  {
    filterType: 'TRAILING_DELTA',
    minTrailingAboveDelta: 10,
    maxTrailingAboveDelta: 2000,
    minTrailingBelowDelta: 10,
    maxTrailingBelowDelta: 2000,
  },
  { filterType: 'MAX_NUM_ORDER_AMENDS', maxNumOrderAmends: 10 },
  { filterType: 'MAX_NUM_ORDER_LISTS', maxNumOrderLists: 20 },
];

const EXCHANGE_FILTERS = [
  { filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: 1000 },
  { filterType: 'EXCHANGE_MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 200 },
  { filterType: 'EXCHANGE_MAX_NUM_ICEBERG_ORDERS', maxNumIcebergOrders: 10000 },
  { filterType: 'EXCHANGE_MAX_NUM_ORDER_LISTS', maxNumOrderLists: 20 },
];

const MAX_ASSET = { filterType: 'MAX_ASSET', asset: 'USDC', limit: '42.00000000' };

describe('SymbolFilter', () => {
  it('default: decodes every documented symbol filter, decimals as Big and qty as quantity', () => {
    const decoded = SYMBOL_FILTERS.map((f) => decodeRight(SymbolFilter, f));
    expect(decoded.map((f) => f.filterType)).toEqual(SYMBOL_FILTERS.map((f) => f.filterType));
    expect(decoded[0]).toEqual({
      filterType: 'PRICE_FILTER',
      minPrice: new Big('0.000001'),
      maxPrice: new Big('100000'),
      tickSize: new Big('0.000001'),
    });
    expect(decoded[3]).toEqual({
      filterType: 'LOT_SIZE',
      minQuantity: new Big('0.001'),
      maxQuantity: new Big('100000'),
      stepSize: new Big('0.001'),
    });
    expect(decoded[5]).toMatchObject({ applyMinToMarket: false, maxNotional: new Big('10000'), avgPriceMins: 5 });
    expect(decoded[12]).toMatchObject({ minTrailingAboveDelta: 10, maxTrailingBelowDelta: 2000 });
  });

  it('behavior: decodes an unknown filter type to its wire fields instead of failing', () => {
    const future = { filterType: 'MAX_NUM_FUTURE_THINGS', maxNumFutureThings: 3, ratio: '0.5' };
    expect(decodeRight(SymbolFilter, future)).toEqual(future);
    expect(SymbolFilter.encode(decodeRight(SymbolFilter, future))).toEqual(future);
  });

  it('error: rejects a number where a known filter has a decimal string, naming the field', () => {
    expect(rejection(SymbolFilter, { ...SYMBOL_FILTERS[0], tickSize: 0.000001 })).toEqual([
      'Invalid value 0.000001 supplied to : SymbolFilter/tickSize: BigFromString',
    ]);
  });

  it('error: rejects a filter without a string filterType', () => {
    expect(rejection(SymbolFilter, { limit: 10 })).toEqual(['Invalid value undefined supplied to : SymbolFilter/filterType: string']);
  });

  it('behavior: encode∘decode gives back every documented wire filter', () => {
    for (const wire of SYMBOL_FILTERS) {
      const filter = decodeRight(SymbolFilter, wire);
      expect(decodeRight(SymbolFilter, SymbolFilter.encode(filter))).toEqual(filter);
    }
  });
});

describe('ExchangeFilter', () => {
  it('default: decodes every documented exchange filter', () => {
    expect(EXCHANGE_FILTERS.map((f) => decodeRight(ExchangeFilter, f))).toEqual(EXCHANGE_FILTERS);
  });

  it('error: rejects a decimal string where Binance sends an integer count', () => {
    expect(rejection(ExchangeFilter, { filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: '1000' })).toEqual([
      'Invalid value "1000" supplied to : ExchangeFilter/maxNumOrders: number',
    ]);
  });

  it('behavior: a symbol filter type is unknown among exchange filters, so it is kept as sent', () => {
    expect(decodeRight(ExchangeFilter, SYMBOL_FILTERS[0])).toEqual(SYMBOL_FILTERS[0]);
  });
});

describe('AssetFilter', () => {
  it('default: decodes the documented MAX_ASSET filter', () => {
    expect(decodeRight(AssetFilter, MAX_ASSET)).toEqual({ filterType: 'MAX_ASSET', asset: 'USDC', limit: new Big('42') });
  });

  it('error: rejects a number as the MAX_ASSET limit', () => {
    expect(rejection(AssetFilter, { ...MAX_ASSET, limit: 42 })).toEqual(['Invalid value 42 supplied to : AssetFilter/limit: BigFromString']);
  });

  it('behavior: encode∘decode gives back the wire filter', () => {
    expect(AssetFilter.encode(decodeRight(AssetFilter, MAX_ASSET))).toEqual({ ...MAX_ASSET, limit: '42' });
  });
});
