/**
 * Encodes REST parameters as a query string or form body, in the given order, each name and
 * value percent-encoded as UTF-8 (signing.md §2). The one canonical REST encoder: the signature
 * covers exactly the bytes it produces.
 *
 * @remarks
 * Everything but `A-Z a-z 0-9 - _ . ~` is escaped as `%XX` (uppercase hex), i.e.
 * `encodeURIComponent` plus `! ' ( ) *`; so the full-width symbol `１２３４５６` becomes
 * `%EF%BC%91%EF%BC%92…` (signing.md §4.1, R2) and a base64 signature's `+ / =` become
 * `%2B %2F %3D`. A lone UTF-16 surrogate, which has no UTF-8 form, is sent as U+FFFD
 * (`%EF%BF%BD`) rather than throwing, so what is signed is still what is sent.
 *
 * @param params - `[name, value]` pairs, in wire order
 * @returns the encoded text, `name=value` joined with `&` (empty for no params)
 *
 * @example
 * ```ts
 * import { toQueryString } from 'binance-rx';
 * toQueryString([['symbol', 'BTCUSDT'], ['side', 'BUY']]); // 'symbol=BTCUSDT&side=BUY'
 * ```
 */
export function toQueryString(params: ReadonlyArray<readonly [string, string]>): string {
  const encoder = new TextEncoder();
  return params.map(([name, value]) => `${percentEncode(encoder, name)}=${percentEncode(encoder, value)}`).join('&');
}

const UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;

function percentEncode(encoder: TextEncoder, text: string): string {
  if (UNRESERVED.test(text)) return text;
  let out = '';
  for (const byte of encoder.encode(text)) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
