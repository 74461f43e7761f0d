import { locateJsonError, positionOf } from '../../../lib/testing/streams/locate-json-error.js';

describe('locateJsonError', () => {
  it('default: points at the first character that breaks the JSON', () => {
    expect(locateJsonError('hello')).toEqual({ line: 1, column: 1 });
    expect(locateJsonError('{"a":1,,}')).toEqual({ line: 1, column: 8 });
    expect(locateJsonError('{"a":tru}')).toEqual({ line: 1, column: 6 });
    expect(locateJsonError('[1 2]')).toEqual({ line: 1, column: 4 });
    expect(locateJsonError('{"a":"\u0001"}')).toEqual({ line: 1, column: 6 });
  });

  it('behavior: counts lines and columns from 1', () => {
    expect(locateJsonError('{\n  "a": 1,\n  "b": ?\n}')).toEqual({ line: 3, column: 8 });
  });

  it('behavior: an unexpected end points at the last character, an empty text at column 0', () => {
    expect(locateJsonError('{"method":')).toEqual({ line: 1, column: 10 });
    expect(locateJsonError('')).toEqual({ line: 1, column: 0 });
  });

  it('behavior: trailing characters after a complete value are the fault', () => {
    expect(locateJsonError('{} x')).toEqual({ line: 1, column: 4 });
  });
});

describe('positionOf', () => {
  it('args: clamps an index past the end to the last character', () => {
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab\ncd', 99)).toEqual({ line: 2, column: 2 });
  });
});
