import { parseStreamUrl } from '../../../lib/testing/streams/parse-stream-url.js';

describe('parseStreamUrl', () => {
  it('default: reads raw and combined URLs', () => {
    expect(parseStreamUrl('/ws/a@trade/b@trade', [''])).toEqual({
      pathPrefix: '',
      combined: false,
      streams: ['a@trade', 'b@trade'],
      timeUnit: 'MILLISECOND',
    });
    expect(parseStreamUrl('/stream?streams=a@trade/b@kline_1m@+08:00&timeUnit=MICROSECOND', [''])).toEqual({
      pathPrefix: '',
      combined: true,
      streams: ['a@trade', 'b@kline_1m@+08:00'],
      timeUnit: 'MICROSECOND',
    });
  });

  it('args: serves market path prefixes such as /public and /market', () => {
    const prefixes = ['/public', '/market'];
    expect(parseStreamUrl('/market/stream?streams=a@aggTrade', prefixes)).toMatchObject({ pathPrefix: '/market', streams: ['a@aggTrade'] });
    expect(parseStreamUrl('/public/ws/a@depth', prefixes)).toMatchObject({ pathPrefix: '/public', combined: false });
    expect(parseStreamUrl('/ws/a@depth', prefixes)).toBeUndefined();
  });

  it('args: decodes names, skips empty ones and duplicates', () => {
    expect(parseStreamUrl('/ws/a%40trade//a@trade/', [''])).toMatchObject({ streams: ['a@trade'] });
    expect(parseStreamUrl('/stream?streams=a%40trade%2Fb@trade', [''])).toMatchObject({ streams: ['a@trade/b@trade'] });
  });

  it('error: refuses a bad timeUnit or a malformed escape with status 400', () => {
    expect(parseStreamUrl('/ws?timeUnit=SECOND', [''])).toEqual({
      status: 400,
      body: { code: -1194, msg: 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.' },
    });
    expect(parseStreamUrl('/ws/a%E0@trade', [''])).toMatchObject({ status: 400 });
  });

  it('error: returns undefined for paths that are not stream paths', () => {
    for (const path of ['/', '/wss', '/ws-api/v3', '/stream/a@trade', '/api/v3/depth']) {
      expect(parseStreamUrl(path, [''])).toBeUndefined();
    }
  });
});
