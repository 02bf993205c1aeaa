import { Badge, Button, Code, Flex, Table, Text, VisuallyHidden } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import type { CustomProvider } from '../../shared/api';
import { customProvidersResource, deleteCustomProvider, useCustomProviders } from '../../shared/api/customProviders';
import { AUTH_TYPE_LABELS, SDK_LABELS } from '../../shared/customProviders/labels';
import { PageHeader } from '../../shared/ui/PageHeader';
import { DeleteButton } from '../../shared/ui/DeleteButton';
import { RemoteStatus } from '../../shared/ui/RemoteStatus';
import { CustomProviderDialog } from './CustomProviderDialog';

/** Which dialog is open: none, a new provider, or one being edited. */
type Editing = { readonly saved: CustomProvider | null } | null;

export function CustomProvidersPage() {
  const state = useCustomProviders();
  const providers = 'data' in state ? state.data : undefined;
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <>
      <PageHeader title="Custom Providers">
        Named provider configurations with their own endpoint, authentication and headers, stored encrypted on
        the server. The playground offers each one as a group of its own.
      </PageHeader>
      <Flex mb="4">
        <Button onClick={() => setEditing({ saved: null })}>
          <PlusIcon /> Add custom provider
        </Button>
      </Flex>
      <RemoteStatus state={state} reload={state.reload} loadingText="Loading custom providers…" />
      {providers && providers.length === 0 ? (
        <Text as="p" color="gray">
          No custom providers yet. Add one to give a team its own endpoint, key and headers.
        </Text>
      ) : null}
      {providers && providers.length > 0 ? (
        <Table.Root variant="surface">
          <VisuallyHidden asChild>
            <caption>Custom providers</caption>
          </VisuallyHidden>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>Name</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>SDK</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>Host</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>Authentication</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>Status</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>Last update</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {providers.map((provider) => (
              <Table.Row key={provider.id} align="center">
                <Table.RowHeaderCell>
                  <Text weight="medium">{provider.name}</Text>
                  {provider.provider || provider.description ? (
                    <Text as="div" size="1" color="gray">
                      {[provider.provider, provider.description].filter(Boolean).join(' · ')}
                    </Text>
                  ) : null}
                </Table.RowHeaderCell>
                <Table.Cell>{SDK_LABELS[provider.sdk]}</Table.Cell>
                <Table.Cell>
                  <Code size="2" variant="ghost">
                    {provider.host}
                  </Code>
                </Table.Cell>
                <Table.Cell>{AUTH_TYPE_LABELS[provider.authType]}</Table.Cell>
                <Table.Cell>
                  {provider.status === 'ok' ? (
                    <Badge color="green">Ready</Badge>
                  ) : (
                    <Flex direction="column" gap="1" align="start">
                      <Badge color="amber">Unreadable</Badge>
                      <Text size="1" color="gray">
                        The server secret changed; re-enter the secrets or delete.
                      </Text>
                    </Flex>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <Text size="2">{new Date(provider.updatedAt).toLocaleString()}</Text>
                </Table.Cell>
                <Table.Cell>
                  <Flex gap="2" justify="end">
                    <Button size="1" variant="soft" aria-label={`Edit ${provider.name}`} onClick={() => setEditing({ saved: provider })}>
                      Edit
                    </Button>
                    <DeleteButton
                      name={provider.name}
                      consequences="Its configuration and stored secrets are removed for everyone. Scripts and playground instances that use it will need another provider. This cannot be undone."
                      onDelete={() => deleteCustomProvider(provider.id)}
                      onSettled={() => customProvidersResource.load(true)}
                    />
                  </Flex>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      ) : null}
      {editing ? <CustomProviderDialog saved={editing.saved} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
