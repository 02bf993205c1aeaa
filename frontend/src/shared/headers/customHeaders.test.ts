// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateCustomHeaders } from './customHeaders';

function errorsOf(text: string): readonly string[] {
  const result = validateCustomHeaders(text);
  return result.ok ? [] : result.errors;
}

describe('validateCustomHeaders', () => {
  it('accepts an empty editor as no headers', () => {
    expect(validateCustomHeaders('  ')).toEqual({ ok: true, headers: {} });
  });

  it('accepts a JSON object of token names and printable values', () => {
    expect(validateCustomHeaders('{"X-Team": "research", "Helicone-Property-App": "a b\\tc", "x_trace!": ""}')).toEqual({
      ok: true,
      headers: { 'X-Team': 'research', 'Helicone-Property-App': 'a b\tc', 'x_trace!': '' },
    });
  });

  it('rejects text that is not JSON, and JSON that is not an object', () => {
    expect(errorsOf('{"X-Team": ')[0]).toMatch(/^Not valid JSON/);
    expect(errorsOf('["X-Team"]')[0]).toMatch(/must be a JSON object/);
    expect(errorsOf('null')[0]).toMatch(/must be a JSON object/);
  });

  it('rejects names that are not RFC 9110 tokens', () => {
    expect(errorsOf('{"X Team": "a"}')[0]).toMatch(/"X Team" is not a valid header name/);
    expect(errorsOf('{"X-Tëam": "a"}')).toHaveLength(1);
    expect(errorsOf('{"": "a"}')).toHaveLength(1);
    expect(errorsOf('{"X:Team": "a"}')).toHaveLength(1);
  });

  it('rejects values with CR, LF or other control characters, and values that are not strings', () => {
    expect(errorsOf('{"X-Team": "a\\r\\nInjected: yes"}')[0]).toMatch(/line break or control character/);
    expect(errorsOf('{"X-Team": "a\\u0000"}')).toHaveLength(1);
    expect(errorsOf('{"X-Team": "\\u007f"}')).toHaveLength(1);
    expect(errorsOf('{"X-Team": "\u0085"}')).toHaveLength(1);
    expect(errorsOf('{"X-Count": 3}')[0]).toMatch(/must be a string/);
    expect(errorsOf('{"X-Greeting": "Grüße, 日本"}')).toEqual([]);
  });

  it('rejects names that repeat another one ignoring case', () => {
    expect(errorsOf('{"X-Team": "a", "x-team": "b"}')).toEqual(['x-team repeats X-Team (header names ignore case).']);
  });

  it.each([
    'Authorization',
    'api-key',
    'X-API-Key',
    'x-goog-api-key',
    'Host',
    'Content-Length',
    'Transfer-Encoding',
    'Connection',
    'Keep-Alive',
    'Proxy-Authorization',
    'Proxy-Connection',
    'TE',
    'Trailer',
    'Upgrade',
    'X-Amz-Security-Token',
    'x-amz-date',
  ])('rejects the managed header %s', (name) => {
    expect(errorsOf(JSON.stringify({ [name]: 'v' }))[0]).toMatch(/cannot be set/);
  });

  it('reports every problem at once', () => {
    expect(errorsOf('{"Host": "x", "X-A": 1, "x-a": "b"}')).toHaveLength(3);
  });
});
