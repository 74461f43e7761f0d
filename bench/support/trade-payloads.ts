import { seededRandom } from '../../lib/testing/seeded-random.js';

/**
 * 100 spot symbols quoted in USDT, as Binance writes them in payloads (uppercase). Their stream
 * names are the lowercase form (`btcusdt@trade`).
 */
export const BENCH_SYMBOLS: readonly string[] = (
  'BTC ETH BNB SOL XRP DOGE ADA TRX AVAX LINK DOT POL LTC BCH SHIB UNI ATOM XLM ETC FIL ' +
  'APT ARB OP NEAR ICP VET HBAR ALGO QNT AAVE GRT SAND MANA AXS EGLD XTZ THETA EOS FLOW CHZ ' +
  'KAVA NEO IOTA ZEC DASH COMP SNX CRV SUSHI YFI 1INCH ENJ BAT ZIL ONE RVN HOT CELO ANKR ICX ' +
  'ONT QTUM KSM RUNE GALA LDO INJ SUI SEI TIA PEPE WLD JUP PYTH STX IMX RENDER FET ROSE MINA ' +
  'GMX DYDX APE LRC CFX ZRX STORJ SKL CKB JTO ORDI BONK FLOKI ENS CAKE MASK WOO ACH BICO GLM'
)
  .split(' ')
  .map((base) => `${base}USDT`);

/** The first `count` bench symbols. */
export function benchSymbols(count: number): readonly string[] {
  if (count > BENCH_SYMBOLS.length) throw new Error(`only ${BENCH_SYMBOLS.length} bench symbols`);
  return BENCH_SYMBOLS.slice(0, count);
}

/** `BTCUSDT` → `btcusdt@trade`. */
export function tradeStreamName(symbol: string): string {
  return `${symbol.toLowerCase()}@trade`;
}

/**
 * Serialised spot trade events shaped like the recorded `btcusdt@trade` message
 * (`spec/fixtures/recorded/trade.json`): same keys in the same order, prices and quantities with
 * 8 decimals, increasing trade ids and times. Payload `i` belongs to `symbols[i % symbols.length]`.
 *
 * @param symbols - uppercase symbols, round-robin
 * @param count - how many payloads
 * @param seed - PRNG seed
 * @returns the `data` JSON texts (not enveloped: the fake adds the combined envelope)
 */
export function tradePayloads(symbols: readonly string[], count: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const state = symbols.map((symbol, i) => {
    // log-uniform reference prices from 0.0001 to 100 000, ticks of 5 significant digits
    const price = 10 ** (-4 + random() * 9);
    const tick = 10 ** Math.max(-8, Math.floor(Math.log10(price)) - 4);
    return { symbol, price, tick, tradeId: 5_455_447_976 + i * 1_000_003 };
  });
  let eventTime = 1_762_578_805_373;
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const s = state[i % state.length] as (typeof state)[number];
    s.price *= 1 + (random() - 0.5) * 0.001;
    s.tradeId += 1;
    if (random() < 0.3) eventTime += 1;
    const price = (Math.round(s.price / s.tick) * s.tick).toFixed(8);
    const quantity = (Math.ceil(random() * 200_000) / 100_000).toFixed(8);
    out[i] = JSON.stringify({
      e: 'trade',
      E: eventTime,
      s: s.symbol,
      t: s.tradeId,
      p: price,
      q: quantity,
      T: eventTime - 1,
      m: random() < 0.5,
      M: true,
    });
  }
  return out;
}
