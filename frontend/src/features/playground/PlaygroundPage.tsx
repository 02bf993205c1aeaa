import { Button, Callout, Flex, IconButton, Spinner, Text } from '@radix-ui/themes';
import { Cross2Icon, InfoCircledIcon, PlayIcon, PlusIcon, StopIcon } from '@radix-ui/react-icons';
import { useMemo, useState, type CSSProperties } from 'react';
import type { PromptVersion } from '../../shared/api';
import type { PlaygroundLink } from '../../shared/prompts/links';
import { useProviders } from '../../shared/api/providers';
import { browserCredentials, useBrowserCredentials } from '../../shared/credentials/useBrowserCredentials';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';
import { InstancePanel } from './InstancePanel';
import { buildInvocationRequest, formProblem } from './invocationRequest';
import { builtinModelGroups, findGroup } from './modelCatalog';
import { MAX_INSTANCES, type InstanceDraft } from './playgroundState';
import { PromptEditor } from './PromptEditor';
import { openedVersion } from './promptVersions';
import { isRunning } from './runState';
import { SavePromptDialog } from './SavePromptDialog';
import { renderMessages, scanMessages } from './templates';
import { useOpenPromptLink } from './useOpenPromptLink';
import { useCustomModelGroups } from './useCustomModelGroups';
import { usePlaygroundState } from './usePlaygroundState';
import { useRuns } from './useRuns';
import { VariablesPanel } from './VariablesPanel';

/** What opening a saved prompt did, shown above the editor until dismissed. */
interface OpenedNotice {
  readonly text: string;
  readonly notes: readonly string[];
}

