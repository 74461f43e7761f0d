import { generateKeyPairSync } from 'node:crypto';
import type { ClientOptions } from '../../lib/client/client-options.js';
import type { ConnectionEvent } from '../../lib/streams/connection-event.js';
import { Credentials, SpotClient } from '../../lib/index.js';
import { FakeBinance } from '../../lib/testing/index.js';
import { FAST } from './loopback.js';

/** An API key shaped like Binance's: 64 alphanumerics. */
export function apiKeyOf(seed: string): string {
  return seed.repeat(64).slice(0, 64);
}

export const HMAC_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

/** Credentials of each key type, with the key registered on the fake. */
export function registerKeys(fake: FakeBinance): Record<'hmac' | 'rsa' | 'ed25519', Credentials> {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ed = generateKeyPairSync('ed25519');
  const pem = (k: { export(o: object): string | Buffer }, type: string): string => String(k.export({ type, format: 'pem' }));
  fake.addApiKey({ apiKey: apiKeyOf('H'), apiSecret: HMAC_SECRET });
  fake.addApiKey({ apiKey: apiKeyOf('R'), publicKey: pem(rsa.publicKey, 'spki') });
  fake.addApiKey({ apiKey: apiKeyOf('E'), publicKey: pem(ed.publicKey, 'spki') });
  return {
    hmac: new Credentials({ apiKey: apiKeyOf('H'), apiSecret: HMAC_SECRET }),
    rsa: new Credentials({ apiKey: apiKeyOf('R'), privateKey: pem(rsa.privateKey, 'pkcs8') }),
    ed25519: new Credentials({ apiKey: apiKeyOf('E'), privateKey: pem(ed.privateKey, 'pkcs8') }),
  };
}

/** A fake exchange with three registered keys, and a factory of clients on it. */
export async function apiLoopback() {
  const fake = await FakeBinance.start();
  const keys = registerKeys(fake);
  const clients: SpotClient[] = [];
  const events: ConnectionEvent[] = [];
  const client = (options: ClientOptions = {}): SpotClient => {
    const spot = new SpotClient({ ...fake.hosts.spot, ...FAST, ...options });
    spot.events$.subscribe((e) => events.push(e));
    clients.push(spot);
    return spot;
  };
  const dispose = async (): Promise<void> => {
    await Promise.all(clients.map((c) => c.close()));
    await fake.stop();
  };
  return { fake, keys, client, events, dispose };
}
