import { Badge, Box, Code, DataList, Flex, Spinner, Text } from '@radix-ui/themes';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';
import { CREDENTIAL_SOURCE_LABELS } from '../../shared/credentials/credentialAvailability';
import { isRunning, type RunState } from './runState';

const STATUS_TEXT: Readonly<Record<RunState['status'], string>> = {
  idle: 'Not run yet',
  connecting: 'Connecting…',
  streaming: 'Streaming…',
  finished: 'Finished',
  failed: 'Failed',
  stopped: 'Stopped',
};

/** Everything a run produced, as it streams in. */
export function RunOutput({ state, label }: { state: RunState; label: string }) {
  const running = isRunning(state);
  const sources = Object.entries(state.credentialSources);
  const empty = state.text === '' && state.reasoning === '' && state.toolCalls.length === 0;
  return (
    <Flex direction="column" gap="2" role="region" aria-label={`${label} output`}>
      <Flex align="center" gap="2" wrap="wrap">
        <Text size="1" color="gray" role="status" aria-live="polite">
          {running ? <Spinner size="1" style={{ display: 'inline-block', verticalAlign: 'middle' }} /> : null}{' '}
          {STATUS_TEXT[state.status]}
        </Text>
        {state.finishReason ? (
          <Badge color={state.finishReason === 'stop' ? 'green' : 'amber'} variant="soft">
            finish: {state.finishReason}
          </Badge>
        ) : null}
      </Flex>

      {state.reasoning ? (
        <Box>
          <Text as="p" size="1" weight="bold" color="gray">
            Reasoning
          </Text>
          <Text as="div" className="stream-output stream-output--reasoning" aria-label="Reasoning">
            {state.reasoning}
          </Text>
        </Box>
      ) : null}

      <Text
        as="div"
        className={`stream-output stream-output--text${running && state.toolCalls.length === 0 ? ' cursor-blink' : ''}`}
        aria-label="Response text"
        color={empty && !running ? 'gray' : undefined}
      >
        {state.text || (empty && state.status === 'idle' ? 'The response appears here.' : '')}
      </Text>

      {state.toolCalls.length > 0 ? (
        <Box aria-label="Tool calls" role="list">
          <Text as="p" size="1" weight="bold" color="gray">
            Tool calls
          </Text>
          {state.toolCalls.map((call) => (
            <Box key={call.index} role="listitem" mb="1">
              <Text size="2">
                <Code>{call.name ?? '(unnamed)'}</Code> {call.id ? <Text color="gray">#{call.id}</Text> : null}
              </Text>
              <pre className="stream-output" style={{ margin: 0, fontFamily: 'var(--font-mono)', fontSize: '0.8rem' }}>
                {prettyArguments(call.arguments)}
              </pre>
            </Box>
          ))}
        </Box>
      ) : null}

      {state.problem ? <ProblemCallout problem={state.problem} /> : null}

      {state.usage || sources.length > 0 ? (
        <DataList.Root size="1" orientation="horizontal" aria-label="Run details">
          {state.usage ? (
            <DataList.Item>
              <DataList.Label minWidth="6rem">Usage</DataList.Label>
              <DataList.Value>
                {[
                  state.usage.inputTokens !== undefined ? `${state.usage.inputTokens} in` : null,
                  state.usage.outputTokens !== undefined ? `${state.usage.outputTokens} out` : null,
                  state.usage.totalTokens !== undefined ? `${state.usage.totalTokens} total` : null,
                ]
                  .filter(Boolean)
                  .join(' · ') || 'reported'}
              </DataList.Value>
            </DataList.Item>
          ) : null}
          {sources.map(([name, source]) => (
            <DataList.Item key={name}>
              <DataList.Label minWidth="6rem">
                <Code size="1">{name}</Code>
              </DataList.Label>
              <DataList.Value>{CREDENTIAL_SOURCE_LABELS[source]}</DataList.Value>
            </DataList.Item>
          ))}
        </DataList.Root>
      ) : null}
    </Flex>
  );
}

function prettyArguments(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
