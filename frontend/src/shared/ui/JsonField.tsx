import { Flex, Text, TextArea } from '@radix-ui/themes';
import { useId, type ReactNode } from 'react';
import { ErrorList } from './ErrorList';

interface JsonFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value: shown below it, and the field is marked invalid. */
  errors?: readonly string[];
  rows: number;
  /** `1` for the small fields of an instance's settings and of a message. */
  size?: '1' | '2';
  placeholder?: string;
  /** Beside the label, e.g. an "Insert example" button. */
  aside?: ReactNode;
}

/** A labelled monospace text area for JSON, with its errors read out as its description. */
export function JsonField({ label, value, onChange, errors = [], rows, size = '2', placeholder, aside }: JsonFieldProps) {
  const id = useId();
  const invalid = errors.length > 0;
  return (
    <Flex direction="column" gap="1">
      <Flex align="center" gap="3">
        <Text as="label" htmlFor={id} size={size} weight="medium">
          {label}
        </Text>
        {aside}
      </Flex>
      <TextArea
        id={id}
        className="mono-textarea"
        size={size}
        rows={rows}
        resize="vertical"
        placeholder={placeholder}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-errors` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {errors.length === 1 ? (
        <Text id={`${id}-errors`} size="1" color="red">
          {errors[0]}
        </Text>
      ) : null}
      {errors.length > 1 ? <ErrorList id={`${id}-errors`} errors={errors} /> : null}
    </Flex>
  );
}
