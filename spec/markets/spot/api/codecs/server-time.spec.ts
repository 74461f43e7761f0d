import { ServerTime } from '../../../../../lib/markets/spot/api/codecs/server-time';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

describe('ServerTime', () => {
  it('default: decodes the official example', () => {
    expect(decodeRight(ServerTime, MARKET_EXAMPLES.getServerTime)).toEqual({ serverTime: 1656400526260 });
  });

  it('error: rejects a string time', () => {
    expect(rejection(ServerTime, { serverTime: '1656400526260' })).toEqual([
      'Invalid value "1656400526260" supplied to : ServerTime/serverTime: number',
    ]);
  });

  it('behavior: encode∘decode gives back the wire value', () => {
    expect(ServerTime.encode(decodeRight(ServerTime, MARKET_EXAMPLES.getServerTime))).toEqual(MARKET_EXAMPLES.getServerTime);
  });
});
