import { MessageRateWindow } from '../../../lib/testing/streams/message-rate-window.js';

describe('MessageRateWindow', () => {
  it('default: admits max messages per window and refuses one more', () => {
    const window = new MessageRateWindow(5, 1000);
    expect([0, 100, 200, 300, 400, 500].map((t) => window.admit(t))).toEqual([true, true, true, true, true, false]);
  });

  it('behavior: the window slides', () => {
    const window = new MessageRateWindow(2, 1000);
    expect([0, 500, 999, 1000, 1499, 1500].map((t) => window.admit(t))).toEqual([true, true, false, true, false, true]);
  });

  it('args: Infinity admits everything, 0 nothing', () => {
    const open = new MessageRateWindow(Infinity, 1000);
    const closed = new MessageRateWindow(0, 1000);
    expect(Array.from({ length: 100 }, () => open.admit(0)).every(Boolean)).toBe(true);
    expect(closed.admit(0)).toBe(false);
  });
});
