import { diffEventJson } from './diff-event-json.js';
import type { LiveBookSides } from './live-book-sides.js';
import type { RandomBookWalk } from './random-book-walk.js';

/**
 * Random events prepared ahead of a benchmark, published in order: their JSON texts, and their
 * levels in one flat array (event `i`'s bids are `levels[starts[i]..askStarts[i])`, its asks
 * run to `starts[i + 1]`), so a plan of a million events is a handful of arrays, not millions
 * of objects for the garbage collector to trace.
 *
 * @internal
 */
export interface PlannedBookEvents {
  readonly json: readonly string[];
  readonly levels: readonly string[];
  /** Offsets into `levels`, one more than events (the last is `levels.length`). */
  readonly starts: readonly number[];
  readonly askStarts: readonly number[];
  /** `u` of each event; `U` is the previous one's `u` + 1. */
  readonly lasts: readonly number[];
  readonly firstUpdateId: number;
  readonly payloadBytes: number;
  /** Index of the next event to publish. */
  next: number;
}

/** What {@link planBookEvents} needs. @internal */
export interface PlanInput {
  readonly symbolJson: string;
  /** A copy of the book: the plan changes it. */
  readonly shadow: LiveBookSides;
  /** A walk of its own for the plan. */
  readonly walk: RandomBookWalk;
  readonly random: () => number;
  readonly count: number;
  /** The book's `lastUpdateId` now. */
  readonly fromId: number;
  readonly eventTime: number;
}

/**
 * Draws `count` random events on a copy of the book and serialises each once, so that
 * publishing them later is a `publishRaw` and a few `Map` operations per event.
 *
 * @param input - the copy, walk, seed source, count and ids
 * @returns the planned events, none published yet
 *
 * @internal
 */
export function planBookEvents(input: PlanInput): PlannedBookEvents {
  const json: string[] = [];
  const levels: string[] = [];
  const starts: number[] = [];
  const askStarts: number[] = [];
  const lasts: number[] = [];
  let last = input.fromId;
  let payloadBytes = 0;
  for (let i = 0; i < input.count; i++) {
    const change = input.walk.next(input.random, input.shadow);
    input.shadow.apply(change);
    const first = last + 1;
    last += Math.max(1, (change.bids.length + change.asks.length) / 2);
    const text = diffEventJson(input.symbolJson, input.eventTime, first, last, change);
    json.push(text);
    starts.push(levels.length);
    for (const level of change.bids) levels.push(level);
    askStarts.push(levels.length);
    for (const level of change.asks) levels.push(level);
    lasts.push(last);
    payloadBytes += text.length;
  }
  starts.push(levels.length);
  return { json, levels, starts, askStarts, lasts, firstUpdateId: input.fromId + 1, payloadBytes, next: 0 };
}
