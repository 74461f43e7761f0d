import type { Observable } from 'rxjs';

/**
 * The kind of API key: HMAC (`apiSecret`), RSA or Ed25519 (`privateKey`).
 *
 * @example
 * ```ts
 * import { Credentials, type KeyType } from 'binance-rx';
 * const keyType: KeyType = new Credentials({ apiKey: 'KEY', apiSecret: 'SECRET' }).keyType; // 'hmac'
 * ```
 */
export type KeyType = 'hmac' | 'rsa' | 'ed25519';

/**
 * Signs request payloads (signing.md §1): the port the REST and WebSocket-API layers sign
 * through.
 *
 * @remarks
 * `sign` is cold: nothing is computed until subscription, and each subscription signs once,
 * emits the signature and completes. HMAC signatures are lowercase hex; RSA and Ed25519 ones
 * are base64 with padding.
 *
 * @example
 * ```ts
 * import { firstValueFrom } from 'rxjs';
 * import { Credentials, type Signer } from 'binance-rx';
 * const signer: Signer = new Credentials({ apiKey: 'KEY', apiSecret: 'SECRET' });
 * const signature = await firstValueFrom(signer.sign('timestamp=1578963600000'));
 * ```
 */
export interface Signer {
  /** Which algorithm `sign` uses. */
  readonly keyType: KeyType;
  /**
   * Signs a payload.
   *
   * @param payload - the exact text Binance will verify (REST: query string + body; WS-API:
   * sorted params), encoded as UTF-8 before signing
   * @returns a cold observable of the signature
   */
  sign(payload: string): Observable<string>;
}
