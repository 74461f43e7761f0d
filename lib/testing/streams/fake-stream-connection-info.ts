import type { StreamTimeUnit } from './parse-stream-url.js';

/**
 * A snapshot of one market-stream connection of the fake exchange, as tests observe it.
 *
 * @remarks
 * A snapshot: it does not change after it is read. Read `fake.connections` again for news.
 */
export interface FakeStreamConnectionInfo {
  /** Unique for the life of the fake, e.g. `'spot-1'`. */
  readonly id: string;
  /** The market it belongs to, e.g. `'spot'`. */
  readonly market: string;
  /** The market path prefix it was opened under (`''` on spot; `'/public'`, `'/market'` on USDⓈ-M). */
  readonly pathPrefix: string;
  /** The request path, e.g. `'/ws/btcusdt@trade'` or `'/stream'`. */
  readonly path: string;
  /** The request target as the client sent it (path and query), e.g. `'/stream?streams=a/b'`. */
  readonly url: string;
  /** When the server accepted it (epoch ms). */
  readonly openedAt: number;
  /** Whether payloads are enveloped as `{"stream","data"}` (`/stream`, or `SET_PROPERTY combined true`). */
  readonly combined: boolean;
  /** The unit asked for with `timeUnit=` (the fake records it; published payloads are sent as given). */
  readonly timeUnit: StreamTimeUnit;
  /** The streams it is subscribed to, in subscription order. */
  readonly streams: ReadonlySet<string>;
  /** Incoming messages so far: JSON or not, PING and PONG frames. */
  readonly messagesReceived: number;
  /** Whether `silence()` is in force. */
  readonly silenced: boolean;
  /** When it closed (epoch ms); `undefined` while open. */
  readonly closedAt: number | undefined;
  /** The close code the server saw (1006 for a drop); `undefined` while open. */
  readonly closeCode: number | undefined;
  /** The close reason the server saw; `undefined` while open. */
  readonly closeReason: string | undefined;
}

/**
 * Selects connections for a test control: a connection id, or a predicate on the connection's
 * info. Controls given no filter act on every open connection of the market.
 *
 * @example
 * ```ts
 * fake.dropConnections('spot-1');
 * fake.silence((c) => c.streams.has('btcusdt@trade'));
 * ```
 */
export type ConnectionFilter = string | ((connection: FakeStreamConnectionInfo) => boolean);
