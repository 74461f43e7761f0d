/**
 * The bytes a WebSocket-API request signs (`spec/signing.md` §3): every param except
 * `signature`, sorted by name (ASCII), `name=value` joined by `&`, UTF-8, no percent-encoding.
 *
 * @param params - the request's params as received
 * @returns the payload
 *
 * @remarks
 * Values are rendered as their plain text: strings as they are, numbers and booleans as JSON
 * prints them, arrays and objects (`symbols`) as JSON text.
 *
 * @internal
 */
export function wsApiPayload(params: Readonly<Record<string, unknown>>): Buffer {
  const text = Object.keys(params)
    .filter((name) => name !== 'signature')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `${name}=${plainText(params[name])}`)
    .join('&');
  return Buffer.from(text, 'utf8');
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}
