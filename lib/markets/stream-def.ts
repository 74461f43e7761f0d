import type * as t from 'io-ts';

/**
 * One entry of a market's stream map: the parameters `stream$` takes after the SubType, and
 * the type of value it emits.
 */
export interface StreamDef<P extends readonly unknown[], E> {
  readonly params: P;
  readonly event: E;
}

/** A stream request resolved to its wire name and payload codec. @internal */
export interface ResolvedStream {
  readonly name: string;
  readonly codec: t.Decoder<unknown, unknown>;
}

/** Turns `stream$` arguments into a {@link ResolvedStream}, or throws `InvalidSubParamsError`. @internal */
export type StreamResolver = (params: readonly unknown[]) => ResolvedStream;
