import { Button, Flex, Text } from '@radix-ui/themes';
import { PlayIcon, PlusIcon, StopIcon } from '@radix-ui/react-icons';
import { useMemo, type CSSProperties } from 'react';
import { useProviders } from '../../shared/api/providers';
import { browserCredentials, useBrowserCredentials } from '../../shared/credentials/useBrowserCredentials';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';
import { InstancePanel } from './InstancePanel';
import { buildInvocationRequest } from './invocationRequest';
import { builtinModelGroups, findGroup } from './modelCatalog';
import { MAX_INSTANCES, type InstanceDraft } from './playgroundState';
import { PromptEditor } from './PromptEditor';
import { isRunning } from './runState';
import { useCustomModelGroups } from './useCustomModelGroups';
import { usePlaygroundState } from './usePlaygroundState';
import { useRuns } from './useRuns';

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
  const { instances, prompt } = state;
  const anyRunning = instances.some((instance) => isRunning(runs.stateOf(instance.id)));

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
      runs.fail(instance.id, {
        type: 'urn:switchboard:problem:form',
        title: 'Check the playground form',
        status: 0,
        detail: 'Nothing was sent. Fix these first:',
        extensions: { errors: built.errors.map((message) => ({ message })) },
      });
      return;
    }
    void runs.run(instance.id, built.request);
  }

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

      <Flex direction="column" gap="4">
        <PromptEditor prompt={prompt} dispatch={dispatch} />

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
            />
          ))}
        </div>
      </Flex>
    </div>
  );
}
