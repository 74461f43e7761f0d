import Big from 'big.js';
import { AccountTrade } from '../../../../../lib/markets/spot/api/codecs/account-trade';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { MY_TRADE } from './account-examples';

describe('AccountTrade', () => {
  it('default: decodes the official myTrades entry', () => {
    expect(decodeRight(AccountTrade, MY_TRADE)).toEqual({
      symbol: 'BTCUSDT',
      id: 1650422481,
      orderId: 12569099453,
      orderListId: -1,
      price: new Big('23416.1'),
      quantity: new Big('0.00635'),
      quoteQuantity: new Big('148.692235'),
      commission: new Big('0'),
      commissionAsset: 'BNB',
      time: 1660801715793,
      isBuyer: false,
      isMaker: true,
      isBestMatch: true,
    });
  });

  it('error: rejects a numeric qty', () => {
    expect(decodeLeftPaths(AccountTrade, { ...MY_TRADE, qty: 0.00635 })).toEqual(['qty']);
  });
});
