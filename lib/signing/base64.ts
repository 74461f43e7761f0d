import { KeyFormatError } from './key-format-error.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Encodes bytes as standard base64 with `=` padding and no line breaks, the form Binance wants
 * for RSA and Ed25519 signatures (signing.md §1).
 *
 * @param bytes - the bytes to encode
 * @returns the base64 text
 * @internal
 */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63);
    out += i + 1 < bytes.length ? ALPHABET.charAt((n >>> 6) & 63) : '=';
    out += i + 2 < bytes.length ? ALPHABET.charAt(n & 63) : '=';
  }
  return out;
}

/**
 * Decodes strict standard base64 (a PEM body with its line breaks removed).
 *
 * @remarks
 * Strict on purpose, unlike `atob`: a character outside the alphabet, a length that is not a
 * multiple of 4 (a truncated paste) or padding in the middle is refused rather than guessed.
 *
 * @param text - base64 text without whitespace
 * @returns the decoded bytes
 * @throws {@link KeyFormatError} when the text is not valid base64
 * @internal
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  if (text.length === 0) throw new KeyFormatError('the base64 body is empty');
  if (text.length % 4 !== 0) {
    throw new KeyFormatError(`the base64 body has ${text.length} characters, not a multiple of 4 (truncated?)`);
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < text.length - padding; i++) {
    const digit = ALPHABET.indexOf(text.charAt(i));
    if (digit < 0) throw new KeyFormatError(`the base64 body has an invalid character at position ${i}`);
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >>> bits) & 0xff;
    }
  }
  return out;
}
