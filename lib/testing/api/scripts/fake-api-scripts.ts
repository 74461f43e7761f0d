import { ConfigError } from '../../../errors/config-error.js';
import type { FakeApiScriptReply } from './fake-api-script.js';

interface Script {
  readonly method: string;
  readonly transport: 'ws' | 'rest' | undefined;
  readonly reply: FakeApiScriptReply;
  remaining: number;
}

/**
 * The scripted replies of the fake's request servers, consumed in the order they were added.
 *
 * @internal
 */
export class FakeApiScripts {
  readonly #scripts: Script[] = [];

  /**
   * Adds a script.
   *
   * @param method - the endpoint's WebSocket-API method (the target already resolved)
   * @param transport - only this transport, or both
   * @param reply - the reply
   * @param times - how many requests it answers (an integer ≥ 1, or Infinity)
   * @returns a function that removes it (whatever is left of it)
   * @throws {@link ConfigError} on a bad `times` or reply
   */
  add(method: string, transport: 'ws' | 'rest' | undefined, reply: FakeApiScriptReply, times: number): () => void {
    if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) {
      throw new ConfigError(`times must be an integer ≥ 1 or Infinity, got ${String(times)}.`, 'times');
    }
    checkReply(reply);
    const script: Script = { method, transport, reply, remaining: times };
    this.#scripts.push(script);
    return () => this.#remove(script);
  }

  /** Takes the reply of the oldest script matching a request, if any. */
  take(method: string, transport: 'ws' | 'rest'): FakeApiScriptReply | undefined {
    const script = this.#scripts.find((s) => s.method === method && (s.transport === undefined || s.transport === transport));
    if (script === undefined) return undefined;
    script.remaining -= 1;
    if (script.remaining <= 0) this.#remove(script);
    return script.reply;
  }

  /** Removes every script. */
  clear(): void {
    this.#scripts.length = 0;
  }

  #remove(script: Script): void {
    const index = this.#scripts.indexOf(script);
    if (index >= 0) this.#scripts.splice(index, 1);
  }
}

function checkReply(reply: FakeApiScriptReply): void {
  if ('kind' in reply) {
    if (reply.kind === 'delay' && !(Number.isFinite(reply.ms) && reply.ms >= 0)) {
      throw new ConfigError(`A delay must be a finite number ≥ 0 of ms, got ${String(reply.ms)}.`, 'reply');
    }
    return;
  }
  const status = reply.status ?? 200;
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new ConfigError(`A scripted status must be an HTTP status 200–599, got ${String(status)}.`, 'reply');
  }
}
