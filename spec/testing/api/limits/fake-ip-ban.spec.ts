import { FakeIpBan } from '../../../../lib/testing/api/limits/fake-ip-ban';
import { FakeRefusalTally } from '../../../../lib/testing/api/limits/fake-rate-limit-refusals';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 30);

describe('FakeIpBan', () => {
  it('default: nothing is banned and nothing escalates without a 429', () => {
    const ban = new FakeIpBan({ escalate: true, banMs: 120_000 });
    expect(ban.screen(T0)).toBeUndefined();
    expect(ban.bannedUntil(T0)).toBeUndefined();
  });

  it('behavior: a request before the 429 retryAfter bans for banMs; the ban refuses until it ends and is not lengthened', () => {
    const ban = new FakeIpBan({ escalate: true, banMs: 120_000 });
    ban.tooManyRequests(T0 + 30_000);
    expect(ban.screen(T0 + 10)).toBe(T0 + 10 + 120_000);
    expect(ban.screen(T0 + 60_000)).toBe(T0 + 120_010);
    expect(ban.bannedUntil(T0 + 120_009)).toBe(T0 + 120_010);
    expect(ban.screen(T0 + 120_010)).toBeUndefined();
    expect(ban.bannedUntil(T0 + 120_010)).toBeUndefined();
  });

  it('behavior: a request at or after the retryAfter does not escalate, and the 429 is then forgotten', () => {
    const ban = new FakeIpBan({ escalate: true, banMs: 120_000 });
    ban.tooManyRequests(T0 + 30_000);
    expect(ban.screen(T0 + 30_000)).toBeUndefined();
    expect(ban.screen(T0 + 1)).toBeUndefined();
  });

  it('args: escalate false never bans on its own; ban() still does', () => {
    const ban = new FakeIpBan({ escalate: false, banMs: 120_000 });
    ban.tooManyRequests(T0 + 30_000);
    expect(ban.screen(T0)).toBeUndefined();
    expect(ban.ban(T0 + 5000)).toBe(T0 + 5000);
    expect(ban.screen(T0)).toBe(T0 + 5000);
  });

  it('behavior: ban() replaces the ban in force; lift() ends it and forgets the 429', () => {
    const ban = new FakeIpBan({ escalate: true, banMs: 120_000 });
    ban.ban(T0 + 50_000);
    ban.ban(T0 + 1000);
    expect(ban.bannedUntil(T0)).toBe(T0 + 1000);
    ban.tooManyRequests(T0 + 30_000);
    expect(ban.lift(T0)).toBe(true);
    expect(ban.screen(T0 + 1)).toBeUndefined();
    expect(ban.lift(T0)).toBe(false);
  });
});

describe('FakeRefusalTally', () => {
  it('behavior: counts 429 and 418 only, until reset', () => {
    const tally = new FakeRefusalTally();
    [200, 429, 400, 418, 429, 500].forEach((status) => tally.note(status));
    expect(tally.snapshot()).toEqual({ tooManyRequests: 2, banned: 1 });
    tally.reset();
    expect(tally.snapshot()).toEqual({ tooManyRequests: 0, banned: 0 });
  });
});
