import { lastValueFrom } from 'rxjs';
import { ConfigError } from '../../lib/errors/config-error';
import { HmacSha256Signer } from '../../lib/signing/hmac-sha256';
import { subtleCrypto, utf8 } from '../../lib/signing/web-crypto';

/** Runs a body with `globalThis.crypto` replaced, restoring it afterwards. */
async function withCrypto(value: unknown, body: () => Promise<void> | void): Promise<void> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value, configurable: true });
  try {
    await body();
  } finally {
    if (descriptor !== undefined) Object.defineProperty(globalThis, 'crypto', descriptor);
  }
}

describe('subtleCrypto', () => {
  it('default: returns the runtime WebCrypto', () => {
    expect(subtleCrypto()).toBe(globalThis.crypto.subtle);
  });

  it('error: no globalThis.crypto throws ConfigError naming WebCrypto', async () => {
    await withCrypto(undefined, () => {
      expect(() => subtleCrypto()).toThrowErrorMatchingInlineSnapshot(`
"WebCrypto (globalThis.crypto.subtle) is not available, and HMAC and RSA signatures need it. Use a runtime with WebCrypto (Node >= 20, Deno, Bun, a modern browser); browsers only offer it on secure origins (https:// or localhost).

Option: credentials"
`);
    });
  });

  it('error: a crypto without subtle (insecure browser origin) throws ConfigError', async () => {
    await withCrypto({}, () => {
      expect(() => subtleCrypto()).toThrow(ConfigError);
    });
  });

  it('error: an HMAC signature without WebCrypto errors at subscription, not before', async () => {
    await withCrypto(undefined, async () => {
      const signature$ = new HmacSha256Signer('secret').sign('x'); // creating it must not throw
      await expect(lastValueFrom(signature$)).rejects.toBeInstanceOf(ConfigError);
    });
  });
});

describe('utf8', () => {
  it('default: encodes text as UTF-8 bytes', () => {
    expect(Array.from(utf8('a１'))).toEqual([0x61, 0xef, 0xbc, 0x91]);
  });
});
