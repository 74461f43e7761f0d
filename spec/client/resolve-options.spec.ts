import { globalPlatform } from '../../lib/client/platform.js';
import { resolveOptions } from '../../lib/client/resolve-options.js';
import { ConfigError } from '../../lib/errors/config-error.js';
import { SPOT_MARKET } from '../../lib/markets/spot/spot-client.js';

const resolve = (options: object) => resolveOptions(options, SPOT_MARKET, globalPlatform());

describe('resolveOptions', () => {
  it('default: Binance spot hosts and documented defaults', () => {
    const o = resolve({});
    expect(o).toMatchObject({
      restHost: 'https://api.binance.com',
      streamHost: 'wss://stream.binance.com:9443',
      wsApiHost: 'wss://ws-api.binance.com/ws-api/v3', // the URL parser drops the default port
      streamTimeoutMs: 30_000,
      requestTimeoutMs: 10_000,
      recvWindowMs: undefined,
      timeUnit: 'millisecond',
      maxStreamsPerConnection: 1024,
      connectionLingerMs: 3000,
    });
    expect(o.maxConnectionAgeMs).toBeLessThan(24 * 3600_000);
  });

  it('args: hosts accept any scheme and port, tolerate a trailing slash, and map to the protocol they serve', () => {
    const o = resolve({ restHost: 'ws://127.0.0.1:8080/', streamHost: 'http://127.0.0.1:8080', wsApiHost: 'http://127.0.0.1:8080/ws-api/v3/' });
    expect(o.restHost).toBe('http://127.0.0.1:8080');
    expect(o.streamHost).toBe('ws://127.0.0.1:8080');
    expect(o.wsApiHost).toBe('ws://127.0.0.1:8080/ws-api/v3');
  });

  it('args: recvWindow is clamped to 60000', () => {
    expect(resolve({ recvWindow: 90_000 }).recvWindowMs).toBe(60_000);
    expect(resolve({ recvWindow: 5000 }).recvWindowMs).toBe(5000);
  });

  it.each([
    ['streamTimeout', { streamTimeout: -1 }],
    ['streamTimeout', { streamTimeout: 0 }],
    ['requestTimeout', { requestTimeout: Number.NaN }],
    ['requestTimeout', { requestTimeout: '100' }],
    ['recvWindow', { recvWindow: Infinity }],
    ['timeUnit', { timeUnit: 'second' }],
    ['maxStreamsPerConnection', { maxStreamsPerConnection: 2000 }],
    ['maxStreamsPerConnection', { maxStreamsPerConnection: 1.5 }],
    ['streamHost', { streamHost: 'not a url' }],
    ['streamHost', { streamHost: 'ftp://host' }],
    ['streamHost', { streamHost: 'wss://host/ws' }],
    ['restHost', { restHost: 'https://host/api?x=1' }],
    ['wsApiHost', { wsApiHost: '' }],
    ['retryPolicy', { retryPolicy: 'fast' }],
    ['webSocket', { webSocket: {} }],
  ])('error: a bad %s throws ConfigError naming it', (option, options) => {
    let thrown: unknown;
    try {
      resolve(options);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).option).toBe(option);
  });
});
