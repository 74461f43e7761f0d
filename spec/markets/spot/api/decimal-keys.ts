import type Big from 'big.js';

/** The param names of `P` typed `Decimal` (they accept a `Big`). */
export type DecimalKeys<P> = P extends unknown
  ? { [K in keyof P]-?: Big extends NonNullable<P[K]> ? K : never }[keyof P] & string
  : never;

/**
 * Returns a hand-written list of the `Decimal` params of `P`, and fails to compile when the
 * list misses one or names a param that is not a `Decimal`: `decimalParams<P>()([...])`.
 */
export function decimalParams<P>() {
  return <const L extends readonly DecimalKeys<P>[]>(
    list: L & ([Exclude<DecimalKeys<P>, L[number]>] extends [never] ? unknown : { missing: Exclude<DecimalKeys<P>, L[number]> }),
  ): readonly string[] => list;
}
