import { Badge, Box, Button, Flex, Popover, Select, Separator, Spinner, Switch, Text } from '@radix-ui/themes';
import { ChevronDownIcon, LockClosedIcon } from '@radix-ui/react-icons';
import { useId, useState } from 'react';
import { useProviders } from '../../shared/api/providers';
import { ProviderKeyFields } from '../../shared/credentials/ProviderKeyFields';
import { browserCredentials, useBrowserCredentials } from '../../shared/credentials/useBrowserCredentials';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';

/**
 * The header's API Keys dropdown: per provider, one field per credential name, kept in this
 * browser's storage. The values go to this Switchboard server only, in invocation requests for
 * that provider.
 */
export function ApiKeysMenu() {
  const { providers, sessionOnly } = useBrowserCredentials();
  const count = Object.values(providers).reduce((sum, values) => sum + Object.keys(values).length, 0);
  return (
    <Popover.Root>
      <Popover.Trigger>
        <Button variant="soft" color="gray" aria-label={`API Keys (${count} stored in this browser)`}>
          <LockClosedIcon />
          API Keys
          {count > 0 ? (
            <Badge color="indigo" radius="full">
              {count}
            </Badge>
          ) : null}
          <ChevronDownIcon />
        </Button>
      </Popover.Trigger>
      <Popover.Content width="26rem" maxWidth="calc(100vw - 2rem)" aria-label="API keys stored in this browser">
        <ApiKeysPanel sessionOnly={sessionOnly} />
      </Popover.Content>
    </Popover.Root>
  );
}

function ApiKeysPanel({ sessionOnly }: { sessionOnly: boolean }) {
  const providersState = useProviders();
  const { providers: stored } = useBrowserCredentials();
  const providers = 'data' in providersState ? (providersState.data ?? []) : [];
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = providers.find((p) => p.key === selectedKey) ?? providers[0];
  const sessionId = useId();

  return (
    <Flex direction="column" gap="3">
      <Box>
        <Text as="p" weight="bold" size="3">
          API keys in this browser
        </Text>
        <Text as="p" size="1" color="gray">
          Sent only to this Switchboard server, only when you run a model of that provider. They take
          precedence over server secrets and the server environment.
        </Text>
      </Box>

      {providersState.status === 'loading' && providers.length === 0 ? (
        <Flex gap="2" align="center">
          <Spinner /> <Text size="2">Loading providers…</Text>
        </Flex>
      ) : null}
      {providersState.status === 'error' ? <ProblemCallout problem={providersState.error} /> : null}

      {selected ? (
        <>
          <Flex direction="column" gap="1">
            <Text as="label" size="2" weight="medium" id={`${sessionId}-provider`}>
              Provider
            </Text>
            <Select.Root value={selected.key} onValueChange={setSelectedKey}>
              <Select.Trigger aria-labelledby={`${sessionId}-provider`} />
              <Select.Content position="popper">
                {providers.map((provider) => {
                  const n = Object.keys(stored[provider.key] ?? {}).length;
                  return (
                    <Select.Item key={provider.key} value={provider.key}>
                      {provider.name}
                      {n > 0 ? ` · ${n} stored` : ''}
                    </Select.Item>
                  );
                })}
              </Select.Content>
            </Select.Root>
          </Flex>
          <ProviderKeyFields provider={selected} values={stored[selected.key] ?? {}} />
        </>
      ) : null}

      <Separator size="4" />
      <Text as="label" size="2">
        <Flex gap="2" align="center">
          <Switch
            checked={sessionOnly}
            onCheckedChange={(checked) => browserCredentials.setSessionOnly(checked)}
          />
          This session only (session storage: forgotten when the browser closes)
        </Flex>
      </Text>
      <Flex justify="end">
        <Button
          variant="soft"
          color="red"
          disabled={Object.keys(stored).length === 0}
          onClick={() => browserCredentials.clearAll()}
        >
          Clear all keys
        </Button>
      </Flex>
    </Flex>
  );
}
