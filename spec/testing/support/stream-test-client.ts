import { WebSocket, type ClientOptions } from 'ws';
import { FakeBinance, type FakeBinanceOptions } from '../../../lib/testing/index.js';

/** How a client socket closed. */
export interface ClientClose {
  readonly code: number;
  readonly reason: string;
}

/** A plain `ws` client that queues every text frame and ping it receives. */
export class StreamTestClient {
  readonly messages: string[] = [];
  readonly pings: string[] = [];
  readonly closed: Promise<ClientClose>;
  #read = 0;
  #waiter: (() => void) | undefined;

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.messages.push(data.toString());
      this.#waiter?.();
    });
    ws.on('ping', (data: Buffer) => this.pings.push(data.toString()));
    ws.on('error', () => undefined);
    this.closed = new Promise((resolve) => ws.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })));
  }

  /** The next unread text frame; rejects after `timeoutMs`. */
  async next(timeoutMs = 2000): Promise<string> {
    while (this.#read >= this.messages.length) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no message within ${timeoutMs} ms`)), timeoutMs);
        this.#waiter = () => {
          clearTimeout(timer);
          this.#waiter = undefined;
          resolve();
        };
      });
    }
    const message = this.messages[this.#read] ?? '';
    this.#read += 1;
    return message;
  }

  /** Sends a frame (an object is serialised) and returns the next text frame. */
  async request(message: unknown): Promise<string> {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
    return this.next();
  }

  /** How many frames arrived that `next()` did not read yet. */
  get unread(): number {
    return this.messages.length - this.#read;
  }
}

/** Starts fakes and opens clients for one test, and closes all of them afterwards. */
export class StreamTestBed {
  readonly #fakes: FakeBinance[] = [];
  readonly #sockets: WebSocket[] = [];

  async start(options?: FakeBinanceOptions): Promise<FakeBinance> {
    const fake = await FakeBinance.start(options);
    this.#fakes.push(fake);
    return fake;
  }

  /** Opens a client on `pathAndQuery` of the fake's spot stream host and waits until it is open. */
  async connect(fake: FakeBinance, pathAndQuery: string, options?: ClientOptions): Promise<StreamTestClient> {
    const ws = new WebSocket(`${fake.hosts.spot.streamHost}${pathAndQuery}`, options);
    this.#sockets.push(ws);
    const client = new StreamTestClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('unexpected-response', () => reject(new Error(`upgrade refused for ${pathAndQuery}`)));
      ws.once('error', reject);
    });
    return client;
  }

  /** Opens a client that the server must refuse; returns the HTTP status and body. */
  async refusal(fake: FakeBinance, pathAndQuery: string): Promise<{ status: number; body: string }> {
    const ws = new WebSocket(`${fake.hosts.spot.streamHost}${pathAndQuery}`);
    this.#sockets.push(ws);
    ws.on('error', () => undefined);
    return new Promise((resolve, reject) => {
      ws.once('open', () => reject(new Error(`upgrade accepted for ${pathAndQuery}`)));
      ws.once('unexpected-response', (request, response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          ws.terminate();
          resolve({ status: response.statusCode ?? 0, body });
        });
        response.on('error', reject);
        request.on('error', () => undefined);
      });
    });
  }

  /** Terminates every client still open and stops every fake. */
  async teardown(): Promise<void> {
    await Promise.all(
      this.#sockets.splice(0).map((ws) => {
        if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
        const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
        ws.terminate();
        return closed;
      }),
    );
    await Promise.all(this.#fakes.splice(0).map((fake) => fake.stop()));
  }
}

/** Resolves after `ms`. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
