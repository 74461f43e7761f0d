import { decodeOid, decodeSmallInteger, DerTag, encodeDer, expectTag, readChildren, readDer } from '../../lib/signing/der';
import { KeyFormatError } from '../../lib/signing/key-format-error';

const bytes = (...b: number[]): Uint8Array<ArrayBuffer> => new Uint8Array(b);

describe('readDer', () => {
  it('default: reads a SEQUENCE with INTEGER, NULL and OID children', () => {
    const seq = readDer(bytes(0x30, 0x0a, 0x02, 0x01, 0x05, 0x05, 0x00, 0x06, 0x03, 0x2b, 0x65, 0x70), 'x');
    expect(seq.tag).toBe(DerTag.Sequence);
    const [int, nul, oid] = readChildren(seq, 'x', [DerTag.Integer, DerTag.Null, DerTag.Oid]);
    expect(decodeSmallInteger(int ?? seq, 'v')).toBe(5);
    expect(nul?.contents.length).toBe(0);
    expect(decodeOid(oid ?? seq)).toBe('1.3.101.112');
  });

  it('args: reads long-form lengths', () => {
    const contents = new Uint8Array(300).fill(7);
    const element = readDer(encodeDer(DerTag.OctetString, contents), 'x');
    expect(element.contents).toEqual(contents);
  });

  it.each([
    ['an empty input', bytes()],
    ['a header cut short', bytes(0x30)],
    ['a length beyond the input', bytes(0x04, 0x05, 0x01)],
    ['a long length cut short', bytes(0x04, 0x82, 0x01)],
    ['an indefinite length', bytes(0x30, 0x80, 0x00, 0x00)],
    ['a 5-byte length', bytes(0x04, 0x85, 0, 0, 0, 0, 1, 0)],
    ['a multi-byte tag', bytes(0x1f, 0x01, 0x00)],
    ['trailing bytes', bytes(0x05, 0x00, 0x00)],
  ])('error: refuses %s', (_name, input) => {
    expect(() => readDer(input, 'the input')).toThrow(KeyFormatError);
  });
});

describe('readChildren', () => {
  it('error: refuses a tag mismatch or too few children, naming the tags', () => {
    const seq = readDer(bytes(0x30, 0x02, 0x05, 0x00), 'x');
    expect(() => readChildren(seq, 'the key', [DerTag.Integer])).toThrowErrorMatchingInlineSnapshot(`"the key element 0 has DER tag 0x05, expected 0x02"`);
    expect(() => readChildren(seq, 'the key', [DerTag.Null, DerTag.Oid])).toThrowErrorMatchingInlineSnapshot(`"the key has 1 elements, expected at least 2"`);
  });

  it('error: refuses a child overrunning its parent', () => {
    expect(() => readChildren(readDer(bytes(0x30, 0x02, 0x04, 0x05), 'x'), 'x')).toThrow(KeyFormatError);
  });
});

describe('expectTag', () => {
  it('error: names the expected and found tags', () => {
    expect(() => expectTag({ tag: 0x04, contents: bytes() }, 0x30, 'the key')).toThrow('the key has DER tag 0x04, expected 0x30');
  });
});

describe('decodeOid', () => {
  it('default: decodes multi-byte arcs (rsaEncryption, EC)', () => {
    expect(decodeOid({ tag: DerTag.Oid, contents: bytes(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01) })).toBe('1.2.840.113549.1.1.1');
    expect(decodeOid({ tag: DerTag.Oid, contents: bytes(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01) })).toBe('1.2.840.10045.2.1');
  });

  it('error: refuses an empty OID, an unfinished arc, an oversized arc, a wrong tag', () => {
    expect(() => decodeOid({ tag: DerTag.Oid, contents: bytes() })).toThrow(KeyFormatError);
    expect(() => decodeOid({ tag: DerTag.Oid, contents: bytes(0x2a, 0x86) })).toThrow(KeyFormatError);
    expect(() => decodeOid({ tag: DerTag.Oid, contents: bytes(0x2a, 0xff, 0xff, 0xff, 0xff, 0x7f) })).toThrow(KeyFormatError);
    expect(() => decodeOid({ tag: DerTag.Null, contents: bytes(0x2a) })).toThrow(KeyFormatError);
  });
});

describe('decodeSmallInteger', () => {
  it('error: refuses a negative, empty or large INTEGER', () => {
    for (const contents of [bytes(0x80), bytes(), bytes(1, 0, 0, 0, 0)]) {
      expect(() => decodeSmallInteger({ tag: DerTag.Integer, contents }, 'v')).toThrow(KeyFormatError);
    }
  });
});

describe('encodeDer', () => {
  it('default: encodes short and long lengths as Buffer-based DER does', () => {
    expect(Array.from(encodeDer(DerTag.Null))).toEqual([0x05, 0x00]);
    expect(Array.from(encodeDer(DerTag.Sequence, bytes(1), bytes(2, 3)))).toEqual([0x30, 0x03, 1, 2, 3]);
    expect(Array.from(encodeDer(DerTag.OctetString, new Uint8Array(0x80)).subarray(0, 3))).toEqual([0x04, 0x81, 0x80]);
    expect(Array.from(encodeDer(DerTag.OctetString, new Uint8Array(0x1234)).subarray(0, 4))).toEqual([0x04, 0x82, 0x12, 0x34]);
  });
});
