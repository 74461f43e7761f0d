import { ControlPacer } from '../../lib/rate-limit/control-pacer.js';

describe('ControlPacer', () => {
  it('default: keeps one of five messages for pongs and stretches the window to 1100 ms', () => {
    const pacer = new ControlPacer(5);
    expect(pacer.limit).toBe(4);
    for (const t of [0, 10, 20, 30]) {
      expect(pacer.delayMs(t)).toBe(0);
      pacer.record(t);
    }
    expect(pacer.delayMs(40)).toBe(1060);
  });

  it('behavior: a slot frees when the oldest message leaves the window', () => {
    const pacer = new ControlPacer(3, 1, 1000);
    pacer.record(0);
    pacer.record(500);
    expect(pacer.delayMs(600)).toBe(400);
    expect(pacer.delayMs(1000)).toBe(0);
    pacer.record(1000);
    expect(pacer.delayMs(1000)).toBe(500);
  });

  it('behavior: no window of the stretched length ever holds more than the limit', () => {
    const pacer = new ControlPacer(10);
    const sent: number[] = [];
    let now = 0;
    for (let i = 0; i < 100; i++) {
      now += pacer.delayMs(now);
      pacer.record(now);
      sent.push(now);
    }
    for (const start of sent) expect(sent.filter((t) => t >= start && t < start + 1100).length).toBeLessThanOrEqual(9);
  });
});
