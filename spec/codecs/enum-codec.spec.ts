import { isRight } from 'fp-ts/lib/Either.js';
import { enumCodec } from '../../lib/codecs/enum-codec';
import { wireStruct } from '../../lib/codecs/wire-struct';
import { decodeLeftPaths, decodeRight } from '../support/codec-helpers';

enum Color {
  Red = 'RED',
  DarkBlue = 'DARK_BLUE',
}
const ColorCodec = enumCodec(Color, 'Color');

describe('enumCodec', () => {
  it('default: decodes each wire value to its enum member', () => {
    expect(decodeRight(ColorCodec, 'RED')).toBe(Color.Red);
    expect(decodeRight(ColorCodec, 'DARK_BLUE')).toBe(Color.DarkBlue);
  });

  it('behavior: encodes a member back to its wire string', () => {
    expect(ColorCodec.encode(Color.DarkBlue)).toBe('DARK_BLUE');
  });

  it('args: names the codec as given', () => {
    expect(ColorCodec.name).toBe('Color');
  });

  it('error: rejects a member name, another case, a non-string', () => {
    for (const bad of ['DarkBlue', 'red', 1, null, undefined]) {
      expect(isRight(ColorCodec.decode(bad))).toBe(false);
    }
    expect(ColorCodec.is('RED')).toBe(true);
    expect(ColorCodec.is('GREEN')).toBe(false);
  });

  it('error: a rejection inside a struct names the wire field', () => {
    const Paint = wireStruct('Paint', { color: ['c', ColorCodec] });
    expect(decodeLeftPaths(Paint, { c: 'GREEN' })).toEqual(['c']);
    expect(decodeRight(Paint, { c: 'RED' })).toEqual({ color: Color.Red });
  });
});
