import { createHook } from 'node:async_hooks';

/** What {@link watchTimers} found. */
export interface TimerWatch {
  /**
   * Stops watching (after a turn of the event loop, so that the timers that fired are counted as
   * done) and returns the creation stack of every timer made meanwhile that neither fired nor
   * was cleared, jest's own left out.
   */
  leftover(): Promise<string[]>;
}

/**
 * Watches the timers made from now on, by creation (async hooks). A process-wide count of
 * `Timeout` resources cannot tell: in one jest process other timers come and go meanwhile.
 *
 * @returns the watch; call `leftover()` once the code under test is torn down
 */
export function watchTimers(): TimerWatch {
  const timers = new Map<number, string>();
  const hook = createHook({
    init: (id, type) => {
      if (type === 'Timeout') timers.set(id, new Error('timer created').stack ?? '');
    },
    destroy: (id) => {
      timers.delete(id);
    },
  }).enable();
  return {
    leftover: async () => {
      // destroy hooks of fired timers run after their callbacks
      await new Promise((done) => setImmediate(done));
      hook.disable();
      return [...timers.values()].filter((stack) => !/node_modules[\\/](jest-|@jest[\\/])/.test(stack));
    },
  };
}
