import { createPrivateKey } from 'node:crypto';
import { ConfigError } from '../errors/config-error.js';
import { Credentials as CoreCredentials, type CredentialsInit } from '../signing/credentials.js';

/**
 * A Binance API key and the means to sign with it (Node flavour: also reads encrypted PEM
 * private keys, decrypting them with `node:crypto`).
 *
 * @remarks
 * Same behaviour as the core `Credentials` (see there), plus `ENCRYPTED PRIVATE KEY` (PKCS#8)
 * and legacy OpenSSL-encrypted `RSA PRIVATE KEY` blocks with `privateKeyPassphrase`. The
 * passphrase is used once, in the constructor, and not kept.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { Credentials } from 'binance-rx';
 * const credentials = new Credentials({
 *   apiKey: process.env.BINANCE_API_KEY ?? '',
 *   privateKey: readFileSync('./encrypted-prv-key.pem', 'utf8'),
 *   privateKeyPassphrase: process.env.BINANCE_KEY_PASSPHRASE ?? '',
 * });
 * ```
 */
export class Credentials extends CoreCredentials {
  /**
   * @param init - the API key and its secret or private key
   * @throws {@link ConfigError} as the core `Credentials` does, and when an encrypted key's
   * `privateKeyPassphrase` is wrong
   */
  constructor(init: CredentialsInit) {
    super(init);
  }

  /**
   * Decrypts an encrypted PEM private key with `node:crypto`.
   *
   * @param pem - canonical PEM text of the encrypted key
   * @param passphrase - the `privateKeyPassphrase`
   * @returns the decrypted key as PKCS#8 DER
   * @throws {@link ConfigError} (option `privateKeyPassphrase`) when OpenSSL cannot decrypt it
   */
  protected override decryptPrivateKey(pem: string, passphrase: string): Uint8Array {
    let der: Buffer;
    try {
      der = createPrivateKey({ key: pem, format: 'pem', passphrase }).export({ type: 'pkcs8', format: 'der' });
    } catch (e: unknown) {
      // OpenSSL's messages ("bad decrypt") hold no key material or passphrase, so the cause is kept.
      throw new ConfigError(
        'privateKey could not be decrypted: the privateKeyPassphrase is wrong, or the key uses a cipher this Node build lacks.',
        'privateKeyPassphrase',
        { cause: e },
      );
    }
    const copy = Uint8Array.from(der);
    der.fill(0);
    return copy;
  }
}
