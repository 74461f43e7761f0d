import * as t from 'io-ts';
import { BigFromString } from '../../../../codecs/big-from-string.js';
import { optionalField, wireStruct } from '../../../../codecs/wire-struct.js';
import { openUnion, type UnknownMember } from './open-union.js';

/**
 * A `PRICE_RANGE` execution rule: trades may only execute within multiples of the symbol's
 * reference price, per side.
 *
 * @remarks Each multiplier may be unset, and then that side and direction is unbounded
 * (Binance's price-range FAQ), so all four are optional.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/faqs/price_range_execution_rules
 */
export const PriceRangeRule = wireStruct('PriceRangeRule', {
  ruleType: ['ruleType', t.literal('PRICE_RANGE')],
  bidLimitMultUp: ['bidLimitMultUp', optionalField(BigFromString)],
  bidLimitMultDown: ['bidLimitMultDown', optionalField(BigFromString)],
  askLimitMultUp: ['askLimitMultUp', optionalField(BigFromString)],
  askLimitMultDown: ['askLimitMultDown', optionalField(BigFromString)],
});
/** A decoded `PRICE_RANGE` rule. */
export type PriceRangeRule = t.TypeOf<typeof PriceRangeRule>;

/** An execution rule whose `ruleType` this SDK does not know yet, kept as sent. */
export type UnknownExecutionRule = UnknownMember<'ruleType'>;

/**
 * One execution rule, discriminated by `ruleType`; an unknown `ruleType` decodes to an
 * {@link UnknownExecutionRule} instead of failing.
 */
export const ExecutionRule = openUnion('ExecutionRule', 'ruleType', { PRICE_RANGE: PriceRangeRule });
/** A decoded execution rule. */
export type ExecutionRule = t.TypeOf<typeof ExecutionRule>;

/** The execution rules of one symbol. */
export const SymbolExecutionRules = wireStruct('SymbolExecutionRules', {
  symbol: ['symbol', t.string],
  rules: ['rules', t.readonlyArray(ExecutionRule)],
});
/** Decoded execution rules of one symbol. */
export type SymbolExecutionRules = t.TypeOf<typeof SymbolExecutionRules>;

/**
 * The result of `executionRules` / `GET /api/v3/executionRules` (added 2026-03-09): the rules
 * enforced when an order executes, per symbol.
 *
 * @see https://developers.binance.com/docs/binance-spot-api-docs/websocket-api/general-requests#query-execution-rules
 *
 * @example
 * ```ts
 * import { SpotClient } from 'binance-rx';
 * new SpotClient()
 *   .getExecutionRules({ symbol: 'BTCUSDT' })
 *   .subscribe(({ symbolRules }) => console.log(symbolRules[0]?.rules));
 * ```
 */
export const ExecutionRules = wireStruct('ExecutionRules', {
  symbolRules: ['symbolRules', t.readonlyArray(SymbolExecutionRules)],
});
/** Decoded execution rules. */
export type ExecutionRules = t.TypeOf<typeof ExecutionRules>;
/** The wire form of execution rules. */
export type ExecutionRulesWire = t.OutputOf<typeof ExecutionRules>;
