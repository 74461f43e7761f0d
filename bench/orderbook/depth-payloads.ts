import { seededRandom } from '../../lib/testing/seeded-random.js';

/** A diff-depth event in Binance's wire form (`spec/spot-streams.md` §4). */
export interface DepthPayload {
  readonly e: 'depthUpdate';
  readonly E: number;
  readonly s: string;
  readonly U: number;
  readonly u: number;
  readonly b: [string, string][];
  readonly a: [string, string][];
}

/** A starting book and the diff events that follow it, for the reducer benchmark. */
export interface DepthScript {
  readonly snapshot: { readonly lastUpdateId: number; readonly bids: [string, string][]; readonly asks: [string, string][] };
  readonly events: readonly DepthPayload[];
  /** Level changes over all events. */
  readonly levelUpdates: number;
}

/**
 * A seeded book of `depth` levels per side on a 0.01 tick around 65 000, and `count` events of
 * 1 to 2·`levelsPerEvent` − 1 changes each (mean `levelsPerEvent`): mostly near the top, a
 * fifth of them removals of existing levels, the rest new or changed quantities; prices with 8
 * decimals as Binance sends them.
 *
 * @param count - events
 * @param options - book depth, mean changes per event, seed
 */
export function depthScript(count: number, options: { depth?: number; levelsPerEvent?: number; seed?: number } = {}): DepthScript {
  const depth = options.depth ?? 1000;
  const perEvent = options.levelsPerEvent ?? 10;
  const random = seededRandom(options.seed ?? 7);
  const mid = 6_500_000; // in ticks of 0.01
  const price = (ticks: number): string => `${Math.floor(ticks / 100)}.${String(ticks % 100).padStart(2, '0')}000000`;
  const quantity = (): string => (Math.ceil(random() * 5_000_000) / 1_000_000).toFixed(8);
  const bids = new Map<number, string>();
  const asks = new Map<number, string>();
  for (let i = 0; i < depth; i++) {
    bids.set(mid - i, quantity());
    asks.set(mid + 1 + i, quantity());
  }
  const snapshot = {
    lastUpdateId: 1_000_000,
    bids: [...bids].map(([t, q]): [string, string] => [price(t), q]),
    asks: [...asks].map(([t, q]): [string, string] => [price(t), q]),
  };
  let id = snapshot.lastUpdateId;
  let levelUpdates = 0;
  const events: DepthPayload[] = [];
  for (let n = 0; n < count; n++) {
    const changes = 1 + Math.floor(random() * (2 * perEvent - 1));
    const b: [string, string][] = [];
    const a: [string, string][] = [];
    for (let k = 0; k < changes; k++) {
      const bid = random() < 0.5;
      const side = bid ? bids : asks;
      // distance from the top: mostly the first 50 levels, sometimes deep
      const distance = Math.floor(random() < 0.9 ? random() * 50 : random() * depth * 1.2);
      const ticks = bid ? mid - distance : mid + 1 + distance;
      const remove = side.has(ticks) && random() < 0.2;
      const q = remove ? '0.00000000' : quantity();
      if (remove) side.delete(ticks);
      else side.set(ticks, q);
      (bid ? b : a).push([price(ticks), q]);
    }
    levelUpdates += changes;
    events.push({ e: 'depthUpdate', E: 1_762_578_805_373 + n, s: 'BTCUSDT', U: id + 1, u: id + changes, b, a });
    id += changes;
  }
  return { snapshot, events, levelUpdates };
}
