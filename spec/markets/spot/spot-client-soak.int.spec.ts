import { SubType } from '../../../lib/index.js';
import { SPOT_STREAM_EXAMPLES } from '../../../lib/testing/index.js';
import { loopback, Recorder, sleep, until } from '../../support/loopback.js';

type Env = Awaited<ReturnType<typeof loopback>>;
let env: Env;
afterEach(async () => env.dispose());

/** Active handles by type (sockets, timers, …), as Node reports them. */
function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) counts[r] = (counts[r] ?? 0) + 1;
  return counts;
}

describe('SpotClient soak', () => {
  it('teardown: 10,000 subscribe/unsubscribe cycles leave no socket, timer or subscription behind', async () => {
    env = await loopback({}, { connectionLinger: 50 });
    await sleep(20);
    const baseline = resources();
    // 500 cycles that go over the wire: 5 rounds of 100 streams, each delivering one message
    for (let round = 0; round < 5; round++) {
      const names = Array.from({ length: 100 }, (_, i) => `r${round}s${i}usdt`);
      const recorders = names.map((s) => new Recorder(env.spot.stream$(SubType.Trade, s)));
      await until(() => names.every((s) => env.fake.subscribersOf(`${s}@trade`) === 1), `round ${round} subscribed`, 10_000);
      for (const s of names) env.fake.publish(`${s}@trade`, SPOT_STREAM_EXAMPLES.trade);
      await until(() => recorders.every((r) => r.values.length === 1), `round ${round} delivered`);
      for (const r of recorders) r.subscription.unsubscribe();
    }
    // 9,500 cycles within one tick: they must cancel out without touching the wire
    const before = env.fake.inbound.length;
    for (let i = 0; i < 9_500; i++) env.spot.stream$(SubType.Ticker, `t${i % 50}usdt`).subscribe().unsubscribe();
    await until(() => env.fake.connectionCount === 0, 'the idle connection closed', 10_000);
    await sleep(100);
    expect(env.fake.inbound.slice(before).filter((r) => r.method === 'SUBSCRIBE')).toEqual([]);
    expect(env.fake.subscribersOf('r4s0usdt@trade')).toBe(0);
    expect(env.events.filter((e) => e.type === 'closed').every((e) => e.type === 'closed' && e.byClient)).toBe(true);
    // nothing grew; a timer of the test process itself (not ours) may have ended meanwhile
    const after = resources();
    for (const kind of new Set([...Object.keys(baseline), ...Object.keys(after)])) {
      expect({ kind, count: after[kind] ?? 0 }).toEqual({ kind, count: Math.min(after[kind] ?? 0, baseline[kind] ?? 0) });
    }
  });
});
