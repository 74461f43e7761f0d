import { locateJsonError, positionOf } from './locate-json-error.js';
import {
  STREAM_ERRORS,
  STREAM_METHODS,
  describeJsonValue,
  type StreamErrorPayload,
  type StreamMethod,
} from './stream-error-payloads.js';

/** A well-formed live control request. @internal */
export type StreamRequest =
  | { readonly method: 'SUBSCRIBE' | 'UNSUBSCRIBE'; readonly names: readonly string[] }
  | { readonly method: 'LIST_SUBSCRIPTIONS' }
  | { readonly method: 'GET_PROPERTY' }
  | { readonly method: 'SET_PROPERTY'; readonly value: boolean };

/** What a text frame from a client turned out to be. @internal */
export interface ParsedStreamFrame {
  /** `'json'` for any JSON value, `'invalid'` for text that is not JSON. */
  readonly kind: 'json' | 'invalid';
  /** The request id to echo, as JSON text (`'null'` when none could be read). */
  readonly idJson: string;
  /** The id as parsed, when it was a valid one. */
  readonly id: number | string | null | undefined;
  /** `method` when it was a string. */
  readonly method: string | undefined;
  /** `params` as sent. */
  readonly params: unknown;
  /** The request, or the error to answer with. */
  readonly outcome: { readonly request: StreamRequest } | { readonly error: StreamErrorPayload };
}

const MIN_ID = -(2n ** 63n);
const MAX_ID = 2n ** 63n - 1n;
// "alphanumeric, at most 36 characters": hyphens are allowed so that UUIDs (36 chars) fit.
const STRING_ID = /^[A-Za-z0-9-]{1,36}$/;
const RAW_NUMERIC_ID = /"id"\s*:\s*(-?[0-9][0-9.eE+-]*)/;
const METHOD_VALUE = /"method"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[^\s,}\]]+)/;

/**
 * Parses one text frame of a market-stream connection and validates it as a live control
 * request, in the order the fake checks: JSON, object, `id`, `method`, then `params`.
 *
 * @param text - the frame as received
 * @returns the request, or the exact error payload Binance answers (`spec/spot-streams.md` §3)
 *
 * @internal
 */
export function parseStreamFrame(text: string): ParsedStreamFrame {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Translate: a parse failure is answered with code 3 and the position of the fault.
    const error = STREAM_ERRORS.invalidJson(locateJsonError(text));
    return { kind: 'invalid', idJson: 'null', id: undefined, method: undefined, params: undefined, outcome: { error } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const error = STREAM_ERRORS.invalidType(describeJsonValue(value), 'struct Request');
    return { kind: 'json', idJson: 'null', id: undefined, method: undefined, params: undefined, outcome: { error } };
  }
  const fields = value as Readonly<Record<string, unknown>>;
  const rawMethod = fields['method'];
  const method = typeof rawMethod === 'string' ? rawMethod : undefined;
  const params = fields['params'];
  const id = readId(text, fields['id']);
  const base = { kind: 'json', idJson: id?.json ?? 'null', id: id?.value, method, params } as const;
  if (id === undefined) return { ...base, outcome: { error: STREAM_ERRORS.requestId } };
  if (rawMethod === undefined) {
    const end = text.trimEnd().length - 1;
    return { ...base, outcome: { error: STREAM_ERRORS.missingMethod(positionOf(text, end)) } };
  }
  if (method === undefined || !isStreamMethod(method)) {
    const match = METHOD_VALUE.exec(text);
    const end = match === null ? text.length : match.index + match[0].length - 1;
    const variant = method ?? JSON.stringify(rawMethod);
    return { ...base, outcome: { error: STREAM_ERRORS.unknownMethod(variant, positionOf(text, end)) } };
  }
  return { ...base, outcome: validateParams(method, params) };
}

function validateParams(
  method: StreamMethod,
  params: unknown,
): { readonly request: StreamRequest } | { readonly error: StreamErrorPayload } {
  const list: readonly unknown[] | undefined = params === undefined ? [] : Array.isArray(params) ? params : undefined;
  if (list === undefined) return { error: STREAM_ERRORS.invalidType(describeJsonValue(params), 'a sequence') };
  switch (method) {
    case 'SUBSCRIBE':
    case 'UNSUBSCRIBE': {
      const bad = list.find((name) => typeof name !== 'string');
      if (bad !== undefined) return { error: STREAM_ERRORS.invalidType(describeJsonValue(bad), 'a string') };
      return { request: { method, names: list as readonly string[] } };
    }
    case 'LIST_SUBSCRIPTIONS':
      return list.length > 0 ? { error: STREAM_ERRORS.tooManyParameters } : { request: { method } };
    case 'GET_PROPERTY':
    case 'SET_PROPERTY': {
      if (list.length > (method === 'GET_PROPERTY' ? 1 : 2)) return { error: STREAM_ERRORS.tooManyParameters };
      const [property, propertyValue] = list;
      if (typeof property !== 'string') return { error: STREAM_ERRORS.propertyName };
      if (property !== 'combined') return { error: STREAM_ERRORS.unknownProperty };
      if (method === 'GET_PROPERTY') return { request: { method } };
      if (typeof propertyValue !== 'boolean') return { error: STREAM_ERRORS.invalidValueType };
      return { request: { method, value: propertyValue } };
    }
  }
}

function isStreamMethod(method: string): method is StreamMethod {
  return (STREAM_METHODS as readonly string[]).includes(method);
}

/**
 * The id as JSON text to echo and as a value to record (a string of digits beyond 2^53), or
 * `undefined` when it is missing or of an unsupported form.
 */
function readId(text: string, id: unknown): { json: string; value: number | string | null } | undefined {
  if (id === null) return { json: 'null', value: null };
  if (typeof id === 'string') return STRING_ID.test(id) ? { json: JSON.stringify(id), value: id } : undefined;
  if (typeof id !== 'number') return undefined;
  // Read the digits from the text: a 64-bit id loses precision as a JS number.
  const raw = RAW_NUMERIC_ID.exec(text)?.[1];
  if (raw === undefined || !/^-?[0-9]+$/.test(raw)) return undefined;
  const big = BigInt(raw);
  if (big < MIN_ID || big > MAX_ID) return undefined;
  return { json: big.toString(), value: Number.isSafeInteger(id) ? id : big.toString() };
}
