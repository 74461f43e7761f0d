import type { TextPosition } from './locate-json-error.js';

/**
 * The `{code, msg}` object of a stream-server error. On the wire the fake nests it as
 * `{"error":{"code":2,"msg":"…"},"id":7}`, like Binance's live server.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams#error-messages
 */
export interface StreamErrorPayload {
  /** Binance's stream error code: 0 unknown property, 1 bad value type, 2 invalid request, 3 invalid JSON. */
  readonly code: number;
  /** The message, verbatim from Binance's documentation where it gives one. */
  readonly msg: string;
}

/** The live control methods a market-stream connection accepts, in Binance's order. */
export const STREAM_METHODS = [
  'SUBSCRIBE',
  'UNSUBSCRIBE',
  'LIST_SUBSCRIPTIONS',
  'SET_PROPERTY',
  'GET_PROPERTY',
] as const;

/** One of {@link STREAM_METHODS}. */
export type StreamMethod = (typeof STREAM_METHODS)[number];

/**
 * The error payloads of Binance's market-stream servers (`spec/spot-streams.md` §3), exact texts.
 * Functions fill in the placeholders.
 *
 * @example
 * ```ts
 * import { STREAM_ERRORS } from 'binance-rx/testing';
 * fake.rejectStream('btcusdt@trade', STREAM_ERRORS.invalidStream);
 * ```
 */
export const STREAM_ERRORS = {
  /** SET_PROPERTY / GET_PROPERTY of a property other than `combined`. */
  unknownProperty: { code: 0, msg: 'Unknown property' },
  /** SET_PROPERTY with a value that is not `true` or `false`. */
  invalidValueType: { code: 1, msg: 'Invalid value type: expected Boolean' },
  /** SET_PROPERTY / GET_PROPERTY without a string property name. */
  propertyName: { code: 2, msg: 'Invalid request: property name must be a string' },
  /** `id` missing, or not a 64-bit integer, an alphanumeric string of at most 36 characters or null. */
  requestId: { code: 2, msg: 'Invalid request: request ID must be an unsigned integer' },
  /** More parameters than the method takes. */
  tooManyParameters: { code: 2, msg: 'Invalid request: too many parameters' },
  /** A SUBSCRIBE or UNSUBSCRIBE naming a stream the server does not know. */
  invalidStream: { code: 2, msg: 'Invalid request: invalid stream' },
  /** A `method` that is none of {@link STREAM_METHODS}; `variant` is printed in backticks. */
  unknownMethod: (variant: string, at: TextPosition): StreamErrorPayload => ({
    code: 2,
    msg: `Invalid request: unknown variant \`${variant}\`, expected one of ${STREAM_METHODS.map((m) => `\`${m}\``).join(', ')}${where(at)}`,
  }),
  /** A request object without `method`; `at` is the end of the object. */
  missingMethod: (at: TextPosition): StreamErrorPayload => ({
    code: 2,
    msg: `Invalid request: missing field \`method\`${where(at)}`,
  }),
  /** A well-formed JSON value of the wrong type (decided by the fake: serde's wording). */
  invalidType: (found: string, expected: string): StreamErrorPayload => ({
    code: 2,
    msg: `Invalid request: invalid type: ${found}, expected ${expected}`,
  }),
  /** A frame that is not JSON. */
  invalidJson: (at: TextPosition): StreamErrorPayload => ({
    code: 3,
    msg: `Invalid JSON: expected value${where(at)}`,
  }),
} as const;

function where(at: TextPosition): string {
  return ` at line ${at.line} column ${at.column}`;
}

/**
 * Describes a JSON value the way serde does in `invalid type` errors (`integer \`5\``, `map`, …).
 *
 * @internal
 */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'sequence';
  switch (typeof value) {
    case 'string':
      return `string ${JSON.stringify(value)}`;
    case 'number':
      return Number.isInteger(value) ? `integer \`${value}\`` : `floating point \`${value}\``;
    case 'boolean':
      return `boolean \`${value}\``;
    default:
      return 'map';
  }
}
