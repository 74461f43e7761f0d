import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { inspect } from 'node:util';
import { ConfigError } from '../../lib/errors/config-error';
import { Credentials, type CredentialsInit } from '../../lib/signing/credentials';
import { leakedSecrets, pemBodyLines, signOnce } from './helpers';
import { ED25519_PRIVATE_PEM, ED25519_VECTORS, RSA_PRIVATE_PEM, RSA_PUBLIC_PEM, RSA_VECTORS, SPOT_API_KEY, SPOT_SECRET } from './vectors';

const PASSPHRASE = 'correct horse battery staple';
const ENCRYPTED_RSA_PEM = createPrivateKey(RSA_PRIVATE_PEM).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: PASSPHRASE }) as string;
const [RSA_TIMESTAMP_PAYLOAD = '', RSA_TIMESTAMP_SIGNATURE = ''] = RSA_VECTORS[0] ?? [];
const [, ED25519_PAYLOAD = '', ED25519_SIGNATURE = ''] = ED25519_VECTORS[1] ?? [];

/** The error a constructor throws (fails the test if it throws none). */
function thrownBy(init: unknown): ConfigError {
  try {
    new Credentials(init as CredentialsInit);
  } catch (e: unknown) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected new Credentials() to throw');
}

describe('Credentials', () => {
  describe('key detection', () => {
    it('default: apiSecret gives an HMAC signer (§4.2)', async () => {
      const c = new Credentials({ apiKey: SPOT_API_KEY, apiSecret: SPOT_SECRET });
      expect(c.keyType).toBe('hmac');
      expect(await signOnce(c, 'timestamp=1578963600000')).toBe('d84e6641b1e328e7b418fff030caed655c266299c9355e36ce801ed14631eed4');
    });

    it('default: a PKCS#8 RSA key is detected as rsa (§4.12)', async () => {
      const c = new Credentials({ apiKey: 'k', privateKey: RSA_PRIVATE_PEM });
      expect(c.keyType).toBe('rsa');
      expect(await signOnce(c, RSA_TIMESTAMP_PAYLOAD)).toBe(RSA_TIMESTAMP_SIGNATURE);
    });

    it('default: a PKCS#8 Ed25519 key is detected as ed25519 (§4.12)', async () => {
      const c = new Credentials({ apiKey: 'k', privateKey: ED25519_PRIVATE_PEM });
      expect(c.keyType).toBe('ed25519');
      expect(await signOnce(c, ED25519_PAYLOAD)).toBe(ED25519_SIGNATURE);
    });

    it.each(RSA_VECTORS)('args: a PKCS#1 RSA PRIVATE KEY signs %s like its PKCS#8 form', async (payload, signature) => {
      const pkcs1 = createPrivateKey(RSA_PRIVATE_PEM).export({ type: 'pkcs1', format: 'pem' }) as string;
      const c = new Credentials({ apiKey: 'k', privateKey: pkcs1 });
      expect(c.keyType).toBe('rsa');
      expect(await signOnce(c, payload)).toBe(signature);
    });

    it('args: an OpenSSL 3 PKCS#8 v2 Ed25519 key (with its public key) is accepted', async () => {
      // RFC 5958 OneAsymmetricKey v1 with [1] publicKey, as `openssl genpkey` may write it.
      const v2 =
        '-----BEGIN PRIVATE KEY-----\nMFECAQEwBQYDK2VwBCIEIIJEYWtGBrhACmb9Dvy+qa8WEf0lQOl1s4CLIAB9m89ugSEAGUIKv9dSpWXBViXp2m6vAIb8QMFJYBgyFEQsFJlqgA0=\n-----END PRIVATE KEY-----';
      expect(await signOnce(new Credentials({ apiKey: 'k', privateKey: v2 }), ED25519_PAYLOAD)).toBe(ED25519_SIGNATURE);
    });

    it('args: privateKeyPassphrase is ignored for an unencrypted key', async () => {
      const c = new Credentials({ apiKey: 'k', privateKey: ED25519_PRIVATE_PEM, privateKeyPassphrase: 'unused' });
      expect(await signOnce(c, ED25519_PAYLOAD)).toBe(ED25519_SIGNATURE);
    });

    it.each([
      ['CRLF line ends', (pem: string) => pem.replace(/\n/g, '\r\n')],
      ['surrounding whitespace and indentation', (pem: string) => `\n\n   ${pem.split('\n').join('\n    ')}  \n\t`],
      ['line breaks collapsed to spaces', (pem: string) => pem.replace(/\n/g, ' ')],
      ['literal \\n escapes from a .env file', (pem: string) => pem.replace(/\n/g, '\\n')],
      ['one long body line', (pem: string) => {
        const lines = pem.trim().split('\n');
        return [lines[0], lines.slice(1, -1).join(''), lines[lines.length - 1]].join('\n');
      }],
    ])('args: tolerates %s', async (_name, mangle) => {
      const c = new Credentials({ apiKey: 'k', privateKey: mangle(RSA_PRIVATE_PEM) });
      expect(await signOnce(c, RSA_TIMESTAMP_PAYLOAD)).toBe(RSA_TIMESTAMP_SIGNATURE);
    });

    it('args: accepts the PEM as UTF-8 bytes and keeps its own copy of the key', async () => {
      const bytes = new TextEncoder().encode(ED25519_PRIVATE_PEM);
      const c = new Credentials({ apiKey: 'k', privateKey: bytes });
      bytes.fill(0);
      expect(await signOnce(c, ED25519_PAYLOAD)).toBe(ED25519_SIGNATURE);
    });
  });

  describe('refusals', () => {
    it('error: an EC key (PKCS#8)', () => {
      const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
      const e = thrownBy({ apiKey: 'k', privateKey: ec });
      expect(e.option).toBe('privateKey');
      expect(() => new Credentials({ apiKey: 'k', privateKey: ec })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is an EC (ECDSA) key (PKCS#8 algorithm OID 1.2.840.10045.2.1); Binance API keys are RSA (rsaEncryption, signed with PKCS#1 v1.5) or Ed25519. Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKey"
`);
    });

    it('error: an EC key (SEC1 EC PRIVATE KEY)', () => {
      const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string;
      expect(() => new Credentials({ apiKey: 'k', privateKey: ec })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is an EC (ECDSA) key ('EC PRIVATE KEY'); Binance API keys are RSA or Ed25519. Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKey"
`);
    });

    it('error: a PUBLIC KEY', () => {
      expect(() => new Credentials({ apiKey: 'k', privateKey: RSA_PUBLIC_PEM })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is a public key ('PUBLIC KEY'); pass the private key (the public one is what you register with Binance). Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKey"
`);
    });

    it('error: garbage', () => {
      expect(() => new Credentials({ apiKey: 'k', privateKey: 'not a key at all' })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is not a readable PEM key: it does not start with a '-----BEGIN …-----' line, so it is not PEM text. Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKey
Cause: it does not start with a '-----BEGIN …-----' line, so it is not PEM text"
`);
    });

    it('error: truncated base64 (characters cut from the body)', () => {
      const truncated = RSA_PRIVATE_PEM.replace('miJlY6JEKpSxvkrS04XrbvHk', 'miJlY6JEKpSxvkr');
      expect(() => new Credentials({ apiKey: 'k', privateKey: truncated })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is not a readable PEM key: the base64 body has 1615 characters, not a multiple of 4 (truncated?). Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKey
Cause: the base64 body has 1615 characters, not a multiple of 4 (truncated?)"
`);
    });

    it('error: truncated DER (whole lines cut from the body)', () => {
      const lines = RSA_PRIVATE_PEM.trim().split('\n');
      const truncated = [...lines.slice(0, 10), lines[lines.length - 1]].join('\n');
      expect(() => new Credentials({ apiKey: 'k', privateKey: truncated })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is a 'PRIVATE KEY' block whose DER is malformed: the PKCS#8 key declares 1214 bytes of DER content at offset 4, but only 428 remain (truncated?). Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKey
Cause: the PKCS#8 key declares 1214 bytes of DER content at offset 4, but only 428 remain (truncated?)"
`);
    });

    it('error: a certificate', () => {
      expect(() => new Credentials({ apiKey: 'k', privateKey: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----' })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is a certificate ('CERTIFICATE'), not a private key. Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKey"
`);
    });

    it.each([
      ['rsa-pss', () => generateKeyPairSync('rsa-pss', { modulusLength: 2048 }).privateKey],
      ['ed448', () => generateKeyPairSync('ed448').privateKey],
      ['x25519', () => generateKeyPairSync('x25519').privateKey],
    ])('error: a PKCS#8 %s key names its algorithm', (_name, make) => {
      const e = thrownBy({ apiKey: 'k', privateKey: make().export({ type: 'pkcs8', format: 'pem' }) as string });
      expect(e.option).toBe('privateKey');
      expect(e.message).toMatch(/^privateKey is an? [\w-]+ key \(PKCS#8 algorithm OID [\d.]+\); Binance API keys are RSA/);
    });

    it('error: binary DER bytes instead of PEM', () => {
      const der = new Uint8Array(createPrivateKey(RSA_PRIVATE_PEM).export({ type: 'pkcs8', format: 'der' }));
      expect(() => new Credentials({ apiKey: 'k', privateKey: der })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is not a readable PEM key: the bytes look like binary DER, not PEM text; convert them with \`openssl pkey -inform DER -outform PEM\`. Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKey
Cause: the bytes look like binary DER, not PEM text; convert them with \`openssl pkey -inform DER -outform PEM\`"
`);
    });

    it('error: an encrypted key without passphrase', () => {
      expect(thrownBy({ apiKey: 'k', privateKey: ENCRYPTED_RSA_PEM }).option).toBe('privateKeyPassphrase');
      expect(() => new Credentials({ apiKey: 'k', privateKey: ENCRYPTED_RSA_PEM })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is an encrypted key ('ENCRYPTED PRIVATE KEY') but no privateKeyPassphrase was given. Accepted: PEM text (or its UTF-8 bytes) of a PKCS#8 'PRIVATE KEY' (RSA or Ed25519), a PKCS#1 'RSA PRIVATE KEY', or an 'ENCRYPTED PRIVATE KEY' with privateKeyPassphrase.

Option: privateKeyPassphrase"
`);
    });

    it('error: an encrypted key in the core build (Node-only)', () => {
      expect(() => new Credentials({ apiKey: 'k', privateKey: ENCRYPTED_RSA_PEM, privateKeyPassphrase: PASSPHRASE })).toThrowErrorMatchingInlineSnapshot(`
"privateKey is encrypted, and encrypted PEM keys are supported by the Node entry point only. Decrypt it beforehand (e.g. \`openssl pkey -in key.pem -out plain.pem\`) or use binance-rx in Node.

Option: privateKey"
`);
    });

    it('error: empty apiKey', () => {
      expect(() => new Credentials({ apiKey: '', apiSecret: SPOT_SECRET })).toThrowErrorMatchingInlineSnapshot(`
"apiKey must be a non-empty string.

Option: apiKey"
`);
    });

    it('error: apiKey with a trailing newline', () => {
      expect(() => new Credentials({ apiKey: `${SPOT_API_KEY}\n`, apiSecret: SPOT_SECRET })).toThrowErrorMatchingInlineSnapshot(`
"apiKey has whitespace at position 64 of 65 (a stray newline or space from a file or environment variable?); Binance API keys are visible ASCII without spaces.

Option: apiKey"
`);
    });

    it.each([['a space', 'ab cd'], ['a tab', 'ab\tcd'], ['a NUL', 'ab\u0000cd'], ['non-ASCII', 'abcé']])('error: apiKey with %s', (_name, apiKey) => {
      expect(thrownBy({ apiKey, apiSecret: SPOT_SECRET }).option).toBe('apiKey');
    });

    it('error: both apiSecret and privateKey', () => {
      expect(() => new Credentials({ apiKey: 'k', apiSecret: SPOT_SECRET, privateKey: ED25519_PRIVATE_PEM } as unknown as CredentialsInit)).toThrowErrorMatchingInlineSnapshot(`
"Credentials take either apiSecret (an HMAC key) or privateKey (an RSA or Ed25519 key), not both.

Option: credentials"
`);
    });

    it('error: neither apiSecret nor privateKey', () => {
      expect(() => new Credentials({ apiKey: 'k' } as unknown as CredentialsInit)).toThrowErrorMatchingInlineSnapshot(`
"Credentials need apiSecret (an HMAC key) or privateKey (an RSA or Ed25519 key) besides apiKey.

Option: credentials"
`);
    });

    it.each([
      ['an empty apiSecret', { apiKey: 'k', apiSecret: '' }, 'apiSecret'],
      ['a non-string apiSecret', { apiKey: 'k', apiSecret: 42 }, 'apiSecret'],
      ['a non-string apiKey', { apiKey: 42, apiSecret: 's' }, 'apiKey'],
      ['a privateKey of the wrong type', { apiKey: 'k', privateKey: 42 }, 'privateKey'],
      ['a passphrase of the wrong type', { apiKey: 'k', privateKey: ED25519_PRIVATE_PEM, privateKeyPassphrase: 42 }, 'privateKeyPassphrase'],
      ['no object', null, 'credentials'],
    ])('error: %s', (_name, init, option) => {
      expect(thrownBy(init).option).toBe(option);
    });
  });

  describe('secrets', () => {
    const ed25519 = new Credentials({ apiKey: SPOT_API_KEY, privateKey: ED25519_PRIVATE_PEM });
    const rsa = new Credentials({ apiKey: SPOT_API_KEY, privateKey: RSA_PRIVATE_PEM, privateKeyPassphrase: PASSPHRASE });
    const hmac = new Credentials({ apiKey: SPOT_API_KEY, apiSecret: SPOT_SECRET });
    const SECRETS = [SPOT_API_KEY, SPOT_SECRET, PASSPHRASE, ...pemBodyLines(ED25519_PRIVATE_PEM), ...pemBodyLines(RSA_PRIVATE_PEM), ...pemBodyLines(ENCRYPTED_RSA_PEM)];

    it.each([
      ['hmac', hmac],
      ['rsa', rsa],
      ['ed25519', ed25519],
    ])('behavior: %s credentials show no secret however they are printed', (_name, c) => {
      const renderings = [
        inspect(c),
        inspect(c, { showHidden: true, depth: 5 }),
        inspect(c, { showHidden: true, depth: 5, customInspect: false }),
        JSON.stringify(c),
        JSON.stringify({ credentials: c }),
        String(c),
        `${c}`,
        JSON.stringify(Object.keys(c)),
        inspect({ ...c }, { showHidden: true }),
        inspect(Object.getOwnPropertyNames(c).map((name) => (c as unknown as Record<string, unknown>)[name])),
      ];
      for (const text of renderings) expect(leakedSecrets(text, SECRETS)).toEqual([]);
      expect(Object.keys(c)).toEqual(['keyType']);
      expect({ ...c }).toEqual({ keyType: c.keyType });
    });

    it('default: printed forms show the key type and a redacted apiKey', () => {
      expect(inspect(ed25519)).toBe("Credentials { keyType: 'ed25519', apiKey: <redacted> }");
      expect(String(hmac)).toBe("Credentials { keyType: 'hmac', apiKey: <redacted> }");
      expect(JSON.stringify(rsa)).toBe('{"keyType":"rsa","apiKey":"<redacted>"}');
    });

    it('default: apiKey is a prototype getter, not an own property', () => {
      expect(hmac.apiKey).toBe(SPOT_API_KEY);
      expect(Object.getOwnPropertyNames(hmac)).not.toContain('apiKey');
      expect(typeof Object.getOwnPropertyDescriptor(Credentials.prototype, 'apiKey')?.get).toBe('function');
    });

    it('behavior: no refusal message or cause chain holds a secret', () => {
      const lines = RSA_PRIVATE_PEM.trim().split('\n');
      const inits: unknown[] = [
        { apiKey: `${SPOT_API_KEY} `, apiSecret: SPOT_SECRET },
        { apiKey: SPOT_API_KEY, apiSecret: SPOT_SECRET, privateKey: RSA_PRIVATE_PEM },
        { apiKey: SPOT_API_KEY, privateKey: RSA_PRIVATE_PEM.replace('miJlY6JEKpSxvkrS04XrbvHk', 'miJlY6JEKpSxvkr') },
        { apiKey: SPOT_API_KEY, privateKey: [...lines.slice(0, 10), lines[lines.length - 1]].join('\n') },
        { apiKey: SPOT_API_KEY, privateKey: RSA_PRIVATE_PEM.replace('-----END PRIVATE KEY-----', '') },
        { apiKey: SPOT_API_KEY, privateKey: RSA_PRIVATE_PEM.replace('PRIVATE KEY', 'EC PRIVATE KEY') },
        { apiKey: SPOT_API_KEY, privateKey: ENCRYPTED_RSA_PEM },
        { apiKey: SPOT_API_KEY, privateKey: ENCRYPTED_RSA_PEM, privateKeyPassphrase: PASSPHRASE },
      ];
      for (const init of inits) {
        const e = thrownBy(init);
        expect(leakedSecrets(`${e.message}\n${inspect(e, { depth: 10 })}`, SECRETS)).toEqual([]);
      }
    });
  });

  it('behavior: one instance serves concurrent signers (no per-client state)', async () => {
    const c = new Credentials({ apiKey: 'k', privateKey: RSA_PRIVATE_PEM });
    const results = await Promise.all(RSA_VECTORS.flatMap(([payload]) => [signOnce(c, payload), signOnce(c, payload)]));
    expect(results).toEqual(RSA_VECTORS.flatMap(([, signature]) => [signature, signature]));
  });
});
