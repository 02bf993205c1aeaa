import { Button, Flex, Text } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import type { Dispatch } from 'react';
import { MessageRow } from './MessageRow';
import { MESSAGE_ROLES, ROLE_LABELS, type MessageDraft, type PlaygroundAction } from './playgroundState';

interface MessagesEditorProps {
  messages: readonly MessageDraft[];
  dispatch: Dispatch<PlaygroundAction>;
}

/** The prompt's messages in order, and a button to add one of each role. */
export function MessagesEditor({ messages, dispatch }: MessagesEditorProps) {
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
