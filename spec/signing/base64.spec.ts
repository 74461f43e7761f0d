import { randomBytes } from 'node:crypto';
import { decodeBase64, encodeBase64 } from '../../lib/signing/base64';
import { KeyFormatError } from '../../lib/signing/key-format-error';

describe('encodeBase64', () => {
  it('default: matches Buffer for every length from 0 to 70, with padding', () => {
    for (let n = 0; n <= 70; n++) {
      const bytes = randomBytes(n);
      expect(encodeBase64(bytes)).toBe(bytes.toString('base64'));
    }
  });
});

describe('decodeBase64', () => {
  it('default: inverts the encoding for every length from 1 to 70', () => {
    for (let n = 1; n <= 70; n++) {
      const bytes = randomBytes(n);
      expect(Buffer.from(decodeBase64(bytes.toString('base64')))).toEqual(bytes);
    }
  });

  it.each([
    ['empty', ''],
    ['a length not a multiple of 4', 'QUJD' + 'RA'],
    ['padding in the middle', 'QQ==QUJD'],
    ['a character outside the alphabet', 'QU-D'],
    ['the URL-safe alphabet', 'QU_D'],
    ['three padding characters', 'Q==='],
  ])('error: refuses %s', (_name, text) => {
    expect(() => decodeBase64(text)).toThrow(KeyFormatError);
  });
});
