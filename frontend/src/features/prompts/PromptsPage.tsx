import { Badge, Button, Flex, Link, Table, Text, TextField, VisuallyHidden } from '@radix-ui/themes';
import { MagnifyingGlassIcon, PlusIcon } from '@radix-ui/react-icons';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { listPrompts } from '../../shared/api/prompts';
import { playgroundHref, promptHref } from '../../shared/prompts/links';
import { useRemoteData } from '../../shared/store/useRemoteData';
import { PageHeader } from '../../shared/ui/PageHeader';
import { RemoteStatus } from '../../shared/ui/RemoteStatus';
import { CreatePromptDialog } from './CreatePromptDialog';

export const PAGE_SIZE = 20;

/** Typing settles for this long before the search is sent. */
const SEARCH_DELAY_MS = 250;

export function PromptsPage() {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    const next = typed.trim();
    if (next === search) return;
    const timer = setTimeout(() => {
      setSearch(next);
      setOffset(0);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, search]);

  const state = useRemoteData(JSON.stringify([search, offset]), (signal) =>
    listPrompts({ search, limit: PAGE_SIZE, offset }, signal),
  );
  const page = 'data' in state ? state.data : undefined;

  return (
    <>
      <PageHeader title="Prompts">
        Saved prompts and their versions, ready to open in the playground. Save one from the playground, move tags
        such as production between versions, and call a prompt by name from scripts.
      </PageHeader>
      <Flex gap="3" mb="4" align="center" wrap="wrap">
        <TextField.Root
          aria-label="Search prompts by name"
          placeholder="Search by name"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          style={{ width: '20rem', maxWidth: '100%' }}
        >
          <TextField.Slot>
            <MagnifyingGlassIcon />
          </TextField.Slot>
        </TextField.Root>
        <Button onClick={() => setCreating(true)}>
          <PlusIcon /> New prompt
        </Button>
      </Flex>
      <RemoteStatus state={state} reload={state.reload} loadingText="Loading prompts…" />
      {page && page.items.length === 0 ? (
        <Text as="p" color="gray">
          {search
            ? `No prompt name contains “${search}”.`
            : 'No prompts yet. Save an instance from the playground, or create an empty prompt here.'}
        </Text>
      ) : null}
      {page && page.items.length > 0 ? (
        <>
          <Table.Root variant="surface">
            <VisuallyHidden asChild>
              <caption>Prompts</caption>
            </VisuallyHidden>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>Name</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>Latest version</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>Tags</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>Last update</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {page.items.map((prompt) => (
                <Table.Row key={prompt.id} align="center">
                  <Table.RowHeaderCell>
                    <Link asChild weight="medium">
                      <RouterLink to={promptHref(prompt.name)}>{prompt.name}</RouterLink>
                    </Link>
                    {prompt.description ? (
                      <Text as="div" size="1" color="gray">
                        {prompt.description}
                      </Text>
                    ) : null}
                  </Table.RowHeaderCell>
                  <Table.Cell>
                    {prompt.latestVersion != null ? (
                      `Version ${prompt.latestVersion}`
                    ) : (
                      <Text color="gray">No versions</Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Flex gap="1" wrap="wrap">
                      {prompt.tags.map((tag) => (
                        <Badge key={tag.name} variant="soft">
                          {tag.name} → v{tag.version}
                        </Badge>
                      ))}
                    </Flex>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="2">{new Date(prompt.updatedAt).toLocaleString()}</Text>
                  </Table.Cell>
                  <Table.Cell>
                    <Flex justify="end">
                      <Button size="1" variant="soft" asChild>
                        <RouterLink to={playgroundHref({ prompt: prompt.name })} aria-label={`Open ${prompt.name} in the playground`}>
                          Open in playground
                        </RouterLink>
                      </Button>
                    </Flex>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
          <Flex align="center" gap="3" mt="3">
            <Text size="2" color="gray">
              {page.offset + 1}–{page.offset + page.items.length} of {page.total}
            </Text>
            <Button
              size="1"
              variant="soft"
              color="gray"
              disabled={page.offset === 0}
              onClick={() => setOffset(Math.max(0, page.offset - PAGE_SIZE))}
            >
              Previous
            </Button>
            <Button
              size="1"
              variant="soft"
              color="gray"
              disabled={page.offset + page.items.length >= page.total}
              onClick={() => setOffset(page.offset + PAGE_SIZE)}
            >
              Next
            </Button>
          </Flex>
        </>
      ) : null}
      {creating ? <CreatePromptDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
