/**
 * An API key for the samples that trade: a fresh Ed25519 key pair whose public half is
 * registered with the fake exchange, as you register a public key with Binance.
 */
import { generateKeyPairSync } from 'node:crypto';
// In your project these imports read `from 'binance-rx'` and `from 'binance-rx/testing'`.
import { Credentials } from '../../lib/index.js';
import type { FakeBinance } from '../../lib/testing/index.js';

/**
 * Makes an Ed25519 key pair, registers its public key with the fake under `apiKey`, and returns
 * the client's credentials (the API key and the private key). The fake gives the key's account
 * its default balances (1 BTC, 10 ETH, 100 BNB, 100 000 USDT, 100 LTC).
 *
 * @param fake - the running fake exchange
 * @param apiKey - the API key to register: 64 characters, letters and digits
 * @returns credentials for `new SpotClient({ credentials })`
 *
 * @example
 * ```ts
 * const spot = new SpotClient({ ...fake.hosts.spot, credentials: fakeCredentials(fake, 'k'.repeat(64)) });
 * ```
 */
export function fakeCredentials(fake: FakeBinance, apiKey: string): Credentials {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  fake.addApiKey({ apiKey, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() });
  return new Credentials({ apiKey, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() });
}
