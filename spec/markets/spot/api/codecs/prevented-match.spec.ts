import Big from 'big.js';
import { PreventedMatch } from '../../../../../lib/markets/spot/api/codecs/prevented-match';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { PREVENTED_MATCH } from './account-examples';

describe('PreventedMatch', () => {
  it('default: decodes the official myPreventedMatches entry', () => {
    expect(decodeRight(PreventedMatch, PREVENTED_MATCH)).toEqual({
      symbol: 'BTCUSDT',
      preventedMatchId: 1,
      takerOrderId: 5,
      makerSymbol: 'BTCUSDT',
      makerOrderId: 3,
      tradeGroupId: 1,
      selfTradePreventionMode: 'EXPIRE_MAKER',
      price: new Big('1.1'),
      makerPreventedQuantity: new Big('1.3'),
      transactTime: 1669101687094,
    });
  });

  it('error: rejects a string takerOrderId', () => {
    expect(decodeLeftPaths(PreventedMatch, { ...PREVENTED_MATCH, takerOrderId: '5' })).toEqual(['takerOrderId']);
  });
});
