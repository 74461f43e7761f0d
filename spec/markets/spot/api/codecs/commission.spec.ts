import Big from 'big.js';
import { Commission } from '../../../../../lib/markets/spot/api/codecs/commission';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { COMMISSION } from './account-examples';

describe('Commission', () => {
  it('default: decodes the official account.commission example', () => {
    const c = decodeRight(Commission, COMMISSION);
    expect(c.symbol).toBe('BTCUSDT');
    expect(c.standardCommission.seller).toEqual(new Big('0.0000004'));
    expect(c.specialCommission?.taker).toEqual(new Big('0.02'));
    expect(c.taxCommission.buyer).toEqual(new Big('0.00000118'));
    expect(c.discount.discount).toEqual(new Big('0.75'));
  });

  it('behavior: the older answer without specialCommission decodes', () => {
    const { specialCommission: _omit, ...older } = COMMISSION;
    expect('specialCommission' in decodeRight(Commission, older)).toBe(false);
  });

  it('error: rejects a missing taxCommission', () => {
    const { taxCommission: _omit, ...rest } = COMMISSION;
    expect(decodeLeftPaths(Commission, rest)).toEqual(['taxCommission']);
  });
});
