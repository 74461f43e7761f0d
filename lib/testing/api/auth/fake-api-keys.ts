import { createPublicKey, type KeyObject } from 'node:crypto';
import { ConfigError } from '../../../errors/config-error.js';

/** The kind of an API key, as Binance has them (`spec/signing.md` §1). */
export type FakeApiKeyType = 'HMAC' | 'RSA' | 'ED25519';

/**
 * An API key to register on the fake: an HMAC key with its secret, or an RSA / Ed25519 key with
 * its public key (PEM `BEGIN PUBLIC KEY`, or a `KeyObject`); the type is read from the key.
 *
 * @remarks
 * Each key gets its own account unless `account` names one to share with other keys.
 */
export type FakeApiKeyOptions =
  | { readonly apiKey: string; readonly apiSecret: string; readonly account?: string }
  | { readonly apiKey: string; readonly publicKey: string | KeyObject; readonly account?: string };

/** A registered API key, as tests see it. */
export interface FakeApiKeyInfo {
  readonly apiKey: string;
  readonly type: FakeApiKeyType;
  /** The account it acts on (the key itself unless `account` was given). */
  readonly account: string;
}

/** A registered key with what verifies its signatures. @internal */
export type StoredApiKey =
  | { readonly info: FakeApiKeyInfo & { readonly type: 'HMAC' }; readonly secret: Buffer }
  | { readonly info: FakeApiKeyInfo & { readonly type: 'RSA' | 'ED25519' }; readonly publicKey: KeyObject };

/** Binance API keys are 64 alphanumerics; anything else unregistered is a format error. */
const API_KEY_FORMAT = /^[A-Za-z0-9]{64}$/;

/**
 * The API keys registered on the fake exchange.
 *
 * @internal
 */
export class FakeApiKeyStore {
  readonly #keys = new Map<string, StoredApiKey>();

  /**
   * Registers a key.
   *
   * @param options - the key and its secret or public key
   * @returns the key's info
   * @throws {@link ConfigError} on an empty or already registered key, an empty secret, or a
   * public key that is not RSA or Ed25519
   */
  add(options: FakeApiKeyOptions): FakeApiKeyInfo {
    const { apiKey } = options;
    if (typeof apiKey !== 'string' || apiKey === '' || /[\s&=]/.test(apiKey)) {
      throw new ConfigError('apiKey must be a non-empty string without spaces, & or =.', 'apiKey');
    }
    if (this.#keys.has(apiKey)) throw new ConfigError(`API key ${apiKey} is already registered.`, 'apiKey');
    const account = options.account ?? apiKey;
    let stored: StoredApiKey;
    if ('apiSecret' in options) {
      if (typeof options.apiSecret !== 'string' || options.apiSecret === '') throw new ConfigError('apiSecret must not be empty.', 'apiSecret');
      stored = { info: { apiKey, type: 'HMAC', account }, secret: Buffer.from(options.apiSecret, 'utf8') };
    } else {
      const publicKey = toPublicKey(options.publicKey);
      const type = publicKey.asymmetricKeyType === 'rsa' ? 'RSA' : publicKey.asymmetricKeyType === 'ed25519' ? 'ED25519' : undefined;
      if (type === undefined) {
        throw new ConfigError(`Only RSA and Ed25519 public keys are supported, got ${publicKey.asymmetricKeyType ?? 'unknown'}.`, 'publicKey');
      }
      stored = { info: { apiKey, type, account }, publicKey };
    }
    this.#keys.set(apiKey, stored);
    return stored.info;
  }

  /** Forgets a key; returns whether it was registered. */
  remove(apiKey: string): boolean {
    return this.#keys.delete(apiKey);
  }

  /** A registered key. */
  get(apiKey: string): StoredApiKey | undefined {
    return this.#keys.get(apiKey);
  }

  /** Every registered key, in order of registration. */
  get infos(): readonly FakeApiKeyInfo[] {
    return [...this.#keys.values()].map((k) => k.info);
  }

  /** Whether an unregistered key has Binance's key format (-2015 then, else -2014). */
  static isWellFormed(apiKey: string): boolean {
    return API_KEY_FORMAT.test(apiKey);
  }
}

function toPublicKey(key: string | KeyObject): KeyObject {
  if (typeof key !== 'string') {
    if (key.type === 'public') return key;
    if (key.type === 'private') return createPublicKey(key);
    throw new ConfigError('publicKey must be a public (or private) asymmetric key.', 'publicKey');
  }
  try {
    return createPublicKey(key);
  } catch (error: unknown) {
    // Translate: an unreadable PEM is a bad option.
    throw new ConfigError('publicKey is not a PEM public key.', 'publicKey', { cause: error });
  }
}
