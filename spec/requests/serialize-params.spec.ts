import Big from 'big.js';
import { InvalidParamError } from '../../lib/errors/request-errors';
import { serializeParams, toTextPairs } from '../../lib/requests/serialize-params';

describe('serializeParams', () => {
  it('default: keeps strings, numbers, booleans and string arrays; Big becomes plain decimal text', () => {
    const wire = serializeParams(
      { symbol: 'BTCUSDT', limit: 5, computeCommissionRates: true, symbols: ['A', 'B'], price: new Big('0.00000001'), quantity: '1.5', skip: undefined },
      ['price', 'quantity'],
    );
    expect(wire).toEqual({ symbol: 'BTCUSDT', limit: 5, computeCommissionRates: true, symbols: ['A', 'B'], price: '0.00000001', quantity: '1.5' });
  });

  it('error: a JS number where a decimal is expected is refused before anything is sent', () => {
    expect(() => serializeParams({ price: 30000.1 }, ['price'])).toThrow(InvalidParamError);
    expect(() => serializeParams({ price: 30000.1 }, ['price'])).toThrowErrorMatchingInlineSnapshot(`
"Invalid param "price": got the number 30000.1; decimals must be a string or Big (e.g. '30000.1') so no float rounding reaches the exchange.

Param: price"
`);
  });

  it('error: malformed decimal strings are refused, including exponent notation', () => {
    for (const bad of ['1e-7', 'abc', '', '1.', '.5', ' 1']) {
      expect(() => serializeParams({ quantity: bad }, ['quantity'])).toThrow(InvalidParamError);
    }
  });

  it('args: the escape hatches guess decimals by name (price, qty, quantity)', () => {
    for (const name of ['price', 'stopPrice', 'icebergQty', 'quoteOrderQty', 'quantity', 'pendingQuantity']) {
      expect(() => serializeParams({ [name]: 1 }, 'byName')).toThrow(InvalidParamError);
    }
    expect(serializeParams({ orderId: 1, trailingDelta: 100 }, 'byName')).toEqual({ orderId: 1, trailingDelta: 100 });
  });

  it('error: reserved names, non-finite numbers, empty strings and objects are refused', () => {
    expect(() => serializeParams({ signature: 'x' }, [])).toThrow(/added by the client/);
    expect(() => serializeParams({ apiKey: 'x' }, [])).toThrow(InvalidParamError);
    expect(() => serializeParams({ timestamp: 1 }, [])).toThrow(InvalidParamError);
    expect(() => serializeParams({ limit: Number.NaN }, [])).toThrow(/finite/);
    expect(() => serializeParams({ symbol: '' }, [])).toThrow(/empty/);
    expect(() => serializeParams({ nested: { a: 1 } }, [])).toThrow(/unsupported/);
    expect(() => serializeParams([] as unknown as object, [])).toThrow(InvalidParamError);
  });

  it('behavior: REST text pairs render booleans and JSON arrays as Binance reads them', () => {
    expect(toTextPairs({ symbols: ['BNBBTC', 'BTCUSDT'], flag: false, n: 3 })).toEqual([
      ['symbols', '["BNBBTC","BTCUSDT"]'],
      ['flag', 'false'],
      ['n', '3'],
    ]);
  });
});
