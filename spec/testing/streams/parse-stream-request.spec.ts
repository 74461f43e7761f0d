import { parseStreamFrame } from '../../../lib/testing/streams/parse-stream-request.js';
import { STREAM_ERRORS } from '../../../lib/testing/streams/stream-error-payloads.js';

describe('parseStreamFrame', () => {
  it('default: reads a SUBSCRIBE with its id', () => {
    expect(parseStreamFrame('{"method":"SUBSCRIBE","params":["btcusdt@trade"],"id":1}')).toEqual({
      kind: 'json',
      idJson: '1',
      id: 1,
      method: 'SUBSCRIBE',
      params: ['btcusdt@trade'],
      outcome: { request: { method: 'SUBSCRIBE', names: ['btcusdt@trade'] } },
    });
  });

  it('args: keeps a 64-bit id exact, as text', () => {
    const frame = parseStreamFrame('{"method":"LIST_SUBSCRIPTIONS","id":9007199254740993}');
    expect([frame.idJson, frame.id]).toEqual(['9007199254740993', '9007199254740993']);
  });

  it('args: SUBSCRIBE without params subscribes nothing', () => {
    expect(parseStreamFrame('{"method":"SUBSCRIBE","id":1}').outcome).toEqual({ request: { method: 'SUBSCRIBE', names: [] } });
  });

  it('error: checks the id before the method', () => {
    expect(parseStreamFrame('{"method":"NOPE"}').outcome).toEqual({ error: STREAM_ERRORS.requestId });
  });

  it('error: answers well-formed JSON of the wrong shape with code 2', () => {
    expect(parseStreamFrame('[1]')).toMatchObject({ kind: 'json', idJson: 'null', outcome: { error: { code: 2 } } });
    expect(parseStreamFrame('{"method":"SUBSCRIBE","params":"a@trade","id":1}').outcome).toEqual({
      error: { code: 2, msg: 'Invalid request: invalid type: string "a@trade", expected a sequence' },
    });
    expect(parseStreamFrame('{"method":"UNSUBSCRIBE","params":[1],"id":1}').outcome).toEqual({
      error: { code: 2, msg: 'Invalid request: invalid type: integer `1`, expected a string' },
    });
  });

  it('error: a method that is not a string is an unknown variant', () => {
    expect(parseStreamFrame('{"method":5,"id":1}').outcome).toEqual({
      error: STREAM_ERRORS.unknownMethod('5', { line: 1, column: 11 }),
    });
  });

  it('error: text that is not JSON is invalid, with code 3', () => {
    expect(parseStreamFrame('{"id":1')).toEqual({
      kind: 'invalid',
      idJson: 'null',
      id: undefined,
      method: undefined,
      params: undefined,
      outcome: { error: { code: 3, msg: 'Invalid JSON: expected value at line 1 column 7' } },
    });
  });
});
