import * as t from 'io-ts';

/**
 * A codec for one of Binance's wire enums: accepts exactly the string values of a TypeScript
 * string enum and decodes them to its members (which are those same strings at run time).
 *
 * @remarks Only for fields whose every value the SDK must understand (an order's `side`,
 * `type`, `timeInForce`, `status`); fields Binance extends freely (`selfTradePreventionMode`,
 * `workingFloor`, `expiryReason`, …) stay `t.string`, so a new value never breaks decoding.
 *
 * @param enumObject - the string enum, e.g. `OrderSide`
 * @param name - the codec's name, used in `DecodeError`s
 * @returns a codec: decode wire string → enum member, encode member → the same string
 *
 * @example
 * ```ts
 * import { OrderSide } from 'binance-rx';
 * const OrderSideCodec = enumCodec(OrderSide, 'OrderSide');
 * OrderSideCodec.decode('BUY'); // Right(OrderSide.Buy)
 * ```
 *
 * @internal
 */
export function enumCodec<E extends Readonly<Record<string, string>>>(
  enumObject: E,
  name: string,
): t.Type<E[keyof E], string, unknown> {
  const values = new Set<string>(Object.values(enumObject));
  const is = (u: unknown): u is E[keyof E] => typeof u === 'string' && values.has(u);
  return new t.Type<E[keyof E], string, unknown>(
    name,
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c)),
    (a) => a,
  );
}
