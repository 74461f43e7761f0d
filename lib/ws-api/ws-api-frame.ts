import * as t from 'io-ts';

/** Binance's `{code, msg, data?}` error inside a WS-API response (`spec/spot-ws-api.md` §3). @internal */
export const WsApiErrorBody = t.intersection([t.type({ code: t.number, msg: t.string }), t.partial({ data: t.unknown })], 'WsApiErrorBody');

/** A WS-API response envelope: `id`, `status`, then `result` or `error`, maybe `rateLimits`. @internal */
export const WsApiResponse = t.intersection(
  [
    t.type({ id: t.union([t.string, t.number, t.null]), status: t.number }),
    t.partial({ result: t.unknown, error: WsApiErrorBody, rateLimits: t.array(t.unknown) }),
  ],
  'WsApiResponse',
);
/** A decoded WS-API response envelope. @internal */
export type WsApiResponse = t.TypeOf<typeof WsApiResponse>;

/** An event frame: user data (`subscriptionId` + `event`) or `serverShutdown` (`event` only). @internal */
export const WsApiEventFrame = t.intersection([t.type({ event: t.UnknownRecord }), t.partial({ subscriptionId: t.number })], 'WsApiEventFrame');
/** A decoded WS-API event frame. @internal */
export type WsApiEventFrame = t.TypeOf<typeof WsApiEventFrame>;

/** The three kinds of frame a WS-API client must tell apart (§4), plus what is neither. @internal */
export type WsApiFrame =
  | { readonly kind: 'response'; readonly response: WsApiResponse }
  | { readonly kind: 'event'; readonly frame: WsApiEventFrame }
  | { readonly kind: 'invalid'; readonly payload: unknown };

/**
 * Parses one text frame of the WebSocket API.
 *
 * @param text - the frame
 * @returns what it is; never throws
 * @internal
 */
export function parseWsApiFrame(text: string): WsApiFrame {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return { kind: 'invalid', payload: text };
  }
  const response = WsApiResponse.decode(payload);
  if (response._tag === 'Right') return { kind: 'response', response: response.right };
  const event = WsApiEventFrame.decode(payload);
  if (event._tag === 'Right') return { kind: 'event', frame: event.right };
  return { kind: 'invalid', payload };
}
