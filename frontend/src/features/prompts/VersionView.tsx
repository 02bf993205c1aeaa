import { Badge, Box, Button, Card, Code, DataList, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { useId, useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { PromptVersion } from '../../shared/api';
import { moveTag } from '../../shared/api/prompts';
import { useProviders } from '../../shared/api/providers';
import { playgroundHref } from '../../shared/prompts/links';
import { nameProblem } from '../../shared/prompts/names';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';
import { useAction } from '../../shared/ui/useAction';
import { shown } from './diff';

interface VersionViewProps {
  version: PromptVersion;
  /** After a tag was put on this version. */
  onTagged: () => Promise<void>;
}

/** One version in full: what it runs (model, parameters, tools, headers, variables) and its messages. */
export function VersionView({ version, onTagged }: VersionViewProps) {
  // The server sends every parameter: unset ones as null, an unset stop as [].
  const parameters = Object.entries(version.parameters).filter(
    ([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
  );
  const providers = useProviders();
  const builtin = 'data' in providers ? providers.data?.find((p) => p.key === version.provider) : undefined;
  const headers = Object.entries(version.headers);
  return (
    <Flex direction="column" gap="4" pt="3" role="region" aria-label={`Version ${version.number}`}>
      <Flex align="start" justify="between" gap="3" wrap="wrap">
        <Box>
          <Heading as="h2" size="4">
            Version {version.number}
          </Heading>
          <Text as="p" size="2" color={version.description ? undefined : 'gray'}>
            {version.description || 'No description'}
          </Text>
          <Text as="p" size="1" color="gray">
            Saved {new Date(version.createdAt).toLocaleString()}
          </Text>
        </Box>
        <Button asChild>
          <RouterLink to={playgroundHref({ prompt: version.prompt, version: version.number })}>
            Open version {version.number} in playground
          </RouterLink>
        </Button>
      </Flex>

      <TagForm version={version} onTagged={onTagged} />

      <Card size="2">
        <Section title="Model">
          <DataList.Root size="2" aria-label="Model">
            <Item label="Provider">
              {version.provider ? (
                (builtin?.name ?? version.provider)
              ) : (
                <Flex gap="2" align="center">
                  {version.customProviderName ?? 'Custom provider'}
                  <Badge color={version.customProviderDeleted ? 'red' : 'gray'} variant="soft">
                    {version.customProviderDeleted ? 'provider deleted' : 'custom provider'}
                  </Badge>
                </Flex>
              )}
            </Item>
            <Item label="Model">
              <Code variant="ghost">{version.model}</Code>
            </Item>
            <Item label="API type">{version.apiType ?? 'provider default'}</Item>
            <Item label="Template format">{version.templateFormat}</Item>
            <Item label="Variables">
              {version.variables.length > 0 ? (
                <Flex gap="1" wrap="wrap">
                  {version.variables.map((name) => (
                    <Code key={name}>{name}</Code>
                  ))}
                </Flex>
              ) : (
                'none'
              )}
            </Item>
            <Item label="Tool choice">{shown(version.toolChoice) ?? 'auto'}</Item>
            <Item label="Response format">
              {version.responseFormat ? <Code variant="ghost">{shown(version.responseFormat)}</Code> : 'text'}
            </Item>
          </DataList.Root>
        </Section>
      </Card>

      <Card size="2">
        <Flex direction="column" gap="4">
          <Section title="Parameters">
            {parameters.length > 0 ? (
              <DataList.Root size="2" aria-label="Parameters">
                {parameters.map(([name, value]) => (
                  <Item key={name} label={<Code variant="ghost">{name}</Code>}>
                    {shown(value)}
                  </Item>
                ))}
              </DataList.Root>
            ) : (
              <Text size="2" color="gray">
                The provider’s defaults.
              </Text>
            )}
          </Section>
          <Section title="Headers">
            {headers.length > 0 ? (
              <DataList.Root size="2" aria-label="Headers">
                {headers.map(([name, value]) => (
                  <Item key={name} label={<Code variant="ghost">{name}</Code>}>
                    {value}
                  </Item>
                ))}
              </DataList.Root>
            ) : (
              <Text size="2" color="gray">
                None.
              </Text>
            )}
          </Section>
        </Flex>
      </Card>

      <Section title={`Messages (${version.messages.length})`}>
        <Flex direction="column" gap="2" role="list" aria-label="Messages">
          {version.messages.map((message, index) => (
            <Card key={index} size="1" variant="surface" role="listitem">
              <Flex gap="2" align="center" mb="1">
                <Badge variant="soft" color="gray">
                  {message.role}
                </Badge>
                {message.toolCallId ? (
                  <Text size="1" color="gray">
                    answers {message.toolCallId}
                  </Text>
                ) : null}
              </Flex>
              {message.content ? <pre className="prompt-text">{message.content}</pre> : null}
              {message.toolCalls && message.toolCalls.length > 0 ? (
                <pre className="prompt-text prompt-text--code">{JSON.stringify(message.toolCalls, null, 2)}</pre>
              ) : null}
            </Card>
          ))}
        </Flex>
      </Section>

      <Section title={`Tools (${version.tools.length})`}>
        {version.tools.length > 0 ? (
          <Card size="1" variant="surface">
            <pre className="prompt-text prompt-text--code">{JSON.stringify(version.tools, null, 2)}</pre>
          </Card>
        ) : (
          <Text size="2" color="gray">
            No tools.
          </Text>
        )}
      </Section>
    </Flex>
  );
}

/** Puts a tag on this version: a new tag, or one moved here from another version. */
function TagForm({ version, onTagged }: VersionViewProps) {
  const id = useId();
  const [tag, setTag] = useState('');
  const [checked, setChecked] = useState(false);
  const { busy, problem, run } = useAction();
  const error = checked ? nameProblem(tag.trim()) : null;

  function save() {
    setChecked(true);
    if (nameProblem(tag.trim())) return;
    void run(async () => {
      await moveTag(version.prompt, tag.trim(), version.number);
      setTag('');
      setChecked(false);
      await onTagged();
    });
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Flex direction="column" gap="2">
        <Flex gap="2" align="center" wrap="wrap">
          <Text as="label" size="2" weight="medium" htmlFor={id}>
            Tag this version
          </Text>
          <TextField.Root
            id={id}
            placeholder="e.g. production"
            value={tag}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setTag(event.target.value)}
            style={{ width: '14rem' }}
          />
          <Button type="submit" variant="soft" loading={busy}>
            Tag version {version.number}
          </Button>
        </Flex>
        {error ? (
          <Text id={`${id}-error`} size="1" color="red">
            {error}
          </Text>
        ) : (
          <Text id={`${id}-hint`} size="1" color="gray">
            A tag that exists moves here from its version; its history is kept.
          </Text>
        )}
        {problem ? <ProblemCallout problem={problem} /> : null}
      </Flex>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex direction="column" gap="2">
      <Heading as="h3" size="3">
        {title}
      </Heading>
      {children}
    </Flex>
  );
}

function Item({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.Label minWidth="9rem">{label}</DataList.Label>
      <DataList.Value>{children}</DataList.Value>
    </DataList.Item>
  );
}
