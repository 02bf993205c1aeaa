import { Button, Flex, Text } from '@radix-ui/themes';
import type { Provider } from '../api/types';
import { CredentialField } from './CredentialField';
import { browserCredentials } from './useBrowserCredentials';

/**
 * One field per credential of a provider, kept in this browser's store: the API Keys menu and the
 * provider credentials dialog both show them.
 */
export function ProviderKeyFields({
  provider,
  values,
}: {
  provider: Provider;
  values: Readonly<Record<string, string>>;
}) {
  if (provider.credentials.length === 0) {
    return (
      <Text size="2" color="gray">
        {provider.name} needs no credentials.
      </Text>
    );
  }
  return (
    <Flex direction="column" gap="2">
      {provider.credentials.map((credential) => (
        <CredentialField
          key={credential.name}
          credential={credential}
          value={values[credential.name] ?? ''}
          placeholder={credential.sources.length > 0 ? `Server has one (${credential.sources.join(', ')})` : undefined}
          onChange={(value) => browserCredentials.setCredential(provider.key, credential.name, value)}
        />
      ))}
      <Flex justify="end">
        <Button
          size="1"
          variant="ghost"
          color="red"
          disabled={Object.keys(values).length === 0}
          onClick={() => browserCredentials.clearProvider(provider.key)}
        >
          Clear {provider.name} keys
        </Button>
      </Flex>
    </Flex>
  );
}
