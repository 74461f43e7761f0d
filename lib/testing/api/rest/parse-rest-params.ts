import { FAKE_API_ERRORS } from '../fake-api-errors.js';
import type { FakeApiError } from '../fake-api-types.js';

/** The params of a REST request and what its signature covers. @internal */
export interface RestParams {
  /** Percent-decoded params, body and query merged, the query winning on duplicates. */
  readonly params: Readonly<Record<string, string>>;
  /** The last param when it is `signature`, percent-decoded. */
  readonly signature: string | undefined;
  /** A `signature` param that is not the last param of query + body. */
  readonly signatureMisplaced: boolean;
  /** The signed bytes: query + body as received, up to (without) `&signature=…`. */
  readonly payload: Buffer;
}

const TRAILING_SIGNATURE = /(?:^|&)signature=([^&]*)$/;

/**
 * Reads a REST request's params the way Binance does (`spec/rest.md` §2, `spec/signing.md` §2):
 * GET from the query, POST/PUT/DELETE from the query and/or an `x-www-form-urlencoded` body;
 * the signature covers query + body exactly as sent and must be the last param.
 *
 * @param rawQuery - the query string as received (without `?`)
 * @param rawBody - the body as received, one char per byte (latin1), `''` for GET
 * @returns the params, or the error: -1100 (bad percent-encoding), -1101 (a param twice in one part)
 *
 * @internal
 */
export function parseRestParams(rawQuery: string, rawBody: string): RestParams | FakeApiError {
  const query = parsePairs(rawQuery);
  if ('code' in query) return query;
  const body = parsePairs(rawBody);
  if ('code' in body) return body;
  const params: Record<string, string> = {};
  for (const [name, value] of [...body.pairs, ...query.pairs]) params[name] = value;
  // The signature ends the body when there is one, else the query.
  const tail = rawBody === '' ? rawQuery : rawBody;
  const match = TRAILING_SIGNATURE.exec(tail);
  const hasSignature = [...query.pairs, ...body.pairs].some(([name]) => name === 'signature');
  if (match === null) {
    return { params, signature: undefined, signatureMisplaced: hasSignature, payload: Buffer.from(rawQuery + rawBody, 'latin1') };
  }
  const before = tail.slice(0, match.index);
  const signed = rawBody === '' ? before : rawQuery + before;
  const occurrences = [...query.pairs, ...body.pairs].filter(([name]) => name === 'signature').length;
  return {
    params,
    // Decodes: parsePairs already accepted this very escape sequence.
    signature: decode(match[1] ?? ''),
    signatureMisplaced: occurrences > 1,
    payload: Buffer.from(signed, 'latin1'),
  };
}

function parsePairs(text: string): { readonly pairs: readonly (readonly [string, string])[] } | FakeApiError {
  const pairs: (readonly [string, string])[] = [];
  const seen = new Set<string>();
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = decode(eq < 0 ? piece : piece.slice(0, eq));
    const value = decode(eq < 0 ? '' : piece.slice(eq + 1));
    if (name === undefined || value === undefined) return FAKE_API_ERRORS.illegalCharsAnywhere;
    if (seen.has(name)) return FAKE_API_ERRORS.duplicateParameter;
    seen.add(name);
    pairs.push([name, value]);
  }
  return { pairs };
}

/** Form decoding: `+` is a space, `%XX` are UTF-8 bytes; `undefined` for a malformed escape. */
function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // Recover deliberately: the caller answers a malformed escape with -1100.
    return undefined;
  }
}
