import { parseRestParams, type RestParams } from '../../../../lib/testing/api/rest/parse-rest-params';

function parsed(query: string, body = ''): RestParams {
  const result = parseRestParams(query, body);
  if ('code' in result) throw new Error(result.msg);
  return result;
}

describe('parseRestParams', () => {
  it('default: decodes the query; the signature is the last param and not signed', () => {
    const p = parsed('symbol=%EF%BC%91%EF%BC%92&price=0.1&timestamp=1&signature=ab%2Bc%3D');
    expect(p.params).toEqual({ symbol: '１２', price: '0.1', timestamp: '1', signature: 'ab+c=' });
    expect(p.signature).toBe('ab+c=');
    expect(p.signatureMisplaced).toBe(false);
    expect(p.payload.toString('latin1')).toBe('symbol=%EF%BC%91%EF%BC%92&price=0.1&timestamp=1');
  });

  it('behavior: query + body are signed with no separator (R3); the query wins on duplicates', () => {
    const p = parsed('symbol=LTCBTC&side=BUY', 'side=SELL&quantity=1&signature=abc');
    expect(p.payload.toString('latin1')).toBe('symbol=LTCBTC&side=BUYside=SELL&quantity=1');
    expect(p.params).toEqual({ symbol: 'LTCBTC', side: 'BUY', quantity: '1', signature: 'abc' });
    expect(parsed('a=1', 'signature=x').payload.toString('latin1')).toBe('a=1');
  });

  it('behavior: "+" decodes as a space, so an unencoded base64 signature cannot verify', () => {
    expect(parsed('a=1&signature=ab+c').signature).toBe('ab c');
  });

  it('error: a signature that is not the last param, or sent twice, is misplaced', () => {
    expect(parsed('signature=x&a=1')).toMatchObject({ signature: undefined, signatureMisplaced: true });
    expect(parsed('a=1&signature=x', 'b=2')).toMatchObject({ signature: undefined, signatureMisplaced: true });
    expect(parsed('signature=x', 'b=2&signature=y')).toMatchObject({ signature: 'y', signatureMisplaced: true });
    expect(parsed('a=1')).toMatchObject({ signature: undefined, signatureMisplaced: false });
  });

  it('error: -1101 for a param twice in one part, -1100 for a bad escape', () => {
    expect(parseRestParams('a=1&a=2', '')).toEqual({ code: -1101, msg: 'Duplicate values for a parameter detected.' });
    expect(parseRestParams('a=%E0%A4%A', '')).toEqual({ code: -1100, msg: 'Illegal characters found in a parameter.' });
  });
});
