import {
  Button,
  Card,
  Flex,
  IconButton,
  SegmentedControl,
  Select,
  Tabs,
  Text,
  TextArea,
  TextField,
} from '@radix-ui/themes';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '@radix-ui/react-icons';
import { useId, type Dispatch } from 'react';
import { toolCallsProblem, toolsProblem } from './invocationRequest';
import {
  MESSAGE_ROLES,
  type MessageDraft,
  type MessageRole,
  type PlaygroundAction,
  type PromptDraft,
  type ResponseFormatMode,
  type ToolChoice,
} from './playgroundState';

const ROLE_LABELS: Readonly<Record<MessageRole, string>> = {
  system: 'System',
  user: 'User',
  assistant: 'Assistant',
  tool: 'Tool',
};

const TOOLS_EXAMPLE = `[
  {
    "name": "get_weather",
    "description": "Current weather for a city",
    "parameters": {
      "type": "object",
      "properties": { "city": { "type": "string" } },
      "required": ["city"]
    }
  }
]`;

const SCHEMA_EXAMPLE = `{
  "name": "answer",
  "strict": true,
  "schema": {
    "type": "object",
    "properties": { "answer": { "type": "string" } },
    "required": ["answer"],
    "additionalProperties": false
  }
}`;

interface PromptEditorProps {
  prompt: PromptDraft;
  dispatch: Dispatch<PlaygroundAction>;
}

/** The prompt every instance runs: messages, tool definitions and the response format. */
export function PromptEditor({ prompt, dispatch }: PromptEditorProps) {
  const toolsError = toolsProblem(prompt.toolsText);
  const toolCount = toolsError ? 0 : countTools(prompt.toolsText);
  return (
    <Card size="2">
      <Tabs.Root defaultValue="messages">
        <Tabs.List aria-label="Prompt">
          <Tabs.Trigger value="messages">Messages ({prompt.messages.length})</Tabs.Trigger>
          <Tabs.Trigger value="tools">Tools ({toolCount})</Tabs.Trigger>
          <Tabs.Trigger value="format">Response format</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="messages">
          <MessagesEditor messages={prompt.messages} dispatch={dispatch} />
        </Tabs.Content>
        <Tabs.Content value="tools">
          <ToolsEditor prompt={prompt} dispatch={dispatch} error={toolsError} />
        </Tabs.Content>
        <Tabs.Content value="format">
          <ResponseFormatEditor prompt={prompt} dispatch={dispatch} />
        </Tabs.Content>
      </Tabs.Root>
    </Card>
  );
}

