import * as t from 'io-ts';

/** How {@link mapCodec} turns a codec's decoded value into another shape and back. */
export interface CodecMapping<A, B> {
  /** Guards the new decoded shape (io-ts' `is`, used by unions). */
  readonly is: (u: unknown) => u is B;
  /** Reshapes a value the inner codec decoded. */
  readonly decode: (a: A) => B;
  /** Gives back the inner codec's decoded value, so it can encode it. */
  readonly encode: (b: B) => A;
}

/**
 * Wraps a codec so its decoded value takes another shape (flattened, enriched, renamed) while
 * the wire form stays the same.
 *
 * @remarks Validation is the inner codec's own, in the same context, so a rejection still names
 * the wire path (e.g. `k.o`).
 *
 * @param name - the new codec's name, used in {@link DecodeError}s
 * @param codec - the codec that reads the wire
 * @param mapping - the guard and the two pure functions between the shapes
 * @returns a codec: decode wire → `mapping.decode(inner)`, encode `mapping.encode(b)` → wire
 *
 * @example
 * ```ts
 * import * as t from 'io-ts';
 * const Upper = mapCodec('Upper', t.string, {
 *   is: t.string.is,
 *   decode: (s) => s.toUpperCase(),
 *   encode: (s) => s.toLowerCase(),
 * });
 * ```
 */
export function mapCodec<A, O, B>(
  name: string,
  codec: t.Type<A, O, unknown>,
  mapping: CodecMapping<A, B>,
): t.Type<B, O, unknown> {
  return new t.Type<B, O, unknown>(
    name,
    mapping.is,
    (u, c) => {
      const result = codec.validate(u, c);
      return result._tag === 'Left' ? result : t.success(mapping.decode(result.right));
    },
    (b) => codec.encode(mapping.encode(b)),
  );
}
