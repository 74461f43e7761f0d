import { firstValueFrom } from 'rxjs';
import { FakeBinance, SPOT_STREAM_EXAMPLES, STREAM_ERRORS } from '../../lib/testing/index.js';
import { StreamTestBed, delay, type StreamTestClient } from './support/stream-test-client.js';

const TRADE = SPOT_STREAM_EXAMPLES.trade;
const TRADE_JSON = JSON.stringify(TRADE);
const METHODS = '`SUBSCRIBE`, `UNSUBSCRIBE`, `LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, `GET_PROPERTY`';

describe('FakeBinance', () => {
  const bed = new StreamTestBed();
  let fake: FakeBinance;

  beforeEach(async () => {
    // Above Binance's 5 messages/s so that a test may send a handful of requests in a row;
    // fake-binance-limits.int.spec.ts covers the real limit.
    fake = await bed.start({ spotStreams: { maxMessagesPerSecond: 50 } });
  });

  afterEach(() => bed.teardown());

  describe('URLs and envelopes', () => {
    it('default: hosts.spot points at one loopback server', () => {
      const port = /^ws:\/\/127\.0\.0\.1:(\d+)$/.exec(fake.hosts.spot.streamHost)?.[1];
      expect(Number(port)).toBeGreaterThan(0);
      expect(fake.hosts.spot).toEqual({
        streamHost: `ws://127.0.0.1:${port}`,
        restHost: `http://127.0.0.1:${port}`,
        wsApiHost: `ws://127.0.0.1:${port}/ws-api/v3`,
      });
    });

    it('behavior: /ws/<name> sends bare payloads of that stream', async () => {
      const client = await bed.connect(fake, '/ws/bnbbtc@trade');
      expect(fake.connections[0]).toMatchObject({ path: '/ws/bnbbtc@trade', combined: false, streams: new Set(['bnbbtc@trade']) });
      expect(fake.publish('bnbbtc@trade', TRADE)).toBe(1);
      expect(await client.next()).toBe(TRADE_JSON);
    });

    it('behavior: /ws/<a>/<b> subscribes several streams', async () => {
      const client = await bed.connect(fake, '/ws/bnbbtc@trade/btcusdt@depth@100ms');
      expect([...(fake.connections[0]?.streams ?? [])]).toEqual(['bnbbtc@trade', 'btcusdt@depth@100ms']);
      fake.publishRaw('btcusdt@depth@100ms', '{"u":1}');
      expect(await client.next()).toBe('{"u":1}');
    });

    it('behavior: /stream?streams=a/b/c sends {"stream","data"} envelopes', async () => {
      const client = await bed.connect(fake, '/stream?streams=bnbbtc@trade/btcusdt@kline_1m@+08:00/!miniTicker@arr');
      expect(fake.connections[0]).toMatchObject({ combined: true, path: '/stream' });
      expect(fake.subscribersOf('btcusdt@kline_1m@+08:00')).toBe(1);
      fake.publish('bnbbtc@trade', TRADE);
      expect(await client.next()).toBe(`{"stream":"bnbbtc@trade","data":${TRADE_JSON}}`);
      fake.publishRaw('!miniTicker@arr', '[]');
      expect(await client.next()).toBe('{"stream":"!miniTicker@arr","data":[]}');
    });

    it('behavior: /ws and /stream without streams open with no subscription', async () => {
      await bed.connect(fake, '/ws');
      await bed.connect(fake, '/stream');
      expect(fake.connections.map((c) => [c.path, c.combined, c.streams.size])).toEqual([
        ['/ws', false, 0],
        ['/stream', true, 0],
      ]);
    });

    it('args: accepts URL-encoded and Unicode lowercase stream names', async () => {
      await bed.connect(fake, `/ws/${encodeURIComponent('币安人生usdt@trade')}/btcusdt%40aggTrade`);
      expect([...(fake.connections[0]?.streams ?? [])]).toEqual(['币安人生usdt@trade', 'btcusdt@aggTrade']);
    });

    it('args: records timeUnit in any accepted spelling', async () => {
      await bed.connect(fake, '/ws/btcusdt@trade?timeUnit=MICROSECOND');
      await bed.connect(fake, '/stream?streams=btcusdt@trade&timeUnit=microsecond');
      await bed.connect(fake, '/stream?timeUnit=millisecond');
      await bed.connect(fake, '/ws');
      expect(fake.connections.map((c) => c.timeUnit)).toEqual(['MICROSECOND', 'MICROSECOND', 'MILLISECOND', 'MILLISECOND']);
    });

    it('error: refuses another timeUnit with HTTP 400 and -1194', async () => {
      const refusal = await bed.refusal(fake, '/ws/btcusdt@trade?timeUnit=NANOSECOND');
      expect(refusal.status).toBe(400);
      expect(JSON.parse(refusal.body)).toEqual({
        code: -1194,
        msg: 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.',
      });
      expect(fake.totalConnections).toBe(0);
    });

    it('error: refuses an invalid stream name in the URL with HTTP 400', async () => {
      expect(await bed.refusal(fake, '/ws/BTCUSDT@trade')).toEqual({
        status: 400,
        body: '{"code":2,"msg":"Invalid request: invalid stream"}',
      });
      expect((await bed.refusal(fake, '/stream?streams=btcusdt@trade/!ticker@arr')).status).toBe(400);
    });

    it('error: refuses an unknown path with HTTP 404', async () => {
      expect((await bed.refusal(fake, '/wss/btcusdt@trade')).status).toBe(404);
      // /ws-api/v3 is the WebSocket API now; other versions are still unknown.
      expect((await bed.refusal(fake, '/ws-api/v2')).status).toBe(404);
    });
  });

  describe('control messages', () => {
    let client: StreamTestClient;

    beforeEach(async () => {
      client = await bed.connect(fake, '/ws');
    });

    it('behavior: SUBSCRIBE answers {"result":null,"id"} and delivers the streams', async () => {
      const reply = await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@aggTrade', 'btcusdt@depth'], id: 1 });
      expect(reply).toBe('{"result":null,"id":1}');
      expect(fake.subscribersOf('btcusdt@aggTrade')).toBe(1);
      fake.publishRaw('btcusdt@depth', '{"e":"depthUpdate"}');
      expect(await client.next()).toBe('{"e":"depthUpdate"}');
    });

    it('behavior: UNSUBSCRIBE answers null and stops the stream', async () => {
      await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@aggTrade', 'btcusdt@depth'], id: 1 });
      expect(await client.request({ method: 'UNSUBSCRIBE', params: ['btcusdt@depth'], id: 312 })).toBe('{"result":null,"id":312}');
      expect(fake.subscribersOf('btcusdt@depth')).toBe(0);
      expect(fake.publishRaw('btcusdt@depth', '{}')).toBe(0);
    });

    it('behavior: LIST_SUBSCRIPTIONS lists the streams in subscription order', async () => {
      await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@aggTrade', 'ethbtc@ticker_1h'], id: 1 });
      expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 3 })).toBe('{"result":["btcusdt@aggTrade","ethbtc@ticker_1h"],"id":3}');
    });

    it('behavior: SET_PROPERTY combined switches the envelope, GET_PROPERTY reads it', async () => {
      await client.request({ method: 'SUBSCRIBE', params: ['bnbbtc@trade'], id: 1 });
      expect(await client.request({ method: 'GET_PROPERTY', params: ['combined'], id: 2 })).toBe('{"result":false,"id":2}');
      expect(await client.request({ method: 'SET_PROPERTY', params: ['combined', true], id: 5 })).toBe('{"result":null,"id":5}');
      expect(await client.request({ method: 'GET_PROPERTY', params: ['combined'], id: 6 })).toBe('{"result":true,"id":6}');
      fake.publishRaw('bnbbtc@trade', '{}');
      expect(await client.next()).toBe('{"stream":"bnbbtc@trade","data":{}}');
      expect(fake.connections[0]?.combined).toBe(true);
    });

    it('args: echoes ids that are 64-bit integers, short alphanumeric strings or null', async () => {
      const ids = ['9223372036854775807', '-9223372036854775808', '"e2a85d9f-07a5-4f94-8d5f-789dc3deb097"', 'null', '0'];
      for (const id of ids) {
        expect(await client.request(`{"method":"LIST_SUBSCRIPTIONS","id":${id}}`)).toBe(`{"result":[],"id":${id}}`);
      }
    });

    it('error: rejects a missing or unsupported id', async () => {
      const bad = ['', ',"id":true', ',"id":1.5', ',"id":"a_b"', `,"id":"${'a'.repeat(37)}"`, ',"id":9223372036854775808', ',"id":{}'];
      for (const id of bad) {
        expect(JSON.parse(await client.request(`{"method":"LIST_SUBSCRIPTIONS"${id}}`))).toEqual({
          error: { code: 2, msg: 'Invalid request: request ID must be an unsigned integer' },
          id: null,
        });
      }
    });

    it('error: answers an unknown property with code 0', async () => {
      expect(await client.request({ method: 'GET_PROPERTY', params: ['compressed'], id: 7 })).toBe(
        '{"error":{"code":0,"msg":"Unknown property"},"id":7}',
      );
      expect(await client.request({ method: 'SET_PROPERTY', params: ['Combined', true], id: 8 })).toBe(
        '{"error":{"code":0,"msg":"Unknown property"},"id":8}',
      );
    });

    it('error: answers a non-boolean value with code 1', async () => {
      for (const value of ['"true"', '1', 'null']) {
        expect(await client.request(`{"method":"SET_PROPERTY","params":["combined",${value}],"id":9}`)).toBe(
          '{"error":{"code":1,"msg":"Invalid value type: expected Boolean"},"id":9}',
        );
      }
      expect(await client.request({ method: 'SET_PROPERTY', params: ['combined'], id: 9 })).toContain('"code":1,');
    });

    it('error: answers a property name that is not a string with code 2', async () => {
      const expected = '{"error":{"code":2,"msg":"Invalid request: property name must be a string"},"id":4}';
      expect(await client.request({ method: 'GET_PROPERTY', params: [5], id: 4 })).toBe(expected);
      expect(await client.request({ method: 'GET_PROPERTY', id: 4 })).toBe(expected);
      expect(await client.request({ method: 'SET_PROPERTY', params: [null, true], id: 4 })).toBe(expected);
    });

    it('error: answers an unknown method with its position', async () => {
      expect(JSON.parse(await client.request('{"method":"FOO","id":1}'))).toEqual({
        error: { code: 2, msg: `Invalid request: unknown variant \`FOO\`, expected one of ${METHODS} at line 1 column 15` },
        id: 1,
      });
      expect(JSON.parse(await client.request('{"id":"x1", "method": "subscribe"}'))).toEqual({
        error: { code: 2, msg: `Invalid request: unknown variant \`subscribe\`, expected one of ${METHODS} at line 1 column 33` },
        id: 'x1',
      });
    });

    it('error: answers too many parameters', async () => {
      const expected = (id: number): string => `{"error":{"code":2,"msg":"Invalid request: too many parameters"},"id":${id}}`;
      expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', params: ['x'], id: 1 })).toBe(expected(1));
      expect(await client.request({ method: 'GET_PROPERTY', params: ['combined', true], id: 2 })).toBe(expected(2));
      expect(await client.request({ method: 'SET_PROPERTY', params: ['combined', true, 1], id: 3 })).toBe(expected(3));
    });

    it('error: answers a missing method with the end of the object', async () => {
      expect(JSON.parse(await client.request('{"params":[],"id":1}'))).toEqual({
        error: { code: 2, msg: 'Invalid request: missing field `method` at line 1 column 20' },
        id: 1,
      });
    });

    it('error: answers invalid JSON with code 3, its line and column, and id null', async () => {
      const cases: [string, string][] = [
        ['hello', 'line 1 column 1'],
        ['{"method":', 'line 1 column 10'],
        ['{\n  "method": x}', 'line 2 column 13'],
        ['{"method":"SUBSCRIBE",}', 'line 1 column 23'],
      ];
      for (const [text, where] of cases) {
        expect(await client.request(text)).toBe(`{"error":{"code":3,"msg":"Invalid JSON: expected value at ${where}"},"id":null}`);
      }
    });

    it('error: an invalid name fails the whole SUBSCRIBE', async () => {
      const reply = await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@trade', 'BTCUSDT@trade', 'btcusdt@depth'], id: 7 });
      expect(reply).toBe('{"error":{"code":2,"msg":"Invalid request: invalid stream"},"id":7}');
      expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 8 })).toBe('{"result":[],"id":8}');
      expect(fake.subscribersOf('btcusdt@trade')).toBe(0);
    });

    it('error: retired streams are invalid', async () => {
      for (const name of ['!ticker@arr', '!bookTicker', 'btcusdt@kline_2m']) {
        expect(await client.request({ method: 'SUBSCRIBE', params: [name], id: 1 })).toContain('"code":2,"msg":"Invalid request: invalid stream"');
      }
    });
  });

  describe('rejectStream', () => {
    it('default: fails a SUBSCRIBE containing the name with code 2 until removed', async () => {
      const client = await bed.connect(fake, '/ws');
      const remove = fake.rejectStream('ethbtc@trade');
      const request = { method: 'SUBSCRIBE', params: ['btcusdt@trade', 'ethbtc@trade'], id: 1 };
      expect(await client.request(request)).toBe('{"error":{"code":2,"msg":"Invalid request: invalid stream"},"id":1}');
      expect(fake.subscribersOf('btcusdt@trade')).toBe(0);
      remove();
      expect(await client.request(request)).toBe('{"result":null,"id":1}');
    });

    it('args: takes a pattern or a predicate, and a custom error', async () => {
      const client = await bed.connect(fake, '/ws');
      fake.rejectStream(/@depth/g, { code: -1, msg: 'busy' });
      fake.rejectStream((name) => name.startsWith('eth'));
      expect(await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@depth'], id: 1 })).toBe('{"error":{"code":-1,"msg":"busy"},"id":1}');
      expect(await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@depth5'], id: 2 })).toBe('{"error":{"code":-1,"msg":"busy"},"id":2}');
      expect(await client.request({ method: 'SUBSCRIBE', params: ['ethbtc@trade'], id: 3 })).toBe(
        JSON.stringify({ error: STREAM_ERRORS.invalidStream, id: 3 }),
      );
      expect(await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 4 })).toBe('{"result":null,"id":4}');
    });

    it('behavior: refuses a URL naming a rejected stream', async () => {
      fake.rejectStream('btcusdt@trade', { code: 2, msg: 'nope' });
      expect(await bed.refusal(fake, '/ws/btcusdt@trade')).toEqual({ status: 400, body: '{"code":2,"msg":"nope"}' });
    });
  });

  describe('observation', () => {
    it('behavior: counts connections and keeps closed ones with their close code', async () => {
      const opened = firstValueFrom(fake.connection$);
      const first = await bed.connect(fake, '/ws/btcusdt@trade');
      expect(await opened).toMatchObject({ id: 'spot-1', url: '/ws/btcusdt@trade', closedAt: undefined });
      await bed.connect(fake, '/stream?streams=btcusdt@trade');
      expect([fake.connectionCount, fake.totalConnections, fake.subscribersOf('btcusdt@trade')]).toEqual([2, 2, 2]);
      const closed = firstValueFrom(fake.closed$);
      first.ws.close(4001, 'done');
      expect(await closed).toMatchObject({ id: 'spot-1', closeCode: 4001, closeReason: 'done' });
      expect([fake.connectionCount, fake.totalConnections, fake.subscribersOf('btcusdt@trade')]).toEqual([1, 2, 1]);
      expect(fake.connections.map((c) => c.id)).toEqual(['spot-2']);
      expect(fake.allConnections.map((c) => [c.id, c.closeCode])).toEqual([
        ['spot-1', 4001],
        ['spot-2', undefined],
      ]);
      expect(fake.allConnections[0]?.closedAt).toBeGreaterThanOrEqual(fake.allConnections[0]?.openedAt ?? Infinity);
    });

    it('behavior: logs every inbound message with its arrival time', async () => {
      const client = await bed.connect(fake, '/ws');
      const before = Date.now();
      const seen = firstValueFrom(fake.inbound$);
      await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 'a1' });
      await client.request('not json');
      client.ws.ping('hi');
      await delay(50);
      const after = Date.now();
      expect(await seen).toMatchObject({ connectionId: 'spot-1', kind: 'json', method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 'a1' });
      expect(fake.inbound.map((r) => r.kind)).toEqual(['json', 'invalid', 'ping']);
      expect(fake.inbound[1]).toMatchObject({ text: 'not json', error: { code: 3 } });
      expect(fake.inbound[2]).toMatchObject({ text: 'hi' });
      for (const record of fake.inbound) {
        expect(record.at).toBeGreaterThanOrEqual(before);
        expect(record.at).toBeLessThanOrEqual(after);
      }
      expect(fake.connections[0]?.messagesReceived).toBe(3);
    });

    it('behavior: answers a client ping with a pong echoing its payload', async () => {
      const client = await bed.connect(fake, '/ws');
      const pong = new Promise<string>((resolve) => client.ws.once('pong', (data: Buffer) => resolve(data.toString())));
      client.ws.ping('abc');
      expect(await pong).toBe('abc');
    });

    it('args: keeps only the last inboundLogLimit records', async () => {
      const small = await bed.start({ spotStreams: { inboundLogLimit: 2 } });
      const client = await bed.connect(small, '/ws');
      for (const id of [1, 2, 3]) await client.request({ method: 'LIST_SUBSCRIPTIONS', id });
      expect(small.inbound.map((r) => r.id)).toEqual([2, 3]);
    });
  });
});
