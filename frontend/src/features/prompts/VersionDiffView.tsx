import { Card, Code, Flex, Heading, Select, Table, Text, VisuallyHidden } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import type { PromptVersion } from '../../shared/api';
import { diffVersions, hasChanges, type DiffLine, type FieldChange } from './diff';

interface VersionDiffViewProps {
  versions: readonly PromptVersion[];
  from: number;
  to: number;
  onChange: (pair: { from: number; to: number }) => void;
}

const MARKS: Readonly<Record<DiffLine['kind'], string>> = { same: ' ', added: '+', removed: '−' };

/** What changed between any two versions: model settings, parameters, messages and tools. */
export function VersionDiffView({ versions, from, to, onChange }: VersionDiffViewProps) {
  const before = versions.find((v) => v.number === from);
  const after = versions.find((v) => v.number === to);
  const diff = before && after ? diffVersions(before, after) : null;
  return (
    <Flex direction="column" gap="4" pt="3" role="region" aria-label="Compare versions">
      <Flex gap="4" align="center" wrap="wrap">
        <VersionSelect label="From" value={from} versions={versions} onChange={(n) => onChange({ from: n, to })} />
        <VersionSelect label="To" value={to} versions={versions} onChange={(n) => onChange({ from, to: n })} />
      </Flex>
      {diff && !hasChanges(diff) ? (
        <Text size="2" color="gray">
          {from === to ? 'Choose two different versions.' : `Versions ${from} and ${to} are the same.`}
        </Text>
      ) : null}
      {diff && hasChanges(diff) ? (
        <>
          <DiffSection title="Model and settings" empty={diff.model.length === 0}>
            <Changes changes={diff.model} label="Model and settings changes" />
          </DiffSection>
          <DiffSection title="Parameters" empty={diff.parameters.length === 0}>
            <Changes changes={diff.parameters} label="Parameter changes" code />
          </DiffSection>
          <DiffSection title="Messages" empty={!diff.messages.some((line) => line.kind !== 'same')}>
            <Lines lines={diff.messages} label="Message changes" />
          </DiffSection>
          <DiffSection title="Tools" empty={!diff.tools.some((line) => line.kind !== 'same')}>
            <Lines lines={diff.tools} label="Tool changes" />
          </DiffSection>
        </>
      ) : null}
    </Flex>
  );
}

function VersionSelect({
  label,
  value,
  versions,
  onChange,
}: {
  label: string;
  value: number;
  versions: readonly PromptVersion[];
  onChange: (number: number) => void;
}) {
  return (
    <Flex align="center" gap="2">
      <Text size="2" weight="medium" aria-hidden="true">
        {label}
      </Text>
      <Select.Root value={String(value)} onValueChange={(v) => onChange(Number(v))}>
        <Select.Trigger aria-label={`${label} version`} />
        <Select.Content>
          {versions.map((version) => (
            <Select.Item key={version.number} value={String(version.number)}>
              Version {version.number}
              {version.description ? ` · ${version.description}` : ''}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  );
}

function DiffSection({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  return (
    <Flex direction="column" gap="2">
      <Heading as="h3" size="3">
        {title}
      </Heading>
      {empty ? (
        <Text size="2" color="gray">
          No changes.
        </Text>
      ) : (
        children
      )}
    </Flex>
  );
}

function Changes({ changes, label, code = false }: { changes: readonly FieldChange[]; label: string; code?: boolean }) {
  const value = (text: string | null) =>
    text === null ? (
      <Text color="gray">not set</Text>
    ) : (
      <Text className="diff-value">{text}</Text>
    );
  return (
    <Table.Root size="1" variant="surface">
      <VisuallyHidden asChild>
        <caption>{label}</caption>
      </VisuallyHidden>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>Setting</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>Before</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>After</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {changes.map((change) => (
          <Table.Row key={change.field}>
            <Table.RowHeaderCell>{code ? <Code variant="ghost">{change.field}</Code> : change.field}</Table.RowHeaderCell>
            <Table.Cell className="diff-cell diff-cell--removed">{value(change.before)}</Table.Cell>
            <Table.Cell className="diff-cell diff-cell--added">{value(change.after)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}

/**
 * A unified line diff. Removed and added lines are <del> and <ins>, which assistive technology
 * announces as deletions and insertions, and they carry a visible mark (−, +): colour is not the only sign.
 */
function Lines({ lines, label }: { lines: readonly DiffLine[]; label: string }) {
  return (
    <Card size="1" variant="surface">
      <pre className="diff" aria-label={label}>
        {lines.map((line, index) => {
          const Line = line.kind === 'added' ? 'ins' : line.kind === 'removed' ? 'del' : 'div';
          return (
            <Line key={index} className={`diff__line diff__line--${line.kind}`}>
              <span className="diff__mark">{MARKS[line.kind]} </span>
              {line.text}
            </Line>
          );
        })}
      </pre>
    </Card>
  );
}
