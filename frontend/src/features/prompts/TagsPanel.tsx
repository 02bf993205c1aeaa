import { Button, Dialog, Flex, Select, Spinner, Table, Text, VisuallyHidden } from '@radix-ui/themes';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { PromptTag, PromptTagHistoryEntry, PromptVersion } from '../../shared/api';
import { deleteTag, moveTag, tagHistory } from '../../shared/api/prompts';
import { playgroundHref } from '../../shared/prompts/links';
import { useRemoteData } from '../../shared/store/useRemoteData';
import { DeleteButton } from '../../shared/ui/DeleteButton';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';
import { RemoteStatus } from '../../shared/ui/RemoteStatus';
import { useAction } from '../../shared/ui/useAction';

interface TagsPanelProps {
  prompt: string;
  tags: readonly PromptTag[];
  versions: readonly PromptVersion[];
  /** After a tag moved or was deleted. */
  onChanged: () => Promise<void>;
}

/** The prompt's tags: each moved to another version here, opened in the playground, its history shown, or deleted. */
export function TagsPanel({ prompt, tags, versions, onChanged }: TagsPanelProps) {
  const { busy, problem, run } = useAction();
  const [moving, setMoving] = useState<string | null>(null);
  const [history, setHistory] = useState<string | null>(null);

  function move(tag: string, version: number) {
    setMoving(tag);
    void run(async () => {
      await moveTag(prompt, tag, version);
      await onChanged();
    });
  }

  if (tags.length === 0) {
    return (
      <Text as="p" size="2" color="gray" mt="3">
        No tags yet. Tag a version (for example production) from its page here; scripts can then call the prompt by
        that tag, and moving the tag changes what they run.
      </Text>
    );
  }
  return (
    <Flex direction="column" gap="3" pt="3">
      {problem ? <ProblemCallout problem={problem} /> : null}
      <Table.Root variant="surface">
        <VisuallyHidden asChild>
          <caption>Tags</caption>
        </VisuallyHidden>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>Tag</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>Points at</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>Moved</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {tags.map((tag) => (
            <Table.Row key={tag.name} align="center">
              <Table.RowHeaderCell>
                <Text weight="medium">{tag.name}</Text>
              </Table.RowHeaderCell>
              <Table.Cell>
                <Flex align="center" gap="2">
                  <Select.Root
                    size="1"
                    value={String(tag.version)}
                    disabled={busy}
                    onValueChange={(value) => move(tag.name, Number(value))}
                  >
                    <Select.Trigger aria-label={`Version of tag ${tag.name}`} />
                    <Select.Content>
                      {versions.map((version) => (
                        <Select.Item key={version.number} value={String(version.number)}>
                          Version {version.number}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select.Root>
                  {busy && moving === tag.name ? <Spinner size="1" /> : null}
                </Flex>
              </Table.Cell>
              <Table.Cell>
                <Text size="2">{new Date(tag.updatedAt).toLocaleString()}</Text>
              </Table.Cell>
              <Table.Cell>
                <Flex gap="2" justify="end">
                  <Button size="1" variant="soft" asChild>
                    <RouterLink to={playgroundHref({ prompt, tag: tag.name })} aria-label={`Open tag ${tag.name} in playground`}>
                      Open in playground
                    </RouterLink>
                  </Button>
                  <Button size="1" variant="soft" color="gray" aria-label={`History of tag ${tag.name}`} onClick={() => setHistory(tag.name)}>
                    History
                  </Button>
                  <DeleteButton
                    name={`tag ${tag.name}`}
                    consequences={`Scripts that call ${prompt} by this tag will fail until it is set again. Its history is kept.`}
                    onDelete={() => deleteTag(prompt, tag.name)}
                    onSettled={onChanged}
                  />
                </Flex>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
      {history ? <TagHistoryDialog prompt={prompt} tag={history} onClose={() => setHistory(null)} /> : null}
    </Flex>
  );
}

/** Every move of a tag, newest first. */
function TagHistoryDialog({ prompt, tag, onClose }: { prompt: string; tag: string; onClose: () => void }) {
  const state = useRemoteData(`${prompt}/${tag}`, (signal) => tagHistory(prompt, tag, signal));
  const moves = 'data' in state ? state.data : undefined;
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Content maxWidth="30rem">
        <Dialog.Title>History of {tag}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          Where the tag pointed, newest first.
        </Dialog.Description>
        <RemoteStatus state={state} reload={state.reload} loadingText="Loading the history…" />
        {moves ? (
          <ol className="tag-history" aria-label={`Moves of ${tag}`}>
            {moves.map((entry, index) => (
              <li key={index}>
                <Text size="2">{describeMove(entry)}</Text>
                <Text as="div" size="1" color="gray">
                  {new Date(entry.movedAt).toLocaleString()}
                </Text>
              </li>
            ))}
          </ol>
        ) : null}
        <Flex justify="end" mt="4">
          <Dialog.Close>
            <Button variant="soft" color="gray">
              Close
            </Button>
          </Dialog.Close>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}

export function describeMove({ version, previousVersion }: PromptTagHistoryEntry): string {
  if (version == null) return previousVersion == null ? 'Deleted' : `Deleted (was on version ${previousVersion})`;
  if (previousVersion == null) return `Set on version ${version}`;
  return `Moved from version ${previousVersion} to version ${version}`;
}
