import { BinanceError } from './binance-error.js';

/** Longest payload excerpt kept in a message; the full payload stays on `payload`. */
const MESSAGE_PAYLOAD_CHARS = 500;

/**
 * A payload from Binance failed to parse as JSON or failed its io-ts codec.
 *
 * @remarks
 * On streams this error is reported on `events$` as a `decodeError` event and the stream goes
 * on: one bad frame never ends a stream. `payload` holds the raw value (the frame's text when
 * it was not JSON) so nothing is lost.
 *
 * @example
 * ```ts
 * import { filter } from 'rxjs';
 * spot.events$.pipe(filter((e) => e.type === 'decodeError')).subscribe((e) => console.warn(e.error.errors));
 * ```
 */
export class DecodeError extends BinanceError {
  override readonly name = 'DecodeError';
  /** The raw payload: the parsed JSON value, or the frame text if it was not JSON. */
  readonly payload: unknown;
  /** One line per failure, PathReporter style. */
  readonly errors: readonly string[];
  /** Name of the codec that rejected the payload (`'JSON'` when parsing failed). */
  readonly codec: string;

  /**
   * @param codec - the codec's name, or `'JSON'`
   * @param payload - the rejected payload
   * @param errors - PathReporter lines
   */
  constructor(codec: string, payload: unknown, errors: readonly string[], options: { cause?: unknown } = {}) {
    super(`Could not decode a payload as ${codec}.`, {
      ...options,
      metaMessages: [...errors.slice(0, 5).map((e) => `- ${e}`), `Payload: ${excerpt(payload)}`],
    });
    this.codec = codec;
    this.payload = payload;
    this.errors = errors;
  }
}

function excerpt(payload: unknown): string {
  let text: string;
  try {
    text = typeof payload === 'string' ? payload : (JSON.stringify(payload) ?? String(payload));
  } catch {
    text = String(payload);
  }
  return text.length > MESSAGE_PAYLOAD_CHARS ? `${text.slice(0, MESSAGE_PAYLOAD_CHARS)}…` : text;
}
