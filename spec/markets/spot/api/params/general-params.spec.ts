import type { ExchangeInfoParams, ExecutionRulesParams, PingParams } from '../../../../../lib/markets/spot/api/params/general-params';

// Types only: `tsc --noEmit` checks the @ts-expect-error lines; the runtime asserts keep the
// values used.
describe('ExchangeInfoParams', () => {
  it('args: accepts one selector or none, and refuses combinations Binance rejects', () => {
    const valid: ExchangeInfoParams[] = [
      {},
      { symbol: 'BTCUSDT' },
      { symbols: ['BTCUSDT', 'BNBBTC'], showPermissionSets: false },
      { permissions: 'SPOT' },
      { permissions: ['SPOT', 'MARGIN'], symbolStatus: 'TRADING' },
      { symbolStatus: 'HALT' },
    ];
    // @ts-expect-error symbol and symbols are exclusive
    const both: ExchangeInfoParams = { symbol: 'BTCUSDT', symbols: ['BNBBTC'] };
    // @ts-expect-error symbolStatus is not allowed with symbol
    const withStatus: ExchangeInfoParams = { symbol: 'BTCUSDT', symbolStatus: 'TRADING' };
    // @ts-expect-error only TRADING, HALT and BREAK are filters
    const badStatus: ExchangeInfoParams = { symbolStatus: 'END_OF_DAY' };
    expect([...valid, both, withStatus, badStatus]).toHaveLength(9);
  });
});

describe('ExecutionRulesParams', () => {
  it('args: accepts one selector or none, and refuses combinations', () => {
    const valid: ExecutionRulesParams[] = [{}, { symbol: 'BAZUSD' }, { symbols: ['BAZUSD'] }, { symbolStatus: 'BREAK' }];
    // @ts-expect-error no combination of parameters is allowed
    const combined: ExecutionRulesParams = { symbols: ['BAZUSD'], symbolStatus: 'TRADING' };
    expect([...valid, combined]).toHaveLength(5);
  });
});

describe('PingParams', () => {
  it('args: takes no params', () => {
    const none: PingParams = {};
    // @ts-expect-error ping has no params
    const some: PingParams = { symbol: 'BTCUSDT' };
    expect([none, some]).toHaveLength(2);
  });
});
