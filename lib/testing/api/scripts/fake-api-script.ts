import type { FakeApiError } from '../fake-api-types.js';

/**
 * Which requests a scripted reply answers: a WebSocket-API method (`'order.place'`) or a REST
 * route (`'POST /api/v3/order'`), on both transports unless `transport` says which.
 *
 * @example
 * ```ts
 * fake.scriptApi({ method: 'order.place' }, { kind: 'noAnswer' }); // WS-API and REST
 * fake.scriptApi({ method: 'order.place', transport: 'rest' }, { kind: 'drop' });
 * ```
 */
export interface FakeApiScriptTarget {
  /** A method, or `'<VERB> <path>'`; either name matches the endpoint on both transports. */
  readonly method: string;
  /** Only requests over this transport. */
  readonly transport?: 'ws' | 'rest';
}

/**
 * What a scripted request gets instead of its normal answer.
 *
 * @remarks
 * - `{ status, error }`: an error response, e.g. `{ status: 429, error: { code: -1003, msg },
 *   headers: { 'Retry-After': '7' } }`; over the WebSocket API `error.data` travels in the envelope
 *   and `headers` are ignored.
 * - `{ status?, result }`: a success with this result (200 unless given).
 * - `{ kind: 'noAnswer' }`: nothing is answered; the client times out.
 * - `{ kind: 'drop' }`: the WebSocket connection is terminated (no close frame) / the TCP socket of
 *   the REST request is destroyed.
 * - `{ kind: 'delay', ms }`: the request is handled now, its normal answer sent `ms` later.
 * - `{ status, rawBody, contentType? }`: REST answers these bytes (e.g. an HTML 502 page);
 *   the WebSocket API sends `rawBody` as a text frame.
 *
 * Scripted error and raw replies pay the endpoint's weight like a failed request; scripted
 * results count like a success.
 */
export type FakeApiScriptReply =
  | { readonly status: number; readonly error: FakeApiError; readonly headers?: Readonly<Record<string, string>> }
  | { readonly status?: number; readonly result: unknown; readonly headers?: Readonly<Record<string, string>> }
  | { readonly kind: 'noAnswer' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'delay'; readonly ms: number }
  | {
      readonly status: number;
      readonly rawBody: string;
      readonly contentType?: string;
      readonly headers?: Readonly<Record<string, string>>;
    };
