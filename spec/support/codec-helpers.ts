import type * as t from 'io-ts';

/** Decodes and fails the test with the io-ts report if the payload is rejected. */
export function decodeRight<A>(codec: t.Decoder<unknown, A>, payload: unknown): A {
  const result = codec.decode(payload);
  if (result._tag === 'Left') {
    throw new Error(`${codec.name} rejected the payload: ${JSON.stringify(result.left.map((e) => e.context.map((c) => c.key).join('.')))}`);
  }
  return result.right;
}

/** Decodes a payload expected to fail; returns the wire paths that failed (e.g. `['p']`, `['k.o']`). */
export function decodeLeftPaths(codec: t.Decoder<unknown, unknown>, payload: unknown): string[] {
  const result = codec.decode(payload);
  if (result._tag === 'Right') throw new Error(`${codec.name} accepted a payload it should reject`);
  return result.left.map((e) =>
    e.context
      .map((c) => c.key)
      .filter((k) => k !== '')
      .join('.'),
  );
}
