import { Flex, Grid, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { useId } from 'react';
import type { Provider } from '../providers/providerApi';
import { validateCustomHeaders } from './customHeaders';
import type { ConnectionDraft, InstanceDraft, ParameterDraft, ReasoningEffort } from './playgroundState';

interface ModelSettingsProps {
  instance: InstanceDraft;
  provider: Provider | null;
  onChange: (patch: Partial<Omit<InstanceDraft, 'id'>>) => void;
}

const REASONING_PROVIDERS = new Set(['OPENAI', 'AZURE_OPENAI', 'XAI', 'GROQ', 'FIREWORKS', 'TOGETHER', 'DEEPSEEK']);

/** Invocation parameters, connection overrides and custom headers of one instance. */
export function ModelSettings({ instance, provider, onChange }: ModelSettingsProps) {
  const id = useId();
  const p = instance.parameters;
  const setParam = (patch: Partial<ParameterDraft>) => onChange({ parameters: { ...p, ...patch } });
  const setConnection = (patch: Partial<ConnectionDraft>) =>
    onChange({ connection: { ...instance.connection, ...patch } });
  const headers = validateCustomHeaders(instance.headersText);
  const key = provider?.key;
  const showReasoning = !provider || REASONING_PROVIDERS.has(provider.key) || provider.sdk === 'openai';

  return (
    <Flex direction="column" gap="3">
      <Grid columns="2" gap="2">
        <NumberField label="Temperature" value={p.temperature} placeholder="default" step="0.1" onChange={(v) => setParam({ temperature: v })} />
        <NumberField label="Max tokens" value={p.maxTokens} placeholder="default" step="1" onChange={(v) => setParam({ maxTokens: v })} />
        <NumberField label="Top P" value={p.topP} placeholder="default" step="0.05" onChange={(v) => setParam({ topP: v })} />
        <NumberField label="Seed" value={p.seed} placeholder="none" step="1" onChange={(v) => setParam({ seed: v })} />
      </Grid>
      <Flex direction="column" gap="1">
        <Text as="label" size="1" weight="medium" htmlFor={`${id}-stop`}>
          Stop sequences (one per line)
        </Text>
        <TextArea id={`${id}-stop`} size="1" rows={2} value={p.stop} onChange={(e) => setParam({ stop: e.target.value })} />
      </Flex>
      {showReasoning ? (
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

      {key === 'AWS' ? (
        <LabeledInput
          label="AWS region"
          value={instance.connection.region}
          placeholder="server default, e.g. us-east-1"
          onChange={(v) => setConnection({ region: v })}
        />
      ) : key === 'AZURE_OPENAI' ? (
        <LabeledInput
          label="Azure endpoint"
          value={instance.connection.azureEndpoint}
          placeholder="https://my-resource.openai.azure.com"
          hint="Used only with a key from this browser."
          onChange={(v) => setConnection({ azureEndpoint: v })}
        />
      ) : (
        <LabeledInput
          label="Base URL"
          value={instance.connection.baseUrl}
          placeholder="provider default, e.g. http://localhost:11434/v1 for Ollama"
          hint="For OpenAI-compatible servers. Used only with a key from this browser: server-held keys never go to a URL typed here."
          onChange={(v) => setConnection({ baseUrl: v })}
        />
      )}

      <Flex direction="column" gap="1">
        <Text as="label" size="1" weight="medium" htmlFor={`${id}-headers`}>
          Custom headers (JSON object)
        </Text>
        <TextArea
          id={`${id}-headers`}
          className="mono-textarea"
          size="1"
          rows={3}
          placeholder='{"X-Team": "research"}'
          value={instance.headersText}
          aria-invalid={!headers.ok}
          aria-describedby={!headers.ok ? `${id}-headers-errors` : undefined}
          onChange={(e) => onChange({ headersText: e.target.value })}
        />
        {!headers.ok ? (
          <ul id={`${id}-headers-errors`} style={{ margin: 0, paddingLeft: '1.1rem' }}>
            {headers.errors.map((error) => (
              <li key={error}>
                <Text size="1" color="red">
                  {error}
                </Text>
              </li>
            ))}
          </ul>
        ) : null}
      </Flex>
    </Flex>
  );
}

function NumberField({
  label,
  value,
  placeholder,
  step,
  onChange,
}: {
  label: string;
  value: string;
  placeholder: string;
  step: string;
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
        type="number"
        inputMode="decimal"
        step={step}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Flex>
  );
}

function LabeledInput({
  label,
  value,
  placeholder,
  hint,
  onChange,
}: {
  label: string;
  value: string;
  placeholder: string;
  hint?: string;
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
