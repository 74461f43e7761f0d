import * as t from 'io-ts';

/**
 * A reply to a live control message: `{"result":…,"id":…}`, or an error, which the live server
 * nests as `{"error":{"code","msg"},"id"}` while the docs print it flat (`spec/spot-streams.md`
 * §3); both are accepted.
 *
 * @internal
 */
export const ControlResponse = t.union(
  [
    t.type({ id: t.union([t.number, t.string, t.null]), error: t.type({ code: t.number, msg: t.string }) }),
    t.type({ id: t.union([t.number, t.string, t.null]), code: t.number, msg: t.string }),
    t.type({ id: t.union([t.number, t.string, t.null]), result: t.unknown }),
  ],
  'ControlResponse',
);
/** @internal */
export type ControlResponse = t.TypeOf<typeof ControlResponse>;

/** The error of a {@link ControlResponse}, if it is one. @internal */
export function controlError(response: ControlResponse): { code: number; msg: string } | undefined {
  if ('error' in response) return response.error;
  if ('code' in response) return { code: response.code, msg: response.msg };
  return undefined;
}
