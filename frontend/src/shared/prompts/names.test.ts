// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nameProblem } from './names';

describe('prompt and tag names', () => {
  it.each(['production', 'support-bot', 'v2_beta', '0', 'a'.repeat(128)])('accepts %j', (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it.each([
    ['', 'Enter a name.'],
    ['Production', 'Lower-case letters, digits, - and _ only, starting with a letter or digit.'],
    ['-lead', 'Lower-case letters, digits, - and _ only, starting with a letter or digit.'],
    ['with space', 'Lower-case letters, digits, - and _ only, starting with a letter or digit.'],
    ['a/b', 'Lower-case letters, digits, - and _ only, starting with a letter or digit.'],
    ['a'.repeat(129), 'At most 128 characters.'],
  ])('refuses %j', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });
});
