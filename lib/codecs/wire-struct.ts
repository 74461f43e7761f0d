import * as t from 'io-ts';
import { BigFromString } from './big-from-string.js';
import { parseDecimal } from './parse-decimal.js';

/** One domain field: the wire key it is read from and its codec. */
export type WireField = readonly [wireKey: string, codec: t.Mixed];
/** Domain field name → wire field. */
export type WireFields = { readonly [domainKey: string]: WireField };
/** Wire keys that must hold one fixed value (e.g. `{ e: 'trade' }`) and are not kept. */
export type WireTags = { readonly [wireKey: string]: string };

/** A codec marked by {@link optionalField}: the wire key may be absent. */
export interface OptionalField<C extends t.Mixed> extends t.Type<t.TypeOf<C> | undefined, t.OutputOf<C> | undefined, unknown> {
  readonly optionalOf: C;
}

/**
 * Marks a field of a {@link wireStruct} as optional: an absent (or `undefined`) wire key leaves
 * the domain key absent; a present one must pass `codec`. For Binance's conditional fields
 * (`stopPrice`, `icebergQty`, `fills`, …).
 *
 * @param codec - the codec of the value when present
 * @returns the marked codec
 *
 * @example
 * ```ts
 * const Order = wireStruct('Order', { stopPrice: ['stopPrice', optionalField(BigFromString)] });
 * ```
 */
export function optionalField<C extends t.Mixed>(codec: C): OptionalField<C> {
  const type = new t.Type<t.TypeOf<C> | undefined, t.OutputOf<C> | undefined, unknown>(
    `${codec.name} | undefined`,
    (u): u is t.TypeOf<C> | undefined => u === undefined || codec.is(u),
    (u, c) => (u === undefined ? t.success(undefined) : codec.validate(u, c)),
    (a) => (a === undefined ? undefined : codec.encode(a)),
  );
  return Object.assign(type, { optionalOf: codec });
}

type OptionalKeys<F extends WireFields> = { [K in keyof F]: F[K][1] extends OptionalField<t.Mixed> ? K : never }[keyof F];
type RequiredKeys<F extends WireFields> = Exclude<keyof F, OptionalKeys<F>>;
type Flatten<T> = { [K in keyof T]: T[K] };

/** The decoded object of a {@link wireStruct}; fields marked {@link optionalField} are optional. */
export type DomainOf<F extends WireFields> = Flatten<
  { readonly [K in RequiredKeys<F>]: t.TypeOf<F[K][1]> } & {
    readonly [K in OptionalKeys<F>]?: F[K][1] extends OptionalField<infer C> ? t.TypeOf<C> : never;
  }
>;
/** The wire object of a {@link wireStruct}. */
export type WireOf<F extends WireFields, G extends WireTags> = {
  readonly [K in keyof F as F[K][0]]: t.OutputOf<F[K][1]>;
} & { readonly [K in keyof G]: G[K] };

/** A codec from Binance's one-letter wire object to a camelCase domain object. */
export type WireStruct<F extends WireFields, G extends WireTags> = t.Type<
  DomainOf<F>,
  WireOf<F, G>,
  unknown
>;

const enum Kind {
  String,
  Number,
  Boolean,
  Decimal,
  Other,
}

interface CompiledField {
  readonly domainKey: string;
  readonly wireKey: string;
  readonly codec: t.Mixed;
  readonly kind: Kind;
  readonly optional: boolean;
}

/**
 * Builds a codec that reads Binance's wire keys into descriptive camelCase fields, checks the
 * tag keys, and ignores unknown keys (Binance adds fields over time; `M: true` "Ignore" fields
 * are dropped).
 *
 * @remarks
 * Decoding is on the hot path of every stream, so the common field codecs (`t.string`,
 * `t.number`, `t.boolean`, {@link BigFromString}) are checked inline, without io-ts' per-field
 * context and `Either` allocations; a failing payload is then validated again field by field
 * so the error names the exact path.
 *
 * @param name - the codec's name, used in {@link DecodeError}s
 * @param fields - `domainKey: [wireKey, codec]`
 * @param tags - wire keys that must hold a fixed value
 * @returns an io-ts codec: decode wire → domain, encode domain → wire
 *
 * @example
 * ```ts
 * import * as t from 'io-ts';
 * const Ping = wireStruct('Ping', { eventTime: ['E', t.number] }, { e: 'ping' });
 * ```
 */