export function PlaygroundPage() {
  const [state, dispatch] = usePlaygroundState();
  const providersState = useProviders();
  const { providers: stored } = useBrowserCredentials();
  const custom = useCustomModelGroups();
  const runs = useRuns();
  const providers = 'data' in providersState ? providersState.data : undefined;
  const groups = useMemo(
    () => [...builtinModelGroups(providers ?? [], stored), ...custom.groups],
    [providers, stored, custom.groups],
  );
  const { instances, prompt, variables } = state;
  const anyRunning = instances.some((instance) => isRunning(runs.stateOf(instance.id)));
  const scan = scanMessages(
    prompt.messages,
    instances.map((instance) => instance.templateFormat),
  );
  const [saving, setSaving] = useState<string | null>(null);
  const [notice, setNotice] = useState<OpenedNotice | null>(null);

  // A version opened from the prompts pages goes into the first instance; the others keep their models.
  const target = instances[0]!;
  const opening = useOpenPromptLink((version: PromptVersion | null, link: PlaygroundLink) => {
    if (version === null) {
      dispatch({
        type: 'openVersion',
        instanceId: target.id,
        prompt: null,
        patch: { source: { prompt: link.prompt, version: null, tag: null } },
      });
      setNotice({ text: `${link.prompt} has no version yet: compose it here, then Save it as its first version.`, notes: [] });
      return;
    }
    const opened = openedVersion(version, link.tag ?? null);
    dispatch({ type: 'openVersion', instanceId: target.id, prompt: opened.prompt, patch: opened.patch });
    const tag = link.tag ? ` (tag ${link.tag})` : '';
    setNotice({ text: `Opened ${version.prompt} version ${version.number}${tag} in instance 1.`, notes: opened.notes });
  });

  /** A custom provider deleted since the instance chose it (persisted state outlives it). */
  const deletedCustomProvider = (instance: InstanceDraft) =>
    instance.model?.kind === 'custom' && custom.state.status === 'ready' && !findGroup(groups, instance.model);

  function runInstance(instance: InstanceDraft) {
    const built = deletedCustomProvider(instance)
      ? { ok: false as const, errors: ['The custom provider of this instance no longer exists: choose another model.'] }
      : buildInvocationRequest(prompt, instance, {
          capabilities: findGroup(groups, instance.model)?.capabilities ?? null,
          credentialsFor: (provider) => browserCredentials.credentialsFor(provider),
        });
    if (!built.ok) {
      runs.fail(instance.id, formProblem(built.errors));
      return;
    }
    // The version keeps the templates; a run sends them filled in.
    const rendered = renderMessages(built.request.messages, instance.templateFormat, variables);
    if (!rendered.ok) {
      runs.fail(instance.id, formProblem(rendered.errors));
      return;
    }
    void runs.run(instance.id, { ...built.request, messages: rendered.messages });
  }

  const savingInstance = instances.find((instance) => instance.id === saving);
  const savingIndex = savingInstance ? instances.indexOf(savingInstance) : -1;

  const runAll = () => instances.forEach(runInstance);
  const stopAll = () => instances.forEach((instance) => runs.stop(instance.id));

  return (
    <div
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          runAll();
        }
      }}
    >
      <PageHeader title="Playground">
        Compose messages, pick a provider and model, and watch the response stream in. Add up to four models
        to compare them on the same prompt. Ctrl+Enter runs them all.
      </PageHeader>

      {providersState.status === 'error' ? (
        <Flex direction="column" gap="2" align="start" mb="3">
          <ProblemCallout problem={providersState.error} />
          <Button size="1" variant="soft" onClick={() => void providersState.reload()}>
            Reload providers
          </Button>
        </Flex>
      ) : null}

      {custom.state.status === 'error' ? (
        <Text as="p" size="2" color="amber" mb="3">
          Custom providers could not be listed ({custom.state.error.detail ?? custom.state.error.title}).
        </Text>
      ) : null}

      {opening.status === 'loading' ? (
        <Flex gap="2" align="center" mb="3" role="status">
          <Spinner /> <Text size="2">Opening {describeLink(opening.link)}…</Text>
        </Flex>
      ) : null}
      {opening.status === 'failed' ? (
        <Flex direction="column" gap="2" mb="3">
          <Text size="2" weight="medium">
            Could not open {describeLink(opening.link)}:
          </Text>
          <ProblemCallout problem={opening.problem} />
        </Flex>
      ) : null}
      {notice ? (
        <Callout.Root size="1" mb="3" color={notice.notes.length > 0 ? 'amber' : 'blue'} role="status" aria-label="Opened prompt">
          <Callout.Icon>
            <InfoCircledIcon />
          </Callout.Icon>
          <Flex align="start" gap="3" style={{ gridColumn: 2 }}>
            <Flex direction="column" gap="1" style={{ flex: 1 }}>
              <Text size="2">{notice.text}</Text>
              {notice.notes.map((note) => (
                <Text key={note} size="2">
                  {note}
                </Text>
              ))}
            </Flex>
            <IconButton size="1" variant="ghost" color="gray" aria-label="Dismiss" onClick={() => setNotice(null)}>
              <Cross2Icon />
            </IconButton>
          </Flex>
        </Callout.Root>
      ) : null}

      <Flex direction="column" gap="4">
        <PromptEditor prompt={prompt} dispatch={dispatch} />

        <VariablesPanel
          scan={scan}
          values={variables}
          onChange={(name, value) => dispatch({ type: 'setVariable', name, value })}
        />

        <Flex align="center" gap="2" wrap="wrap">
          <Button onClick={runAll}>
            <PlayIcon /> {instances.length > 1 ? `Run all ${instances.length}` : 'Run all'}
          </Button>
          <Button color="red" variant="soft" disabled={!anyRunning} onClick={stopAll}>
            <StopIcon /> Stop all
          </Button>
          <Button
            variant="soft"
            color="gray"
            disabled={instances.length >= MAX_INSTANCES}
            onClick={() => dispatch({ type: 'addInstance' })}
          >
            <PlusIcon /> Compare another model
          </Button>
          <Text size="1" color="gray">
            {instances.length} of {MAX_INSTANCES} side by side
          </Text>
        </Flex>

        <div className="instances" style={{ '--instance-count': instances.length } as CSSProperties}>
          {instances.map((instance, index) => (
            <InstancePanel
              key={instance.id}
              instance={instance}
              number={index + 1}
              removable={instances.length > 1}
              groups={groups}
              groupsLoading={providersState.status === 'loading' || providersState.status === 'idle'}
              deleted={deletedCustomProvider(instance)}
              run={runs.stateOf(instance.id)}
              onChange={(patch) => dispatch({ type: 'updateInstance', id: instance.id, patch })}
              onRemove={() => {
                runs.stop(instance.id);
                dispatch({ type: 'removeInstance', id: instance.id });
              }}
              onRun={() => runInstance(instance)}
              onStop={() => runs.stop(instance.id)}
              onSave={() => setSaving(instance.id)}
            />
          ))}
        </div>
      </Flex>
      {savingInstance ? (
        <SavePromptDialog
          label={`Instance ${savingIndex + 1}`}
          prompt={prompt}
          instance={savingInstance}
          capabilities={findGroup(groups, savingInstance.model)?.capabilities ?? null}
          onClose={() => setSaving(null)}
          onSaved={(source) => {
            dispatch({ type: 'updateInstance', id: savingInstance.id, patch: { source } });
            setSaving(null);
          }}
        />
      ) : null}
    </div>
  );
}

function describeLink(link: PlaygroundLink): string {
  if (link.tag !== undefined) return `${link.prompt} (tag ${link.tag})`;
  if (link.version !== undefined) return `${link.prompt} version ${link.version}`;
  return link.prompt;
}
