import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { WebSocket } from 'ws';
import { FakeHttpHost } from '../../../../lib/testing/http/fake-http-host';
import { resolveSpotApiLimits, type FakeSpotApiOptions } from '../../../../lib/testing/api/fake-api-options';
import type { FakeApiOutcome, FakeEndpoint } from '../../../../lib/testing/api/fake-api-types';
import { FakeSpotApiServer } from '../../../../lib/testing/api/fake-spot-api-server';
import { StreamTestClient } from '../../support/stream-test-client';

/** A parsed WS-API response envelope. */
export interface WsApiResponse {
  readonly id: number | string | null;
  readonly status: number;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly msg: string; readonly data?: unknown };
  readonly rateLimits?: readonly { rateLimitType: string; interval: string; intervalNum: number; limit: number; count: number }[];
}

/** A REST response as read off the socket. */
export interface RestResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
  readonly json: unknown;
}

/** The market view the local endpoints need (they never read it). */
const MARKET = {
  hasSymbol: () => true,
  assetsOf: () => undefined,
  lastPrice: () => '1.00000000',
  liquidity: () => {
    throw new Error('the local endpoints trade nothing');
  },
};

const result = (value: unknown): FakeApiOutcome => ({ result: value });

/**
 * Small local endpoints exercising every security type, weights and orders, so the framework is
 * tested without the real market and trading handlers.
 */
export const LOCAL_ENDPOINTS: readonly FakeEndpoint[] = [
  { method: 'ping', rest: ['GET', '/api/v3/ping'], security: 'NONE', weight: () => 1, handle: () => result({}) },
  { method: 'time', rest: ['GET', '/api/v3/time'], security: 'NONE', weight: () => 1, handle: (r) => result({ serverTime: r.serverTime }) },
  {
    method: 'test.heavy',
    rest: ['GET', '/api/v3/heavy'],
    security: 'NONE',
    weight: (p) => Number(p['w'] ?? 1),
    handle: () => result({}),
  },
  { method: 'test.echo', rest: ['POST', '/api/v3/echo'], security: 'NONE', weight: () => 1, handle: (r) => result(r.params) },
  {
    method: 'trades.historical',
    rest: ['GET', '/api/v3/historicalTrades'],
    security: 'MARKET_DATA',
    weight: () => 25,
    handle: (r) => result({ apiKey: r.apiKey }),
  },
  {
    method: 'order.place',
    rest: ['POST', '/api/v3/order'],
    security: 'TRADE',
    weight: () => 1,
    countsOrders: true,
    handle: (r, c) =>
      r.params['fail'] === 'true' || r.params['fail'] === true
        ? { status: 400, error: { code: -2010, msg: 'Account has insufficient balance for requested action.' } }
        : result({ params: r.params, apiKey: r.apiKey, account: c.account, transactTime: r.serverTime }),
  },
  {
    method: 'account.status',
    rest: ['GET', '/api/v3/account'],
    security: 'USER_DATA',
    weight: () => 20,
    handle: (r, c) => result({ account: c.account, apiKey: r.apiKey, updateTime: r.serverTime }),
  },
  {
    method: 'test.throw',
    rest: ['GET', '/api/v3/throw'],
    security: 'NONE',
    weight: () => 1,
    handle: () => {
      throw new Error('boom');
    },
  },
];

/** A 64-alphanumeric API key made of one letter. */
export function keyOf(letter: string): string {
  return letter.repeat(64);
}

/** HMAC-SHA256 hex. */
export function hmac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload, 'utf8').digest('hex');
}

/** RSA PKCS#1 v1.5 / SHA-256 or Ed25519 signature, base64. */
export function signWith(privateKey: KeyObject, payload: string): string {
  return sign(privateKey.asymmetricKeyType === 'rsa' ? 'sha256' : null, Buffer.from(payload, 'utf8'), privateKey).toString('base64');
}

/** A fresh RSA-2048 or Ed25519 key pair, the public key as SPKI PEM. */
export function keyPair(type: 'rsa' | 'ed25519'): { privateKey: KeyObject; publicPem: string } {
  const pair = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519');
  return { privateKey: pair.privateKey, publicPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** The WS-API payload of params: sorted, `k=v`, no encoding. */
export function wsPayload(params: Record<string, unknown>): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${k}=${String(params[k])}`)
    .join('&');
}

/** A WS-API client over {@link StreamTestClient}. */
export class WsApiClient extends StreamTestClient {
  #nextId = 1;

  /** Sends a request and returns the next frame, parsed. */
  async call(method: string, params?: Record<string, unknown>, id: number | string | null = this.#nextId++): Promise<WsApiResponse> {
    return JSON.parse(await this.request({ id, method, ...(params === undefined ? {} : { params }) })) as WsApiResponse;
  }

  /** The next frame, parsed. */
  async nextJson(timeoutMs?: number): Promise<WsApiResponse> {
    return JSON.parse(await this.next(timeoutMs)) as WsApiResponse;
  }
}

/** Runs the spot API servers on a loopback host with the given endpoints, and closes all afterwards. */
export class ApiTestBed {
  server!: FakeSpotApiServer;
  host!: FakeHttpHost;
  readonly #sockets: WebSocket[] = [];
  #accounts = 0;

  async start(options: FakeSpotApiOptions = {}, endpoints: readonly FakeEndpoint[] = LOCAL_ENDPOINTS): Promise<FakeSpotApiServer> {
    this.server = new FakeSpotApiServer({
      limits: resolveSpotApiLimits(options),
      endpoints,
      market: MARKET,
      createAccount: () => ({ n: (this.#accounts += 1) }),
    });
    this.host = await FakeHttpHost.listen([this.server.upgradeRoute], 0, [this.server.httpRoute]);
    return this.server;
  }

  get origin(): string {
    return `127.0.0.1:${this.host.port}`;
  }

  /** Opens a WS-API client on `/ws-api/v3` + `query`. */
  async connect(query = ''): Promise<WsApiClient> {
    const ws = new WebSocket(`ws://${this.origin}/ws-api/v3${query}`);
    this.#sockets.push(ws);
    const client = new WsApiClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('unexpected-response', () => reject(new Error(`upgrade refused for ${query}`)));
      ws.once('error', reject);
    });
    return client;
  }

  /** Opens a WS-API client the server must refuse; returns the HTTP status, headers and body. */
  refusal(query = ''): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    const ws = new WebSocket(`ws://${this.origin}/ws-api/v3${query}`);
    this.#sockets.push(ws);
    ws.on('error', () => undefined);
    return new Promise((resolve, reject) => {
      ws.once('open', () => reject(new Error('upgrade accepted')));
      ws.once('unexpected-response', (req, res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          ws.terminate();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
        req.on('error', () => undefined);
      });
    });
  }

  /** Sends an HTTP request with the exact target and body given (no re-encoding), without keep-alive. */
  rest(method: string, target: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<RestResponse> {
    return restCall(this.host.port, method, target, options);
  }

  async teardown(): Promise<void> {
    await Promise.all(
      this.#sockets.splice(0).map((ws) => {
        if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
        const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
        ws.terminate();
        return closed;
      }),
    );
    await this.server.stop();
    await this.host.close();
  }
}

/** One HTTP request over a fresh connection (no agent), read to the end. */
export function restCall(
  port: number,
  method: string,
  target: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<RestResponse> {
  return new Promise((resolve, reject) => {
    const body = options.body;
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (body !== undefined) {
      headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
      headers['Content-Length'] = String(Buffer.byteLength(body));
    }
    const req = httpRequest({ host: '127.0.0.1', port, method, path: target, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
