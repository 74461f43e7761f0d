import { catchError, defer, throwError, type Observable } from 'rxjs';
import type { Signer } from './signer.js';
import { subtleCrypto, utf8, webCryptoFailure } from './web-crypto.js';

/**
 * Signs with HMAC-SHA-256 through WebCrypto: key = the secret's UTF-8 bytes, output lowercase
 * hex (signing.md §1).
 *
 * @remarks
 * `sign` is cold. The WebCrypto key is imported on the first subscription and reused by this
 * instance afterwards (a failed import is retried next time).
 *
 * @internal
 */
export class HmacSha256Signer implements Signer {
  readonly keyType = 'hmac';
  readonly #secret: Uint8Array<ArrayBuffer>;
  #key: Promise<CryptoKey> | undefined;

  /**
   * @param secret - the API secret
   */
  constructor(secret: string) {
    this.#secret = utf8(secret);
  }

  /**
   * Signs a payload.
   *
   * @param payload - the exact payload text
   * @returns a cold observable of the 64-character lowercase hex signature
   * @throws {@link ConfigError} (emitted) when the runtime has no WebCrypto or it fails
   */
  sign(payload: string): Observable<string> {
    return defer(async () => {
      const subtle = subtleCrypto();
      const signature = await subtle.sign('HMAC', await this.#importKey(subtle), utf8(payload));
      return toHex(new Uint8Array(signature));
    }).pipe(catchError((e: unknown) => throwError(() => webCryptoFailure('compute the HMAC-SHA-256 signature', e))));
  }

  #importKey(subtle: SubtleCrypto): Promise<CryptoKey> {
    this.#key ??= subtle.importKey('raw', this.#secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch((e: unknown) => {
      this.#key = undefined;
      throw e;
    });
    return this.#key;
  }
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
