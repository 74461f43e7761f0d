import { catchError, defer, throwError, type Observable } from 'rxjs';
import { encodeBase64 } from './base64.js';
import type { Signer } from './signer.js';
import { subtleCrypto, utf8, webCryptoFailure } from './web-crypto.js';

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/**
 * Signs with RSASSA-PKCS1-v1_5 over SHA-256 through WebCrypto, output base64 with padding
 * (signing.md §1; Binance does not accept PSS).
 *
 * @remarks
 * `sign` is cold. The WebCrypto key is imported on the first subscription and reused by this
 * instance afterwards (a failed import is retried next time).
 *
 * @internal
 */
export class RsaSigner implements Signer {
  readonly keyType = 'rsa';
  readonly #pkcs8: Uint8Array<ArrayBuffer>;
  #key: Promise<CryptoKey> | undefined;

  /**
   * @param pkcs8 - the private key as PKCS#8 DER (kept, not copied)
   */
  constructor(pkcs8: Uint8Array<ArrayBuffer>) {
    this.#pkcs8 = pkcs8;
  }

  /**
   * Signs a payload.
   *
   * @param payload - the exact payload text
   * @returns a cold observable of the base64 signature
   * @throws {@link ConfigError} (emitted) when the runtime has no WebCrypto or it refuses the key
   */
  sign(payload: string): Observable<string> {
    return defer(async () => {
      const subtle = subtleCrypto();
      const signature = await subtle.sign(ALGORITHM, await this.#importKey(subtle), utf8(payload));
      return encodeBase64(new Uint8Array(signature));
    }).pipe(catchError((e: unknown) => throwError(() => webCryptoFailure('sign with the RSA key', e))));
  }

  #importKey(subtle: SubtleCrypto): Promise<CryptoKey> {
    this.#key ??= subtle.importKey('pkcs8', this.#pkcs8, ALGORITHM, false, ['sign']).catch((e: unknown) => {
      this.#key = undefined;
      throw e;
    });
    return this.#key;
  }
}
