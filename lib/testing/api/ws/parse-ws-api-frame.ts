import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiError } from '../fake-api-types.js';

/** A text frame from a WebSocket-API client, read as a request envelope. @internal */
export interface ParsedWsApiFrame {
  /** The id to echo, as JSON text (`'null'` when it could not be read). */
  readonly idJson: string;
  /** The id as parsed, when valid (a string of digits beyond 2^53). */
  readonly id: number | string | null | undefined;
  /** `method` when it was a string, as sent (a `v3/` prefix kept). */
  readonly method: string | undefined;
  /** `params` as sent, when it was an object (`{}` when absent). */
  readonly params: Readonly<Record<string, unknown>> | undefined;
  /** Why the frame is not a request, if it is not. */
  readonly error: FakeApiError | undefined;
}

const STRING_ID = /^[a-zA-Z0-9\-_]{1,36}$/;
const RAW_NUMERIC_ID = /"id"\s*:\s*(-?[0-9]+)\s*[,}]/;
const MIN_ID = -(2n ** 63n);
const MAX_ID = 2n ** 63n - 1n;

/**
 * Reads a request envelope (`spec/spot-ws-api.md` §2) in the order the fake checks: JSON
 * object, `id` (an integer, a string matching `^[a-zA-Z0-9-_]{1,36}$`, or null), `method`
 * (a string), `params` (an object, optional).
 *
 * @param text - the frame as received
 * @returns the envelope's parts and, for a frame that is not a request, the -1135 error to answer
 *
 * @internal
 */
export function parseWsApiFrame(text: string): ParsedWsApiFrame {
  const invalid = (error: FakeApiError, id?: { json: string; value: number | string | null }): ParsedWsApiFrame => ({
    idJson: id?.json ?? 'null',
    id: id?.value,
    method: undefined,
    params: undefined,
    error,
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Translate: text that is not JSON is answered like Binance's INVALID_JSON.
    return invalid(FAKE_API_ERRORS.invalidJson);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid(FAKE_API_ERRORS.invalidJson);
  const fields = value as Readonly<Record<string, unknown>>;
  const id = readId(text, fields['id']);
  if (id === undefined) return invalid(FAKE_API_ERRORS.invalidId);
  const method = fields['method'];
  if (typeof method !== 'string' || method === '') return invalid(FAKE_API_ERRORS.invalidMethod, id);
  const params = fields['params'] ?? {};
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    return { ...invalid(FAKE_API_ERRORS.invalidParams, id), method };
  }
  return { idJson: id.json, id: id.value, method, params: params as Readonly<Record<string, unknown>>, error: undefined };
}

/** The id as JSON text and as a value, or `undefined` when missing or of a form Binance refuses. */
function readId(text: string, id: unknown): { json: string; value: number | string | null } | undefined {
  if (id === null) return { json: 'null', value: null };
  if (typeof id === 'string') return STRING_ID.test(id) ? { json: JSON.stringify(id), value: id } : undefined;
  if (typeof id !== 'number' || !Number.isInteger(id)) return undefined;
  if (Number.isSafeInteger(id)) return { json: String(id), value: id };
  // A 64-bit id loses precision as a JS number: echo the digits as sent.
  const raw = RAW_NUMERIC_ID.exec(text)?.[1];
  if (raw === undefined) return undefined;
  const big = BigInt(raw);
  return big < MIN_ID || big > MAX_ID ? undefined : { json: raw, value: raw };
}
