import { ConfigError } from '../errors/config-error.js';

/**
 * The runtime's WebCrypto `SubtleCrypto`, looked up when a signature is needed.
 *
 * @returns `globalThis.crypto.subtle`
 * @throws {@link ConfigError} when the runtime has none
 * @internal
 */
export function subtleCrypto(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (subtle === undefined) {
    throw new ConfigError(
      'WebCrypto (globalThis.crypto.subtle) is not available, and HMAC and RSA signatures need it. ' +
        'Use a runtime with WebCrypto (Node >= 20, Deno, Bun, a modern browser); browsers only offer it on secure ' +
        'origins (https:// or localhost).',
      'credentials',
    );
  }
  return subtle;
}

/**
 * Turns a WebCrypto failure into a named error, keeping it as the cause.
 *
 * @param what - what was being done, e.g. `import the RSA key`
 * @param error - what WebCrypto threw (a `ConfigError` passes through)
 * @returns the error to emit
 * @internal
 */
export function webCryptoFailure(what: string, error: unknown): ConfigError {
  if (error instanceof ConfigError) return error;
  // WebCrypto's messages ("Invalid keyData") are generic and hold no key material.
  // Duck-typed: a DOMException from another realm is no `instanceof Error`.
  const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown };
  const reason = typeof name === 'string' && typeof message === 'string' ? ` (${name}: ${message})` : '';
  return new ConfigError(`WebCrypto could not ${what}${reason}.`, 'credentials', { cause: error });
}

/** Encodes text as UTF-8, the byte form Binance signs (signing.md §1). @internal */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}
