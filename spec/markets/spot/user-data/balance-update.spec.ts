import Big from 'big.js';
import { BalanceUpdate } from '../../../../lib/markets/spot/user-data/balance-update.js';
import { decodeLeftPaths, decodeRight } from '../../../support/codec-helpers.js';
import { BALANCE_UPDATE_FRAME } from './user-data-examples.js';

const example = BALANCE_UPDATE_FRAME.event;

describe('BalanceUpdate', () => {
  it('default: decodes the official example payload (user-data.md §2)', () => {
    expect(decodeRight(BalanceUpdate, example)).toEqual({
      kind: 'balanceUpdate',
      eventType: 'balanceUpdate',
      eventTime: 1573200697110,
      asset: 'BTC',
      balanceDelta: new Big('100'),
      clearTime: 1573200697068,
    });
  });

  it('behavior: a negative delta (withdrawal) stays exact', () => {
    expect(decodeRight(BalanceUpdate, { ...example, d: '-0.00000001' }).balanceDelta.toFixed()).toBe('-0.00000001');
  });

  it('error: rejects a numeric delta and names the field', () => {
    expect(decodeLeftPaths(BalanceUpdate, { ...example, d: 100 })).toEqual(['d']);
  });

  it('error: rejects a missing clear time', () => {
    const { T: _t, ...rest } = example;
    expect(decodeLeftPaths(BalanceUpdate, rest)).toEqual(['T']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const update = decodeRight(BalanceUpdate, example);
    expect(BalanceUpdate.encode(update)).toEqual({ ...example, d: '100' });
  });
});
