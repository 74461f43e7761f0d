import { checkTimestamp, readTiming, type RequestTiming } from '../../../../lib/testing/api/auth/check-timestamp';

const NOW = 1_700_000_000_000;

function timing(timestamp: unknown, recvWindow?: unknown): RequestTiming {
  const read = readTiming(timestamp, recvWindow);
  if ('code' in read) throw new Error(read.msg);
  return read;
}

describe('readTiming', () => {
  it('default: recvWindow is 5000 ms; µs timestamps (16 digits) are read as ms', () => {
    expect(readTiming(NOW, undefined)).toEqual({ timestampMs: NOW, recvWindowMs: 5000 });
    expect(readTiming(String(NOW * 1000 + 500), '6000.5')).toEqual({ timestampMs: NOW + 0.5, recvWindowMs: 6000.5 });
  });

  it('error: -1102 without timestamp, -1100 when malformed, -1131 above 60000', () => {
    expect(readTiming(undefined, undefined)).toMatchObject({ code: -1102, msg: "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed." });
    expect(readTiming('12a', undefined)).toMatchObject({ code: -1100 });
    expect(readTiming(1.5, undefined)).toMatchObject({ code: -1100 });
    expect(readTiming(true, undefined)).toMatchObject({ code: -1100 });
    expect(readTiming(NOW, '5000.1234')).toMatchObject({ code: -1100 });
    expect(readTiming(NOW, 60_000)).toEqual({ timestampMs: NOW, recvWindowMs: 60_000 });
    expect(readTiming(NOW, 60_001)).toEqual({ code: -1131, msg: 'recvWindow must be less than 60000' });
  });
});

describe('checkTimestamp', () => {
  it('behavior: accepts timestamp < serverTime + 1000 and serverTime - timestamp <= recvWindow', () => {
    expect(checkTimestamp(timing(NOW + 999), NOW)).toBeUndefined();
    expect(checkTimestamp(timing(NOW - 5000), NOW)).toBeUndefined();
    expect(checkTimestamp(timing(NOW - 100, 100), NOW)).toBeUndefined();
  });

  it('error: -1021 when 1000 ms ahead or older than recvWindow', () => {
    expect(checkTimestamp(timing(NOW + 1000), NOW)).toEqual({ code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." });
    expect(checkTimestamp(timing(NOW - 5001), NOW)).toEqual({ code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' });
    expect(checkTimestamp(timing(NOW - 101, 100), NOW)).toMatchObject({ code: -1021 });
  });
});
