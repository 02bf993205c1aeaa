// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { httpUrlProblem } from './httpUrl';

describe('httpUrlProblem', () => {
  it('accepts absolute http and https URLs with a host, paths and ports', () => {
    expect(httpUrlProblem('https://api.example.com/v1', 'Base URL')).toBeNull();
    expect(httpUrlProblem(' http://127.0.0.1:9000/custom/v1 ', 'Base URL')).toBeNull();
  });

  it.each([
    ['not a url', 'Base URL is not a valid URL.'],
    ['/v1', 'Base URL is not a valid URL.'],
    ['ftp://example.com', 'Base URL must start with http:// or https://.'],
    ['file:///etc/passwd', 'Base URL must start with http:// or https://.'],
    ['https://user:pw@example.com', 'Base URL must not contain a user name or password.'],
    ['https://example.com/v1#frag', 'Base URL must not contain a fragment (#…).'],
    ['https://example.com/v1#', 'Base URL must not contain a fragment (#…).'],
  ])('refuses %s', (text, message) => {
    expect(httpUrlProblem(text, 'Base URL')).toBe(message);
  });
});
