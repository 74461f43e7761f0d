import { fork, type ChildProcess } from 'node:child_process';
import { extname, join } from 'node:path';
import type {
  FakeExchangeEnvelope,
  FakeExchangeReady,
  FakeExchangeReply,
  FakeExchangeRequest,
  FakeExchangeResults,
  FakeExchangeStartOptions,
} from './fake-exchange-protocol.js';

/** Whether this bench runs as TypeScript through tsx, or compiled by `npm run bench`. */
const FROM_SOURCE = extname(__filename) === '.ts';

/** The repository root: bench/support/../.. from source, .bench-build/bench/support/../../.. compiled. */
export const REPO_ROOT = FROM_SOURCE ? join(__dirname, '..', '..') : join(__dirname, '..', '..', '..');

/**
 * The fake exchange (`FakeBinance`) in a child process, driven over IPC: the client under test
 * keeps this process's CPU to itself, and the server has its own core.
 *
 * @example
 * ```ts
 * const fake = await FakeExchangeProcess.start();
 * const spot = new SpotClient({ streamHost: fake.streamHost });
 * await fake.call({ kind: 'status', names: [] });
 * await fake.stop();
 * ```
 */
export class FakeExchangeProcess {
  /** Origin for a client's `streamHost` option, e.g. `ws://127.0.0.1:40123`. */
  readonly streamHost: string;
  readonly port: number;
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  readonly #exited: Promise<void>;

  private constructor(child: ChildProcess, ready: FakeExchangeReady, exited: Promise<void>) {
    this.#child = child;
    this.streamHost = ready.streamHost;
    this.port = ready.port;
    this.#exited = exited;
    child.on('message', (message: FakeExchangeReply) => {
      const pending = this.#pending.get(message.id);
      if (pending === undefined) return;
      this.#pending.delete(message.id);
      if (message.ok) pending.resolve(message.result);
      else pending.reject(new Error(`fake exchange: ${message.error}`));
    });
    void exited.then(() => {
      for (const pending of this.#pending.values()) pending.reject(new Error('fake exchange process exited'));
      this.#pending.clear();
    });
  }

  /**
   * Forks the fake's process (compiled like this file, or TypeScript through tsx) and waits until it listens.
   *
   * @param options - limits of the fake's spot streams
   * @returns the running fake
   */
  static start(options: FakeExchangeStartOptions = {}): Promise<FakeExchangeProcess> {
    const child = fork(join(__dirname, `fake-exchange-worker${FROM_SOURCE ? '.ts' : '.js'}`), [JSON.stringify(options)], {
      cwd: REPO_ROOT,
      execArgv: FROM_SOURCE ? ['--import', 'tsx'] : [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null): void => reject(new Error(`fake exchange process exited early (code ${code})`));
      child.once('exit', onExit);
      child.once('message', (message: FakeExchangeReady) => {
        child.off('exit', onExit);
        resolve(new FakeExchangeProcess(child, message, exited));
      });
    });
  }

  /**
   * Sends one request and waits for its answer.
   *
   * @param request - what to do
   * @returns the fake's answer
   */
  call<K extends FakeExchangeRequest['kind']>(request: Extract<FakeExchangeRequest, { kind: K }>): Promise<FakeExchangeResults[K]> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      // our own protocol: the worker answers request kind K with FakeExchangeResults[K]
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const envelope: FakeExchangeEnvelope = { id, request };
      this.#child.send(envelope);
    });
  }

  /** Stops the fake and waits for its process to exit. */
  async stop(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.connected) await this.call({ kind: 'stop' });
    await this.#exited;
  }
}
