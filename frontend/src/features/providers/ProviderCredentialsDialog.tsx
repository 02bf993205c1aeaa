import { Badge, Button, Callout, Dialog, Flex, SegmentedControl, Spinner, Text } from '@radix-ui/themes';
import { InfoCircledIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { ProblemError, type Provider, type SecretSummary } from '../../shared/api';
import { deleteSecret, providersResource, putSecrets, secretsResource, useSecrets } from '../../shared/api/providers';
import { CredentialField } from '../../shared/credentials/CredentialField';
import { ProviderKeyFields } from '../../shared/credentials/ProviderKeyFields';
import { useBrowserCredentials } from '../../shared/credentials/useBrowserCredentials';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';

type Mode = 'browser' | 'secrets';

/** Edits one provider's credentials, either in this browser's store or as server secrets. */
export function ProviderCredentialsDialog({ provider }: { provider: Provider }) {
  const [mode, setMode] = useState<Mode>('browser');
  const { providers: stored } = useBrowserCredentials();
  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button size="1" variant="soft" aria-label={`Edit ${provider.name} credentials`}>
          Edit
        </Button>
      </Dialog.Trigger>
      <Dialog.Content maxWidth="32rem">
        <Dialog.Title>{provider.name} credentials</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          Keep keys in this browser, or store them on the server as encrypted secrets shared by everyone
          using this Switchboard. A key in the browser wins over a server secret.
        </Dialog.Description>
        <SegmentedControl.Root
          value={mode}
          onValueChange={(value) => setMode(value as Mode)}
          aria-label="Where to store credentials"
          mb="3"
        >
          <SegmentedControl.Item value="browser">Browser</SegmentedControl.Item>
          <SegmentedControl.Item value="secrets">Secrets</SegmentedControl.Item>
        </SegmentedControl.Root>
        {mode === 'browser' ? (
          <ProviderKeyFields provider={provider} values={stored[provider.key] ?? {}} />
        ) : (
          <SecretsForm provider={provider} />
        )}
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

function SecretsForm({ provider }: { provider: Provider }) {
  const secretsState = useSecrets();
  const secrets = 'data' in secretsState ? (secretsState.data ?? []) : [];
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const changes = Object.entries(drafts).filter(([, value]) => value !== '');

  async function act(action: () => Promise<unknown>, message: string) {
    setBusy(true);
    setProblem(null);
    setSaved(null);
    try {
      await action();
      setSaved(message);
      await Promise.all([secretsResource.load(true), providersResource.load(true)]);
    } catch (error) {
      if (error instanceof ProblemError) setProblem(error);
      else throw error;
    } finally {
      setBusy(false);
    }
  }

  if (secretsState.status === 'loading' && secrets.length === 0) {
    return (
      <Flex gap="2" align="center">
        <Spinner /> <Text size="2">Loading secrets…</Text>
      </Flex>
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (changes.length === 0) return;
        void act(async () => {
          await putSecrets(changes.map(([key, value]) => ({ key, value })));
          setDrafts({});
        }, `Saved ${changes.map(([key]) => key).join(', ')}.`);
      }}
    >
      <Flex direction="column" gap="3">
        {secretsState.status === 'error' ? <ProblemCallout problem={secretsState.error} /> : null}
        {provider.credentials.map((credential) => {
          const secret = secrets.find((s) => s.key === credential.name);
          return (
            <CredentialField
              key={credential.name}
              credential={credential}
              value={drafts[credential.name] ?? ''}
              placeholder={secret ? 'Enter a new value to replace it' : 'Not set'}
              onChange={(value) => setDrafts((d) => ({ ...d, [credential.name]: value }))}
              status={<SecretStatus secret={secret} />}
              notice={secret?.status === 'unreadable' ? <UnreadableSecretNotice /> : null}
              action={
                secret ? (
                  <Button
                    type="button"
                    variant="soft"
                    color="red"
                    disabled={busy}
                    aria-label={`Delete secret ${credential.name}`}
                    onClick={() => void act(() => deleteSecret(credential.name), `Deleted ${credential.name}.`)}
                  >
                    Delete
                  </Button>
                ) : null
              }
            />
          );
        })}
        {problem ? <ProblemCallout problem={problem} /> : null}
        {saved ? (
          <Text size="2" color="green" role="status">
            {saved}
          </Text>
        ) : null}
        <Flex justify="end">
          <Button type="submit" disabled={busy || changes.length === 0} loading={busy}>
            Save secrets
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

function UnreadableSecretNotice() {
  return (
    <Callout.Root color="amber" size="1" role="note">
      <Callout.Icon>
        <InfoCircledIcon />
      </Callout.Icon>
      <Callout.Text>
        The server can no longer decrypt this secret: it was saved under a different
        <code> SWITCHBOARD_SECRET</code>. It is not used for runs. Enter a new value to replace it, or
        delete it.
      </Callout.Text>
    </Callout.Root>
  );
}

function SecretStatus({ secret }: { secret: SecretSummary | undefined }) {
  if (!secret) {
    return (
      <Badge color="gray" variant="soft">
        not stored
      </Badge>
    );
  }
  if (secret.status === 'unreadable') {
    return (
      <Badge color="amber" variant="soft">
        unreadable
      </Badge>
    );
  }
  const updated = secret.updatedAt ? new Date(secret.updatedAt).toLocaleString() : null;
  return (
    <Badge color="green" variant="soft">
      stored{secret.hint ? ` ${secret.hint}` : ''}
      {updated ? ` · ${updated}` : ''}
    </Badge>
  );
}
