import { SymbolInfo } from '../../../../../lib/markets/spot/api/codecs/symbol-info';
import { decodeRight } from '../../../../support/codec-helpers';
import { BNBBTC_SYMBOL as BNBBTC } from '../market-examples';
import { rejection } from './report';

// Binance's WebSocket-API "Exchange information" example symbol (see market-examples.ts).
describe('SymbolInfo', () => {
  it('default: renames quoteOrderQtyMarketAllowed and keeps the other Binance names', () => {
    const symbol = decodeRight(SymbolInfo, BNBBTC);
    expect(symbol.quoteOrderQuantityMarketAllowed).toBe(true);
    expect(symbol).toMatchObject({ symbol: 'BNBBTC', amendAllowed: false, permissionSets: [['SPOT', 'MARGIN', 'TRD_GRP_004']] });
  });

  it('error: rejects a symbol missing a listed field', () => {
    const { opoAllowed: _, ...withoutOpo } = BNBBTC;
    expect(rejection(SymbolInfo, withoutOpo)).toEqual(['Invalid value undefined supplied to : SymbolInfo/opoAllowed: boolean']);
  });

  it('error: rejects a number where a filter has a decimal string', () => {
    const bad = { ...BNBBTC, filters: [{ ...BNBBTC.filters[1], stepSize: 0.001 }] };
    expect(rejection(SymbolInfo, bad)).toEqual([
      'Invalid value 0.001 supplied to : SymbolInfo/filters: ReadonlyArray<SymbolFilter>/0: SymbolFilter/stepSize: BigFromString',
    ]);
  });

  it('behavior: encode∘decode gives back the wire symbol', () => {
    const symbol = decodeRight(SymbolInfo, BNBBTC);
    expect(decodeRight(SymbolInfo, SymbolInfo.encode(symbol))).toEqual(symbol);
    expect(SymbolInfo.encode(symbol).quoteOrderQtyMarketAllowed).toBe(true);
  });
});
