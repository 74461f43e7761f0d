import {
  BinanceError,
  ConfigError,
  DecodeError,
  InvalidSubParamsError,
  SocketClosedError,
  StaleStreamError,
  StreamAbandonedError,
  StreamSubscribeError,
  TooManyStreamsError,
} from '../../lib/errors/index.js';

const LISTEN_KEY = 'pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1';

describe('BinanceError', () => {
  it('default: assembles short message, meta lines, docs and details', () => {
    const e = new BinanceError('Something failed.', { metaMessages: ['Code: 1'], docsUrl: 'https://x', details: 'more' });
    expect(e.message).toMatchInlineSnapshot(`
"Something failed.

Code: 1

Docs: https://x

Details: more"
`);
    expect(e.shortMessage).toBe('Something failed.');
  });

  it('behavior: walk() finds a cause in the chain, or returns the innermost', () => {
    const root = new TypeError('root');
    const e = new StreamAbandonedError(3, new SocketClosedError('ws://h/stream', { code: 1006, opened: true }, { cause: root }));
    expect(e.walk((c) => c instanceof SocketClosedError)).toBeInstanceOf(SocketClosedError);
    expect(e.walk()).toBe(root);
    expect(e.walk((c) => c instanceof RangeError)).toBeUndefined();
  });
});

describe('error messages', () => {
  it('default: ConfigError', () => {
    const e = new ConfigError('streamTimeout must be a finite, non-negative number of milliseconds, got -1.', 'streamTimeout');
    expect(e.message).toMatchInlineSnapshot(`
"streamTimeout must be a finite, non-negative number of milliseconds, got -1.

Option: streamTimeout"
`);
    expect(e.name).toBe('ConfigError');
  });

  it('default: InvalidSubParamsError', () => {
    expect(new InvalidSubParamsError('partialOrderBook', 'levels must be 5, 10 or 20, got 7').message).toMatchInlineSnapshot(`
"Invalid arguments for stream$("partialOrderBook"): levels must be 5, 10 or 20, got 7

SubType: partialOrderBook"
`);
  });

  it('default: DecodeError keeps the whole payload but prints an excerpt', () => {
    const payload = { e: 'trade', p: 1, pad: 'x'.repeat(600) };
    const e = new DecodeError('Trade', payload, ['Invalid value 1 supplied to : Trade/p: BigFromString']);
    expect(e.payload).toBe(payload);
    expect(e.message.length).toBeLessThan(700);
    expect(new DecodeError('JSON', '{"a":', ['Unexpected end of JSON input']).message).toMatchInlineSnapshot(`
"Could not decode a payload as JSON.

- Unexpected end of JSON input
Payload: {"a":"
`);
  });

  it('default: StreamSubscribeError', () => {
    expect(new StreamSubscribeError('nosuch@trade', 2, 'Invalid request: invalid stream').message).toMatchInlineSnapshot(`
"The server rejected the subscription to "nosuch@trade".

Code: 2
Message: Invalid request: invalid stream

Docs: https://developers.binance.com/docs/binance-spot-api-docs/web-socket-streams"
`);
  });

  it('default: StreamAbandonedError', () => {
    const cause = new SocketClosedError('ws://127.0.0.1:1/stream', { code: 1006, opened: false });
    expect(new StreamAbandonedError(4, cause).message).toMatchInlineSnapshot(`
"The retry policy abandoned the connection after 4 consecutive failure(s).

Last failure: The WebSocket could not be opened (code 1006)."
`);
  });

  it('default: TooManyStreamsError', () => {
    expect(new TooManyStreamsError(1500, 1024).message).toMatchInlineSnapshot(`"A subscription needs 1500 streams on one connection; the limit is 1024."`);
  });

  it('default: SocketClosedError and StaleStreamError redact secrets from the URL', () => {
    const closed = new SocketClosedError(`wss://fstream.binance.com/private/ws/${LISTEN_KEY}?listenKey=${LISTEN_KEY}`, {
      code: 1006,
      reason: 'gone',
      opened: true,
    });
    expect(closed.message).toMatchInlineSnapshot(`
"The WebSocket closed (code 1006).

URL: wss://fstream.binance.com/private/ws/<redacted>?listenKey=<redacted>
Reason: gone"
`);
    expect(closed.message).not.toContain(LISTEN_KEY);
    expect(JSON.stringify(closed)).not.toContain(LISTEN_KEY);
    expect(new StaleStreamError('wss://stream.binance.com:9443/stream', 30_000).message).toMatchInlineSnapshot(`
"No frame arrived for 30000 ms; the connection is considered dead.

URL: wss://stream.binance.com:9443/stream"
`);
  });
});
