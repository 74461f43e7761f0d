import { Credentials } from '../../lib/signing/credentials';
import { toQueryString } from '../../lib/signing/query-string';
import { signOnce } from './helpers';
import { SPOT_API_KEY, SPOT_SECRET } from './vectors';

const ORDER: ReadonlyArray<readonly [string, string]> = [
  ['symbol', 'LTCBTC'],
  ['side', 'BUY'],
  ['type', 'LIMIT'],
  ['timeInForce', 'GTC'],
  ['quantity', '1'],
  ['price', '0.1'],
  ['recvWindow', '5000'],
  ['timestamp', '1499827319559'],
];

describe('toQueryString', () => {
  const credentials = new Credentials({ apiKey: SPOT_API_KEY, apiSecret: SPOT_SECRET });

  it('default: §4.1 R1 keeps the given order and signs to the published value', async () => {
    const payload = toQueryString(ORDER);
    expect(payload).toBe('symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559');
    expect(await signOnce(credentials, payload)).toBe('c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71');
  });

  it('default: §4.1 R2 percent-encodes the full-width symbol as UTF-8 and signs to the published value', async () => {
    const payload = toQueryString([['symbol', '１２３４５６'], ...ORDER.slice(1)]);
    expect(payload).toBe(
      'symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    );
    expect(await signOnce(credentials, payload)).toBe('e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3');
  });

  it('behavior: §2 futures example encodes Chinese characters', () => {
    expect(toQueryString([['symbol', '测试USDT']])).toBe('symbol=%E6%B5%8B%E8%AF%95USDT');
  });

  it('behavior: a base64 signature becomes URL-safe (§2, §4.6)', () => {
    expect(toQueryString([['signature', 'HZ8H/ig+7B==']])).toBe('signature=HZ8H%2Fig%2B7B%3D%3D');
  });

  it('behavior: escapes everything but A-Z a-z 0-9 - _ . ~, names included', () => {
    expect(toQueryString([["a b!'()*", '~-_.&=+/?#%,;:@$ é']])).toBe(
      'a%20b%21%27%28%29%2A=~-_.%26%3D%2B%2F%3F%23%25%2C%3B%3A%40%24%20%C3%A9',
    );
  });

  it('behavior: equals encodeURIComponent plus !\'()* for every BMP and astral sample', () => {
    const reference = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const samples = [...Array.from({ length: 0x100 }, (_, i) => String.fromCharCode(i)), '€', '😀', '１２３', 'ü\u00a0\u2028'];
    for (const s of samples) expect(toQueryString([['k', s]])).toBe(`k=${reference(s)}`);
  });

  it('args: a lone surrogate is sent as U+FFFD instead of throwing', () => {
    expect(toQueryString([['k', 'a\ud800']])).toBe('k=a%EF%BF%BD');
  });

  it('args: no params give an empty string; empty values are kept', () => {
    expect(toQueryString([])).toBe('');
    expect(toQueryString([['a', ''], ['b', '1']])).toBe('a=&b=1');
  });
});
