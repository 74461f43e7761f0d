import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sleep } from '../support/stats.js';

/** Heap and handles of this process at one moment, after full garbage collections. */
export interface ResourceSnapshot {
  readonly heapUsed: number;
  /** `process.getActiveResourcesInfo()` counted by type (`TCPSocketWrap`, `Timeout`, …). */
  readonly resources: Readonly<Record<string, number>>;
}

/**
 * The `gc()` of `--expose-gc` (`npm run bench` passes it); without the flag, V8's flag is set at
 * run time and the function fetched from a fresh context, which works the same.
 *
 * @returns a function running a full garbage collection, and whether it came from the flag
 */
export function exposedGc(): { gc: () => void; fromFlag: boolean } {
  const flagged = (globalThis as { gc?: () => void }).gc;
  if (typeof flagged === 'function') return { gc: flagged, fromFlag: true };
  setFlagsFromString('--expose-gc');
  return { gc: runInNewContext('gc') as () => void, fromFlag: false };
}

/**
 * Lets pending callbacks run, collects garbage fully, then reads heap used and active handles.
 *
 * @param gc - from {@link exposedGc}
 */
export async function takeSnapshot(gc: () => void): Promise<ResourceSnapshot> {
  await sleep(50);
  await new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < 3; i++) gc();
  const resources: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) resources[type] = (resources[type] ?? 0) + 1;
  return { heapUsed: process.memoryUsage().heapUsed, resources };
}

/** `TCPSocketWrap×2 Timeout×1`, sorted by type. */
export function formatResources(resources: Readonly<Record<string, number>>): string {
  const types = Object.keys(resources).sort();
  return types.length === 0 ? '(none)' : types.map((type) => `${type}×${resources[type] ?? 0}`).join(' ');
}

/** Types whose counts differ between two snapshots, as `type a→b`. */
export function resourceChanges(before: Readonly<Record<string, number>>, after: Readonly<Record<string, number>>): string[] {
  const types = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return types.filter((type) => (before[type] ?? 0) !== (after[type] ?? 0)).map((type) => `${type} ${before[type] ?? 0}→${after[type] ?? 0}`);
}
