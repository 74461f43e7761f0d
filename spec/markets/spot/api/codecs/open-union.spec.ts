import * as t from 'io-ts';
import { openUnion } from '../../../../../lib/markets/spot/api/codecs/open-union';
import { decodeRight } from '../../../../support/codec-helpers';
import { rejection } from './report';

const Known = t.type({ kind: t.literal('KNOWN'), size: t.number });
const Shape = openUnion('Shape', 'kind', { KNOWN: Known });

describe('openUnion', () => {
  it('default: decodes a known tag with its member codec', () => {
    expect(decodeRight(Shape, { kind: 'KNOWN', size: 3 })).toEqual({ kind: 'KNOWN', size: 3 });
  });

  it('behavior: keeps an unknown tag as a copy of its wire fields', () => {
    const wire = { kind: 'LATER', anything: ['x'] };
    const decoded = decodeRight(Shape, wire);
    expect(decoded).toEqual(wire);
    expect(decoded).not.toBe(wire);
    expect(Shape.is(decoded)).toBe(true);
  });

  it('behavior: does not treat inherited names as known tags', () => {
    expect(decodeRight(Shape, { kind: 'toString' })).toEqual({ kind: 'toString' });
  });

  it('error: rejects a known tag whose fields fail, and a missing tag', () => {
    expect(rejection(Shape, { kind: 'KNOWN', size: '3' })).toEqual(['Invalid value "3" supplied to : Shape/size: number']);
    expect(rejection(Shape, { size: 3 })).toEqual(['Invalid value undefined supplied to : Shape/kind: string']);
    expect(rejection(Shape, null)).toEqual(['Invalid value null supplied to : Shape']);
  });

  it('behavior: encode∘decode gives back known and unknown members', () => {
    for (const wire of [{ kind: 'KNOWN', size: 3 }, { kind: 'LATER', n: 1 }]) {
      expect(Shape.encode(decodeRight(Shape, wire))).toEqual(wire);
    }
  });
});
