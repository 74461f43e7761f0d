import type Big from 'big.js';

/**
 * A decimal request argument (price, quantity, …): a `Big` or an exact decimal string such as
 * `'0.001'`. A JS `number` is refused with {@link InvalidParamError}, because a float cannot
 * hold most prices exactly.
 *
 * @example
 * ```ts
 * import Big from 'big.js';
 * const price: Decimal = new Big('30000.10'); // or '30000.10'
 * ```
 */
export type Decimal = string | Big;
