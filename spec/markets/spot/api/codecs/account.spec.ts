import Big from 'big.js';
import { Account, AccountBalance } from '../../../../../lib/markets/spot/api/codecs/account';
import { decodeLeftPaths, decodeRight } from '../../../../support/codec-helpers';
import { ACCOUNT } from './account-examples';

describe('Account', () => {
  it('default: decodes the official account.status example', () => {
    const account = decodeRight(Account, ACCOUNT);
    expect(account).toMatchObject({
      makerCommission: 15,
      canTrade: true,
      brokered: false,
      requireSelfTradePrevention: false,
      preventSor: false,
      updateTime: 1660801833000,
      accountType: 'SPOT',
      permissions: ['SPOT'],
      uid: 354937868,
    });
    expect(account.commissionRates.maker.eq('0.0015')).toBe(true);
    expect(account.balances[1]).toEqual({ asset: 'BTC', free: new Big('1.3447112'), locked: new Big('0.086') });
  });

  it('error: rejects a malformed balance with its index', () => {
    const balances = [ACCOUNT.balances[0], { asset: 'BTC', free: 1.3, locked: '0' }];
    expect(decodeLeftPaths(Account, { ...ACCOUNT, balances })).toEqual(['balances.1.free']);
  });
});

describe('AccountBalance', () => {
  it('default: decodes an official balance', () => {
    expect(decodeRight(AccountBalance, ACCOUNT.balances[2])).toEqual({ asset: 'USDT', free: new Big('1021.21'), locked: new Big('0') });
  });

  it('error: rejects a missing locked amount', () => {
    expect(decodeLeftPaths(AccountBalance, { asset: 'BNB', free: '0' })).toEqual(['locked']);
  });
});
