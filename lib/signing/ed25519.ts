import { defer, of, type Observable } from 'rxjs';
import nacl from 'tweetnacl';
import { encodeBase64 } from './base64.js';
import type { Signer } from './signer.js';
import { utf8 } from './web-crypto.js';

/**
 * Signs with pure Ed25519 (no pre-hash) over the payload's UTF-8 bytes, output base64 with
 * padding (signing.md §1), using tweetnacl so it runs where WebCrypto lacks Ed25519.
 *
 * @remarks
 * `sign` is cold and synchronous on subscription. The 64-byte signing key is derived from the
 * seed on the first subscription and reused by this instance.
 *
 * @internal
 */
export class Ed25519Signer implements Signer {
  readonly keyType = 'ed25519';
  readonly #seed: Uint8Array;
  #secretKey: Uint8Array | undefined;

  /**
   * @param seed - the 32-byte RFC 8032 private key (kept, not copied)
   */
  constructor(seed: Uint8Array) {
    this.#seed = seed;
  }

  /**
   * Signs a payload.
   *
   * @param payload - the exact payload text
   * @returns a cold observable of the 88-character base64 signature
   */
  sign(payload: string): Observable<string> {
    return defer(() => {
      this.#secretKey ??= nacl.sign.keyPair.fromSeed(this.#seed).secretKey;
      return of(encodeBase64(nacl.sign.detached(utf8(payload), this.#secretKey)));
    });
  }
}
