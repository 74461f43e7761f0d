import type { Observable } from 'rxjs';
import { ConfigError } from '../errors/config-error.js';
import { Ed25519Signer } from './ed25519.js';
import { HmacSha256Signer } from './hmac-sha256.js';
import { parsePrivateKey } from './private-key.js';
import { RsaSigner } from './rsa.js';
import type { KeyType, Signer } from './signer.js';

/**
 * What {@link Credentials} is built from: an API key with either its HMAC secret, or the RSA /
 * Ed25519 private key whose public half was registered with Binance.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import type { CredentialsInit } from 'binance-rx';
 * const init: CredentialsInit = { apiKey: 'KEY', privateKey: readFileSync('ed25519-prv.pem', 'utf8') };
 * ```
 */
export type CredentialsInit =
  | { readonly apiKey: string; readonly apiSecret: string }
  | { readonly apiKey: string; readonly privateKey: string | Uint8Array; readonly privateKeyPassphrase?: string };

const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * A Binance API key and the means to sign with it: HMAC-SHA-256, RSA or Ed25519 (signing.md §1).
 *
 * @remarks
 * - The key type is detected from the key itself: `apiSecret` means HMAC; `privateKey` (PEM
 *   text, or its UTF-8 bytes) may be a PKCS#8 `PRIVATE KEY` (RSA or Ed25519), a PKCS#1
 *   `RSA PRIVATE KEY`, or an `ENCRYPTED PRIVATE KEY` with `privateKeyPassphrase`.
 *   Encrypted keys are **Node-only**: the Node entry point decrypts them with `node:crypto`; the
 *   browser build refuses them with `ConfigError` (decrypt the key beforehand there).
 * - Everything is checked in the constructor, which throws {@link ConfigError} on anything wrong.
 * - Secrets stay in private fields: `JSON.stringify`, `util.inspect`, `String()` and spreading
 *   show only the key type. The PEM text and passphrase are not kept after construction.
 * - One instance can be shared by several clients: it holds no per-client state.
 * - `sign` is cold (nothing is computed before subscription; each subscription signs once).
 *   HMAC and RSA use WebCrypto (`globalThis.crypto.subtle`), Ed25519 uses tweetnacl.
 *
 * @example HMAC
 * ```ts
 * import { Credentials, SpotClient } from 'binance-rx';
 * const credentials = new Credentials({ apiKey: process.env.BINANCE_API_KEY ?? '', apiSecret: process.env.BINANCE_API_SECRET ?? '' });
 * const spot = new SpotClient({ credentials });
 * ```
 *
 * @example Ed25519 or RSA private key (an encrypted one needs the Node entry point)
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { Credentials } from 'binance-rx';
 * const credentials = new Credentials({
 *   apiKey: process.env.BINANCE_API_KEY ?? '',
 *   privateKey: readFileSync('./test-prv-key.pem', 'utf8'),
 *   privateKeyPassphrase: process.env.BINANCE_KEY_PASSPHRASE ?? '', // only used if the key is encrypted
 * });
 * credentials.keyType; // 'ed25519' or 'rsa'
 * ```
 */
export class Credentials implements Signer {
  /** Which algorithm {@link Credentials.sign} uses, detected from the key. */
  readonly keyType: KeyType;
  readonly #apiKey: string;
  readonly #signer: Signer;

  /**
   * @param init - the API key and its secret or private key
   * @throws {@link ConfigError} for an empty or malformed `apiKey`, an empty `apiSecret`, both
   * or neither of `apiSecret` and `privateKey`, a `privateKey` that is not an RSA or Ed25519
   * private key, or an encrypted key without (or with a wrong) `privateKeyPassphrase`
   */
  constructor(init: CredentialsInit) {
    if (typeof init !== 'object' || init === null) {
      throw new ConfigError('Credentials need an object: { apiKey, apiSecret } or { apiKey, privateKey }.', 'credentials');
    }
    const fields: Partial<Record<'apiKey' | 'apiSecret' | 'privateKey' | 'privateKeyPassphrase', unknown>> = init;
    this.#apiKey = checkApiKey(fields.apiKey);
    this.#signer = this.#makeSigner(fields);
    this.keyType = this.#signer.keyType;
  }

  /**
   * The API key, sent as `X-MBX-APIKEY` or the WS-API `apiKey` param. For the transport layers
   * only; never log it.
   *
   * @returns the API key
   * @internal
   */
  get apiKey(): string {
    return this.#apiKey;
  }

  /**
   * Signs a payload (HMAC: lowercase hex; RSA and Ed25519: base64 with padding).
   *
   * @param payload - the exact text Binance verifies, UTF-8 encoded before signing
   * @returns a cold observable that signs on each subscription, emits once and completes
   * @throws {@link ConfigError} (emitted) when an HMAC or RSA key meets a runtime without WebCrypto
   */
  sign(payload: string): Observable<string> {
    return this.#signer.sign(payload);
  }

  /**
   * @returns the key type and a redacted API key, for `JSON.stringify`
   */
  toJSON(): { keyType: KeyType; apiKey: '<redacted>' } {
    return { keyType: this.keyType, apiKey: '<redacted>' };
  }

  /**
   * @returns `Credentials { keyType: '…', apiKey: <redacted> }`
   */
  toString(): string {
    return `Credentials { keyType: '${this.keyType}', apiKey: <redacted> }`;
  }

  /**
   * Node's `util.inspect` / `console.log` form (no `node:util` import needed: the symbol is
   * registered globally).
   *
   * @returns the same text as `toString()`
   */
  [INSPECT](): string {
    return this.toString();
  }

  /**
   * Decrypts an encrypted PEM private key. **Node-only**: the core (browser) build cannot and
   * throws; the Node entry point's `Credentials` overrides this with `node:crypto`.
   *
   * @param _pem - canonical PEM text of the encrypted key
   * @param _passphrase - the `privateKeyPassphrase`
   * @returns the decrypted key as PKCS#8 DER
   * @throws {@link ConfigError} always, here; in Node, when the passphrase is wrong
   */
  protected decryptPrivateKey(_pem: string, _passphrase: string): Uint8Array {
    throw new ConfigError(
      'privateKey is encrypted, and encrypted PEM keys are supported by the Node entry point only. ' +
        'Decrypt it beforehand (e.g. `openssl pkey -in key.pem -out plain.pem`) or use binance-rx in Node.',
      'privateKey',
    );
  }

  #makeSigner(fields: Partial<Record<'apiSecret' | 'privateKey' | 'privateKeyPassphrase', unknown>>): Signer {
    const { apiSecret, privateKey, privateKeyPassphrase } = fields;
    if (apiSecret !== undefined && privateKey !== undefined) {
      throw new ConfigError('Credentials take either apiSecret (an HMAC key) or privateKey (an RSA or Ed25519 key), not both.', 'credentials');
    }
    if (apiSecret !== undefined) {
      if (typeof apiSecret !== 'string' || apiSecret.length === 0) throw new ConfigError('apiSecret must be a non-empty string.', 'apiSecret');
      return new HmacSha256Signer(apiSecret);
    }
    if (privateKey === undefined) {
      throw new ConfigError('Credentials need apiSecret (an HMAC key) or privateKey (an RSA or Ed25519 key) besides apiKey.', 'credentials');
    }
    if (typeof privateKey !== 'string' && !(privateKey instanceof Uint8Array)) {
      throw new ConfigError('privateKey must be PEM text (a string) or its UTF-8 bytes (a Uint8Array).', 'privateKey');
    }
    if (privateKeyPassphrase !== undefined && typeof privateKeyPassphrase !== 'string') {
      throw new ConfigError('privateKeyPassphrase must be a string.', 'privateKeyPassphrase');
    }
    const key = parsePrivateKey(privateKey, privateKeyPassphrase, (pem, passphrase) => this.decryptPrivateKey(pem, passphrase));
    return key.keyType === 'rsa' ? new RsaSigner(key.pkcs8) : new Ed25519Signer(key.seed);
  }
}

function checkApiKey(apiKey: unknown): string {
  if (typeof apiKey !== 'string' || apiKey.length === 0) throw new ConfigError('apiKey must be a non-empty string.', 'apiKey');
  // It travels in the X-MBX-APIKEY header, which only takes visible ASCII; Binance keys are alphanumeric.
  const bad = apiKey.search(/[^\x21-\x7e]/);
  if (bad >= 0) {
    const kind = /\s/.test(apiKey.charAt(bad)) ? 'whitespace' : /[\x00-\x1f\x7f]/.test(apiKey.charAt(bad)) ? 'a control character' : 'a non-ASCII character';
    throw new ConfigError(
      `apiKey has ${kind} at position ${bad} of ${apiKey.length} (a stray newline or space from a file or environment variable?); ` +
        'Binance API keys are visible ASCII without spaces.',
      'apiKey',
    );
  }
  return apiKey;
}
