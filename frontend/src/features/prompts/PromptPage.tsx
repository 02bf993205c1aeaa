import { Button, Flex, Link, Tabs, Text } from '@radix-ui/themes';
import { ArrowLeftIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { PromptVersion } from '../../shared/api';
import { deletePrompt, getPrompt, listTags, listVersions } from '../../shared/api/prompts';
import { playgroundHref } from '../../shared/prompts/links';
import { useRemoteData } from '../../shared/store/useRemoteData';
import { DeleteButton } from '../../shared/ui/DeleteButton';
import { PageHeader } from '../../shared/ui/PageHeader';
import { RemoteStatus } from '../../shared/ui/RemoteStatus';
import { TagsPanel } from './TagsPanel';
import { VersionDiffView } from './VersionDiffView';
import { VersionTimeline } from './VersionTimeline';
import { VersionView } from './VersionView';

/** One prompt: its versions as a timeline, one version in full, its tags, and a diff of any two versions. */
export function PromptPage() {
  const name = useParams().name ?? '';
  const navigate = useNavigate();
  const state = useRemoteData(name, async (signal) => {
    const [prompt, versions, tags] = await Promise.all([
      getPrompt(name, signal),
      listVersions(name, signal),
      listTags(name, signal),
    ]);
    return { prompt, versions, tags };
  });
  const data = 'data' in state ? state.data : undefined;
  const [chosen, setChosen] = useState<number | null>(null);
  const [tab, setTab] = useState('version');
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);

  if (!data) {
    return (
      <>
        <PageHeader title={name} />
        <RemoteStatus state={state} reload={state.reload} loadingText="Loading the prompt…" />
        <BackLink />
      </>
    );
  }

  const { prompt, versions, tags } = data;
  const selected: PromptVersion | undefined = versions.find((v) => v.number === chosen) ?? versions[0];
  const diffPair = compared ?? defaultPair(versions, selected);

  return (
    <>
      <BackLink />
      <PageHeader title={prompt.name}>{prompt.description || 'No description.'}</PageHeader>
      <Flex gap="3" mb="4" align="center" wrap="wrap">
        <Button asChild variant="soft">
          <RouterLink to={playgroundHref({ prompt: prompt.name })}>
            {versions.length > 0 ? 'Open latest in playground' : 'Compose in playground'}
          </RouterLink>
        </Button>
        <DeleteButton
          size="2"
          name={prompt.name}
          consequences={`All ${versions.length} versions, its tags and their history are removed. Scripts that call it by name will fail. This cannot be undone.`}
          onDelete={() => deletePrompt(prompt.name)}
          onDeleted={() => navigate('/prompts')}
        />
        {state.status === 'error' ? (
          <Text size="2" color="red">
            Reload failed: {state.error.detail ?? state.error.title}
          </Text>
        ) : null}
      </Flex>

      {versions.length === 0 || !selected ? (
        <Text as="p" color="gray">
          No versions yet. Compose the prompt in the playground and save it there as the first version of{' '}
          {prompt.name}.
        </Text>
      ) : (
        <div className="prompt-layout">
          <VersionTimeline
            versions={versions}
            selected={selected.number}
            onSelect={(number) => {
              setChosen(number);
              setTab('version');
            }}
          />
          <Tabs.Root value={tab} onValueChange={setTab}>
            <Tabs.List aria-label="Prompt">
              <Tabs.Trigger value="version">Version {selected.number}</Tabs.Trigger>
              <Tabs.Trigger value="compare">Compare versions</Tabs.Trigger>
              <Tabs.Trigger value="tags">Tags ({tags.length})</Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="version">
              <VersionView version={selected} onTagged={state.reload} />
            </Tabs.Content>
            <Tabs.Content value="compare">
              <VersionDiffView versions={versions} from={diffPair.from} to={diffPair.to} onChange={setCompared} />
            </Tabs.Content>
            <Tabs.Content value="tags">
              <TagsPanel prompt={prompt.name} tags={tags} versions={versions} onChanged={state.reload} />
            </Tabs.Content>
          </Tabs.Root>
        </div>
      )}
    </>
  );
}

/** The selected version against the one before it (or the two newest when the first is selected). */
function defaultPair(versions: readonly PromptVersion[], selected: PromptVersion | undefined) {
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const to = selected?.number ?? numbers[numbers.length - 1] ?? 1;
  const before = numbers.filter((n) => n < to);
  if (before.length > 0) return { from: before[before.length - 1]!, to };
  return { from: to, to: numbers.find((n) => n > to) ?? to };
}

function BackLink() {
  return (
    <Text as="p" size="2" mb="2">
      <Link asChild color="gray">
        <RouterLink to="/prompts">
          <ArrowLeftIcon style={{ verticalAlign: 'middle' }} /> All prompts
        </RouterLink>
      </Link>
    </Text>
  );
}
