import type { FakeApiOutcome } from './fake-api-types.js';

/**
 * Reading request params the way Binance does, for both transports: REST values are strings,
 * WebSocket-API values are JSON values. A bad value becomes Binance's own error.
 *
 * @internal
 */
export class FakeParamError extends Error {
  constructor(readonly outcome: FakeApiOutcome & { status: number }) {
    super('fake param error');
  }
}

function fail(code: number, msg: string): never {
  throw new FakeParamError({ status: 400, error: { code, msg } });
}

/** An optional string param (numbers and booleans are read as their text). */
export function optString(params: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    if (value === '') fail(-1105, `Parameter '${name}' was empty.`);
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(-1100, `Illegal characters found in parameter '${name}'; legal range is '^[\\w\\-._&&[^ ]]{1,36}$'.`);
}

/** A mandatory string param. */
export function reqString(params: Readonly<Record<string, unknown>>, name: string): string {
  return optString(params, name) ?? fail(-1102, `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`);
}

/** An optional integer param (a JSON number or a digit string). */
export function optInt(params: Readonly<Record<string, unknown>>, name: string): number | undefined {
  const text = optString(params, name);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) fail(-1100, `Illegal characters found in parameter '${name}'; legal range is '^-?[0-9]{1,20}$'.`);
  return Number(text);
}

/** A mandatory integer param. */
export function reqInt(params: Readonly<Record<string, unknown>>, name: string): number {
  return optInt(params, name) ?? fail(-1102, `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`);
}

/**
 * An optional DECIMAL param: Binance reads decimals from strings. Over the WebSocket API a JSON
 * number is accepted by Binance too, so it is read here as its text.
 */
export function optDecimal(params: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const text = optString(params, name);
  if (text === undefined) return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(text)) fail(-1100, `Illegal characters found in parameter '${name}'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.`);
  return text;
}

/** An optional boolean param (`true`/`false`, JSON or text). */
export function optBool(params: Readonly<Record<string, unknown>>, name: string): boolean | undefined {
  const text = optString(params, name);
  if (text === undefined) return undefined;
  if (text !== 'true' && text !== 'false') fail(-1100, `Illegal characters found in parameter '${name}'; legal range is 'true, false'.`);
  return text === 'true';
}

/** An optional list param: a JSON array over the WebSocket API, JSON array text over REST. */
export function optList(params: Readonly<Record<string, unknown>>, name: string): readonly string[] | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return fail(-1100, `Illegal characters found in parameter '${name}'; legal range is '^\\[("[A-Z0-9-_.]{1,20}"(,"[A-Z0-9-_.]{1,20}"){0,}){0,1}\\]$'.`);
    }
  }
  if (!Array.isArray(list) || !list.every((s): s is string => typeof s === 'string')) {
    return fail(-1100, `Illegal characters found in parameter '${name}'; legal range is '^\\[("[A-Z0-9-_.]{1,20}"(,"[A-Z0-9-_.]{1,20}"){0,}){0,1}\\]$'.`);
  }
  return list;
}

/** Runs a handler body, turning a {@link FakeParamError} into its outcome. */
export function withParams(body: () => FakeApiOutcome): FakeApiOutcome {
  try {
    return body();
  } catch (error: unknown) {
    if (error instanceof FakeParamError) return error.outcome;
    throw error;
  }
}
