import { createPrivateKey } from 'node:crypto';
import { inspect } from 'node:util';
import { ConfigError } from '../../lib/errors/config-error';
import { Credentials } from '../../lib/platform/node-credentials';
import { Credentials as CoreCredentials } from '../../lib/signing/credentials';
import { leakedSecrets, pemBodyLines, signOnce } from '../signing/helpers';
import { ED25519_PRIVATE_PEM, ED25519_VECTORS, RSA_PRIVATE_PEM, RSA_VECTORS } from '../signing/vectors';

// The copy binance-signature-examples ships as encrypted_private_key.pem uses passphrase 'password'.
const PASSPHRASE = 'password';
const encrypted = (pem: string, type: 'pkcs8' | 'pkcs1' = 'pkcs8'): string =>
  createPrivateKey(pem).export({ type, format: 'pem', cipher: 'aes-256-cbc', passphrase: PASSPHRASE }) as string;
const ENCRYPTED_RSA = encrypted(RSA_PRIVATE_PEM);

describe('Credentials (Node)', () => {
  it('default: is a core Credentials', () => {
    expect(new Credentials({ apiKey: 'k', privateKey: ED25519_PRIVATE_PEM })).toBeInstanceOf(CoreCredentials);
  });

  it.each(RSA_VECTORS)('default: an encrypted PKCS#8 copy of the §4.12 RSA key signs %s identically', async (payload, signature) => {
    expect(ENCRYPTED_RSA).toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
    const c = new Credentials({ apiKey: 'k', privateKey: ENCRYPTED_RSA, privateKeyPassphrase: PASSPHRASE });
    expect(c.keyType).toBe('rsa');
    expect(await signOnce(c, payload)).toBe(signature);
  });

  it('args: an encrypted Ed25519 key, given as UTF-8 bytes with CRLF', async () => {
    const [, payload = '', signature = ''] = ED25519_VECTORS[0] ?? [];
    const bytes = new TextEncoder().encode(encrypted(ED25519_PRIVATE_PEM).replace(/\n/g, '\r\n'));
    const c = new Credentials({ apiKey: 'k', privateKey: bytes, privateKeyPassphrase: PASSPHRASE });
    expect(c.keyType).toBe('ed25519');
    expect(await signOnce(c, payload)).toBe(signature);
  });

  it('args: a legacy OpenSSL-encrypted RSA PRIVATE KEY (Proc-Type header)', async () => {
    const legacy = encrypted(RSA_PRIVATE_PEM, 'pkcs1');
    expect(legacy).toContain('Proc-Type: 4,ENCRYPTED');
    const [payload = '', signature = ''] = RSA_VECTORS[0] ?? [];
    expect(await signOnce(new Credentials({ apiKey: 'k', privateKey: legacy, privateKeyPassphrase: PASSPHRASE }), payload)).toBe(signature);
  });

  it('args: unencrypted keys behave as in the core', async () => {
    const [payload = '', signature = ''] = RSA_VECTORS[1] ?? [];
    expect(await signOnce(new Credentials({ apiKey: 'k', privateKey: RSA_PRIVATE_PEM, privateKeyPassphrase: 'ignored' }), payload)).toBe(signature);
  });

  it('error: the core Credentials refuses the same encrypted key (Node-only)', () => {
    expect(() => new CoreCredentials({ apiKey: 'k', privateKey: ENCRYPTED_RSA, privateKeyPassphrase: PASSPHRASE })).toThrow(/Node entry point only/);
  });

  it('error: a wrong passphrase', () => {
    let error: unknown;
    try {
      new Credentials({ apiKey: 'k', privateKey: ENCRYPTED_RSA, privateKeyPassphrase: 'wrong-passphrase' });
    } catch (e: unknown) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).option).toBe('privateKeyPassphrase');
    expect((error as ConfigError).cause).toHaveProperty('message', expect.stringMatching(/decrypt/i));
    expect((error as ConfigError).message).toMatchInlineSnapshot(`
"privateKey could not be decrypted: the privateKeyPassphrase is wrong, or the key uses a cipher this Node build lacks.

Option: privateKeyPassphrase"
`);
    const secrets = ['wrong-passphrase', PASSPHRASE, ...pemBodyLines(ENCRYPTED_RSA), ...pemBodyLines(RSA_PRIVATE_PEM)];
    expect(leakedSecrets(inspect(error, { depth: 10 }), secrets)).toEqual([]);
  });

  it('error: an encrypted key without passphrase', () => {
    expect(() => new Credentials({ apiKey: 'k', privateKey: ENCRYPTED_RSA })).toThrow(expect.objectContaining({ option: 'privateKeyPassphrase' }) as Error);
  });

  it('behavior: keeps neither the passphrase nor the key text', () => {
    const c = new Credentials({ apiKey: 'API-KEY-123', privateKey: ENCRYPTED_RSA, privateKeyPassphrase: PASSPHRASE });
    const secrets = ['API-KEY-123', PASSPHRASE, ...pemBodyLines(ENCRYPTED_RSA), ...pemBodyLines(RSA_PRIVATE_PEM)];
    for (const text of [inspect(c), inspect(c, { showHidden: true, depth: 5 }), inspect(c, { showHidden: true, depth: 5, customInspect: false }), JSON.stringify(c), String(c)]) {
      expect(leakedSecrets(text, secrets)).toEqual([]);
    }
  });
});
