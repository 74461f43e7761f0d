import { deliver, type StreamRoute } from './stream-route.js';

/**
 * How long a replaced connection keeps delivering after its successor confirmed every stream,
 * at most, while the two sockets are lined up (see {@link StreamHandoff}). @internal
 */
export const HANDOFF_TIMEOUT_MS = 1000;

/** Frames of the old connection remembered for the splice, at most. */
const MAX_SEEN = 10_000;

/** The new connection of a handoff, as the handoff sees it. @internal */
export interface HandoffTarget {
  /** Whether the server confirmed this connection's subscription of `name`. */
  isConfirmed(name: string): boolean;
}

interface HeldFrame {
  readonly text: string;
  readonly payload: unknown;
}

/**
 * Moves one stream from a connection being replaced (`from`) to its successor (`to`) with no gap
 * and no duplicate, although frames of two sockets arrive in no fixed order relative to each
 * other (TCP orders one connection only; `to` may lag behind `from` or run ahead of it).
 *
 * @remarks
 * Used when a connection is replaced (`serverShutdown`, `spec/spot-streams.md` §2, or the 24 h
 * limit). From the moment `to` sends its SUBSCRIBE, the server can only send it events that
 * `from` gets too (both stay subscribed until `from` closes), and the same event is the same
 * text frame on both (same URL, same combined envelope). So `from` keeps delivering
 * (remembering what it delivered), and the frames of `to` are lined up against it:
 * - a frame of `to` that `from` already delivered is the splice point: `to` takes over, and
 *   skips the frames `from` delivered after that one (`to` was behind);
 * - a frame of `to` that `from` has not delivered is held until `from` delivers it too, then
 *   `to` takes over from there with the frames held after it (`from` was behind);
 * - {@link finish} (`from` ended, or the handoff timed out) delivers what is held.
 *
 * The route's `owner` is `from` until the splice, then `to`; once `to` skipped what it had to,
 * the route drops its handoff.
 *
 * @internal
 */
export class StreamHandoff {
  readonly from: object;
  readonly to: HandoffTarget;
  readonly #route: StreamRoute;
  /** Texts `from` delivered since `to` subscribed; after the splice, those `to` still has to skip. */
  #seen: string[] = [];
  #held: HeldFrame[] = [];

  /**
   * @param route - the stream being moved; its `owner` is `from`
   * @param from - the connection being replaced
   * @param to - its successor, which has just sent the SUBSCRIBE of the stream
   */
  constructor(route: StreamRoute, from: object, to: HandoffTarget) {
    this.#route = route;
    this.from = from;
    this.to = to;
  }

  /** Whether frames of `session` count: the owner's until the splice, and confirmed ones of `to`. */
  hears(session: object): boolean {
    if (session === this.from) return this.#route.owner === session;
    return session === this.to && this.to.isConfirmed(this.#route.name);
  }

  /**
   * Takes one data frame of a connection it {@link hears}, and delivers what is due.
   *
   * @param session - the connection the frame came on
   * @param text - the frame as received (the same event is the same text on both connections)
   * @param payload - its decoded `data`
   * @returns `true` when `to` has just taken the stream over
   */
  take(session: object, text: string, payload: unknown): boolean {
    return session === this.from ? this.#fromOld(text, payload) : this.#fromNew(text, payload);
  }

  /** `from` is gone (or out of time): delivers what `to` held and hands it the stream if it may. */
  finish(): void {
    const route = this.#route;
    if (route.owner !== this.from) return;
    for (const held of this.#held) deliver(route, held.payload);
    route.owner = this.to.isConfirmed(route.name) ? this.to : undefined;
    route.handoff = undefined;
  }

  #fromOld(text: string, payload: unknown): boolean {
    const route = this.#route;
    deliver(route, payload);
    const at = this.#held.findIndex((held) => held.text === text);
    if (at < 0) {
      if (this.#seen.push(text) > MAX_SEEN) this.#seen.shift();
      return false;
    }
    // `from` caught up with `to`: everything `to` held after this frame is new
    for (const held of this.#held.slice(at + 1)) deliver(route, held.payload);
    route.owner = this.to;
    route.handoff = undefined;
    return true;
  }

  #fromNew(text: string, payload: unknown): boolean {
    const route = this.#route;
    if (route.owner === this.to) {
      // after the splice: a frame `from` delivered already, or the first new one
      if (this.#seen[0] === text) this.#seen.shift();
      else {
        this.#seen = [];
        deliver(route, payload);
      }
      if (this.#seen.length === 0) route.handoff = undefined;
      return false;
    }
    const at = this.#seen.indexOf(text);
    if (at < 0) {
      this.#held.push({ text, payload });
      return false;
    }
    this.#seen = this.#seen.slice(at + 1);
    this.#held = [];
    route.owner = this.to;
    if (this.#seen.length === 0) route.handoff = undefined;
    return true;
  }
}
