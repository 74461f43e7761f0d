import type * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter';

/** PathReporter's messages for a payload the codec must reject (fails the test if accepted). */
export function rejection(codec: t.Decoder<unknown, unknown>, payload: unknown): string[] {
  const result = codec.decode(payload);
  if (result._tag === 'Right') throw new Error(`${codec.name} accepted a payload it should reject`);
  return PathReporter.report(result);
}
