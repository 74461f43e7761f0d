import Big from 'big.js';
import * as t from 'io-ts';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { BigFromString } from '../../lib/codecs/big-from-string';
import { optionalField, wireStruct } from '../../lib/codecs/wire-struct';

const Order = wireStruct(
  'Order',
  { symbol: ['symbol', t.string], quantity: ['origQty', BigFromString], stopPrice: ['stopPrice', optionalField(BigFromString)] },
  { type: 'LIMIT' },
);

describe('wireStruct', () => {
  it('default: renames wire keys and decodes decimals exactly', () => {
    const r = Order.decode({ type: 'LIMIT', symbol: 'BTCUSDT', origQty: '0.10000000', extra: 1 });
    expect(isRight(r) && r.right).toEqual({ symbol: 'BTCUSDT', quantity: new Big('0.1') });
  });

  it('behavior: an absent optional field stays absent, a present one is decoded', () => {
    const absent = Order.decode({ type: 'LIMIT', symbol: 'X', origQty: '1' });
    expect(isRight(absent) && 'stopPrice' in absent.right).toBe(false);
    const present = Order.decode({ type: 'LIMIT', symbol: 'X', origQty: '1', stopPrice: '2.5' });
    expect(isRight(present) && present.right.stopPrice?.toFixed()).toBe('2.5');
  });

  it('error: a present optional field must pass its codec, and the path is reported', () => {
    const r = Order.decode({ type: 'LIMIT', symbol: 'X', origQty: '1', stopPrice: 2.5 });
    expect(isLeft(r)).toBe(true);
    expect(PathReporter.report(r).join('\n')).toContain('stopPrice');
  });

  it('error: a wrong tag is refused', () => {
    expect(isLeft(Order.decode({ type: 'MARKET', symbol: 'X', origQty: '1' }))).toBe(true);
  });

  it('behavior: encode gives the wire back, without absent optional keys', () => {
    const r = Order.decode({ type: 'LIMIT', symbol: 'X', origQty: '1.50' });
    if (!isRight(r)) throw new Error('decode failed');
    expect(Order.encode(r.right)).toEqual({ type: 'LIMIT', symbol: 'X', origQty: '1.5' });
  });
});
