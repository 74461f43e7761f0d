import Big from 'big.js';
import { ExchangeInfo, SorInfo } from '../../../../../lib/markets/spot/api/codecs/exchange-info';
import { decodeRight } from '../../../../support/codec-helpers';
import { BNBBTC_SYMBOL, MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Exchange information" example (see market-examples.ts).
const EXAMPLE = MARKET_EXAMPLES.getExchangeInfo;
const BNBBTC = BNBBTC_SYMBOL;

describe('ExchangeInfo', () => {
  it('default: decodes the official example', () => {
    const info = decodeRight(ExchangeInfo, EXAMPLE);
    expect(info.timezone).toBe('UTC');
    expect(info.serverTime).toBe(1655969291181);
    expect(info.rateLimits[3]).toEqual({ rateLimitType: 'CONNECTIONS', interval: 'MINUTE', intervalNum: 5, limit: 300 });
    expect(info.exchangeFilters).toEqual([]);
    expect(info.sors).toEqual([{ baseAsset: 'BTC', symbols: ['BTCUSDT', 'BTCUSDC'] }]);
    expect(info.symbols[0]?.filters[1]).toEqual({
      filterType: 'LOT_SIZE',
      minQuantity: new Big('0.001'),
      maxQuantity: new Big('100000'),
      stepSize: new Big('0.001'),
    });
  });

  it('default: leaves sors absent where SOR is unavailable', () => {
    const { sors: _, ...withoutSors } = EXAMPLE;
    expect('sors' in decodeRight(ExchangeInfo, withoutSors)).toBe(false);
  });

  it('behavior: keeps decoding when Binance adds an unknown exchange filter or symbol key', () => {
    const info = decodeRight(ExchangeInfo, {
      ...EXAMPLE,
      exchangeFilters: [{ filterType: 'EXCHANGE_NEW_RULE', value: 1 }],
      symbols: [{ ...BNBBTC, someNewFlag: true }],
    });
    expect(info.exchangeFilters).toEqual([{ filterType: 'EXCHANGE_NEW_RULE', value: 1 }]);
    expect(info.symbols[0]).not.toHaveProperty('someNewFlag');
  });

  it('error: rejects a number where a filter has a decimal string, with the full path', () => {
    const bad = { ...EXAMPLE, symbols: [{ ...BNBBTC, filters: [{ ...BNBBTC.filters[0], minPrice: 0.000001 }] }] };
    expect(rejection(ExchangeInfo, bad)).toEqual([
      'Invalid value 0.000001 supplied to : ExchangeInfo/symbols: ReadonlyArray<SymbolInfo>/0: SymbolInfo/filters: ReadonlyArray<SymbolFilter>/0: SymbolFilter/minPrice: BigFromString',
    ]);
  });

  it('behavior: encode∘decode gives back the decoded value', () => {
    const info = decodeRight(ExchangeInfo, EXAMPLE);
    expect(decodeRight(ExchangeInfo, ExchangeInfo.encode(info))).toEqual(info);
  });
});

describe('SorInfo', () => {
  it('error: rejects a symbols list that is not an array', () => {
    expect(rejection(SorInfo, { baseAsset: 'BTC', symbols: 'BTCUSDT' })).toEqual([
      'Invalid value "BTCUSDT" supplied to : SorInfo/symbols: ReadonlyArray<string>',
    ]);
  });
});
