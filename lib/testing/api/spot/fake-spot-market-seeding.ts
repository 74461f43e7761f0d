import Big from 'big.js';
import { FakeSpotTradeLog } from './fake-spot-market-history.js';
import type { FakeSpotSymbolDefinition } from './fake-spot-market-symbols.js';
import { floorTo } from './market-decimal.js';
import { drawInt, randomFor } from './market-seed.js';

/**
 * How many trades each symbol's generated history holds: about 27 hours at one trade every 48 s
 * on average, so a 24-hour window starts inside the history.
 *
 * @internal
 */
export const HISTORY_TRADES = 2000;

/** How many block trades each symbol's generated history holds. @internal */
export const HISTORY_BLOCK_TRADES = 40;

/** A block trade (`blockTrades.historical`), exact decimals. @internal */
export interface FakeSpotBlockTrade {
  readonly id: number;
  readonly price: Big;
  readonly qty: Big;
  readonly time: number;
  readonly isBuyerMaker: boolean;
}

/**
 * Generates a symbol's trade history: a seeded random walk that ends at `lastPrice` shortly
 * before `endTime`, going back about 27 hours. One trade in five belongs to the same taker
 * order as the next one (same time, price and side), so aggregate trades are not all single.
 *
 * @param def - the symbol
 * @param seed - the market's seed
 * @param endTime - epoch ms the history ends at
 * @param lastPrice - the price of the last trade
 * @returns the filled log
 *
 * @internal
 */
export function seedTradeLog(def: FakeSpotSymbolDefinition, seed: number, endTime: number, lastPrice: Big): FakeSpotTradeLog {
  const random = randomFor(seed, def.symbol, 'trades');
  const tick = new Big(def.tickSize);
  const scale = qtyScale(def);
  // the walk moves at most 0.05 % a trade, and at least one tick; counts of ticks, not prices
  const stepTicks = Math.max(1, wholeCount(lastPrice.times('0.0005').div(tick)));
  const drafts: { price: Big; qty: Big; time: number; isBuyerMaker: boolean }[] = [];
  let price = lastPrice;
  let time = endTime - drawInt(random, 0, 5_000);
  let isBuyerMaker = random() < 0.5;
  for (let i = 0; i < HISTORY_TRADES; i++) {
    drafts.push({ price, qty: drawQty(random, scale), time, isBuyerMaker });
    if (random() < 0.2) continue;
    time -= drawInt(random, 1_000, 119_999);
    const moveTicks = Math.round((stepTicks * drawInt(random, -1000, 1000)) / 1000);
    price = atLeast(tick, price.plus(tick.times(moveTicks)));
    isBuyerMaker = random() < 0.5;
  }
  const log = new FakeSpotTradeLog(drawInt(random, 10_000_000, 999_999_999), drawInt(random, 1_000_000, 99_999_999));
  for (const draft of drafts.reverse()) log.append(draft);
  return log;
}

/**
 * Generates a symbol's block trades, spread over its history at the prices traded then, each
 * 20 to 100 typical trades large.
 *
 * @param def - the symbol
 * @param seed - the market's seed
 * @param log - the symbol's generated trade history
 * @returns the block trades, ids from 1, oldest first
 *
 * @internal
 */
export function seedBlockTrades(def: FakeSpotSymbolDefinition, seed: number, log: FakeSpotTradeLog): FakeSpotBlockTrade[] {
  const random = randomFor(seed, def.symbol, 'blockTrades');
  const trades = log.trades;
  const blocks: FakeSpotBlockTrade[] = [];
  for (let i = 0; i < HISTORY_BLOCK_TRADES && trades.length > 0; i++) {
    const base = trades[Math.floor((i * trades.length) / HISTORY_BLOCK_TRADES)] ?? trades[0];
    if (base === undefined) break;
    const qty = floorTo(new Big(def.typicalQty).times(drawInt(random, 20, 100)), new Big(def.stepSize));
    blocks.push({ id: i + 1, price: base.price, qty, time: base.time, isBuyerMaker: random() < 0.5 });
  }
  return blocks;
}

/** A symbol's step size and typical size in steps, computed once for many quantities. @internal */
export interface QtyScale {
  readonly step: Big;
  readonly typicalSteps: number;
}

/**
 * The {@link QtyScale} of a symbol.
 *
 * @param def - the symbol
 * @returns its step and typical size in steps (at least 1)
 *
 * @internal
 */
export function qtyScale(def: FakeSpotSymbolDefinition): QtyScale {
  const step = new Big(def.stepSize);
  return { step, typicalSteps: Math.max(1, wholeCount(new Big(def.typicalQty).div(step))) };
}

/**
 * A quantity between 5 % and 200 % of the symbol's typical size, a whole number of steps
 * (at least one). Only the step count is drawn as a number; the quantity itself is a `Big`.
 *
 * @param random - the source
 * @param scale - the symbol's {@link QtyScale}
 * @returns the quantity
 *
 * @internal
 */
export function drawQty(random: () => number, scale: QtyScale): Big {
  const steps = Math.max(1, Math.floor((scale.typicalSteps * drawInt(random, 50, 2000)) / 1000));
  return scale.step.times(steps);
}

/** The whole part of a `Big` count (ticks, steps) as a number: counts stay far below 2^53. */
function wholeCount(count: Big): number {
  return Number(count.round(0, Big.roundDown).toFixed(0));
}

function atLeast(floor: Big, value: Big): Big {
  return value.lt(floor) ? floor : value;
}
