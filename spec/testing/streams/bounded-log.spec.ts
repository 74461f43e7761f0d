import { BoundedLog } from '../../../lib/testing/streams/bounded-log.js';

describe('BoundedLog', () => {
  it('default: keeps the last entries, oldest first', () => {
    const log = new BoundedLog<number>(3);
    for (let i = 1; i <= 7; i += 1) log.push(i);
    expect(log.toArray()).toEqual([5, 6, 7]);
  });

  it('args: a limit of 0 keeps nothing', () => {
    const log = new BoundedLog<number>(0);
    log.push(1);
    expect(log.toArray()).toEqual([]);
  });
});
