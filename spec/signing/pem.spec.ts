import { formatPem, parsePem } from '../../lib/signing/pem';
import { KeyFormatError } from '../../lib/signing/key-format-error';
import { ED25519_PRIVATE_PEM, RSA_PRIVATE_PEM } from './vectors';

const ED25519_DER = Buffer.from('MC4CAQAwBQYDK2VwBCIEIIJEYWtGBrhACmb9Dvy+qa8WEf0lQOl1s4CLIAB9m89u', 'base64');

describe('parsePem', () => {
  it('default: returns the label and the decoded body', () => {
    const block = parsePem(ED25519_PRIVATE_PEM);
    expect(block.label).toBe('PRIVATE KEY');
    expect(Buffer.from(block.der)).toEqual(ED25519_DER);
    expect(block.headers.size).toBe(0);
  });

  it('args: accepts UTF-8 bytes, CRLF and surrounding whitespace', () => {
    const text = `\r\n  ${ED25519_PRIVATE_PEM.replace(/\n/g, '\r\n')}\r\n\t`;
    expect(Buffer.from(parsePem(new TextEncoder().encode(text)).der)).toEqual(ED25519_DER);
  });

  it('args: reads RFC 1421 headers of legacy encrypted keys', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00FF\n\nQUJD\n-----END RSA PRIVATE KEY-----\n';
    const block = parsePem(pem);
    expect(block.headers.get('Proc-Type')).toBe('4,ENCRYPTED');
    expect(block.headers.get('DEK-Info')).toBe('AES-256-CBC,00FF');
    expect(Buffer.from(block.der).toString()).toBe('ABC');
    expect(formatPem(block)).toBe(pem);
  });

  it.each([
    ['empty text', ''],
    ['garbage', 'hello world'],
    ['text before the block', `key:\n${ED25519_PRIVATE_PEM}`],
    ['text after the block', `${ED25519_PRIVATE_PEM}trailing`],
    ['two blocks', `${ED25519_PRIVATE_PEM}${ED25519_PRIVATE_PEM}`],
    ['mismatched labels', ED25519_PRIVATE_PEM.replace('END PRIVATE KEY', 'END PUBLIC KEY')],
    ['a missing END line', ED25519_PRIVATE_PEM.replace('-----END PRIVATE KEY-----', '')],
    ['bad base64', ED25519_PRIVATE_PEM.replace('MC4C', 'MC4!')],
    ['an empty body', '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----'],
    ['invalid UTF-8 bytes', new Uint8Array([0xff, 0xfe, 0x00])],
  ])('error: refuses %s', (_name, input) => {
    expect(() => parsePem(input)).toThrow(KeyFormatError);
  });

  it('error: messages never quote the body', () => {
    const body = RSA_PRIVATE_PEM.split('\n').slice(1, -2);
    for (const input of [RSA_PRIVATE_PEM.replace('MIIE', 'MI!E'), `x${RSA_PRIVATE_PEM}`, RSA_PRIVATE_PEM.slice(0, 500)]) {
      let message = '';
      try {
        parsePem(input);
      } catch (e: unknown) {
        message = (e as Error).message;
      }
      expect(message).not.toBe('');
      expect(body.filter((line) => message.includes(line))).toEqual([]);
    }
  });
});

describe('formatPem', () => {
  it('default: writes canonical PEM with 64-character lines', () => {
    expect(formatPem(parsePem(RSA_PRIVATE_PEM.replace(/\n/g, '\r\n')))).toBe(RSA_PRIVATE_PEM);
  });
});
