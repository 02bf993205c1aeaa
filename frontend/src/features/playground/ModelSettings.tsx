import { Code, DataList, Flex, Grid, Select, Separator, Text, TextArea, TextField } from '@radix-ui/themes';
import { useId } from 'react';
import type { ConnectionField, CustomProvider } from '../../shared/api';
import { AUTH_TYPE_LABELS, SDK_LABELS } from '../../shared/customProviders/labels';
import { validateCustomHeaders } from '../../shared/headers/customHeaders';
import { JsonField } from '../../shared/ui/JsonField';
import type { ConnectionDraft, InstanceDraft, ParameterDraft, ReasoningEffort } from './playgroundState';
import { capabilitiesOf, type CapabilitySource } from './providerCapabilities';

interface ModelSettingsProps {
  instance: InstanceDraft;
  /** What the provider supports; null when the server has not described it. */
  capabilities: CapabilitySource | null;
  /** The custom provider invoked, whose routing is shown read-only; null for a built-in one. */
  customProvider: CustomProvider | null;
  onChange: (patch: Partial<Omit<InstanceDraft, 'id'>>) => void;
}

type NumberParameter = 'temperature' | 'maxTokens' | 'topP' | 'seed' | 'frequencyPenalty' | 'presencePenalty';

const NUMBER_INPUTS: ReadonlyArray<{ name: NumberParameter; label: string; placeholder: string; step: string }> = [
  { name: 'temperature', label: 'Temperature', placeholder: 'default', step: '0.1' },
  { name: 'maxTokens', label: 'Max tokens', placeholder: 'default', step: '1' },
  { name: 'topP', label: 'Top P', placeholder: 'default', step: '0.05' },
  { name: 'seed', label: 'Seed', placeholder: 'none', step: '1' },
  { name: 'frequencyPenalty', label: 'Frequency penalty', placeholder: 'default', step: '0.1' },
  { name: 'presencePenalty', label: 'Presence penalty', placeholder: 'default', step: '0.1' },
];

const CONNECTION_INPUTS: Readonly<Record<ConnectionField, { label: string; placeholder: string; hint?: string }>> = {
  baseUrl: {
    label: 'Base URL',
    placeholder: 'provider default, e.g. http://localhost:11434/v1 for Ollama',
    hint: 'Used only with a key from this browser: server-held keys never go to a URL typed here.',
  },
  azureEndpoint: {
    label: 'Azure endpoint',
    placeholder: 'https://my-resource.openai.azure.com',
    hint: 'Used only with a key from this browser.',
  },
  region: { label: 'AWS region', placeholder: 'server default, e.g. us-east-1' },
};

/**
 * Invocation parameters, connection overrides and custom headers of one instance: only the
 * parameters and overrides the provider supports, as the server lists them. A custom provider's
 * routing is its own: it is shown, not edited, and only the request headers are added to it.
 */
export function ModelSettings({ instance, capabilities, customProvider, onChange }: ModelSettingsProps) {
  const id = useId();
  const p = instance.parameters;
  const setParam = (patch: Partial<ParameterDraft>) => onChange({ parameters: { ...p, ...patch } });
  const setConnection = (patch: Partial<ConnectionDraft>) =>
    onChange({ connection: { ...instance.connection, ...patch } });
  const headers = validateCustomHeaders(instance.headersText);
  const supports = capabilitiesOf(capabilities, instance.apiType);
  const numberInputs = NUMBER_INPUTS.filter((input) => supports.parameters.has(input.name));

  return (
    <Flex direction="column" gap="3">
      {customProvider ? <CustomRouting provider={customProvider} /> : null}
      {numberInputs.length > 0 ? (
        <Grid columns="2" gap="2">
          {numberInputs.map((input) => (
            <LabeledInput
              key={input.name}
              label={input.label}
              placeholder={input.placeholder}
              step={input.step}
              value={p[input.name]}
              onChange={(v) => setParam({ [input.name]: v })}
            />
          ))}
        </Grid>
      ) : null}
      {supports.parameters.has('stop') ? (
        <Flex direction="column" gap="1">
          <Text as="label" size="1" weight="medium" htmlFor={`${id}-stop`}>
            Stop sequences (one per line)
          </Text>
          <TextArea id={`${id}-stop`} size="1" rows={2} value={p.stop} onChange={(e) => setParam({ stop: e.target.value })} />
        </Flex>
      ) : null}
      {supports.parameters.has('reasoningEffort') ? (
        <Flex direction="column" gap="1">
          <Text size="1" weight="medium" id={`${id}-effort`}>
            Reasoning effort (reasoning models)
          </Text>
          <Select.Root
            size="1"
            value={p.reasoningEffort === '' ? 'default' : p.reasoningEffort}
            onValueChange={(v) => setParam({ reasoningEffort: (v === 'default' ? '' : v) as ReasoningEffort })}
          >
            <Select.Trigger aria-labelledby={`${id}-effort`} />
            <Select.Content>
              <Select.Item value="default">Default</Select.Item>
              <Select.Item value="none">None</Select.Item>
              <Select.Item value="minimal">Minimal</Select.Item>
              <Select.Item value="low">Low</Select.Item>
              <Select.Item value="medium">Medium</Select.Item>
              <Select.Item value="high">High</Select.Item>
            </Select.Content>
          </Select.Root>
        </Flex>
      ) : null}

      {[...supports.connection].map((field) => (
        <LabeledInput
          key={field}
          label={CONNECTION_INPUTS[field].label}
          hint={CONNECTION_INPUTS[field].hint}
          placeholder={connectionPlaceholder(field, capabilities)}
          value={instance.connection[field]}
          onChange={(v) => setConnection({ [field]: v })}
        />
      ))}

      <JsonField
        label="Custom headers (JSON object)"
        size="1"
        rows={3}
        placeholder='{"X-Team": "research"}'
        value={instance.headersText}
        errors={headers.ok ? [] : headers.errors}
        onChange={(headersText) => onChange({ headersText })}
      />
      {customProvider ? (
        <Text size="1" color="gray">
          Sent over the headers {customProvider.name} sets; a header named in both takes this value.
        </Text>
      ) : null}
    </Flex>
  );
}

