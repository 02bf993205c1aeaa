// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { asString, assertNever, isRecord, parseJson } from './lang';

describe('lang helpers', () => {
  it('isRecord accepts plain objects only', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([1])).toBe(false);
    expect(isRecord('x')).toBe(false);
  });

  it('parseJson returns undefined for text that is not JSON', () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson('null')).toBeNull();
    expect(parseJson('{nope')).toBeUndefined();
  });

  it('asString keeps strings only', () => {
    expect(asString('')).toBe('');
    expect(asString(1)).toBeUndefined();
  });

  it('assertNever throws for a value the types said could not happen', () => {
    expect(() => assertNever('surprise' as never)).toThrow('Unhandled value: "surprise"');
  });
});
