import Big from 'big.js';
import { OrderFill } from '../../../../../lib/markets/spot/api/codecs/order-fill';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { ORDER_FULL, SOR_PLACED } from './trading-examples';

describe('OrderFill', () => {
  it('default: decodes an official FULL fill, qty as quantity', () => {
    expect(decodeRight(OrderFill, ORDER_FULL.fills[0])).toEqual({
      price: new Big('23416.1'),
      quantity: new Big('0.00635'),
      commission: new Big('0'),
      commissionAsset: 'BNB',
      tradeId: 1650422481,
    });
  });

  it('behavior: keeps the SOR-only matchType and allocId (official sor.order.place example)', () => {
    const fill = decodeRight(OrderFill, SOR_PLACED[0]?.fills[0]);
    expect(fill).toMatchObject({ matchType: 'ONE_PARTY_TRADE_REPORT', allocId: 0, tradeId: -1 });
  });

  it('error: rejects a missing commission asset', () => {
    const { commissionAsset: _omit, ...bad } = ORDER_FULL.fills[0] ?? {};
    expect(decodeLeftPaths(OrderFill, bad)).toEqual(['commissionAsset']);
  });
});
