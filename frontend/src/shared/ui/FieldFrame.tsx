import { Flex, Text, TextField } from '@radix-ui/themes';
import { useId, type ReactNode } from 'react';

/** What a field's frame hands its input: its id, and how it is described and marked invalid. */
export interface InputProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** A label, the input, a hint and the field's errors (which also describe the input). */
export function FieldFrame({
  label,
  optional = false,
  hint,
  errors,
  children,
}: {
  label: string;
  optional?: boolean;
  hint?: string;
  errors: readonly string[];
  children: (props: InputProps) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-errors` : null].filter(Boolean).join(' ');
  return (
    <Flex direction="column" gap="1">
      <Text as="label" htmlFor={id} size="2" weight="medium">
        {label}
        {optional ? (
          <Text size="1" color="gray" weight="regular">
            {' '}
            (optional)
          </Text>
        ) : null}
      </Text>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(errors.length > 0 ? { 'aria-invalid': true } : {}),
      })}
      {hint ? (
        <Text id={`${id}-hint`} size="1" color="gray">
          {hint}
        </Text>
      ) : null}
      {errors.length > 0 ? (
        <Text id={`${id}-errors`} size="1" color="red">
          {errors.join(' ')}
        </Text>
      ) : null}
    </Flex>
  );
}

export function TextInput({
  label,
  value,
  onChange,
  errors,
  optional,
  hint,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
  optional?: boolean;
  hint?: string;
  placeholder?: string;
}) {
  return (
    <FieldFrame label={label} optional={optional} hint={hint} errors={errors}>
      {(props) => (
        <TextField.Root
          {...props}
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
