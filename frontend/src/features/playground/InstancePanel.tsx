import { Button, Card, Flex, IconButton, Link, Select, Separator, Text } from '@radix-ui/themes';
import { BookmarkIcon, ChevronDownIcon, ChevronRightIcon, Cross2Icon, PlayIcon, StopIcon } from '@radix-ui/react-icons';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ApiType, TemplateFormat } from '../../shared/api';
import { promptHref } from '../../shared/prompts/links';
import { findGroup, type ModelGroup } from './modelCatalog';
import { ModelPicker } from './ModelPicker';
import { ModelSettings } from './ModelSettings';
import type { InstanceDraft, PromptSource } from './playgroundState';
import { RunOutput } from './RunOutput';
import { isRunning, type RunState } from './runState';
import { TEMPLATE_FORMAT_LABELS, TEMPLATE_FORMATS } from './templates';

const API_TYPE_LABELS: Readonly<Record<ApiType, string>> = {
  chat_completions: 'Chat Completions',
  responses: 'Responses',
};

interface InstancePanelProps {
  instance: InstanceDraft;
  /** 1-based, used in every accessible name so side-by-side instances can be told apart. */
  number: number;
  removable: boolean;
  groups: readonly ModelGroup[];
  groupsLoading: boolean;
  /** The instance names a custom provider that no longer exists. */
  deleted: boolean;
  run: RunState;
  onChange: (patch: Partial<Omit<InstanceDraft, 'id'>>) => void;
  onRemove: () => void;
  onRun: () => void;
  onStop: () => void;
  onSave: () => void;
}

/** One model of the playground: its configuration, Run/Stop, and its streamed output. */
export function InstancePanel(props: InstancePanelProps) {
  const { instance, number, removable, groups, groupsLoading, deleted, run, onChange, onRemove, onRun, onStop, onSave } = props;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const id = useId();
  const label = `Instance ${number}`;
  const group = findGroup(groups, instance.model);
  const capabilities = group?.capabilities ?? null;
  const apiTypes = capabilities?.apiTypes ?? [];
  const apiType: ApiType | undefined = instance.apiType ?? capabilities?.defaultApiType ?? apiTypes[0];
  const running = isRunning(run);

  return (
    <Card size="2" role="region" aria-label={label}>
      <Flex direction="column" gap="3">
        <Flex align="center" gap="2">
          <Text size="1" color="gray" weight="bold">
            {number}
          </Text>
          <div style={{ minWidth: 0, flex: 1 }}>
            <ModelPicker
              label={`Model for ${label.toLowerCase()}`}
              groups={groups}
              value={instance.model}
              loading={groupsLoading}
              onChange={(model) => {
                const sameProvider = group && findGroup(groups, model)?.id === group.id;
                onChange(sameProvider ? { model } : { model, apiType: null });
              }}
            />
          </div>
          {removable ? (
            <IconButton
              variant="ghost"
              color="gray"
              aria-label={`Remove ${label.toLowerCase()}`}
              onClick={onRemove}
            >
              <Cross2Icon />
            </IconButton>
          ) : null}
        </Flex>

        {instance.source ? <SourceLine source={instance.source} /> : null}

        {group && !group.ready && group.kind === 'builtin' ? (
          <Text size="1" color="amber">
            No {group.label} credentials in this browser or on the server: add a key in the API Keys menu.
          </Text>
        ) : null}
        {group && !group.ready && group.kind === 'custom' ? (
          <Text size="1" color="amber">
            The server can no longer decrypt the secrets of {group.label} (the server secret changed): re-enter them
            in{' '}
            <Link asChild>
              <RouterLink to="/settings/custom-providers">Settings → Custom Providers</RouterLink>
            </Link>
            .
          </Text>
        ) : null}
        {deleted ? (
          <Text size="1" color="amber">
            The custom provider this instance used no longer exists: choose another model.
          </Text>
        ) : null}

        {apiTypes.length > 1 && apiType ? (
          <Flex align="center" gap="2">
            <Text size="1" weight="medium" id={`${id}-api`}>
              API type
            </Text>
            <Select.Root size="1" value={apiType} onValueChange={(v) => onChange({ apiType: v as ApiType })}>
              <Select.Trigger aria-labelledby={`${id}-api`} aria-label={`API type for ${label.toLowerCase()}`} />
              <Select.Content>
                {apiTypes.map((type) => (
                  <Select.Item key={type} value={type}>
                    {API_TYPE_LABELS[type]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Flex>
        ) : null}

        <Flex align="center" gap="2">
          <Text size="1" weight="medium" aria-hidden="true">
            Template
          </Text>
          <Select.Root
            size="1"
            value={instance.templateFormat}
            onValueChange={(v) => onChange({ templateFormat: v as TemplateFormat })}
          >
            <Select.Trigger aria-label={`Template format for ${label.toLowerCase()}`} />
            <Select.Content>
              {TEMPLATE_FORMATS.map((format) => (
                <Select.Item key={format} value={format}>
                  {TEMPLATE_FORMAT_LABELS[format]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>

        <div>
          <Button
            size="1"
            variant="ghost"
            color="gray"
            aria-expanded={settingsOpen}
            aria-controls={`${id}-settings`}
            onClick={() => setSettingsOpen((open) => !open)}
          >
            {settingsOpen ? <ChevronDownIcon /> : <ChevronRightIcon />}
            {group?.customProvider ? 'Parameters, routing and headers' : 'Parameters, base URL and headers'}
          </Button>
          {settingsOpen ? (
            <div id={`${id}-settings`} style={{ marginTop: '0.75rem' }}>
              <ModelSettings
                instance={instance}
                capabilities={capabilities}
                customProvider={group?.customProvider ?? null}
                onChange={onChange}
              />
            </div>
          ) : null}
        </div>

        <Flex gap="2">
          <Button onClick={onRun} aria-label={`Run ${label.toLowerCase()}`}>
            <PlayIcon /> {running ? 'Run again' : 'Run'}
          </Button>
          <Button
            color="red"
            variant="soft"
            disabled={!running}
            onClick={onStop}
            aria-label={`Stop ${label.toLowerCase()}`}
          >
            <StopIcon /> Stop
          </Button>
          <Button variant="soft" color="gray" ml="auto" onClick={onSave} aria-label={`Save ${label.toLowerCase()} as a prompt`}>
            <BookmarkIcon /> Save
          </Button>
        </Flex>
        <Separator size="4" />
        <RunOutput state={run} label={label} />
      </Flex>
    </Card>
  );
}

/** Which saved prompt the instance came from (or was last saved as), linking to its page. */
function SourceLine({ source }: { source: PromptSource }) {
  return (
    <Text size="1" color="gray">
      Prompt{' '}
      <Link asChild>
        <RouterLink to={promptHref(source.prompt)}>{source.prompt}</RouterLink>
      </Link>
      {source.version !== null ? ` · version ${source.version}` : ' · no version yet'}
      {source.tag ? ` · tag ${source.tag}` : ''}
    </Text>
  );
}
