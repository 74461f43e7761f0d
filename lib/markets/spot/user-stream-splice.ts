/**
 * Lines up the events of two user-data subscriptions of one account while the client moves from
 * the old connection to the new one (`serverShutdown`), so that no event is lost or delivered
 * twice although the two sockets' frames arrive in no fixed order relative to each other.
 *
 * @remarks
 * While both subscriptions exist the server sends every event on both, the same event as the
 * same JSON (`event` of the `{subscriptionId, event}` envelope; the ids differ). The old
 * subscription keeps delivering, and the texts it delivered are remembered; the new one's events
 * are matched against them:
 * - an event the old one already delivered is the splice point: the new one takes over and skips
 *   the events the old one delivered after it (the new one was behind);
 * - an event the old one has not delivered is held until the old one delivers it, then the new
 *   one takes over with the events held after it (the old one was behind);
 * - {@link UserStreamSplice.finish} (the old one ended, or the wait timed out) takes over at
 *   once, delivering what is held.
 *
 * @internal
 */
export class UserStreamSplice<E> {
  readonly #deliver: (event: E) => void;
  readonly #takeOver: () => void;
  /** Keys the old subscription delivered; after the splice, those the new one still has to skip. */
  #seen: string[] = [];
  #held: { readonly key: string; readonly event: E }[] = [];
  #spliced = false;

  /**
   * @param deliver - hands an event to the subscriber
   * @param takeOver - makes the new subscription the current one (and leaves the old); called once
   */
  constructor(deliver: (event: E) => void, takeOver: () => void) {
    this.#deliver = deliver;
    this.#takeOver = takeOver;
  }

  /** Whether the new subscription has taken over. */
  get spliced(): boolean {
    return this.#spliced;
  }

  /** An event of the old subscription (ignored once the new one took over). */
  fromOld(key: string, event: E): void {
    if (this.#spliced) return;
    this.#deliver(event);
    const at = this.#held.findIndex((held) => held.key === key);
    if (at === -1) {
      this.#seen.push(key);
      return;
    }
    // the old one caught up with the new one: the new one goes on after this event
    const rest = this.#held.slice(at + 1);
    this.#held = [];
    this.#splice([]);
    for (const held of rest) this.fromNew(held.key, held.event);
  }

  /** An event of the new subscription. */
  fromNew(key: string, event: E): void {
    if (this.#spliced) {
      // skip what the old one delivered after the splice point, in order
      if (this.#seen[0] === key) this.#seen.shift();
      else {
        this.#seen = [];
        this.#deliver(event);
      }
      return;
    }
    const at = this.#seen.indexOf(key);
    if (at === -1) {
      this.#held.push({ key, event });
      return;
    }
    this.#splice(this.#seen.slice(at + 1));
  }

  /** Takes over now (the old subscription ended, or waiting timed out), delivering what is held. */
  finish(): void {
    if (this.#spliced) return;
    const held = this.#held;
    this.#held = [];
    this.#splice([]);
    for (const { event } of held) this.#deliver(event);
  }

  #splice(skip: string[]): void {
    this.#spliced = true;
    this.#seen = skip;
    this.#takeOver();
  }
}
