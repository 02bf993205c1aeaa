import { Flex, Grid, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { useId } from 'react';
import type { ConnectionField, Provider } from '../../shared/api';
import { validateCustomHeaders } from '../../shared/headers/customHeaders';
import { JsonField } from '../../shared/ui/JsonField';
import type { ConnectionDraft, InstanceDraft, ParameterDraft, ReasoningEffort } from './playgroundState';
import { capabilitiesOf } from './providerCapabilities';

interface ModelSettingsProps {
  instance: InstanceDraft;
  provider: Provider | null;
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
 * parameters and overrides the provider supports, as the server lists them.
 */
export function ModelSettings({ instance, provider, onChange }: ModelSettingsProps) {
  const id = useId();
  const p = instance.parameters;
  const setParam = (patch: Partial<ParameterDraft>) => onChange({ parameters: { ...p, ...patch } });
  const setConnection = (patch: Partial<ConnectionDraft>) =>
    onChange({ connection: { ...instance.connection, ...patch } });
  const headers = validateCustomHeaders(instance.headersText);
  const supports = capabilitiesOf(provider, instance.apiType);
  const numberInputs = NUMBER_INPUTS.filter((input) => supports.parameters.has(input.name));

  return (
    <Flex direction="column" gap="3">
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
          placeholder={connectionPlaceholder(field, provider)}
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
function connectionPlaceholder(field: ConnectionField, provider: Provider | null): string {
  const defaultBaseUrl = field === 'baseUrl' ? provider?.defaultBaseUrl : undefined;
  return defaultBaseUrl ? `provider default, ${defaultBaseUrl}` : CONNECTION_INPUTS[field].placeholder;
}