function MessagesEditor({ messages, dispatch }: { messages: readonly MessageDraft[]; dispatch: Dispatch<PlaygroundAction> }) {
  return (
    <Flex direction="column" gap="3" pt="3">
      {messages.length === 0 ? (
        <Text size="2" color="gray">
          No messages yet. Add one to start.
        </Text>
      ) : null}
      {messages.map((message, index) => (
        <MessageRow
          key={message.id}
          message={message}
          index={index}
          last={index === messages.length - 1}
          dispatch={dispatch}
        />
      ))}
      <Flex gap="2" wrap="wrap">
        {MESSAGE_ROLES.map((role) => (
          <Button key={role} size="1" variant="soft" onClick={() => dispatch({ type: 'addMessage', role })}>
            <PlusIcon /> {ROLE_LABELS[role]} message
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}

function MessageRow({
  message,
  index,
  last,
  dispatch,
}: {
  message: MessageDraft;
  index: number;
  last: boolean;
  dispatch: Dispatch<PlaygroundAction>;
}) {
  const n = index + 1;
  const id = useId();
  const update = (patch: Partial<Omit<MessageDraft, 'id'>>) => dispatch({ type: 'updateMessage', id: message.id, patch });
  const toolCallsError = message.role === 'assistant' ? toolCallsProblem(message.toolCallsText) : null;
  return (
    <Card variant="surface" role="group" aria-label={`Message ${n}`}>
      <Flex direction="column" gap="2">
        <Flex gap="2" align="center">
          <Select.Root value={message.role} onValueChange={(role) => update({ role: role as MessageRole })} size="1">
            <Select.Trigger aria-label={`Role of message ${n}`} variant="soft" />
            <Select.Content>
              {MESSAGE_ROLES.map((role) => (
                <Select.Item key={role} value={role}>
                  {ROLE_LABELS[role]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
          <Flex gap="1" ml="auto">
            <IconButton
              size="1"
              variant="ghost"
              color="gray"
              aria-label={`Move message ${n} up`}
              disabled={index === 0}
              onClick={() => dispatch({ type: 'moveMessage', id: message.id, by: -1 })}
            >
              <ArrowUpIcon />
            </IconButton>
            <IconButton
              size="1"
              variant="ghost"
              color="gray"
              aria-label={`Move message ${n} down`}
              disabled={last}
              onClick={() => dispatch({ type: 'moveMessage', id: message.id, by: 1 })}
            >
              <ArrowDownIcon />
            </IconButton>
            <IconButton
              size="1"
              variant="ghost"
              color="red"
              aria-label={`Remove message ${n}`}
              onClick={() => dispatch({ type: 'removeMessage', id: message.id })}
            >
              <TrashIcon />
            </IconButton>
          </Flex>
        </Flex>
        {message.role === 'tool' ? (
          <TextField.Root
            size="1"
            aria-label={`Tool call ID of message ${n}`}
            placeholder="Tool call ID this result answers, e.g. call_1"
            value={message.toolCallId}
            onChange={(event) => update({ toolCallId: event.target.value })}
          />
        ) : null}
        <TextArea
          aria-label={`Content of message ${n}`}
          placeholder={message.role === 'tool' ? 'Tool result' : `${ROLE_LABELS[message.role]} message`}
          value={message.content}
          resize="vertical"
          rows={message.role === 'system' ? 2 : 3}
          onChange={(event) => update({ content: event.target.value })}
        />
        {message.role === 'assistant' ? (
          <Flex direction="column" gap="1">
            <Text as="label" size="1" color="gray" htmlFor={`${id}-calls`}>
              Tool calls made by this message (JSON, optional)
            </Text>
            <TextArea
              id={`${id}-calls`}
              className="mono-textarea"
              size="1"
              rows={2}
              placeholder='[{"id": "call_1", "name": "get_weather", "arguments": {"city": "Paris"}}]'
              value={message.toolCallsText}
              aria-invalid={toolCallsError !== null}
              aria-describedby={toolCallsError ? `${id}-calls-error` : undefined}
              onChange={(event) => update({ toolCallsText: event.target.value })}
            />
            {toolCallsError ? (
              <Text id={`${id}-calls-error`} size="1" color="red">
                {toolCallsError}
              </Text>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}

function ToolsEditor({ prompt, dispatch, error }: PromptEditorProps & { error: string | null }) {
  const id = useId();
  return (
    <Flex direction="column" gap="2" pt="3">
      <Flex align="center" gap="3">
        <Text as="label" htmlFor={`${id}-tools`} size="2" weight="medium">
          Tool definitions (JSON array of {'{ name, description, parameters }'}, parameters as JSON schema)
        </Text>
        {prompt.toolsText.trim() === '' ? (
          <Button size="1" variant="ghost" onClick={() => dispatch({ type: 'updatePrompt', patch: { toolsText: TOOLS_EXAMPLE } })}>
            Insert example
          </Button>
        ) : null}
      </Flex>
      <TextArea
        id={`${id}-tools`}
        className="mono-textarea"
        rows={8}
        resize="vertical"
        placeholder="No tools"
        value={prompt.toolsText}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-tools-error` : undefined}
        onChange={(event) => dispatch({ type: 'updatePrompt', patch: { toolsText: event.target.value } })}
      />
      {error ? (
        <Text id={`${id}-tools-error`} size="1" color="red">
          {error}
        </Text>
      ) : null}
      <Flex align="center" gap="2">
        <Text size="2" id={`${id}-choice`}>
          Tool choice
        </Text>
        <Select.Root
          value={prompt.toolChoice}
          onValueChange={(value) => dispatch({ type: 'updatePrompt', patch: { toolChoice: value as ToolChoice } })}
          size="1"
        >
          <Select.Trigger aria-labelledby={`${id}-choice`} />
          <Select.Content>
            <Select.Item value="auto">Auto: the model decides</Select.Item>
            <Select.Item value="required">Required: must call a tool</Select.Item>
            <Select.Item value="none">None: no tool calls</Select.Item>
          </Select.Content>
        </Select.Root>
      </Flex>
    </Flex>
  );
}

function ResponseFormatEditor({ prompt, dispatch }: PromptEditorProps) {
  const id = useId();
  const schemaValid = prompt.responseFormat !== 'json_schema' || isJsonObject(prompt.responseSchemaText);
  return (
    <Flex direction="column" gap="2" pt="3">
      <SegmentedControl.Root
        value={prompt.responseFormat}
        aria-label="Response format"
        onValueChange={(value) =>
          dispatch({
            type: 'updatePrompt',
            patch: {
              responseFormat: value as ResponseFormatMode,
              ...(value === 'json_schema' && prompt.responseSchemaText.trim() === ''
                ? { responseSchemaText: SCHEMA_EXAMPLE }
                : {}),
            },
          })
        }
      >
        <SegmentedControl.Item value="text">Text</SegmentedControl.Item>
        <SegmentedControl.Item value="json_object">JSON object</SegmentedControl.Item>
        <SegmentedControl.Item value="json_schema">JSON schema</SegmentedControl.Item>
      </SegmentedControl.Root>
      {prompt.responseFormat === 'json_schema' ? (
        <>
          <Text as="label" htmlFor={`${id}-schema`} size="2" weight="medium">
            JSON schema ({'{ name, schema, strict }'})
          </Text>
          <TextArea
            id={`${id}-schema`}
            className="mono-textarea"
            rows={10}
            resize="vertical"
            value={prompt.responseSchemaText}
            aria-invalid={!schemaValid}
            onChange={(event) => dispatch({ type: 'updatePrompt', patch: { responseSchemaText: event.target.value } })}
          />
          {!schemaValid ? (
            <Text size="1" color="red">
              The schema must be a JSON object.
            </Text>
          ) : null}
        </>
      ) : (
        <Text size="2" color="gray">
          {prompt.responseFormat === 'text'
            ? 'The model answers in free text.'
            : 'The model answers with a JSON object (say so in the prompt, too).'}
        </Text>
      )}
    </Flex>
  );
}

function countTools(text: string): number {
  if (text.trim() === '') return 0;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.length : 1;
  } catch {
    return 0;
  }
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
