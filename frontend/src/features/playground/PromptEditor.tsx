import { Card, Tabs } from '@radix-ui/themes';
import type { Dispatch } from 'react';
import { parseJson } from '../../shared/lang';
import { toolsProblem } from './invocationRequest';
import { MessagesEditor } from './MessagesEditor';
import type { PlaygroundAction, PromptDraft } from './playgroundState';
import { ResponseFormatEditor } from './ResponseFormatEditor';
import { ToolsEditor } from './ToolsEditor';

interface PromptEditorProps {
  prompt: PromptDraft;
  dispatch: Dispatch<PlaygroundAction>;
}

/** The prompt every instance runs: messages, tool definitions and the response format, one tab each. */
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

/** How many tools valid definitions hold: one object, or an array of them. */
function countTools(text: string): number {
  if (text.trim() === '') return 0;
  const parsed = parseJson(text);
  return Array.isArray(parsed) ? parsed.length : 1;
}
