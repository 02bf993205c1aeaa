import { Card, Code, Flex, Grid, Text, TextArea } from '@radix-ui/themes';
import { ErrorList } from '../../shared/ui/ErrorList';
import type { TemplateScan } from './templates';

interface VariablesPanelProps {
  scan: TemplateScan;
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
}

/**
 * The template variables of the messages, with a value each. Shown only while the messages have
 * variables (or a template an instance cannot read).
 */
export function VariablesPanel({ scan, values, onChange }: VariablesPanelProps) {
  if (scan.variables.length === 0 && scan.errors.length === 0) return null;
  return (
    <Card size="2" role="region" aria-label="Variables">
      <Flex direction="column" gap="3">
        <Flex align="baseline" gap="3" wrap="wrap">
          <Text size="3" weight="bold">
            Variables
          </Text>
          <Text size="1" color="gray">
            Filled into the messages at each run. Kept in this browser, never saved into a prompt version.
          </Text>
        </Flex>
        {scan.variables.length > 0 ? (
          <Grid columns={{ initial: '1', sm: '2', lg: '3' }} gap="3">
            {scan.variables.map((name) => (
              <Flex key={name} direction="column" gap="1">
                <Text size="1" weight="medium" aria-hidden="true">
                  <Code size="1">{name}</Code>
                </Text>
                <TextArea
                  size="1"
                  rows={2}
                  resize="vertical"
                  aria-label={`Variable ${name}`}
                  placeholder={`Value of ${name}`}
                  value={values[name] ?? ''}
                  onChange={(event) => onChange(name, event.target.value)}
                />
              </Flex>
            ))}
          </Grid>
        ) : null}
        {scan.errors.length > 0 ? (
          <Flex direction="column" gap="1" role="alert">
            <Text size="1" color="red" weight="medium">
              These messages cannot be read as templates (choose another template format, or escape the braces):
            </Text>
            <ErrorList errors={scan.errors} />
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
