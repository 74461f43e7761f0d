import Big from 'big.js';
import { TestOrderResult } from '../../../../../lib/markets/spot/api/codecs/test-order-result';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { TEST_ORDER_COMMISSION, TEST_ORDER_EMPTY } from './trading-examples';

describe('TestOrderResult', () => {
  it('default: decodes the official {} answer to {}', () => {
    expect(decodeRight(TestOrderResult, TEST_ORDER_EMPTY)).toEqual({});
  });

  it('behavior: decodes the official computeCommissionRates answer', () => {
    expect(decodeRight(TestOrderResult, TEST_ORDER_COMMISSION)).toEqual({
      standardCommissionForOrder: { maker: new Big('0.00000112'), taker: new Big('0.00000114') },
      specialCommissionForOrder: { maker: new Big('0.05'), taker: new Big('0.06') },
      taxCommissionForOrder: { maker: new Big('0.00000112'), taker: new Big('0.00000114') },
      discount: { enabledForAccount: true, enabledForSymbol: true, discountAsset: 'BNB', discount: new Big('0.25') },
    });
  });

  it('behavior: the older answer without specialCommissionForOrder decodes', () => {
    const { specialCommissionForOrder: _omit, ...older } = TEST_ORDER_COMMISSION;
    expect('specialCommissionForOrder' in decodeRight(TestOrderResult, older)).toBe(false);
  });

  it('error: rejects a malformed taker rate with its path', () => {
    const bad = { ...TEST_ORDER_COMMISSION, taxCommissionForOrder: { maker: '0', taker: 'x' } };
    expect(decodeLeftPaths(TestOrderResult, bad)).toEqual(['taxCommissionForOrder.taker']);
  });

  it('error: rejects an array at the root', () => {
    expect(decodeLeftPaths(TestOrderResult, [])).toEqual(['']);
  });
});
