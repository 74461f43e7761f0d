import type { Subscriber } from 'rxjs';
import type { StreamHandoff } from './stream-handoff.js';

/** The subscribers of one stream name, and the socket currently allowed to feed them. @internal */
export interface StreamRoute {
  readonly name: string;
  readonly sinks: Subscriber<unknown>[];
  /**
   * The session whose subscription of this name is confirmed and whose frames are delivered.
   * Frames for the name from any other socket are dropped, except while a `handoff` lines up
   * the two sockets of a replacement (both carry the name for a moment).
   */
  owner: object | undefined;
  /** Set while the stream moves to a replacement connection: it decides what both sockets deliver. */
  handoff?: StreamHandoff | undefined;
}

/** Hands one payload to every subscriber of a route (the hot path). @internal */
export function deliver(route: StreamRoute, payload: unknown): void {
  const { sinks } = route;
  if (sinks.length === 1) {
    (sinks[0] as Subscriber<unknown>).next(payload);
    return;
  }
  for (let i = 0; i < sinks.length; i++) (sinks[i] as Subscriber<unknown>).next(payload);
}
