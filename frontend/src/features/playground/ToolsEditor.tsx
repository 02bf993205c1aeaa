import { Button, Flex, Select, Text } from '@radix-ui/themes';
import { useId, type Dispatch } from 'react';
import { JsonField } from '../../shared/ui/JsonField';
import type { PlaygroundAction, PromptDraft, ToolChoice } from './playgroundState';

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

interface ToolsEditorProps {
  prompt: PromptDraft;
  dispatch: Dispatch<PlaygroundAction>;
  /** What is wrong with the tool definitions, or null. */
  error: string | null;
}

/** The prompt's tool definitions (JSON) and the tool choice. */
export function ToolsEditor({ prompt, dispatch, error }: ToolsEditorProps) {
  const id = useId();
  const setToolsText = (toolsText: string) => dispatch({ type: 'updatePrompt', patch: { toolsText } });
  return (
    <Flex direction="column" gap="2" pt="3">
      <JsonField
        label={<>Tool definitions (JSON array of {'{ name, description, parameters }'}, parameters as JSON schema)</>}
        aside={
          prompt.toolsText.trim() === '' ? (
            <Button size="1" variant="ghost" onClick={() => setToolsText(TOOLS_EXAMPLE)}>
              Insert example
            </Button>
          ) : null
        }
        rows={8}
        placeholder="No tools"
        value={prompt.toolsText}
        errors={error ? [error] : []}
        onChange={setToolsText}
      />
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
