import { FakeSpotApiServer } from '../../../lib/testing/api/fake-spot-api-server';
import { ApiTestBed, hmac, keyOf, keyPair, signWith } from './support/api-test-bed';

// spec/signing.md §4.1: the official REST vectors.
const VECTOR_API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const VECTOR_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const VECTOR_TIMESTAMP = 1499827319559;
const R1 = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
const R1_SIG = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const UTF8_SYMBOL = '%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96';
const JSON_TYPE = 'application/json;charset=UTF-8';

describe('FakeSpotApiServer (REST)', () => {
  const bed = new ApiTestBed();
  let server: FakeSpotApiServer;
  const keyHeader = { 'X-MBX-APIKEY': VECTOR_API_KEY };

  beforeEach(async () => {
    server = await bed.start();
    server.addApiKey({ apiKey: VECTOR_API_KEY, apiSecret: VECTOR_SECRET });
    // Put the server clock 100 ms after the vectors' timestamp, inside their 5000 ms window.
    server.setClockOffset(VECTOR_TIMESTAMP + 100 - Date.now());
  });

  afterEach(() => bed.teardown());

  it('behavior: the official HMAC vector R1 verifies as query string and as body', async () => {
    const asQuery = await bed.rest('POST', `/api/v3/order?${R1}&signature=${R1_SIG}`, { headers: keyHeader });
    expect(asQuery.status).toBe(200);
    expect(asQuery.headers['content-type']).toBe(JSON_TYPE);
    expect(asQuery.json).toMatchObject({ params: { symbol: 'LTCBTC', price: '0.1', quantity: '1' }, apiKey: VECTOR_API_KEY });
    const asBody = await bed.rest('POST', '/api/v3/order', { headers: keyHeader, body: `${R1}&signature=${R1_SIG}` });
    expect(asBody.status).toBe(200);
  });

  it('behavior: R2 (percent-encoded UTF-8 symbol) verifies over the raw bytes; the handler sees the decoded symbol', async () => {
    const query = R1.replace('LTCBTC', UTF8_SYMBOL);
    const response = await bed.rest('POST', `/api/v3/order?${query}&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3`, { headers: keyHeader });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ params: { symbol: '１２３４５６' } });
    expect(bed.server.apiRequests.at(-1)).toMatchObject({ rawQuery: expect.stringContaining(UTF8_SYMBOL) as string, params: { symbol: '１２３４５６' } });
  });

  it('behavior: R3 (query + body, signed with no separator) verifies; the query wins on duplicates', async () => {
    const response = await bed.rest('POST', '/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC', {
      headers: keyHeader,
      body: 'quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77',
    });
    expect(response.status).toBe(200);
    const echo = await bed.rest('POST', '/api/v3/echo?a=query', { body: 'a=body&b=body' });
    expect(echo.json).toEqual({ a: 'query', b: 'body' });
  });

  it('behavior: RSA and Ed25519 signatures arrive percent-encoded and verify; an unencoded "+" does not', async () => {
    server.setClockOffset(0);
    for (const [letter, type] of [['r', 'rsa'], ['e', 'ed25519']] as const) {
      const { privateKey, publicPem } = keyPair(type);
      server.addApiKey({ apiKey: keyOf(letter), publicKey: publicPem });
      const headers = { 'X-MBX-APIKEY': keyOf(letter) };
      // Both schemes are deterministic: vary the payload until the signature holds a '+'.
      let query = '';
      let signature = '';
      for (let n = 0; !signature.includes('+'); n += 1) {
        query = `symbol=${UTF8_SYMBOL}&n=${n}&timestamp=${Date.now()}`;
        signature = signWith(privateKey, query);
      }
      const ok = await bed.rest('GET', `/api/v3/account?${query}&signature=${encodeURIComponent(signature)}`, { headers });
      expect(ok.status).toBe(200);
      const unencoded = await bed.rest('GET', `/api/v3/account?${query}&signature=${signature}`, { headers });
      expect(unencoded).toMatchObject({ status: 400, json: { code: -1022 } });
    }
  });

  it('error: a signature not at the end, a bad one, a missing key header or an unknown key', async () => {
    const misplaced = await bed.rest('POST', `/api/v3/order?signature=${R1_SIG}&${R1}`, { headers: keyHeader });
    expect(misplaced).toMatchObject({ status: 400, json: { code: -1022, msg: 'Signature for this request is not valid.' } });
    const bad = await bed.rest('POST', `/api/v3/order?${R1}&signature=${'0'.repeat(64)}`, { headers: keyHeader });
    expect(bad.json).toEqual({ code: -1022, msg: 'Signature for this request is not valid.' });
    const noKey = await bed.rest('POST', `/api/v3/order?${R1}&signature=${R1_SIG}`);
    expect(noKey).toMatchObject({ status: 401, json: { code: -2014, msg: 'API-key format invalid.' } });
    const unknown = await bed.rest('GET', '/api/v3/historicalTrades', { headers: { 'X-MBX-APIKEY': keyOf('z') } });
    expect(unknown).toMatchObject({ status: 401, json: { code: -2015 } });
    const noSignature = await bed.rest('POST', `/api/v3/order?${R1}`, { headers: keyHeader });
    expect(noSignature.json).toEqual({ code: -1102, msg: "Mandatory parameter 'signature' was not sent, was empty/null, or malformed." });
  });

  it('error: a stale timestamp gets -1021 once the server clock moves on', async () => {
    server.setClockOffset(VECTOR_TIMESTAMP + 5001 - Date.now());
    const late = await bed.rest('POST', `/api/v3/order?${R1}&signature=${R1_SIG}`, { headers: keyHeader });
    expect(late).toMatchObject({ status: 400, json: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' } });
  });

  it('behavior: MARKET_DATA needs the key header only; NONE needs nothing', async () => {
    const keyed = await bed.rest('GET', '/api/v3/historicalTrades', { headers: keyHeader });
    expect(keyed).toMatchObject({ status: 200, json: { apiKey: VECTOR_API_KEY } });
    expect((await bed.rest('GET', '/api/v3/ping')).json).toEqual({});
  });

  it('behavior: X-MBX-TIME-UNIT MICROSECOND turns result timestamps into µs; a bad unit gets -1194', async () => {
    server.setClockOffset(0);
    const ms = (await bed.rest('GET', '/api/v3/time')).json as { serverTime: number };
    const us = (await bed.rest('GET', '/api/v3/time', { headers: { 'X-MBX-TIME-UNIT': 'microsecond' } })).json as { serverTime: number };
    expect(us.serverTime).toBeGreaterThan(ms.serverTime * 1000 - 1);
    expect(us.serverTime).toBeLessThan((ms.serverTime + 5000) * 1000);
    const bad = await bed.rest('GET', '/api/v3/time', { headers: { 'X-MBX-TIME-UNIT': 'SECOND' } });
    expect(bad).toMatchObject({ status: 400, json: { code: -1194 } });
  });

  it('error: an unknown path or verb gets 404 with a {code,msg} body and the weight header', async () => {
    const response = await bed.rest('GET', '/api/v3/nothing');
    expect(response).toMatchObject({ status: 404, json: { code: -1, msg: 'Unknown endpoint GET /api/v3/nothing' } });
    expect(response.headers['x-mbx-used-weight-1m']).toBe('0');
    expect((await bed.rest('DELETE', '/api/v3/ping')).status).toBe(404);
  });

  it('error: a throwing handler answers 500 -1000; a duplicate param -1101', async () => {
    const response = await bed.rest('GET', '/api/v3/throw');
    expect(response).toMatchObject({ status: 500, json: { code: -1000, msg: 'An unknown error occurred while processing the request.' } });
    expect((await bed.rest('GET', '/api/v3/ping?a=1&a=2')).json).toEqual({ code: -1101, msg: 'Duplicate values for a parameter detected.' });
  });

  it('behavior: records each request with lower-cased headers, raw query and body, and the response', async () => {
    const signature = hmac(VECTOR_SECRET, R1);
    await bed.rest('POST', '/api/v3/order', { headers: keyHeader, body: `${R1}&signature=${signature}` });
    const record = server.apiRequests.at(-1);
    expect(record).toMatchObject({
      transport: 'rest',
      method: 'POST /api/v3/order',
      rawQuery: '',
      rawBody: `${R1}&signature=${signature}`,
      params: { symbol: 'LTCBTC', signature },
      headers: { 'x-mbx-apikey': VECTOR_API_KEY, 'content-type': 'application/x-www-form-urlencoded' },
      fate: 'answered',
      scripted: false,
      response: { status: 200, headers: { 'X-MBX-ORDER-COUNT-10S': '1' } },
    });
  });
});
