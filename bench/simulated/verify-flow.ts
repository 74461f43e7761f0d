import Big from 'big.js';
import type { SimulatedRun } from '../support/fake-exchange-protocol.js';
import { DASHBOARD_KINDS, type DashboardKind, type OpenDashboard, type ReceivedStream, streamName } from './dashboard-workload.js';

/**
 * Compares what a variant received with what the fake sent during one `simulate` request: on
 * every name the same number of values, the last one carrying the fake's last id (the book's
 * `lastUpdateId`, the last trade's id, the last book ticker's `u`), and the books and book
 * tickers ending on the fake's best bid and ask.
 *
 * @param open - the variant, all frames in
 * @param symbols - upper case
 * @param run - the fake's answer
 * @returns one line per mismatch; empty when the variant received exactly what was sent
 */
export function verifyFlow(open: OpenDashboard, symbols: readonly string[], run: SimulatedRun): string[] {
  const problems: string[] = [];
  for (const symbol of symbols) {
    const truth = run.symbols[symbol];
    if (truth === undefined) {
      problems.push(`${symbol}: not simulated by the fake`);
      continue;
    }
    for (const kind of DASHBOARD_KINDS) {
      const name = streamName(symbol, kind);
      const sent = run.streams[name];
      const got = open.received(name);
      if (sent === undefined || sent.frames === 0) {
        problems.push(`${name}: the fake sent nothing`);
        continue;
      }
      if (sent.reached !== sent.frames) problems.push(`${name}: the fake reached ${sent.reached} connection(s) over ${sent.frames} frame(s), expected one each`);
      if (got.frames !== sent.frames) problems.push(`${name}: received ${got.frames} of ${sent.frames}`);
      const expectedId = lastIdOf(kind, truth.lastUpdateId, truth.lastTradeId, sent.lastId);
      if (got.lastId !== expectedId || sent.lastId !== expectedId) problems.push(`${name}: last id ${got.lastId} received, ${sent.lastId} sent, ${expectedId} expected`);
      if (kind === 'depth' || kind === 'bookTicker') problems.push(...topProblems(name, got, truth.bestBid, truth.bestAsk));
    }
  }
  return problems;
}

/** The id the last frame of a kind must carry, from the fake's state after the run. */
function lastIdOf(kind: DashboardKind, lastUpdateId: number, lastTradeId: number | undefined, sentBookTicker: number | undefined): number | undefined {
  switch (kind) {
    case 'depth':
      return lastUpdateId;
    case 'trade':
    case 'ticker':
      // the last publishPeriodic() follows the last step: the ticker is up to date
      return lastTradeId;
    case 'bookTicker':
      // published only when the top moves: the id of the last move, which only the tap knows
      return sentBookTicker;
  }
}

function topProblems(name: string, got: ReceivedStream, bid: string | undefined, ask: string | undefined): string[] {
  const same = (value: Big | undefined, wire: string | undefined): boolean => (value === undefined ? wire === undefined : wire !== undefined && value.eq(new Big(wire)));
  return same(got.bid, bid) && same(got.ask, ask) ? [] : [`${name}: ends on ${got.bid?.toFixed() ?? '-'} / ${got.ask?.toFixed() ?? '-'}, the fake's book on ${bid ?? '-'} / ${ask ?? '-'}`];
}
