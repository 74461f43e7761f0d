import Big from 'big.js';
import { InvalidParamError } from '../errors/request-errors.js';

/** A param value as it goes on the wire: WS-API JSON keeps types, REST turns them into text. @internal */
export type WireValue = string | number | boolean | readonly string[];
/** Params ready to send. @internal */
export type WireParams = Readonly<Record<string, WireValue>>;

/** Which params must be decimals: an endpoint's exact list, or (escape hatches) by name. @internal */
export type DecimalRule = readonly string[] | 'byName';

/** Params the client adds itself; a caller giving them would break the signature. */
const RESERVED = new Set(['signature', 'apiKey', 'timestamp']);
/** What Binance reads as DECIMAL (`spec/spot-ws-api.md` §6.4): plain digits, optional fraction. */
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
/** The escape hatches' guess at decimals: `price`, `stopPrice`, `quantity`, `icebergQty`, … */
const DECIMAL_NAME = /(price|qty|quantity)$/i;

/**
 * Checks request params and turns them into wire values, throwing before anything is sent.
 *
 * @remarks `undefined`/`null` params are dropped; `Big` becomes its plain decimal text (never
 * exponent notation); a JS `number` where Binance expects a decimal is refused, since a float
 * cannot hold most prices exactly; strings for decimals must be plain decimal text.
 *
 * @param params - the caller's params
 * @param decimals - which names are decimals
 * @returns the wire params, in the caller's order
 * @throws {@link InvalidParamError} for a number where a decimal is expected, a malformed
 * decimal, a non-finite number, an empty string, a reserved name, or an unsupported value
 * @internal
 */
export function serializeParams(params: object | undefined, decimals: DecimalRule): Record<string, WireValue> {
  if (params === undefined || params === null) return {};
  if (typeof params !== 'object' || Array.isArray(params)) throw new InvalidParamError('params', 'must be an object of named params.');
  const out: Record<string, WireValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (RESERVED.has(name)) throw new InvalidParamError(name, 'is added by the client; do not pass it.');
    const decimal = decimals === 'byName' ? DECIMAL_NAME.test(name) : decimals.includes(name);
    out[name] = decimal ? decimalText(name, value) : plainValue(name, value);
  }
  return out;
}

function decimalText(name: string, value: unknown): string {
  if (value instanceof Big) return value.toFixed();
  if (typeof value === 'number') {
    throw new InvalidParamError(name, `got the number ${value}; decimals must be a string or Big (e.g. '${safeExample(value)}') so no float rounding reaches the exchange.`);
  }
  if (typeof value === 'string' && DECIMAL_TEXT.test(value)) return value;
  throw new InvalidParamError(name, `expected a decimal string like '0.001' or a Big, got ${describe(value)}.`);
}

function plainValue(name: string, value: unknown): WireValue {
  if (value instanceof Big) return value.toFixed();
  switch (typeof value) {
    case 'string':
      if (value === '') throw new InvalidParamError(name, 'must not be empty.');
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new InvalidParamError(name, `must be a finite number, got ${value}.`);
      return value;
    case 'boolean':
      return value;
    default:
      if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string' && v !== '')) return value;
      throw new InvalidParamError(name, `unsupported value ${describe(value)}; use strings, numbers, booleans, Big or string arrays.`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value;
}

function safeExample(value: number): string {
  return Number.isFinite(value) ? String(value) : '1.5';
}

/**
 * Wire params as REST text pairs: booleans `true`/`false`, arrays as JSON
 * (`symbols=["BTCUSDT","BNBBTC"]`, `spec/rest.md` §2).
 *
 * @internal
 */
export function toTextPairs(params: WireParams): Array<[string, string]> {
  return Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : String(v)]);
}
