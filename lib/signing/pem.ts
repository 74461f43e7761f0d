import { decodeBase64, encodeBase64 } from './base64.js';
import { KeyFormatError } from './key-format-error.js';

/** One decoded PEM block. @internal */
export interface PemBlock {
  /** The label between `BEGIN ` and the dashes, e.g. `PRIVATE KEY`. */
  readonly label: string;
  /** RFC 1421 headers such as `Proc-Type` (legacy OpenSSL encryption), by name. */
  readonly headers: ReadonlyMap<string, string>;
  /** The base64 body, decoded. */
  readonly der: Uint8Array<ArrayBuffer>;
}

// RFC 7468 labels are printable ASCII without '-'; keys only ever use capitals, digits and spaces.
const BLOCK = /^-----BEGIN ([A-Z0-9 ]{1,64})-----\s*([\s\S]*?)\s*-----END ([A-Z0-9 ]{1,64})-----$/;
const HEADER = /^([A-Za-z][A-Za-z0-9-]*): *(.*)$/;

/**
 * Decodes one PEM block: its label, legacy headers and DER bytes.
 *
 * @remarks
 * Tolerates what copying keys around does to them: CRLF line ends, indentation, whitespace
 * around the block, line breaks collapsed to spaces, and literal `\n` escapes left by `.env`
 * files (base64 has no backslash, so this is unambiguous). Refuses anything else: text around
 * the block, several blocks, mismatched labels, bad base64.
 *
 * @param input - PEM text, or its UTF-8 bytes
 * @returns the block
 * @throws {@link KeyFormatError} when the input is not exactly one well-formed PEM block
 * @internal
 */
export function parsePem(input: string | Uint8Array): PemBlock {
  const text = (typeof input === 'string' ? input : decodeUtf8(input))
    .replace(/\\r\\n|\\n/g, '\n')
    .replace(/\r\n?/g, '\n')
    .trim();
  const match = BLOCK.exec(text);
  if (match === null) throw new KeyFormatError(describeNonPem(text));
  const [, label = '', body = '', endLabel = ''] = match;
  if (body.includes('-----')) throw new KeyFormatError('the text holds more than one PEM block; give exactly one private key');
  if (endLabel !== label) throw new KeyFormatError(`the PEM block begins as '${label}' but ends as '${endLabel}'`);
  const lines = body.split('\n').map((line) => line.trim());
  const headers = new Map<string, string>();
  // RFC 1421 headers (e.g. `Proc-Type: 4,ENCRYPTED`) come first, then a blank line.
  for (let header = HEADER.exec(lines[0] ?? ''); header !== null; header = HEADER.exec(lines[0] ?? '')) {
    headers.set(header[1] ?? '', header[2] ?? '');
    lines.shift();
  }
  return { label, headers, der: decodeBase64(lines.join('').replace(/\s+/g, '')) };
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new KeyFormatError(
      bytes[0] === 0x30
        ? 'the bytes look like binary DER, not PEM text; convert them with `openssl pkey -inform DER -outform PEM`'
        : 'the bytes are not UTF-8 text, so not PEM',
    );
  }
}

function describeNonPem(text: string): string {
  if (text.length === 0) return 'it is empty';
  if (!text.startsWith('-----BEGIN ')) return "it does not start with a '-----BEGIN …-----' line, so it is not PEM text";
  if (!/-----END [^\n]*-----$/.test(text)) return "it does not end with an '-----END …-----' line (truncated, or text after the block?)";
  return 'it is not a well-formed PEM block';
}

/**
 * Writes a block back as canonical PEM (LF line ends, 64-character lines), so a decryptor
 * such as Node's `createPrivateKey` never sees the damage {@link parsePem} tolerates.
 *
 * @param block - a block read by {@link parsePem}
 * @returns PEM text ending in a newline
 * @internal
 */
export function formatPem(block: PemBlock): string {
  const headers = [...block.headers].map(([name, value]) => `${name}: ${value}\n`).join('');
  const body = encodeBase64(block.der).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${block.label}-----\n${headers}${headers === '' ? '' : '\n'}${body}-----END ${block.label}-----\n`;
}
