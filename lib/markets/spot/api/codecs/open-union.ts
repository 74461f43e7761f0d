import * as t from 'io-ts';

/**
 * A member of an open union whose tag this SDK does not know yet (Binance adds filter and rule
 * types over time): its wire fields, kept as sent (decimals stay strings).
 *
 * @remarks Because its tag is any `string`, comparing `f.filterType === 'PRICE_FILTER'` narrows
 * an open union to `PriceFilter | UnknownMember<'filterType'>`; `findFilter` narrows exactly.
 */
export type UnknownMember<K extends string> = { readonly [P in K]: string } & {
  readonly [field: string]: unknown;
};

/** Tag value → codec of that member (whose decoded value keeps the tag). */
export type OpenUnionMembers = Readonly<Record<string, t.Mixed>>;
/** The decoded type of an {@link openUnion}: its known members or an {@link UnknownMember}. */
export type OpenUnionOf<K extends string, M extends OpenUnionMembers> =
  | t.TypeOf<M[keyof M]>
  | UnknownMember<K>;
/** The wire type of an {@link openUnion}. */
export type OpenUnionWireOf<K extends string, M extends OpenUnionMembers> =
  | t.OutputOf<M[keyof M]>
  | UnknownMember<K>;

/**
 * Builds a codec for an object discriminated by a string tag that never rejects a tag it does
 * not know: a known tag must pass its member codec (so a malformed `PRICE_FILTER` is still an
 * error, with its path), any other string decodes to an {@link UnknownMember}.
 *
 * @param name - the codec's name, used in `DecodeError`s
 * @param tagKey - the discriminant's wire key, e.g. `'filterType'`
 * @param members - tag value → codec of that member (which keeps the tag)
 * @returns the codec of one member
 *
 * @example
 * ```ts
 * const AnyFilter = openUnion('AnyFilter', 'filterType', { PRICE_FILTER: PriceFilter });
 * AnyFilter.decode({ filterType: 'NEW_FILTER', x: 1 }); // Right({ filterType: 'NEW_FILTER', x: 1 })
 * ```
 *
 * @internal
 */
export function openUnion<const K extends string, const M extends OpenUnionMembers>(
  name: string,
  tagKey: K,
  members: M,
): t.Type<OpenUnionOf<K, M>, OpenUnionWireOf<K, M>, unknown> {
  const memberOf = (tag: unknown): t.Mixed | undefined =>
    typeof tag === 'string' && Object.hasOwn(members, tag) ? members[tag] : undefined;

  return new t.Type<OpenUnionOf<K, M>, OpenUnionWireOf<K, M>, unknown>(
    name,
    (u): u is OpenUnionOf<K, M> => {
      if (!isRecord(u) || typeof u[tagKey] !== 'string') return false;
      const member = memberOf(u[tagKey]);
      return member === undefined || member.is(u);
    },
    (u, c) => {
      if (!isRecord(u)) return t.failure(u, c);
      const tag = u[tagKey];
      if (typeof tag !== 'string') return t.failure(tag, t.appendContext(c, tagKey, t.string, tag));
      const member = memberOf(tag);
      // a shallow copy, so the decoded value never aliases the parsed payload
      return member === undefined ? t.success({ ...u } as UnknownMember<K>) : member.validate(u, c);
    },
    (a) => {
      const member = isRecord(a) ? memberOf(a[tagKey]) : undefined;
      return member !== undefined && member.is(a) ? member.encode(a) : { ...a };
    },
  );
}

function isRecord(u: unknown): u is Readonly<Record<string, unknown>> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}
