// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { playgroundHref, promptHref, readPlaygroundLink, type PlaygroundLink } from './links';

const read = (href: string) => readPlaygroundLink(new URL(href, 'http://x').searchParams);

describe('prompt links', () => {
  it('address a prompt page by its name', () => {
    expect(promptHref('support-bot')).toBe('/prompts/support-bot');
  });
});

describe('playground links', () => {
  it.each<[PlaygroundLink, string]>([
    [{ prompt: 'support-bot', version: 3 }, '/playground?prompt=support-bot&version=3'],
    [{ prompt: 'support-bot', tag: 'production' }, '/playground?prompt=support-bot&tag=production'],
    [{ prompt: 'support-bot' }, '/playground?prompt=support-bot'],
  ])('%j reads back from %s', (link, href) => {
    expect(playgroundHref(link)).toBe(href);
    expect(read(href)).toEqual(link);
  });

  it('asks for nothing without a prompt, or with a version that is not a positive number', () => {
    expect(read('/playground')).toBeNull();
    expect(read('/playground?version=2')).toBeNull();
    expect(read('/playground?prompt=a&version=latest')).toBeNull();
    expect(read('/playground?prompt=a&version=0')).toBeNull();
  });
});
