import { Badge, Flex, Table, Text, VisuallyHidden } from '@radix-ui/themes';
import { useProviders, useSecrets } from '../../shared/api/providers';
import {
  AVAILABILITY_LABELS,
  credentialAvailability,
  providerReady,
  type Availability,
} from '../../shared/credentials/credentialAvailability';
import { useBrowserCredentials } from '../../shared/credentials/useBrowserCredentials';
import { PageHeader } from '../../shared/ui/PageHeader';
import { RemoteStatus } from '../../shared/ui/RemoteStatus';
import { ProviderCredentialsDialog } from './ProviderCredentialsDialog';

const AVAILABILITY_COLORS: Readonly<Record<Availability, 'indigo' | 'green' | 'amber' | 'blue' | 'gray'>> = {
  browser: 'indigo',
  secret: 'green',
  secret_unreadable: 'amber',
  environment: 'blue',
  ambient: 'gray',
};

export function ProvidersPage() {
  const providersState = useProviders();
  const secretsState = useSecrets();
  const { providers: stored } = useBrowserCredentials();
  const providers = 'data' in providersState ? providersState.data : undefined;
  const secrets = 'data' in secretsState ? secretsState.data : undefined;

  return (
    <>
      <PageHeader title="AI Providers">
        The built-in providers and where each credential comes from: this browser, a stored secret or the
        server environment. Values are never shown.
      </PageHeader>
      <RemoteStatus state={providersState} reload={providersState.reload} loadingText="Loading providers…" />
      {secretsState.status === 'error' ? (
        <Text as="p" size="2" color="amber" mb="3">
          Server secrets could not be listed ({secretsState.error.detail ?? secretsState.error.title}).
        </Text>
      ) : null}
      {providers && providers.length === 0 ? <Text color="gray">The server lists no providers.</Text> : null}
      {providers && providers.length > 0 ? (
        <Table.Root variant="surface">
          {/* Table.Root puts props on its wrapper div, so the table is named by a caption. */}
          <VisuallyHidden asChild>
            <caption>AI providers</caption>
          </VisuallyHidden>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>Provider</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>Credentials and where a value is available</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>Status</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {providers.map((provider) => {
              const values = stored[provider.key] ?? {};
              const rows = credentialAvailability(provider, values, secrets);
              const ready = providerReady(provider, values);
              return (
                <Table.Row key={provider.key}>
                  <Table.RowHeaderCell>
                    <Text weight="medium">{provider.name}</Text>
                  </Table.RowHeaderCell>
                  <Table.Cell>
                    {rows.length === 0 ? (
                      <Text size="2" color="gray">
                        No credentials needed
                      </Text>
                    ) : (
                      <Flex direction="column" gap="1">
                        {rows.map((row) => (
                          <Flex key={row.name} gap="2" align="center" wrap="wrap">
                            <code>{row.name}</code>
                            {row.availability.length === 0 ? (
                              <Text size="1" color="gray">
                                {row.required ? 'not set' : 'not set (optional)'}
                              </Text>
                            ) : (
                              row.availability.map((a) => (
                                <Badge key={a} color={AVAILABILITY_COLORS[a]} variant="soft">
                                  {AVAILABILITY_LABELS[a]}
                                </Badge>
                              ))
                            )}
                          </Flex>
                        ))}
                      </Flex>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Badge color={ready ? 'green' : 'gray'}>{ready ? 'Ready' : 'Needs a key'}</Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <ProviderCredentialsDialog provider={provider} />
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table.Root>
      ) : null}
    </>
  );
}