/** Where a custom provider sends requests and how it authenticates: read-only, set in Settings. */
function CustomRouting({ provider }: { provider: CustomProvider }) {
  const { config } = provider;
  const routing: ReadonlyArray<readonly [string, string | undefined]> = [
    ['Base URL', config.baseUrl],
    ['Azure endpoint', config.azureEndpoint],
    ['API version', config.apiVersion],
    ['AWS region', config.region],
    ['Endpoint URL', config.endpointUrl],
  ];
  const headers = Object.entries(config.headers ?? {});
  return (
    <Flex direction="column" gap="2">
      <Text size="1" color="gray">
        Routing and credentials of {provider.name}, set in Settings → Custom Providers:
      </Text>
      <DataList.Root size="1" aria-label={`Routing of ${provider.name}`}>
        <DataList.Item>
          <DataList.Label minWidth="7rem">SDK</DataList.Label>
          <DataList.Value>{SDK_LABELS[provider.sdk]}</DataList.Value>
        </DataList.Item>
        <DataList.Item>
          <DataList.Label minWidth="7rem">Authentication</DataList.Label>
          <DataList.Value>{AUTH_TYPE_LABELS[provider.authType]}</DataList.Value>
        </DataList.Item>
        <DataList.Item>
          <DataList.Label minWidth="7rem">Host</DataList.Label>
          <DataList.Value>
            <Code size="1" variant="ghost">
              {provider.host}
            </Code>
          </DataList.Value>
        </DataList.Item>
        {routing
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.Label minWidth="7rem">{label}</DataList.Label>
              <DataList.Value>
                <Code size="1" variant="ghost">
                  {value}
                </Code>
              </DataList.Value>
            </DataList.Item>
          ))}
        {headers.length > 0 ? (
          <DataList.Item>
            <DataList.Label minWidth="7rem">Headers</DataList.Label>
            <DataList.Value>
              <Code size="1" variant="ghost">
                {headers.map(([name, value]) => `${name}: ${value}`).join(', ')}
              </Code>
            </DataList.Value>
          </DataList.Item>
        ) : null}
      </DataList.Root>
      <Separator size="4" />
    </Flex>
  );
}

/** A labelled text input; with a `step`, a number input (kept as typed, validated on Run). */
function LabeledInput({
  label,
  value,
  placeholder,
  hint,
  step,
  onChange,
}: {
  label: string;
  value: string;
  placeholder: string;
  hint?: string;
  step?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <Flex direction="column" gap="1">
      <Text as="label" size="1" weight="medium" htmlFor={id}>
        {label}
      </Text>
      <TextField.Root
        id={id}
        size="1"
        {...(step ? { type: 'number', inputMode: 'decimal', step } : {})}
        value={value}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? (
        <Text id={`${id}-hint`} size="1" color="gray">
          {hint}
        </Text>
      ) : null}
    </Flex>
  );
}

/** The base URL's placeholder shows where requests go when it is left empty, if the server says. */
function connectionPlaceholder(field: ConnectionField, capabilities: CapabilitySource | null): string {
  const defaultBaseUrl = field === 'baseUrl' ? capabilities?.defaultBaseUrl : undefined;
  return defaultBaseUrl ? `provider default, ${defaultBaseUrl}` : CONNECTION_INPUTS[field].placeholder;
}
