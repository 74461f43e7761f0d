import { createPrivateKey } from 'node:crypto';
import { ConfigError } from '../../lib/errors/config-error';
import { parsePrivateKey } from '../../lib/signing/private-key';
import { RsaSigner } from '../../lib/signing/rsa';
import { signAll, signOnce } from './helpers';
import { RSA_PRIVATE_PEM, RSA_VECTORS } from './vectors';

function rsaSigner(pem: string): RsaSigner {
  const key = parsePrivateKey(pem, undefined, () => {
    throw new Error('not encrypted');
  });
  if (key.keyType !== 'rsa') throw new Error(`expected an RSA key, got ${key.keyType}`);
  return new RsaSigner(key.pkcs8);
}

describe('RsaSigner', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each(RSA_VECTORS)('default: signs %s with the §4.12 sample key to the computed value', async (payload, signature) => {
    expect(await signOnce(rsaSigner(RSA_PRIVATE_PEM), payload)).toBe(signature);
  });

  it.each(RSA_VECTORS)('args: the same key as PKCS#1 (RSA PRIVATE KEY) signs %s identically', async (payload, signature) => {
    const pkcs1 = createPrivateKey(RSA_PRIVATE_PEM).export({ type: 'pkcs1', format: 'pem' }) as string;
    expect(pkcs1).toContain('-----BEGIN RSA PRIVATE KEY-----');
    expect(await signOnce(rsaSigner(pkcs1), payload)).toBe(signature);
  });

  it('behavior: imports the WebCrypto key once per instance, on first use', async () => {
    const importKey = jest.spyOn(globalThis.crypto.subtle, 'importKey');
    const signer = rsaSigner(RSA_PRIVATE_PEM);
    expect(importKey).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([signOnce(signer, 'timestamp=1578963600000'), signOnce(signer, 'timestamp=1578963600000')]);
    expect(a).toBe(b);
    expect(importKey).toHaveBeenCalledTimes(1);
  });

  it('error: a key WebCrypto refuses is emitted as ConfigError', async () => {
    const error: unknown = await signAll(new RsaSigner(new Uint8Array([0x30, 0x00])), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatchInlineSnapshot(`
"WebCrypto could not sign with the RSA key (DataError: Invalid keyData).

Option: credentials"
`);
    expect((error as ConfigError).cause).toBeDefined();
  });
});
