import type { InvocationMessage, PromptVersion } from '../../shared/api';

/** One line of a line diff: in both texts, only in the later one, or only in the earlier one. */
export interface DiffLine {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** Above this many cells the longest-common-subsequence table is not built: the middle is shown replaced. */
const MAX_TABLE = 4_000_000;

/**
 * A line diff of two texts: the longest common subsequence of their lines, after the common start
 * and end are set aside (so a small edit in a long prompt costs little). Removed lines come before
 * the added lines that replace them, as in a unified diff.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const same = (lines: readonly string[]) => lines.map((text): DiffLine => ({ kind: 'same', text }));
  return [
    ...same(a.slice(0, start)),
    ...middle(a.slice(start, a.length - end), b.slice(start, b.length - end)),
    ...same(a.slice(a.length - end)),
  ];
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

function middle(a: readonly string[], b: readonly string[]): DiffLine[] {
  const removed = (text: string): DiffLine => ({ kind: 'removed', text });
  const added = (text: string): DiffLine => ({ kind: 'added', text });
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_TABLE) return [...a.map(removed), ...b.map(added)];
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ kind: 'same', text: a[i]! });
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      lines.push(removed(a[i]!));
      i += 1;
    } else {
      lines.push(added(b[j]!));
      j += 1;
    }
  }
  return [...lines, ...a.slice(i).map(removed), ...b.slice(j).map(added)];
}

/** A setting whose value differs between two versions; null where a version does not set it. */
export interface FieldChange {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface VersionDiff {
  /** Provider, model, API type, template format, tool choice, response format, headers. */
  readonly model: readonly FieldChange[];
  readonly parameters: readonly FieldChange[];
  readonly messages: readonly DiffLine[];
  readonly tools: readonly DiffLine[];
}

/** What changed from `before` to `after`: the settings that differ, and line diffs of the messages and tools. */
export function diffVersions(before: PromptVersion, after: PromptVersion): VersionDiff {
  return {
    model: changes(modelFields(before), modelFields(after)),
    parameters: changes(before.parameters, after.parameters),
    messages: diffLines(messagesText(before.messages), messagesText(after.messages)),
    tools: diffLines(before.tools.length > 0 ? pretty(before.tools) : '', after.tools.length > 0 ? pretty(after.tools) : ''),
  };
}

/** Whether a diff has any change at all. */
export function hasChanges(diff: VersionDiff): boolean {
  const changedLines = (lines: readonly DiffLine[]) => lines.some((line) => line.kind !== 'same');
  return diff.model.length > 0 || diff.parameters.length > 0 || changedLines(diff.messages) || changedLines(diff.tools);
}

/** How a version names its provider: a built-in key, or a custom provider's name (and whether it is gone). */
export function providerLabel(version: PromptVersion): string {
  if (version.provider) return version.provider;
  const name = version.customProviderName ?? 'custom provider';
  return version.customProviderDeleted ? `${name} (custom, provider deleted)` : `${name} (custom)`;
}

function modelFields(version: PromptVersion): Record<string, unknown> {
  return {
    Provider: providerLabel(version),
    Model: version.model,
    'API type': version.apiType,
    'Template format': version.templateFormat,
    'Tool choice': version.toolChoice,
    'Response format': version.responseFormat,
    Headers: Object.keys(version.headers).length > 0 ? version.headers : null,
  };
}

function changes(before: object, after: object): FieldChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .map((field) => ({ field, before: shown(a[field]), after: shown(b[field]) }))
    .filter((change) => change.before !== change.after);
}

/** A value as one line of text; null when it is not set. */
export function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The messages as one text, a header line per message, so that a line diff shows an inserted or
 * removed message as such and an edit inside one as changed lines.
 */
export function messagesText(messages: readonly InvocationMessage[]): string {
  return messages
    .flatMap((message) => [
      `── ${message.role}${message.toolCallId ? ` (answers ${message.toolCallId})` : ''} ──`,
      ...(message.content ? [message.content] : []),
      ...(message.toolCalls && message.toolCalls.length > 0 ? [`tool calls: ${JSON.stringify(message.toolCalls)}`] : []),
    ])
    .join('\n');
}

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
