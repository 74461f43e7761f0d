import Big from 'big.js';
import { matching, runSample } from './support/sample-process.js';

const DECISION = /^\[decision\] ratio (\d+\.\d{4}) avg (\d+\.\d{4}) \(([+-]\d+\.\d{3}) bps\) -> (hold|(BUY|SELL) 0\.01 ETHUSDT @ (\d+(?:\.\d+)?))$/;
const PLACED = /^\[order\] #(\d+) (NEW|PARTIALLY_FILLED|FILLED) (BUY|SELL) 0\.01 ETHUSDT @ (\d+(?:\.\d+)?)$/;
const OUTCOME = /^\[order\] #(\d+) (FILLED|CANCELED \((not filled in 1\.5 s|stopping)\)|filled before the cancel)$/;
const FILL = /^\[fill\] (BUY|SELL) 0\.01 ETHUSDT @ (\d+(?:\.\d+)?) \(order #(\d+), (FILLED|PARTIALLY_FILLED), (maker|taker)\)$/;

describe('strategy sample', () => {
  it('behavior: --duration 4 decides on the BTC/ETH ratio, places and cancels LIMIT orders on the simulated exchange, and leaves none open', async () => {
    const { code, stderr, lines } = await runSample('strategy', ['--duration', '4']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const strategyLines = lines.filter((l) => !l.startsWith('[sample]'));
    for (const line of strategyLines) expect([DECISION, PLACED, OUTCOME, FILL].some((p) => p.test(line)) || /^\[strategy\] open orders left: 0$/.test(line)).toBe(true);

    // each decision follows from its numbers: 0.05 bps or more from the average is a signal
    const decisions = matching(lines, DECISION);
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    for (const [, , , deviation, what, side] of decisions) {
      const bps = new Big((deviation ?? '').replace('+', '')); // big.js reads no leading +
      if (bps.abs().eq('0.05')) continue; // rounded to the threshold: either way
      expect(what === 'hold' ? 'hold' : side).toBe(bps.abs().lt('0.05') ? 'hold' : bps.gt(0) ? 'BUY' : 'SELL');
    }

    // every order is the decision printed just before it, and ends exactly once (an order that
    // crossed the book is FILLED when placed: no outcome line follows)
    const placed = matching(lines, PLACED);
    expect(placed.length).toBeGreaterThanOrEqual(1);
    const decisionsAndOrders = strategyLines.filter((l) => DECISION.test(l) || PLACED.test(l));
    for (const order of placed) {
      const decision = DECISION.exec(decisionsAndOrders[decisionsAndOrders.indexOf(order[0]) - 1] ?? '');
      expect([decision?.[5], decision?.[6]]).toEqual([order[3], order[4]]);
      expect(matching(lines, OUTCOME).filter((o) => o[1] === order[1])).toHaveLength(order[2] === 'FILLED' ? 0 : 1);
    }
    // fills (if the flow reached an order in time) belong to placed orders, at their price
    for (const [, side, price, orderId] of matching(lines, FILL)) {
      const order = placed.find((o) => o[1] === orderId);
      expect([order?.[3], order?.[4]]).toEqual([side, price]);
    }
    expect(lines.at(-2)).toBe('[strategy] open orders left: 0');
    expect(lines.at(-1)).toBe('[sample] stopped');
  }, 35_000);
});
