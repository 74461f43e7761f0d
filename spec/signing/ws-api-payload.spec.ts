import { Credentials } from '../../lib/signing/credentials';
import { wsApiPayload } from '../../lib/signing/ws-api-payload';
import { signOnce } from './helpers';
import { SPOT_API_KEY, SPOT_SECRET } from './vectors';

// signing.md §4.3: the order.place params, in the order the docs' request lists them.
const W1_PARAMS = {
  symbol: 'BTCUSDT',
  side: 'SELL',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '0.01000000',
  price: '52000.00',
  recvWindow: 100,
  timestamp: 1645423376532,
  apiKey: SPOT_API_KEY,
};
const W2_PARAMS = { ...W1_PARAMS, side: 'BUY', symbol: '１２３４５６', quantity: '1.00000000', price: '0.10000000', recvWindow: 5000 };

describe('wsApiPayload', () => {
  const credentials = new Credentials({ apiKey: SPOT_API_KEY, apiSecret: SPOT_SECRET });

  it('default: §4.3 W1 builds the documented sorted payload and signature', async () => {
    const payload = wsApiPayload(W1_PARAMS);
    expect(payload).toBe(
      'apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT',
    );
    expect(await signOnce(credentials, payload)).toBe('aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24');
  });

  it('default: §4.3 W2 keeps non-ASCII values raw (no percent-encoding) and signs their UTF-8 bytes', async () => {
    const payload = wsApiPayload(W2_PARAMS);
    expect(payload).toBe(
      'apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=0.10000000&quantity=1.00000000&recvWindow=5000&side=BUY&symbol=１２３４５６&timeInForce=GTC&timestamp=1645423376532&type=LIMIT',
    );
    expect(await signOnce(credentials, payload)).toBe('b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd');
  });

  it('behavior: leaves out an existing signature param', () => {
    expect(wsApiPayload({ ...W1_PARAMS, signature: 'aa1b' })).toBe(wsApiPayload(W1_PARAMS));
  });

  it('behavior: sorts in ASCII order (capitals before lowercase, shorter prefix first)', () => {
    expect(wsApiPayload({ b: 1, a: 2, B: 3, ab: 4, a_: 5 })).toBe('B=3&a=2&a_=5&ab=4&b=1');
  });

  it('args: renders numbers and booleans as JSON text, strings as they are', () => {
    expect(wsApiPayload({ n: 100, f: 5000.5, t: true, x: false, s: 'a b&c=d' })).toBe('f=5000.5&n=100&s=a b&c=d&t=true&x=false');
    expect(wsApiPayload({})).toBe('');
  });
});
