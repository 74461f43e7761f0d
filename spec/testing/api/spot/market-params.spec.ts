import { FakeParamError } from '../../../../lib/testing/api/fake-params';
import { FakeSpotMarket } from '../../../../lib/testing/api/spot/fake-spot-market';
import { readLimit, readSymbolSelection, readTime } from '../../../../lib/testing/api/spot/market-params';
import { readTickerType, readTimeZone, readWindowSize } from '../../../../lib/testing/api/spot/market-ticker-params';

const HOUR = 3_600_000;

/** The `{code, msg}` a reader throws, or `undefined` if it does not throw. */
function errorOf(read: () => unknown): unknown {
  try {
    read();
    return undefined;
  } catch (error: unknown) {
    if (error instanceof FakeParamError && 'error' in error.outcome) return error.outcome.error;
    throw error;
  }
}

describe('readSymbolSelection', () => {
  const market = new FakeSpotMarket();

  it('default: no symbol is "all" unless one is required', () => {
    expect(readSymbolSelection({}, market, false)).toEqual({ kind: 'all' });
    expect(errorOf(() => readSymbolSelection({}, market, true))).toEqual({
      code: -1102,
      msg: "Param 'symbol' or 'symbols' must be sent, but both were empty/null!",
    });
  });

  it('args: symbol or symbols (JSON array or its text)', () => {
    expect(readSymbolSelection({ symbol: 'ETHBTC' }, market, true)).toEqual({ kind: 'one', symbol: 'ETHBTC' });
    expect(readSymbolSelection({ symbols: ['ETHBTC'] }, market, true)).toEqual({ kind: 'many', symbols: ['ETHBTC'] });
    expect(readSymbolSelection({ symbols: '["ETHBTC","LTCBTC"]' }, market, true)).toEqual({ kind: 'many', symbols: ['ETHBTC', 'LTCBTC'] });
  });

  it('error: an empty list is a missing mandatory param', () => {
    expect(errorOf(() => readSymbolSelection({ symbols: '[]' }, market, false))).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'symbols' was not sent, was empty/null, or malformed.",
    });
  });
});

describe('readLimit', () => {
  it('args: the default when absent, capped at the maximum', () => {
    expect(readLimit({}, 500, 1000)).toBe(500);
    expect(readLimit({ limit: '20' }, 500, 1000)).toBe(20);
    expect(readLimit({ limit: 1001 }, 500, 1000)).toBe(1000);
    expect(errorOf(() => readLimit({ limit: 0 }, 500, 1000))).toEqual({ code: -1130, msg: "Data sent for parameter 'limit' is not valid." });
  });
});

describe('readTime', () => {
  it('args: milliseconds as given, microseconds scaled down', () => {
    expect(readTime({}, 'startTime')).toBeUndefined();
    expect(readTime({ startTime: '1760000000000' }, 'startTime')).toBe(1_760_000_000_000);
    expect(readTime({ endTime: 1_760_000_000_000_123 }, 'endTime')).toBe(1_760_000_000_000);
  });
});

describe('readTimeZone', () => {
  it('args: hours, or hours and minutes, within [-12:00, +14:00]', () => {
    expect(readTimeZone({})).toBe(0);
    expect(readTimeZone({ timeZone: 8 })).toBe(8 * HOUR);
    expect(readTimeZone({ timeZone: '-1:00' })).toBe(-HOUR);
    expect(readTimeZone({ timeZone: '05:45' })).toBe(5.75 * HOUR);
    expect(readTimeZone({ timeZone: '+14:00' })).toBe(14 * HOUR);
    expect(readTimeZone({ timeZone: '-12:00' })).toBe(-12 * HOUR);
    expect(readTimeZone({ timeZone: '-0:00' })).toBe(0);
  });

  it('error: anything else is invalid data', () => {
    for (const timeZone of ['-12:01', '15', '5:60', 'UTC', '8.5']) {
      expect(errorOf(() => readTimeZone({ timeZone }))).toEqual({ code: -1130, msg: "Data sent for parameter 'timeZone' is not valid." });
    }
  });
});

describe('readWindowSize', () => {
  it('args: minutes, hours or days, 1d by default', () => {
    expect(readWindowSize({})).toBe(24 * HOUR);
    expect(readWindowSize({ windowSize: '1m' })).toBe(60_000);
    expect(readWindowSize({ windowSize: '59m' })).toBe(59 * 60_000);
    expect(readWindowSize({ windowSize: '23h' })).toBe(23 * HOUR);
    expect(readWindowSize({ windowSize: '7d' })).toBe(7 * 24 * HOUR);
  });

  it('error: out-of-range or combined units are invalid data', () => {
    for (const windowSize of ['0m', '60m', '24h', '8d', '1w', '1d2h', '01m']) {
      expect(errorOf(() => readWindowSize({ windowSize }))).toMatchObject({ code: -1130 });
    }
  });
});

describe('readTickerType', () => {
  it('args: FULL by default, or MINI', () => {
    expect(readTickerType({})).toBe('FULL');
    expect(readTickerType({ type: 'MINI' })).toBe('MINI');
    expect(errorOf(() => readTickerType({ type: 'mini' }))).toEqual({ code: -1139, msg: 'Invalid ticker type.' });
  });
});
