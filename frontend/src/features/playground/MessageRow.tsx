import { Card, Flex, IconButton, Select, TextArea, TextField } from '@radix-ui/themes';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '@radix-ui/react-icons';
import type { Dispatch } from 'react';
import { toolCallsProblem } from './invocationRequest';
import { JsonField } from '../../shared/ui/JsonField';
import {
  MESSAGE_ROLES,
  ROLE_LABELS,
  type MessageDraft,
  type MessageRole,
  type PlaygroundAction,
} from './playgroundState';

interface MessageRowProps {
  message: MessageDraft;
  index: number;
  last: boolean;
  dispatch: Dispatch<PlaygroundAction>;
}

/**
 * One message of the prompt: its role, content, and what the role needs besides (the call a tool
 * result answers, the tool calls an assistant made). Named by its position for assistive tech.
 */
export function MessageRow({ message, index, last, dispatch }: MessageRowProps) {
  const n = index + 1;
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
          <JsonField
            label="Tool calls made by this message (JSON, optional)"
            size="1"
            rows={2}
            placeholder='[{"id": "call_1", "name": "get_weather", "arguments": {"city": "Paris"}}]'
            value={message.toolCallsText}
            errors={toolCallsError ? [toolCallsError] : []}
            onChange={(toolCallsText) => update({ toolCallsText })}
          />
        ) : null}
      </Flex>
    </Card>
  );
}
