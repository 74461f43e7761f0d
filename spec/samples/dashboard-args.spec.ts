import { DashboardArgsError, DEFAULT_SYMBOLS, parseDashboardArgs } from '../../samples/dashboard/dashboard-args';

describe('parseDashboardArgs', () => {
  it('default: until Ctrl-C, BTCUSDT/ETHUSDT/BNBUSDT, simulated', () => {
    expect(parseDashboardArgs([])).toEqual({ durationSec: undefined, symbols: DEFAULT_SYMBOLS, live: false, help: false });
  });

  it('args: --duration, --symbols (upper-cased, deduplicated), --live, --help', () => {
    expect(parseDashboardArgs(['--duration', '2.5', '--symbols', 'btcusdt, ethbtc,BTCUSDT', '--live', '-h'])).toEqual({
      durationSec: 2.5,
      symbols: ['BTCUSDT', 'ETHBTC'],
      live: true,
      help: true,
    });
  });

  it.each([[['--duration']], [['--duration', '0']], [['--duration', '-1']], [['--symbols']], [['--symbols', ',']], [['--symbols', 'BTC-USDT']], [['--port', '1']]])(
    'error: %j is a DashboardArgsError',
    (argv) => {
      expect(() => parseDashboardArgs(argv)).toThrow(DashboardArgsError);
    },
  );
});
