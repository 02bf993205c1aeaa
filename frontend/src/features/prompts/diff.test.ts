// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EVERY_SETTING_VERSION, SUPPORT_V1, SUPPORT_V2 } from '../../test/fixtures';
import { diffLines, diffVersions, hasChanges, messagesText, providerLabel, type DiffLine } from './diff';

/** A diff as `  same`, `- removed`, `+ added` lines, the way people read one. */
function unified(lines: readonly DiffLine[]): string[] {
  return lines.map((line) => `${{ same: ' ', added: '+', removed: '-' }[line.kind]} ${line.text}`);
}

describe('diffLines', () => {
  it('keeps common lines and marks the changed one as removed, then added', () => {
    expect(unified(diffLines('a\nb\nc', 'a\nB\nc'))).toEqual(['  a', '- b', '+ B', '  c']);
  });

  it('finds lines inserted and removed in the middle', () => {
    expect(unified(diffLines('one\ntwo\nthree\nfour', 'one\nthree\nthree and a half\nfour'))).toEqual([
      '  one',
      '- two',
      '  three',
      '+ three and a half',
      '  four',
    ]);
  });

  it('treats an empty text as no lines', () => {
    expect(diffLines('', '')).toEqual([]);
    expect(unified(diffLines('', 'x\ny'))).toEqual(['+ x', '+ y']);
    expect(unified(diffLines('x', ''))).toEqual(['- x']);
  });

  it('keeps as many lines as possible: the longest common subsequence', () => {
    const before = ['a', 'b', 'c', 'a', 'b', 'b', 'a'].join('\n');
    const after = ['c', 'b', 'a', 'b', 'a', 'c'].join('\n');

    const lines = diffLines(before, after);

    expect(lines.filter((line) => line.kind === 'same')).toHaveLength(4);
    expect(lines.filter((line) => line.kind !== 'added').map((line) => line.text).join('\n')).toBe(before);
    expect(lines.filter((line) => line.kind !== 'removed').map((line) => line.text).join('\n')).toBe(after);
  });

  it('gives back both texts for generated edits', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round += 1) {
      const before = Array.from({ length: next(12) }, () => 'xyz'[next(3)]!);
      const after = before.flatMap((line) => [[], [line], [line, 'new'], ['changed']][next(4)]!);

      const lines = diffLines(before.join('\n'), after.join('\n'));

      expect(lines.filter((line) => line.kind !== 'added').map((line) => line.text)).toEqual(before);
      expect(lines.filter((line) => line.kind !== 'removed').map((line) => line.text)).toEqual(after);
    }
  });

  it('shows a text too large to compare line by line as replaced, keeping its common start and end', () => {
    const many = (prefix: string) => Array.from({ length: 2100 }, (_, i) => `${prefix}${i}`).join('\n');

    const lines = diffLines(`head\n${many('a')}\ntail`, `head\n${many('b')}\ntail`);

    expect(lines[0]).toEqual({ kind: 'same', text: 'head' });
    expect(lines.at(-1)).toEqual({ kind: 'same', text: 'tail' });
    expect(lines.slice(1, 2101).every((line) => line.kind === 'removed')).toBe(true);
    expect(lines.slice(2101, 4201).every((line) => line.kind === 'added')).toBe(true);
  });
});

describe('diffVersions', () => {
  it('lists the changed parameters and the changed message lines of two versions', () => {
    const diff = diffVersions(SUPPORT_V1, SUPPORT_V2);

    expect(diff.model).toEqual([]);
    expect(diff.parameters).toEqual([
      { field: 'temperature', before: '0.7', after: '0.2' },
      { field: 'maxTokens', before: null, after: '200' },
    ]);
    expect(unified(diff.messages)).toEqual([
      '  ── system ──',
      '  You are a support agent.',
      '  ── user ──',
      '- Tell me about {{ topic }}.',
      '+ Tell me about {{ topic }} in two sentences.',
    ]);
    expect(diff.tools).toEqual([]);
    expect(hasChanges(diff)).toBe(true);
  });

  it('compares the model settings and the tools', () => {
    const diff = diffVersions(SUPPORT_V1, EVERY_SETTING_VERSION);

    expect(diff.model).toEqual([
      { field: 'Model', before: 'gpt-4o-mini', after: 'gpt-4o' },
      { field: 'API type', before: null, after: 'chat_completions' },
      { field: 'Template format', before: 'mustache', after: 'f_string' },
      { field: 'Tool choice', before: null, after: 'required' },
      {
        field: 'Response format',
        before: null,
        after: '{"type":"json_schema","name":"answer","strict":true,"schema":{"type":"object"}}',
      },
      { field: 'Headers', before: null, after: '{"X-Team":"search"}' },
    ]);
    expect(diff.parameters.map((change) => change.field)).toContain('stop');
    expect(diff.parameters.find((change) => change.field === 'stop')).toEqual({
      field: 'stop',
      before: null,
      after: '["END","###"]',
    });
    expect(diff.tools.every((line) => line.kind === 'added')).toBe(true);
    expect(diff.tools.map((line) => line.text)).toContain('    "name": "get_weather",');
  });

  it('finds nothing between a version and itself', () => {
    expect(hasChanges(diffVersions(EVERY_SETTING_VERSION, EVERY_SETTING_VERSION))).toBe(false);
  });

  it('names a custom provider by its saved name, and says when it was deleted', () => {
    const custom = { ...SUPPORT_V1, provider: null, customProviderId: 'id', customProviderName: 'team-openai' };

    expect(providerLabel(SUPPORT_V1)).toBe('OPENAI');
    expect(providerLabel(custom)).toBe('team-openai (custom)');
    expect(providerLabel({ ...custom, customProviderId: null, customProviderDeleted: true })).toBe(
      'team-openai (custom, provider deleted)',
    );
    expect(diffVersions(SUPPORT_V1, custom).model).toEqual([
      { field: 'Provider', before: 'OPENAI', after: 'team-openai (custom)' },
    ]);
  });
});

describe('messagesText', () => {
  it('writes a header per message, with the call a tool result answers and the calls an assistant made', () => {
    expect(messagesText(EVERY_SETTING_VERSION.messages).split('\n')).toEqual([
      '── system ──',
      'You answer about {topic}; reply as {{"answer": "…"}}.',
      '── user ──',
      'Weather in {city}?',
      '── assistant ──',
      'tool calls: [{"id":"call_1","name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}","thoughtSignature":"sig"}]',
      '── tool (answers call_1) ──',
      '{"temp": 21}',
    ]);
  });
});
