import { Button, Callout, Flex, Grid, Select, Text, TextArea } from '@radix-ui/themes';
import { CheckCircledIcon, CrossCircledIcon, InfoCircledIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { ProblemError, type ApiType, type ConnectionTestResult, type CustomProvider, type ProblemDetails, type Sdk } from '../../shared/api';
import {
  createCustomProvider,
  customProvidersResource,
  testCustomProviderInput,
  testSavedCustomProvider,
  updateCustomProvider,
} from '../../shared/api/customProviders';
import { useProviders } from '../../shared/api/providers';
import { AUTH_TYPE_LABELS, SDK_LABELS } from '../../shared/customProviders/labels';
import { FieldFrame, TextInput } from '../../shared/ui/FieldFrame';
import { FormDialog } from '../../shared/ui/FormDialog';
import { JsonField } from '../../shared/ui/JsonField';
import { MaskedInput } from '../../shared/ui/MaskedInput';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';
import {
  API_TYPE_SDKS,
  AUTH_FIELDS,
  AUTH_TYPES,
  REENTRY_MESSAGES,
  ROUTING_FIELDS,
  connectionTestOf,
  draftOf,
  hasErrors,
  inputOf,
  keptSecrets,
  newDraft,
  patchOf,
  reentryReason,
  sdkChoices,
  secretPlaceholder,
  serverFieldErrors,
  validateDraft,
  withSdk,
  type AuthType,
  type CustomProviderDraft,
  type FieldErrors,
  type FieldSpec,
  type FormField,
  type SecretField,
} from './customProviderForm';

interface CustomProviderDialogProps {
  /** The provider to edit; null to add one. */
  saved: CustomProvider | null;
  onClose: () => void;
}

type TestState =
  | { readonly status: 'idle' }
  | { readonly status: 'testing' }
  | { readonly status: 'done'; readonly result: ConnectionTestResult }
  | { readonly status: 'failed'; readonly problem: ProblemDetails };

/**
 * Creates or edits a custom provider: one form per sdk and auth type, secrets masked and kept when
 * left empty, headers checked as they are typed, Test connection before and after saving, and the
 * server's field errors shown on their fields. Mounted open; the page unmounts it to close.
 */
export function CustomProviderDialog({ saved, onClose }: CustomProviderDialogProps) {
  const [draft, setDraft] = useState<CustomProviderDraft>(() => (saved ? draftOf(saved) : newDraft()));
  /**
   * Client-side errors show once Save or Test was pressed (a test needs no name); header errors
   * show as they are typed.
   */
  const [checked, setChecked] = useState<'save' | 'test' | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ProblemDetails | null>(null);
  const [saving, setSaving] = useState(false);
  const [test, setTest] = useState<TestState>({ status: 'idle' });
  const providersState = useProviders();
  const builtinKeys = 'data' in providersState && providersState.data ? providersState.data.map((p) => p.key) : [];

  const clientErrors = validateDraft(draft, saved, { builtinKeys, forTest: checked === 'test' });
  const kept = keptSecrets(draft, saved);
  const reason = reentryReason(draft, saved);
  const errorsOf = (name: FormField): readonly string[] => {
    const live = name === 'headers' || checked !== null ? (clientErrors[name] ?? []) : [];
    return [...live, ...(serverErrors[name] ?? [])];
  };

  function update(next: CustomProviderDraft, changed: readonly FormField[]) {
    setDraft(next);
    setTest({ status: 'idle' });
    setServerErrors((errors) => {
      const rest = { ...errors };
      for (const name of changed) delete rest[name];
      return rest;
    });
  }
  const setValue = (name: FieldSpec['name'], value: string) =>
    update({ ...draft, values: { ...draft.values, [name]: value } }, [name]);

  function showServerProblem(error: unknown) {
    if (!(error instanceof ProblemError)) throw error;
    const { fields, rest } = serverFieldErrors(error);
    setServerErrors(fields);
    const placed = hasErrors(fields) && rest.length === 0;
    setProblem(
      placed
        ? null
        : { ...error, extensions: { ...error.extensions, errors: rest.map((message) => ({ message })) } },
    );
  }

  async function save() {
    setChecked('save');
    setProblem(null);
    if (hasErrors(validateDraft(draft, saved, { builtinKeys }))) return;
    setSaving(true);
    try {
      if (saved) {
        const patch = patchOf(draft, saved);
        if (Object.keys(patch).length > 0) await updateCustomProvider(saved.id, patch);
      } else {
        await createCustomProvider(inputOf(draft));
      }
      await customProvidersResource.load(true);
      onClose();
    } catch (error) {
      showServerProblem(error);
    } finally {
      setSaving(false);
    }
  }

  const plannedTest = connectionTestOf(draft, saved);

  async function testConnection() {
    setChecked('test');
    setProblem(null);
    if (plannedTest.kind === 'blocked') return;
    if (plannedTest.kind === 'input' && hasErrors(validateDraft(draft, saved, { builtinKeys, forTest: true }))) return;
    setTest({ status: 'testing' });
    try {
      const result =
        plannedTest.kind === 'saved'
          ? await testSavedCustomProvider(plannedTest.id)
          : await testCustomProviderInput(plannedTest.input);
      setTest({ status: 'done', result });
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      // An invalid config (422) is shown on its fields, like a refused save; anything else here.
      if (error.status === 422) {
        showServerProblem(error);
        setTest({ status: 'idle' });
      } else {
        setTest({ status: 'failed', problem: error });
      }
    }
  }

  const routing = ROUTING_FIELDS[draft.sdk];
  const auth = AUTH_FIELDS[draft.authType];

  return (
    <FormDialog
      title={saved ? `Edit ${saved.name}` : 'Add a custom provider'}
      description="A named configuration with its own endpoint, authentication and headers, shared by everyone using this Switchboard. Secrets are stored encrypted and never shown again."
      maxWidth="44rem"
      submit={saved ? 'Save changes' : 'Create provider'}
      busy={saving}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Grid columns={{ initial: '1', sm: '2' }} gap="3">
        <TextInput
          label="Name"
          hint="How scripts and the playground refer to it, e.g. team-openai."
          value={draft.name}
          errors={errorsOf('name')}
          onChange={(name) => update({ ...draft, name }, ['name'])}
        />
        <TextInput
          label="Provider label"
          optional
          hint="Shown beside the name, e.g. OpenAI via proxy."
          value={draft.provider}
          errors={errorsOf('provider')}
          onChange={(provider) => update({ ...draft, provider }, ['provider'])}
        />
      </Grid>
      <FieldFrame label="Description" optional errors={errorsOf('description')}>
        {(props) => (
          <TextArea
            {...props}
            rows={2}
            size="2"
            value={draft.description}
            onChange={(event) => update({ ...draft, description: event.target.value }, ['description'])}
          />
        )}
      </FieldFrame>

      <Grid columns={{ initial: '1', sm: '2' }} gap="3">
        <Choice<Sdk>
          label="SDK"
          value={draft.sdk}
          options={sdkChoices(saved).map((sdk) => [sdk, SDK_LABELS[sdk]])}
          hint={saved && sdkChoices(saved).length === 1 ? 'The SDK of a saved provider cannot change.' : undefined}
          errors={errorsOf('sdk')}
          onChange={(sdk) => update(withSdk(draft, sdk), ['sdk', 'authType'])}
        />
        <Choice<AuthType>
          label="Authentication"
          value={draft.authType}
          options={AUTH_TYPES[draft.sdk].map((type) => [type, AUTH_TYPE_LABELS[type]])}
          errors={errorsOf('authType')}
          onChange={(authType) => update({ ...draft, authType }, ['authType'])}
        />
      </Grid>

      {reason ? (
        <Callout.Root color="amber" size="1" role="note">
          <Callout.Icon>
            <InfoCircledIcon />
          </Callout.Icon>
          <Callout.Text>{REENTRY_MESSAGES[reason]}</Callout.Text>
        </Callout.Root>
      ) : null}

      <Grid columns={{ initial: '1', sm: '2' }} gap="3">
        {[...routing, ...auth].map((spec) =>
          spec.secret ? (
            <SecretInput
              key={spec.name}
              spec={spec}
              value={draft.values[spec.name] ?? ''}
              kept={kept.has(spec.name as SecretField)}
              hint={kept.get(spec.name as SecretField)}
              required={spec.required && !kept.has(spec.name as SecretField)}
              errors={errorsOf(spec.name)}
              onChange={(value) => setValue(spec.name, value)}
            />
          ) : (
            <TextInput
              key={spec.name}
              label={spec.label}
              optional={!spec.required}
              placeholder={spec.placeholder}
              value={draft.values[spec.name] ?? ''}
              errors={errorsOf(spec.name)}
              onChange={(value) => setValue(spec.name, value)}
            />
          ),
        )}
      </Grid>
      {draft.authType === 'default_credentials' ? (
        <Text size="2" color="gray">
          Uses the server’s own {draft.sdk === 'aws_bedrock' ? 'AWS' : 'Azure'} identity: nothing to enter here.
        </Text>
      ) : null}

      {API_TYPE_SDKS.has(draft.sdk) ? (
        <Choice<ApiType>
          label="API type"
          value={draft.apiType}
          options={[
            ['responses', 'Responses (default)'],
            ['chat_completions', 'Chat Completions'],
          ]}
          hint="The default for runs; a run may still choose the other."
          errors={errorsOf('apiType')}
          onChange={(apiType) => update({ ...draft, apiType }, ['apiType'])}
        />
      ) : null}

      <JsonField
        label="Headers (JSON object, optional)"
        rows={3}
        size="2"
        placeholder='{"X-Team": "research"}'
        value={draft.headersText}
        errors={errorsOf('headers')}
        onChange={(headersText) => update({ ...draft, headersText }, ['headers'])}
      />

      <Flex direction="column" gap="2">
        <Flex align="center" gap="3" wrap="wrap">
          <Button
            type="button"
            variant="soft"
            loading={test.status === 'testing'}
            disabled={plannedTest.kind === 'blocked'}
            onClick={() => void testConnection()}
          >
            Test connection
          </Button>
          <Text size="1" color="gray">
            {plannedTest.kind === 'blocked'
              ? plannedTest.reason
              : plannedTest.kind === 'saved'
                ? 'Tests the saved settings with the stored secrets.'
                : 'Tests these settings before saving.'}
          </Text>
        </Flex>
        <TestResult state={test} />
      </Flex>

      {problem ? <ProblemCallout problem={problem} /> : null}
      {checked !== null && !problem && hasErrors({ ...clientErrors, ...serverErrors }) ? (
        <Text size="2" color="red" role="alert">
          Check the fields marked above.
        </Text>
      ) : null}

    </FormDialog>
  );
}

function TestResult({ state }: { state: TestState }) {
  if (state.status === 'idle' || state.status === 'testing') return null;
  if (state.status === 'failed') return <ProblemCallout problem={state.problem} />;
  const { ok, status, error } = state.result;
  return (
    <Callout.Root color={ok ? 'green' : 'red'} size="1" role="status" aria-label="Connection test result">
      <Callout.Icon>{ok ? <CheckCircledIcon /> : <CrossCircledIcon />}</Callout.Icon>
      <Callout.Text>
        {ok ? 'Connection OK' : 'Connection failed'}
        {status !== null ? ` · HTTP ${status}` : ' · no answer'}
        {error ? ` · ${error}` : ''}
      </Callout.Text>
    </Callout.Root>
  );
}

function SecretInput({
  spec,
  value,
  kept,
  hint,
  required,
  errors,
  onChange,
}: {
  spec: FieldSpec;
  value: string;
  kept: boolean;
  hint: string | null | undefined;
  required: boolean;
  errors: readonly string[];
  onChange: (value: string) => void;
}) {
  return (
    <FieldFrame label={spec.label} optional={!required && !kept} errors={errors}>
      {(props) => (
        <MaskedInput
          id={props.id}
          label={spec.label}
          value={value}
          describedBy={props['aria-describedby']}
          invalid={props['aria-invalid']}
          placeholder={kept ? secretPlaceholder(hint) : undefined}
          onChange={onChange}
        />
      )}
    </FieldFrame>
  );
}

function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
  errors,
  hint,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
  errors: readonly string[];
  hint?: string;
}) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors}>
      {(props) => (
        <Select.Root value={value} onValueChange={(next) => onChange(next as T)} disabled={options.length < 2}>
          <Select.Trigger {...props} />
          <Select.Content>
            {options.map(([option, text]) => (
              <Select.Item key={option} value={option}>
                {text}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      )}
    </FieldFrame>
  );
}
