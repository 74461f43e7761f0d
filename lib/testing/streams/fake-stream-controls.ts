import type { Observable } from 'rxjs';
import type { ConnectionFilter, FakeStreamConnectionInfo } from './fake-stream-connection-info.js';
import type { FakeInboundRecord } from './fake-inbound-record.js';
import type { StreamErrorPayload } from './stream-error-payloads.js';
import type { StreamMatcher } from './stream-rejection-rules.js';

/**
 * What a test can do with, and see of, the market-stream connections of one market of the fake
 * exchange. `FakeBinance` offers it for spot.
 *
 * @remarks
 * Controls act at once on the connections open at the time of the call, and return how many they
 * reached. A silenced connection is never reached by `publish`, `sendRaw` or
 * `sendServerShutdown`. The observables are hot, emit synchronously with the server's events and
 * complete on `stop()`.
 *
 * @example
 * ```ts
 * import { firstValueFrom } from 'rxjs';
 * import { FakeBinance } from 'binance-rx/testing';
 *
 * const fake = await FakeBinance.start();
 * const opened = firstValueFrom(fake.connection$);
 * // … let the code under test connect to fake.hosts.spot.streamHost …
 * const { id } = await opened;
 * fake.publish('btcusdt@bookTicker', { u: 1, s: 'BTCUSDT', b: '1', B: '1', a: '2', A: '1' });
 * fake.dropConnections(id); // the client sees 1006 and should reconnect
 * await fake.stop();
 * ```
 */
export interface FakeStreamControls {
  /**
   * Sends a payload to every connection subscribed to `stream`: bare on raw connections,
   * `{"stream":"<stream>","data":<payload>}` on combined ones.
   *
   * @param stream - the stream name, e.g. `'btcusdt@trade'`
   * @param payload - any JSON-serialisable value, serialised once
   * @param filter - only these connections
   * @returns how many connections it was sent to
   * @throws {@link ConfigError} when `payload` does not serialise to JSON
   */
  publish(stream: string, payload: unknown, filter?: ConnectionFilter): number;
  /**
   * Like {@link FakeStreamControls.publish} with a payload already serialised: the hot path of
   * benchmarks (the envelope text is built once, however many connections receive it).
   *
   * @param stream - the stream name
   * @param dataJson - the payload as JSON text, sent as is (not checked)
   * @param filter - only these connections
   * @returns how many connections it was sent to
   */
  publishRaw(stream: string, dataJson: string, filter?: ConnectionFilter): number;
  /**
   * Sends any text frame, e.g. a malformed payload.
   *
   * @returns how many connections it was sent to
   */
  sendRaw(text: string, filter?: ConnectionFilter): number;
  /**
   * Sends Binance's `serverShutdown` event: `{"e":"serverShutdown","E":<now>}` on raw
   * connections, `{"stream":"!serverShutdown","data":{…}}` on combined ones. It does not close
   * them; follow with {@link FakeStreamControls.closeConnections} to play the shutdown out.
   *
   * @returns how many connections it was sent to
   */
  sendServerShutdown(filter?: ConnectionFilter): number;
  /**
   * Makes connections stall: they send nothing at all (no data, no response, no ping) and are
   * not closed for a missing pong or any limit, while still recording what clients send.
   *
   * @returns how many connections it silenced
   */
  silence(filter?: ConnectionFilter): number;
  /**
   * Ends {@link FakeStreamControls.silence}; pings restart from now. Nothing sent meanwhile is replayed.
   *
   * @returns how many connections it resumed
   */
  resume(filter?: ConnectionFilter): number;
  /**
   * Cuts connections abruptly: the TCP socket is destroyed without a close frame, so clients
   * see code 1006.
   *
   * @returns how many connections it dropped
   */
  dropConnections(filter?: ConnectionFilter): number;
  /**
   * Closes connections with a clean close handshake.
   *
   * @param code - the close code, 1000 by default (1000–1014 except 1004–1006, or 3000–4999)
   * @param reason - the close reason, at most 123 bytes
   * @returns how many connections it started closing
   * @throws {@link ConfigError} on an invalid code or a too long reason
   */
  closeConnections(filter?: ConnectionFilter, code?: number, reason?: string): number;
  /**
   * Makes the server refuse streams: a SUBSCRIBE containing a matching name fails as a whole
   * with `error` (nothing of it is subscribed), and a URL naming one is refused with HTTP 400.
   *
   * @param matcher - an exact name, a pattern, or a predicate
   * @param error - the error answered; `{ code: 2, msg: 'Invalid request: invalid stream' }` by default
   * @returns a function that removes the rule
   */
  rejectStream(matcher: StreamMatcher, error?: StreamErrorPayload): () => void;
  /** Resolves once every open connection's send buffer is drained (backpressure for benchmarks). */
  flush(): Promise<void>;
  /**
   * @param stream - a stream name
   * @returns how many open connections are subscribed to it
   */
  subscribersOf(stream: string): number;
  /** The open connections, in order of opening. */
  readonly connections: readonly FakeStreamConnectionInfo[];
  /** Every connection ever accepted, open or closed (the last 10 000 closed ones), in order of opening. */
  readonly allConnections: readonly FakeStreamConnectionInfo[];
  /** How many connections are open now. */
  readonly connectionCount: number;
  /** How many connections were ever accepted. */
  readonly totalConnections: number;
  /** The last `inboundLogLimit` messages received from clients, oldest first. */
  readonly inbound: readonly FakeInboundRecord[];
  /** Each accepted connection, right after its URL streams are subscribed. */
  readonly connection$: Observable<FakeStreamConnectionInfo>;
  /** Each message received from a client, before the server answers it. */
  readonly inbound$: Observable<FakeInboundRecord>;
  /** Each connection that closed, with `closedAt`, `closeCode` and `closeReason`. */
  readonly closed$: Observable<FakeStreamConnectionInfo>;
}
