import { KeyFormatError } from './key-format-error.js';

/** DER tags the private-key reader needs (X.690 §8). @internal */
export const DerTag = {
  Integer: 0x02,
  BitString: 0x03,
  OctetString: 0x04,
  Null: 0x05,
  Oid: 0x06,
  Sequence: 0x30,
  /** `[0]` constructed, e.g. PKCS#8 `attributes` (RFC 5958). */
  Context0: 0xa0,
  /** `[1]` constructed. */
  Context1: 0xa1,
  /** `[1]` primitive, e.g. PKCS#8 v2 `publicKey` (RFC 5958). */
  Context1Primitive: 0x81,
} as const;

/** One DER element: its tag and its contents (a view into the input, not a copy). @internal */
export interface DerElement {
  readonly tag: number;
  readonly contents: Uint8Array<ArrayBuffer>;
}

/**
 * Reads a buffer that must hold exactly one DER element.
 *
 * @param bytes - the whole encoding
 * @param what - what the bytes are meant to be, for the error message
 * @returns the element
 * @throws {@link KeyFormatError} on a malformed encoding or trailing bytes
 * @internal
 */
export function readDer(bytes: Uint8Array<ArrayBuffer>, what: string): DerElement {
  const { element, end } = readElement(bytes, 0, what);
  if (end !== bytes.length) throw new KeyFormatError(`${what} has ${bytes.length - end} trailing bytes after its DER value`);
  return element;
}

/**
 * Reads the children of a constructed element (SEQUENCE, context tag), checking the first tags.
 *
 * @param element - the parent element
 * @param what - what the parent is, for the error message
 * @param expected - the tags the first children must have
 * @returns all children, in order
 * @throws {@link KeyFormatError} on a malformed child or a tag mismatch
 * @internal
 */
export function readChildren(element: DerElement, what: string, expected: readonly number[] = []): DerElement[] {
  const children: DerElement[] = [];
  for (let offset = 0; offset < element.contents.length; ) {
    const { element: child, end } = readElement(element.contents, offset, what);
    children.push(child);
    offset = end;
  }
  expected.forEach((tag, i) => {
    const child = children[i];
    if (child === undefined) throw new KeyFormatError(`${what} has ${children.length} elements, expected at least ${expected.length}`);
    expectTag(child, tag, `${what} element ${i}`);
  });
  return children;
}

/**
 * Checks an element's tag.
 *
 * @throws {@link KeyFormatError} when it differs
 * @internal
 */
export function expectTag(element: DerElement, tag: number, what: string): void {
  if (element.tag !== tag) throw new KeyFormatError(`${what} has DER tag ${hex(element.tag)}, expected ${hex(tag)}`);
}

/**
 * Decodes an OBJECT IDENTIFIER to dotted form (`1.2.840.113549.1.1.1`).
 *
 * @throws {@link KeyFormatError} on a malformed identifier
 * @internal
 */
export function decodeOid(element: DerElement): string {
  expectTag(element, DerTag.Oid, 'the algorithm identifier');
  const bytes = element.contents;
  const arcs: number[] = [];
  let value = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    // Arcs are base-128 with a continuation bit; a value this large is no algorithm we know.
    if (value > 0xffffff) throw new KeyFormatError('the algorithm identifier has an oversized arc');
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      arcs.push(value);
      value = 0;
    } else if (i === bytes.length - 1) {
      throw new KeyFormatError('the algorithm identifier ends inside an arc');
    }
  }
  const first = arcs.shift();
  if (first === undefined) throw new KeyFormatError('the algorithm identifier is empty');
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

/**
 * Reads a small non-negative INTEGER such as a structure's version.
 *
 * @throws {@link KeyFormatError} when it is not an INTEGER or does not fit
 * @internal
 */
export function decodeSmallInteger(element: DerElement, what: string): number {
  expectTag(element, DerTag.Integer, what);
  const bytes = element.contents;
  if (bytes.length === 0 || bytes.length > 4 || ((bytes[0] ?? 0) & 0x80) !== 0) {
    throw new KeyFormatError(`${what} is not a small non-negative INTEGER`);
  }
  return bytes.reduce((n, b) => n * 256 + b, 0);
}

/**
 * Encodes one DER element (the inverse of {@link readDer}), to wrap a key in a new structure.
 *
 * @param tag - the tag byte
 * @param parts - the contents, concatenated in order
 * @returns the encoding
 * @internal
 */
export function encodeDer(tag: number, ...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const lengthBytes: number[] = [];
  if (length < 0x80) lengthBytes.push(length);
  else {
    for (let n = length; n > 0; n = Math.floor(n / 256)) lengthBytes.unshift(n % 256);
    lengthBytes.unshift(0x80 | lengthBytes.length);
  }
  const out = new Uint8Array(1 + lengthBytes.length + length);
  out[0] = tag;
  out.set(lengthBytes, 1);
  let offset = 1 + lengthBytes.length;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function readElement(bytes: Uint8Array<ArrayBuffer>, offset: number, what: string): { element: DerElement; end: number } {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined) throw new KeyFormatError(`${what} ends in the middle of a DER header`);
  if ((tag & 0x1f) === 0x1f) throw new KeyFormatError(`${what} uses a multi-byte DER tag, which no private key format has`);
  let start = offset + 2;
  let length = first;
  if (first === 0x80) throw new KeyFormatError(`${what} uses an indefinite length, which DER forbids`);
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) throw new KeyFormatError(`${what} declares a ${count}-byte length`);
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = bytes[start + i];
      if (b === undefined) throw new KeyFormatError(`${what} ends in the middle of a DER length`);
      length = length * 256 + b;
    }
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) {
    throw new KeyFormatError(`${what} declares ${length} bytes of DER content at offset ${start}, but only ${bytes.length - start} remain (truncated?)`);
  }
  return { element: { tag, contents: bytes.subarray(start, end) }, end };
}

function hex(tag: number): string {
  return `0x${tag.toString(16).padStart(2, '0')}`;
}
