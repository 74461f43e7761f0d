import { parseWsApiFrame } from '../../../../lib/testing/api/ws/parse-ws-api-frame';
import { wsApiPayload } from '../../../../lib/testing/api/ws/ws-api-payload';

describe('parseWsApiFrame', () => {
  it('default: reads id, method and params; params default to {}', () => {
    expect(parseWsApiFrame('{"id":"a-1_b","method":"ping"}')).toEqual({ idJson: '"a-1_b"', id: 'a-1_b', method: 'ping', params: {}, error: undefined });
    expect(parseWsApiFrame('{"id":null,"method":"time","params":{"x":1}}')).toMatchObject({ idJson: 'null', id: null, params: { x: 1 } });
  });

  it('args: a 64-bit integer id is echoed with all its digits', () => {
    const frame = parseWsApiFrame('{"id":9223372036854775807,"method":"ping"}');
    expect(frame).toMatchObject({ idJson: '9223372036854775807', id: '9223372036854775807', error: undefined });
    expect(parseWsApiFrame('{"id":9223372036854775808,"method":"ping"}').error?.code).toBe(-1135);
  });

  it('error: -1135 for text that is not a JSON object, a bad id, a missing method, params that are not an object', () => {
    expect(parseWsApiFrame('{"id":1,').error).toEqual({ code: -1135, msg: 'Invalid JSON Request' });
    expect(parseWsApiFrame('[1]').error?.code).toBe(-1135);
    const badId = parseWsApiFrame(`{"id":"${'x'.repeat(37)}","method":"ping"}`);
    expect(badId).toMatchObject({ idJson: 'null', error: { code: -1135, msg: expect.stringContaining("Invalid 'id'") as string } });
    expect(parseWsApiFrame('{"id":1.5,"method":"ping"}').error?.code).toBe(-1135);
    expect(parseWsApiFrame('{"method":"ping"}').error?.msg).toContain("Invalid 'id'");
    expect(parseWsApiFrame('{"id":3}')).toMatchObject({ idJson: '3', error: { code: -1135, msg: "Invalid 'method' in JSON request; expected a string." } });
    expect(parseWsApiFrame('{"id":3,"method":"ping","params":[1]}')).toMatchObject({
      idJson: '3',
      method: 'ping',
      error: { code: -1135, msg: "Invalid 'params' in JSON request; expected an object." },
    });
  });
});

describe('wsApiPayload', () => {
  it('behavior: sorts params, drops signature, renders values as plain text without encoding', () => {
    const payload = wsApiPayload({ symbol: '１２', b: true, a: 1.5, symbols: ['X', 'Y'], signature: 's', apiKey: 'k' });
    expect(payload.toString('utf8')).toBe('a=1.5&apiKey=k&b=true&symbol=１２&symbols=["X","Y"]');
  });
});
