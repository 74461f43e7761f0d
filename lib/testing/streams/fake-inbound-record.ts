import type { StreamErrorPayload } from './stream-error-payloads.js';

/**
 * One message a client sent to a fake market-stream connection.
 *
 * @remarks
 * `kind` is `'json'` for a JSON text frame (a control request, valid or not), `'invalid'` for a
 * frame that is not JSON, `'ping'` / `'pong'` for control frames (`text` holds their payload).
 */
export interface FakeInboundRecord {
  /** The connection's id, e.g. `'spot-1'`. */
  readonly connectionId: string;
  /** Arrival time (epoch ms). */
  readonly at: number;
  /** What arrived. */
  readonly kind: 'json' | 'invalid' | 'ping' | 'pong';
  /** `method` of a JSON request, when it was a string. */
  readonly method?: string;
  /** `params` of a JSON request, as sent. */
  readonly params?: unknown;
  /** `id` of a JSON request when it was valid (a string of digits beyond 2^53). */
  readonly id?: number | string | null;
  /** The frame's text (JSON and invalid frames) or the ping/pong payload as UTF-8. */
  readonly text?: string;
  /** The error the server answered with, if it refused the request. */
  readonly error?: StreamErrorPayload;
}
