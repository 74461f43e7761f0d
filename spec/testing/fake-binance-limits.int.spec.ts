import { firstValueFrom } from 'rxjs';
import { ConfigError } from '../../lib/errors/config-error.js';
import { FakeBinance, SPOT_STREAM_LIMITS } from '../../lib/testing/index.js';
import { StreamTestBed, delay } from './support/stream-test-client.js';

const list = (id: number): string => JSON.stringify({ method: 'LIST_SUBSCRIPTIONS', id });

describe('FakeBinance', () => {
  const bed = new StreamTestBed();

  afterEach(() => bed.teardown());

  describe('message rate', () => {
    it('default: enforces Binance spot limits unless told otherwise', () => {
      expect(SPOT_STREAM_LIMITS).toEqual({
        maxMessagesPerSecond: 5,
        messageWindowMs: 1000,
        maxStreamsPerConnection: 1024,
        pingIntervalMs: 20_000,
        pongTimeoutMs: 60_000,
        maxConnectionAgeMs: 86_400_000,
        inboundLogLimit: 100_000,
      });
    });

    it('error: closes with 1008 on the 6th message within a second', async () => {
      const fake = await bed.start();
      const client = await bed.connect(fake, '/ws');
      for (let id = 1; id <= 6; id += 1) client.ws.send(list(id));
      const close = await client.closed;
      expect(close.code).toBe(1008);
      expect(close.reason).toMatch(/Too many messages: more than 5 in 1000 ms/);
      expect(client.messages).toEqual([1, 2, 3, 4, 5].map((id) => `{"result":[],"id":${id}}`));
      expect(fake.inbound).toHaveLength(6);
    });

    it('behavior: 5 messages in each second keep the connection open', async () => {
      const fake = await bed.start();
      const client = await bed.connect(fake, '/ws');
      for (let id = 1; id <= 5; id += 1) client.ws.send(list(id));
      await delay(1050);
      for (let id = 6; id <= 10; id += 1) await client.request(list(id));
      await delay(50);
      expect(client.messages).toHaveLength(10);
      expect(fake.connectionCount).toBe(1);
    });

    it('behavior: PING and PONG frames from the client count', async () => {
      const fake = await bed.start();
      const pinger = await bed.connect(fake, '/ws');
      for (let i = 0; i < 6; i += 1) pinger.ws.ping();
      expect((await pinger.closed).code).toBe(1008);
      const ponger = await bed.connect(fake, '/ws');
      for (let i = 0; i < 5; i += 1) ponger.ws.pong();
      ponger.ws.send(list(1));
      expect((await ponger.closed).code).toBe(1008);
      expect(ponger.messages).toEqual([]);
    });

    it('args: maxMessagesPerSecond and messageWindowMs are configurable', async () => {
      const fake = await bed.start({ spotStreams: { maxMessagesPerSecond: 2, messageWindowMs: 200 } });
      const client = await bed.connect(fake, '/ws');
      await client.request(list(1));
      await client.request(list(2));
      await delay(250);
      await client.request(list(3));
      await client.request(list(4));
      client.ws.send(list(5));
      expect(await client.closed).toEqual({ code: 1008, reason: 'Too many messages: more than 2 in 200 ms' });
    });
  });

  describe('streams per connection', () => {
    it('default: 1024 streams are fine, the 1025th closes with 1008', async () => {
      const fake = await bed.start();
      const client = await bed.connect(fake, '/ws');
      const names = Array.from({ length: 1024 }, (_, i) => `sym${i}usdt@trade`);
      expect(await client.request({ method: 'SUBSCRIBE', params: names, id: 1 })).toBe('{"result":null,"id":1}');
      expect(fake.connections[0]?.streams.size).toBe(1024);
      client.ws.send(JSON.stringify({ method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 2 }));
      const close = await client.closed;
      expect(close.code).toBe(1008);
      expect(close.reason).toMatch(/Too many streams: more than 1024/);
      expect(client.unread).toBe(0);
    });

    it('args: a smaller limit applies to SUBSCRIBE; names already subscribed do not count twice', async () => {
      const fake = await bed.start({ spotStreams: { maxStreamsPerConnection: 3 } });
      const client = await bed.connect(fake, '/ws/a@trade');
      expect(await client.request({ method: 'SUBSCRIBE', params: ['a@trade', 'b@trade', 'c@trade'], id: 1 })).toBe('{"result":null,"id":1}');
      const serverSide = firstValueFrom(fake.closed$);
      client.ws.send(JSON.stringify({ method: 'SUBSCRIBE', params: ['d@trade'], id: 2 }));
      expect((await client.closed).code).toBe(1008);
      expect(await serverSide).toMatchObject({ closeCode: 1008, streams: new Set(['a@trade', 'b@trade', 'c@trade']) });
      expect(fake.subscribersOf('a@trade')).toBe(0);
    });

    it('error: a URL with more streams than the limit is closed with 1008', async () => {
      const fake = await bed.start({ spotStreams: { maxStreamsPerConnection: 3 } });
      const client = await bed.connect(fake, '/stream?streams=a@trade/b@trade/c@trade/d@trade');
      expect((await client.closed).code).toBe(1008);
    });
  });

  describe('server pings', () => {
    it('behavior: pings with a payload every pingIntervalMs; an auto-ponging client stays open', async () => {
      const fake = await bed.start({ spotStreams: { pingIntervalMs: 250, pongTimeoutMs: 300 } });
      const client = await bed.connect(fake, '/ws');
      await delay(900);
      expect(client.pings).toEqual(['1', '2', '3']);
      expect(fake.connectionCount).toBe(1);
      expect(fake.inbound.filter((r) => r.kind === 'pong').map((r) => r.text)).toEqual(['1', '2', '3']);
    });

    it('error: closes a client that does not pong within pongTimeoutMs', async () => {
      const fake = await bed.start({ spotStreams: { pingIntervalMs: 100, pongTimeoutMs: 200 } });
      const client = await bed.connect(fake, '/ws', { autoPong: false });
      const openedAt = Date.now();
      const close = await client.closed;
      expect(close.code).toBe(1008);
      expect(close.reason).toMatch(/Pong timeout/);
      expect(Date.now() - openedAt).toBeGreaterThanOrEqual(290);
      expect(client.pings.length).toBeGreaterThanOrEqual(2);
    });

    it('error: unsolicited pongs do not keep the connection alive', async () => {
      const fake = await bed.start({ spotStreams: { pingIntervalMs: 100, pongTimeoutMs: 200, maxMessagesPerSecond: 100 } });
      const client = await bed.connect(fake, '/ws', { autoPong: false });
      const timer = setInterval(() => client.ws.pong(), 40);
      const close = await client.closed;
      clearInterval(timer);
      expect(close.code).toBe(1008);
    });

    it('behavior: a late pong echoing a ping answers it', async () => {
      const fake = await bed.start({ spotStreams: { pingIntervalMs: 100, pongTimeoutMs: 250 } });
      const client = await bed.connect(fake, '/ws', { autoPong: false });
      // Answer each ping 150 ms late: within the deadline.
      client.ws.on('ping', (data: Buffer) => setTimeout(() => client.ws.readyState === client.ws.OPEN && client.ws.pong(data), 150));
      await delay(700);
      expect(fake.connectionCount).toBe(1);
    });
  });

  describe('connection age', () => {
    it('behavior: closes a connection older than maxConnectionAgeMs with 1000', async () => {
      const fake = await bed.start({ spotStreams: { maxConnectionAgeMs: 150 } });
      const serverSide = firstValueFrom(fake.closed$);
      const client = await bed.connect(fake, '/ws');
      expect((await client.closed).code).toBe(1000);
      expect((await serverSide).closeCode).toBe(1000);
      expect(fake.allConnections[0]?.closeCode).toBe(1000);
    });
  });

  describe('start', () => {
    it('error: rejects invalid options with ConfigError', async () => {
      await expect(FakeBinance.start({ spotStreams: { pingIntervalMs: 0 } })).rejects.toThrow(ConfigError);
      await expect(FakeBinance.start({ spotStreams: { maxMessagesPerSecond: 1.5 } })).rejects.toThrow(/maxMessagesPerSecond/);
      await expect(FakeBinance.start({ port: -1 })).rejects.toThrow(ConfigError);
    });

    it('args: Infinity turns a rule off', async () => {
      const fake = await bed.start({ spotStreams: { maxMessagesPerSecond: Infinity, pingIntervalMs: Infinity } });
      const client = await bed.connect(fake, '/ws');
      for (let id = 1; id <= 20; id += 1) client.ws.send(list(id));
      for (let id = 1; id <= 20; id += 1) expect(await client.next()).toBe(`{"result":[],"id":${id}}`);
      expect(fake.connectionCount).toBe(1);
    });
  });
});
