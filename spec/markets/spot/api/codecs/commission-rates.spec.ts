import Big from 'big.js';
import { CommissionDiscount, CommissionRates, OrderCommissionRates } from '../../../../../lib/markets/spot/api/codecs/commission-rates';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { ACCOUNT, COMMISSION } from './account-examples';
import { TEST_ORDER_COMMISSION } from './trading-examples';

describe('OrderCommissionRates', () => {
  it('default: decodes the official standardCommissionForOrder', () => {
    expect(decodeRight(OrderCommissionRates, TEST_ORDER_COMMISSION.standardCommissionForOrder)).toEqual({
      maker: new Big('0.00000112'),
      taker: new Big('0.00000114'),
    });
  });
  it('error: rejects a numeric rate', () => {
    expect(decodeLeftPaths(OrderCommissionRates, { maker: 0.1, taker: '0.1' })).toEqual(['maker']);
  });
});

describe('CommissionRates', () => {
  it("default: decodes the official account's commissionRates", () => {
    expect(decodeRight(CommissionRates, ACCOUNT.commissionRates)).toEqual({
      maker: new Big('0.0015'),
      taker: new Big('0.0015'),
      buyer: new Big('0'),
      seller: new Big('0'),
    });
  });
  it('error: rejects a missing seller rate', () => {
    expect(decodeLeftPaths(CommissionRates, { maker: '0', taker: '0', buyer: '0' })).toEqual(['seller']);
  });
});

describe('CommissionDiscount', () => {
  it('default: decodes the official account.commission discount', () => {
    expect(decodeRight(CommissionDiscount, COMMISSION.discount)).toEqual({
      enabledForAccount: true,
      enabledForSymbol: true,
      discountAsset: 'BNB',
      discount: new Big('0.75'),
    });
  });
  it('error: rejects a string flag', () => {
    expect(decodeLeftPaths(CommissionDiscount, { ...COMMISSION.discount, enabledForSymbol: 'true' })).toEqual(['enabledForSymbol']);
  });
});
