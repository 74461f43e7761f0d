import { EmptyResult } from '../../../../../lib/markets/spot/api/codecs/empty-result';
import { decodeRight } from '../../../../support/codec-helpers';
import { MARKET_EXAMPLES } from '../market-examples';
import { rejection } from './report';

describe('EmptyResult', () => {
  it('default: decodes the official ping result', () => {
    expect(decodeRight(EmptyResult, MARKET_EXAMPLES.ping)).toEqual({});
  });

  it('behavior: ignores keys Binance might add', () => {
    expect(decodeRight(EmptyResult, { extra: 1 })).toEqual({});
  });

  it('error: rejects an array', () => {
    expect(rejection(EmptyResult, [])).toEqual(['Invalid value [] supplied to : EmptyResult']);
  });
});