export function wireStruct<const F extends WireFields, const G extends WireTags = {}>(
  name: string,
  fields: F,
  tags?: G,
): WireStruct<F, G> {
  const compiled: CompiledField[] = Object.entries(fields).map(([domainKey, [wireKey, codec]]) => ({
    domainKey,
    wireKey,
    codec,
    kind: kindOf(codec),
    optional: 'optionalOf' in codec,
  }));
  const tagEntries = Object.entries(tags ?? {});

  const validateSlow = (u: Record<string, unknown>, c: t.Context): t.Validation<DomainOf<F>> => {
    const errors: t.ValidationError[] = [];
    for (const [key, value] of tagEntries) {
      if (u[key] !== value) {
        const literal = t.literal(value);
        errors.push(...failures(literal.validate(u[key], t.appendContext(c, key, literal, u[key]))));
      }
    }
    for (const f of compiled) {
      const v = u[f.wireKey];
      errors.push(...failures(f.codec.validate(v, t.appendContext(c, f.wireKey, f.codec, v))));
    }
    return errors.length > 0 ? t.failures(errors) : t.failure(u, c);
  };

  return new t.Type<DomainOf<F>, WireOf<F, G>, unknown>(
    name,
    (u): u is DomainOf<F> =>
      typeof u === 'object' && u !== null && compiled.every((f) => f.codec.is((u as Record<string, unknown>)[f.domainKey])),
    (u, c) => {
      if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c);
      const wire = u as Record<string, unknown>;
      for (let i = 0; i < tagEntries.length; i++) {
        const tag = tagEntries[i] as [string, string];
        if (wire[tag[0]] !== tag[1]) return validateSlow(wire, c);
      }
      const out: Record<string, unknown> = {};
      for (let i = 0; i < compiled.length; i++) {
        const f = compiled[i] as CompiledField;
        const v = wire[f.wireKey];
        switch (f.kind) {
          case Kind.String:
            if (typeof v !== 'string') return validateSlow(wire, c);
            out[f.domainKey] = v;
            break;
          case Kind.Number:
            if (typeof v !== 'number') return validateSlow(wire, c);
            out[f.domainKey] = v;
            break;
          case Kind.Boolean:
            if (typeof v !== 'boolean') return validateSlow(wire, c);
            out[f.domainKey] = v;
            break;
          case Kind.Decimal: {
            const decimal = typeof v === 'string' ? parseDecimal(v) : undefined;
            if (decimal === undefined) return validateSlow(wire, c);
            out[f.domainKey] = decimal;
            break;
          }
          default: {
            const r = f.codec.validate(v, c);
            if (r._tag === 'Left') return validateSlow(wire, c);
            // an absent optional field stays absent (exactOptionalPropertyTypes)
            if (r.right !== undefined || !f.optional) out[f.domainKey] = r.right;
          }
        }
      }
      return t.success(out as DomainOf<F>);
    },
    (d) => {
      const wire: Record<string, unknown> = Object.fromEntries(tagEntries);
      const domain = d as Record<string, unknown>;
      for (const f of compiled) {
        const value: unknown = f.codec.encode(domain[f.domainKey]);
        if (value !== undefined || !f.optional) wire[f.wireKey] = value;
      }
      return wire as WireOf<F, G>;
    },
  );
}

function kindOf(codec: t.Mixed): Kind {
  if (codec === t.string) return Kind.String;
  if (codec === t.number) return Kind.Number;
  if (codec === t.boolean) return Kind.Boolean;
  if (codec === BigFromString) return Kind.Decimal;
  return Kind.Other;
}

function failures(v: t.Validation<unknown>): t.Errors {
  return v._tag === 'Left' ? v.left : [];
}
