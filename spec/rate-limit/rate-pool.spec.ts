import { intervalLabel, RatePool, type RatePoolSpec } from '../../lib/rate-limit/rate-pool.js';

const MINUTE = 60_000;
const weight = (limit = 100, budgetShare = 0.9): RatePoolSpec => ({ scope: 'ip', type: 'requestWeight', intervalMs: MINUTE, limit, budgetShare, kind: 'calendar' });
const sliding: RatePoolSpec = { scope: 'ip', type: 'connections', intervalMs: 10_000, limit: 10, budgetShare: 1, kind: 'sliding' };
// a time inside a minute: 12:00:30
const T = 1_700_000_000_000 - (1_700_000_000_000 % MINUTE) + 30_000;

describe('RatePool', () => {
  it('default: a calendar window admits up to its budget (90% of the limit), then waits for the next calendar minute, not 60 s from now', () => {
    const pool = new RatePool(weight(100));
    expect(pool.budget).toBe(90);
    pool.answered(pool.charge(85, T) as number, 85, T);
    expect(pool.waitMs(5, T)).toBe(0);
    expect(pool.waitMs(6, T)).toBe(30_000); // T is :30 of its minute
    expect(pool.used(T + 29_999)).toBe(85);
    expect(pool.used(T + 30_000)).toBe(0);
    expect(pool.waitMs(6, T + 30_000)).toBe(0);
  });

  it('behavior: a call heavier than the whole budget goes alone in a fresh window rather than never', () => {
    const pool = new RatePool(weight(100));
    expect(pool.waitMs(250, T)).toBe(0);
    pool.charge(1, T);
    expect(pool.waitMs(250, T)).toBe(30_000);
  });

  it('behavior: the exchange\'s count raises the local one (never lowers it), says source "header", and expires with its window', () => {
    const pool = new RatePool(weight(100));
    pool.answered(pool.charge(10, T) as number, 10, T);
    pool.reconcile(4, T);
    expect(pool.view(T)).toMatchObject({ used: 10, source: 'client' });
    pool.reconcile(70, T + 1000);
    expect(pool.view(T + 1000)).toMatchObject({ used: 70, remaining: 30, utilization: 0.7, source: 'header', interval: '1m' });
    pool.charge(5, T + 2000);
    expect(pool.used(T + 2000)).toBe(75);
    // one interval later the count belonged to the past window
    expect(pool.view(T + 30_000)).toMatchObject({ used: 0, source: 'client' });
  });

  it('behavior: a count above the limit shows utilization above 1 and no remaining', () => {
    const pool = new RatePool(weight(100));
    pool.reconcile(130, T);
    expect(pool.view(T)).toMatchObject({ used: 130, remaining: 0, utilization: 1.3 });
  });

  it('behavior: cost charged late in a window is budgeted in the next one too while in flight, and stays there when answered in it (the exchange may have counted it there)', () => {
    const pool = new RatePool(weight(100));
    const window = pool.charge(80, T + 29_990) as number; // sent at 12:00:59.990
    expect(pool.used(T + 30_000)).toBe(0);
    // in flight across the boundary: 80 + 20 > 90, so look again in a moment
    expect(pool.waitMs(20, T + 30_000)).toBe(25);
    expect(pool.waitMs(10, T + 30_000)).toBe(0);
    pool.answered(window, 80, T + 30_005);
    expect(pool.used(T + 30_005)).toBe(80);
    expect(pool.waitMs(20, T + 30_005)).toBe(MINUTE - 5);
  });

  it('behavior: a call answered in the window it was charged in leaves nothing in the next', () => {
    const pool = new RatePool(weight(100));
    pool.answered(pool.charge(80, T + 29_990) as number, 80, T + 29_995);
    expect(pool.used(T + 30_000)).toBe(0);
    expect(pool.waitMs(20, T + 30_000)).toBe(0);
  });

  it('behavior: a count brought by a call sent in an earlier window, or in the first moments of this one, is ignored (it may be the last window\'s count)', () => {
    const pool = new RatePool(weight(400, 0.9));
    const next = T + 30_000;
    const late = pool.charge(5, T + 29_990) as number;
    pool.answered(late, 5, next + 5);
    pool.reconcile(300, next + 5, T + 29_990); // the old window's count, arriving in the new one
    expect(pool.view(next + 5)).toMatchObject({ used: 5, source: 'client' });
    const early = pool.charge(5, next + 50) as number; // within the clock's uncertainty of the boundary
    pool.answered(early, 5, next + 60);
    pool.reconcile(310, next + 60, next + 50);
    expect(pool.used(next + 60)).toBe(10);
    const settled = pool.charge(5, next + 200) as number;
    pool.answered(settled, 5, next + 210);
    pool.reconcile(40, next + 210, next + 200); // this window's count, with another client's calls
    expect(pool.view(next + 210)).toMatchObject({ used: 40, source: 'header' });
  });

  it('behavior: calls still in flight when the exchange reports its count are added to it (it has not counted them yet)', () => {
    const pool = new RatePool(weight(400, 0.9)); // budget 360
    // 40 calls of 5 sent at once; the first one's answer says 5
    const sent = Array.from({ length: 40 }, () => pool.charge(5, T) as number);
    pool.answered(sent[0] as number, 5, T);
    pool.reconcile(5, T);
    expect(pool.used(T)).toBe(200);
    // the last answer reports all 40; nothing is in flight
    for (const w of sent.slice(1)) pool.answered(w, 5, T);
    pool.reconcile(200, T);
    expect(pool.view(T)).toMatchObject({ used: 200, source: 'client' });
  });

  it('behavior: calls sent late in a window and counted by the exchange in the next are not forgotten when they are answered (the 429 this caused)', () => {
    const pool = new RatePool(weight(400, 0.9)); // budget 360
    // 40 calls of 5 sent 50 ms before the boundary; the exchange counts them all after it
    const late = Array.from({ length: 40 }, () => pool.charge(5, T + 29_950) as number);
    const next = T + 30_000;
    // in the next window: room for 160 while the 200 are in flight
    const fresh: number[] = [];
    while (pool.waitMs(5, next) === 0) fresh.push(pool.charge(5, next) as number);
    expect(fresh.length * 5).toBe(160);
    // the late calls are answered, the last one reporting the 200 the exchange counted in its new window
    for (const w of late) pool.answered(w, 5, next + 10);
    pool.reconcile(200, next + 10);
    // the 160 in flight come on top of the 200: the window is full, nothing more may go
    expect(pool.used(next + 10)).toBe(360);
    expect(pool.waitMs(5, next + 10)).toBeGreaterThan(0);
    for (const w of fresh) pool.answered(w, 5, next + 20);
    pool.reconcile(360, next + 20);
    expect(pool.waitMs(5, next + 20)).toBe(MINUTE - 20);
  });

  it('behavior: a lower count than the last one is the exchange\'s new window (it replaces the count, the client\'s own charges stay the floor)', () => {
    const pool = new RatePool(weight(400, 0.9));
    pool.answered(pool.charge(5, T) as number, 5, T);
    pool.reconcile(300, T); // calls of another client on the same IP
    expect(pool.used(T)).toBe(300);
    pool.answered(pool.charge(5, T + 100) as number, 5, T + 100);
    pool.reconcile(5, T + 100);
    expect(pool.view(T + 100)).toMatchObject({ used: 10, source: 'client' });
  });

  it('default: a sliding window keeps each charge for one interval from when it was made', () => {
    const pool = new RatePool(sliding);
    for (let i = 0; i < 10; i++) pool.charge(1, T + i * 1000);
    expect(pool.used(T + 9500)).toBe(10);
    // the oldest leaves at T + 10000
    expect(pool.waitMs(1, T + 9500)).toBe(500);
    expect(pool.waitMs(3, T + 9500)).toBe(2500);
    expect(pool.used(T + 10_000)).toBe(9);
    expect(pool.nextChangeAt(T + 10_000)).toBe(T + 11_000);
    pool.reconcile(100, T + 10_000); // sliding windows are the client's own: no exchange count
    expect(pool.used(T + 10_000)).toBe(9);
  });

  it('behavior: nextChangeAt is the window end while anything is used, else undefined', () => {
    const pool = new RatePool(weight(100));
    expect(pool.nextChangeAt(T)).toBeUndefined();
    pool.charge(1, T);
    expect(pool.nextChangeAt(T)).toBe(T + 30_000);
  });

  it('args: intervalLabel writes Binance\'s interval letters', () => {
    expect([1000, 10_000, MINUTE, 5 * MINUTE, 3_600_000, 86_400_000, 1500].map(intervalLabel)).toEqual(['1s', '10s', '1m', '5m', '1h', '1d', '1500ms']);
  });
});
