import { createHmac, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { WebSocket } from 'ws';
import { FakeBinance, type FakeBinanceOptions, type FakeUserEvent } from '../../../../lib/testing/index';
import { keyOf, signWith, WsApiClient, wsPayload } from '../support/api-test-bed';

/** A User Data Stream frame, parsed. */
export interface UserEventFrame {
  readonly subscriptionId: number;
  readonly event: FakeUserEvent;
}

/** A key a test signs with: HMAC with its secret, RSA / Ed25519 with their private key. */
export interface TestKey {
  readonly apiKey: string;
  sign(payload: string): string;
}

const SECRET = 'user-stream-secret';
const ED25519 = generateKeyPairSync('ed25519');
// One RSA pair per spec file: generating one costs tens of ms.
const RSA = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (key: KeyObject): string => key.export({ type: 'spki', format: 'pem' }).toString();

/** The HMAC, RSA and Ed25519 keys of a fake started by {@link UserStreamBed}, each on its own account. */
export const KEYS = {
  hmac: { apiKey: keyOf('h'), sign: (payload: string) => createHmac('sha256', SECRET).update(payload).digest('hex') },
  rsa: { apiKey: keyOf('r'), sign: (payload: string) => signWith(RSA.privateKey, payload) },
  ed25519: { apiKey: keyOf('e'), sign: (payload: string) => signWith(ED25519.privateKey, payload) },
} as const satisfies Record<string, TestKey>;

/** Signed params `apiKey`, `timestamp` (and `extra`) with their `signature`. */
export function signed(key: TestKey, timestamp: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const params = { ...extra, apiKey: key.apiKey, timestamp };
  return { ...params, signature: key.sign(wsPayload(params)) };
}

/** A FakeBinance with the three keys, and raw WS-API clients on it; closes all in `teardown`. */
export class UserStreamBed {
  fake!: FakeBinance;
  readonly #sockets: WebSocket[] = [];

  async start(options: FakeBinanceOptions = {}): Promise<FakeBinance> {
    this.fake = await FakeBinance.start(options);
    this.fake.addApiKey({ apiKey: KEYS.hmac.apiKey, apiSecret: SECRET });
    this.fake.addApiKey({ apiKey: KEYS.rsa.apiKey, publicKey: pem(RSA.publicKey) });
    this.fake.addApiKey({ apiKey: KEYS.ed25519.apiKey, publicKey: pem(ED25519.publicKey) });
    return this.fake;
  }

  async connect(query = ''): Promise<WsApiClient> {
    const ws = new WebSocket(`${this.fake.hosts.spot.wsApiHost}${query}`);
    this.#sockets.push(ws);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new WsApiClient(ws);
  }

  /** Logs a client on with the Ed25519 key. */
  async logon(client: WsApiClient): Promise<void> {
    const response = await client.call('session.logon', signed(KEYS.ed25519, this.fake.serverTime()));
    expect(response.status).toBe(200);
  }

  /** Subscribes with `userDataStream.subscribe.signature`; returns the subscription id. */
  async subscribe(client: WsApiClient, key: TestKey): Promise<number> {
    const response = await client.call('userDataStream.subscribe.signature', signed(key, this.fake.serverTime()));
    expect(response.status).toBe(200);
    return (response.result as { subscriptionId: number }).subscriptionId;
  }

  async teardown(): Promise<void> {
    for (const ws of this.#sockets.splice(0)) ws.terminate();
    await this.fake.stop();
  }
}

/** The next frame of a client, as a User Data Stream event. */
export async function nextEvent(client: WsApiClient): Promise<UserEventFrame> {
  return JSON.parse(await client.next()) as UserEventFrame;
}

/** The next `count` frames as events. */
export async function nextEvents(client: WsApiClient, count: number): Promise<UserEventFrame[]> {
  const frames: UserEventFrame[] = [];
  for (let i = 0; i < count; i++) frames.push(await nextEvent(client));
  return frames;
}

/** A resting LIMIT BUY of 0.01 BTC at 60000 (BTCUSDT trades at 65000 on the fake). */
export const RESTING = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '60000', quantity: '0.01' };
