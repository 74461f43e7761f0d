/**
 * Builds the text a WebSocket-API request signs (signing.md §3): every param except
 * `signature`, sorted by name in ASCII order, joined as `name=value` with `&`, values as plain
 * text and **not** percent-encoded.
 *
 * @remarks
 * Values are rendered the way `JSON.stringify` puts them on the wire, so the payload matches the
 * request the server receives: strings as they are (`'0.01000000'` → `0.01000000`), numbers in
 * JS notation (`100` → `100`), booleans as `true`/`false`. Give decimals as strings: a float
 * such as `0.1 + 0.2` would be signed and sent as `0.30000000000000004`.
 *
 * @param params - the request's `params` object (a `signature` in it is left out)
 * @returns the payload to sign
 *
 * @example
 * ```ts
 * import { wsApiPayload } from 'binance-rx';
 * wsApiPayload({ symbol: 'BTCUSDT', timestamp: 1645423376532, apiKey: 'KEY' });
 * // 'apiKey=KEY&symbol=BTCUSDT&timestamp=1645423376532'
 * ```
 */
export function wsApiPayload(params: Readonly<Record<string, string | number | boolean>>): string {
  return Object.keys(params)
    .filter((name) => name !== 'signature' && params[name] !== undefined)
    // Names are ASCII, where UTF-16 code-unit order (the default sort) is ASCII order.
    .sort()
    .map((name) => `${name}=${String(params[name])}`)
    .join('&');
}
