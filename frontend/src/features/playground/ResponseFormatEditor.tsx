import { Flex, SegmentedControl, Text } from '@radix-ui/themes';
import type { Dispatch } from 'react';
import { isRecord, parseJson } from '../../shared/lang';
import { JsonField } from '../../shared/ui/JsonField';
import type { PlaygroundAction, PromptDraft, ResponseFormatMode } from './playgroundState';

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

interface ResponseFormatEditorProps {
  prompt: PromptDraft;
  dispatch: Dispatch<PlaygroundAction>;
}

/** Free text, a JSON object, or JSON that follows a schema. */
export function ResponseFormatEditor({ prompt, dispatch }: ResponseFormatEditorProps) {
  const schemaValid = prompt.responseFormat !== 'json_schema' || isRecord(parseJson(prompt.responseSchemaText));
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
              // An empty schema editor starts from an example rather than from nothing.
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
        <JsonField
          label={<>JSON schema ({'{ name, schema, strict }'})</>}
          rows={10}
          value={prompt.responseSchemaText}
          errors={schemaValid ? [] : ['The schema must be a JSON object.']}
          onChange={(responseSchemaText) => dispatch({ type: 'updatePrompt', patch: { responseSchemaText } })}
        />
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
