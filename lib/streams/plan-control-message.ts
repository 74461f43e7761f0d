/** A SUBSCRIBE or UNSUBSCRIBE the client decided to send. */
export interface PlannedControl {
  readonly method: 'SUBSCRIBE' | 'UNSUBSCRIBE';
  readonly names: readonly string[];
}

/** What {@link planControlMessage} looks at. */
export interface ControlState {
  /** Names that have at least one subscriber. */
  readonly desired: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Names subscribed on the connection, or with a SUBSCRIBE in flight. */
  readonly onWire: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Groups split off a rejected batch, to be tried on their own (first first). */
  readonly probes: readonly (readonly string[])[];
  /** Streams the connection may carry. */
  readonly maxStreams: number;
}

/**
 * Decides the next control message for one connection, from what is wanted and what is on the
 * wire. Computed at send time, so every change made while a message waited for its pacing slot
 * rides along, and a quick unsubscribe/resubscribe cancels out.
 *
 * Order: UNSUBSCRIBE first (frees room under the 1024-stream cap before new names arrive), then
 * isolated probe groups, then one SUBSCRIBE with everything else that fits.
 *
 * @param state - wanted names, names on the wire, pending probes, the cap
 * @returns the message, or `undefined` when the wire matches what is wanted
 *
 * @internal
 */
export function planControlMessage(state: ControlState): PlannedControl | undefined {
  const { desired, onWire } = state;
  const leaving: string[] = [];
  for (const name of onWire.keys()) if (!desired.has(name)) leaving.push(name);
  if (leaving.length > 0) return { method: 'UNSUBSCRIBE', names: leaving };

  const room = state.maxStreams - onWire.size;
  if (room <= 0) return undefined;
  const probing = new Set<string>();
  for (const group of state.probes) {
    const open = group.filter((name) => desired.has(name) && !onWire.has(name));
    if (open.length > 0) return { method: 'SUBSCRIBE', names: open.slice(0, room) };
    for (const name of group) probing.add(name);
  }
  const joining: string[] = [];
  for (const name of desired.keys()) {
    if (joining.length >= room) break;
    if (!onWire.has(name) && !probing.has(name)) joining.push(name);
  }
  return joining.length > 0 ? { method: 'SUBSCRIBE', names: joining } : undefined;
}
