import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { ConfigError } from '../../lib/errors/config-error';
import { encodeDer, DerTag } from '../../lib/signing/der';
import { parsePrivateKey, type PrivateKeyDecryptor } from '../../lib/signing/private-key';
import { readPkcs8, wrapRsaPrivateKey } from '../../lib/signing/pkcs8';
import { KeyFormatError } from '../../lib/signing/key-format-error';
import { ED25519_PRIVATE_PEM, RSA_PRIVATE_PEM } from './vectors';

const noDecrypt: PrivateKeyDecryptor = () => {
  throw new Error('decryptor must not be called');
};
const pkcs8Der = (pem: string): Uint8Array<ArrayBuffer> => new Uint8Array(createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' }));
const pem = (label: string, der: Uint8Array): string => `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64')}\n-----END ${label}-----\n`;

describe('parsePrivateKey', () => {
  it('default: an Ed25519 PKCS#8 key yields its 32-byte seed', () => {
    const key = parsePrivateKey(ED25519_PRIVATE_PEM, undefined, noDecrypt);
    expect(key.keyType).toBe('ed25519');
    if (key.keyType === 'ed25519') expect(Buffer.from(key.seed).toString('hex')).toBe('8244616b4606b8400a66fd0efcbea9af1611fd2540e975b3808b20007d9bcf6e');
  });

  it('default: an RSA key yields PKCS#8 DER that node:crypto reads back as the same key', () => {
    for (const input of [RSA_PRIVATE_PEM, createPrivateKey(RSA_PRIVATE_PEM).export({ type: 'pkcs1', format: 'pem' }) as string]) {
      const key = parsePrivateKey(input, undefined, noDecrypt);
      if (key.keyType !== 'rsa') throw new Error('expected rsa');
      const reread = createPrivateKey({ key: Buffer.from(key.pkcs8), format: 'der', type: 'pkcs8' });
      expect(reread.export({ type: 'pkcs8', format: 'pem' })).toBe(RSA_PRIVATE_PEM);
    }
  });

  it('behavior: the type comes from the structure, not the label', () => {
    // An Ed25519 PKCS#8 body labelled as PKCS#1 RSA is not an RSA key.
    expect(() => parsePrivateKey(pem('RSA PRIVATE KEY', pkcs8Der(ED25519_PRIVATE_PEM)), undefined, noDecrypt)).toThrow(ConfigError);
    // A PKCS#8 RSA body whose label says nothing about RSA is still RSA.
    expect(parsePrivateKey(pem('PRIVATE KEY', pkcs8Der(RSA_PRIVATE_PEM)), undefined, noDecrypt).keyType).toBe('rsa');
  });

  it('behavior: an encrypted key goes through the decryptor with canonical PEM and the passphrase', () => {
    const decrypt = jest.fn<Uint8Array, [string, string]>(() => pkcs8Der(ED25519_PRIVATE_PEM));
    const encrypted = pem('ENCRYPTED PRIVATE KEY', encodeDer(DerTag.Sequence, encodeDer(DerTag.Sequence), encodeDer(DerTag.OctetString)));
    expect(parsePrivateKey(encrypted.replace(/\n/g, '\r\n'), 'pw', decrypt).keyType).toBe('ed25519');
    expect(decrypt).toHaveBeenCalledWith(encrypted, 'pw');
  });

  it('behavior: a legacy OpenSSL-encrypted RSA PRIVATE KEY goes through the decryptor', () => {
    const decrypt = jest.fn<Uint8Array, [string, string]>(() => pkcs8Der(RSA_PRIVATE_PEM));
    const legacy = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00FF\n\nQUJD\n-----END RSA PRIVATE KEY-----\n';
    expect(parsePrivateKey(legacy, 'pw', decrypt).keyType).toBe('rsa');
    expect(decrypt).toHaveBeenCalledTimes(1);
  });

  it('error: a decrypted key is checked like any other (EC refused)', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'der' });
    const encrypted = pem('ENCRYPTED PRIVATE KEY', encodeDer(DerTag.Sequence, encodeDer(DerTag.Sequence), encodeDer(DerTag.OctetString)));
    expect(() => parsePrivateKey(encrypted, 'pw', () => ec)).toThrow(/EC \(ECDSA\)/);
  });

  it('error: a malformed ENCRYPTED PRIVATE KEY is refused before decryption', () => {
    expect(() => parsePrivateKey(pem('ENCRYPTED PRIVATE KEY', encodeDer(DerTag.Sequence)), 'pw', noDecrypt)).toThrowErrorMatchingInlineSnapshot(`
"privateKey is an 'ENCRYPTED PRIVATE KEY' block whose DER is malformed: the encrypted PKCS#8 key has 0 elements, expected at least 2. Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKey
Cause: the encrypted PKCS#8 key has 0 elements, expected at least 2"
`);
  });

  it('error: a ConfigError from the decryptor passes through unchanged', () => {
    const refusal = new ConfigError('wrong passphrase', 'privateKeyPassphrase');
    const encrypted = pem('ENCRYPTED PRIVATE KEY', encodeDer(DerTag.Sequence, encodeDer(DerTag.Sequence), encodeDer(DerTag.OctetString)));
    expect(() =>
      parsePrivateKey(encrypted, 'pw', () => {
        throw refusal;
      }),
    ).toThrow(refusal);
  });

  it('error: an OpenSSH key and an unknown label are named', () => {
    expect(() => parsePrivateKey(pem('OPENSSH PRIVATE KEY', new Uint8Array(3)), undefined, noDecrypt)).toThrow(/OpenSSH/);
    expect(() => parsePrivateKey(pem('DH PARAMETERS', new Uint8Array(3)), undefined, noDecrypt)).toThrow(/labelled 'DH PARAMETERS'/);
  });
});

describe('readPkcs8', () => {
  it('error: refuses an Ed25519 key of the wrong length and a PKCS#8 version above 1', () => {
    const der = pkcs8Der(ED25519_PRIVATE_PEM);
    const shortSeed = encodeDer(
      DerTag.Sequence,
      encodeDer(DerTag.Integer, new Uint8Array([0])),
      encodeDer(DerTag.Sequence, encodeDer(DerTag.Oid, new Uint8Array([0x2b, 0x65, 0x70]))),
      encodeDer(DerTag.OctetString, encodeDer(DerTag.OctetString, new Uint8Array(31))),
    );
    expect(() => readPkcs8(shortSeed)).toThrow('the Ed25519 private key has 31 bytes, expected 32');
    const v2 = Uint8Array.from(der);
    v2[4] = 2; // SEQUENCE(30 2e) INTEGER(02 01) value
    expect(() => readPkcs8(v2)).toThrow(KeyFormatError);
  });
});

describe('wrapRsaPrivateKey', () => {
  it('error: refuses a multi-prime (version 1) or short RSA key', () => {
    const int = (n: number): Uint8Array => encodeDer(DerTag.Integer, new Uint8Array([n]));
    expect(() => wrapRsaPrivateKey(encodeDer(DerTag.Sequence, int(1), ...Array.from({ length: 9 }, () => int(3))))).toThrow(KeyFormatError);
    expect(() => wrapRsaPrivateKey(encodeDer(DerTag.Sequence, int(0), int(3)))).toThrow(KeyFormatError);
  });
});
