import { IconButton, TextField, Tooltip } from '@radix-ui/themes';
import { EyeClosedIcon, EyeOpenIcon } from '@radix-ui/react-icons';
import { useState } from 'react';

interface MaskedInputProps {
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** The id of text that says more about the value (what kind of value it is). */
  describedBy?: string;
  /** Values that are not secret (an endpoint URL, an API version) are shown in clear. */
  secret?: boolean;
  /** Marks the value as wrong (its message is among `describedBy`). */
  invalid?: boolean;
}

/** A text field for a credential: masked by default, with a show/hide toggle. */
export function MaskedInput({ id, label, value, onChange, placeholder, describedBy, secret = true, invalid }: MaskedInputProps) {
  const [visible, setVisible] = useState(false);
  const masked = secret && !visible;
  return (
    <TextField.Root
      id={id}
      aria-label={id ? undefined : label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      type={masked ? 'password' : 'text'}
      value={value}
      placeholder={placeholder}
      autoComplete="off"
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
    >
      {secret ? (
        <TextField.Slot side="right">
          <Tooltip content={visible ? 'Hide' : 'Show'}>
            <IconButton
              type="button"
              size="1"
              variant="ghost"
              color="gray"
              aria-label={`${visible ? 'Hide' : 'Show'} ${label}`}
              aria-pressed={visible}
              onClick={() => setVisible((v) => !v)}
            >
              {visible ? <EyeClosedIcon /> : <EyeOpenIcon />}
            </IconButton>
          </Tooltip>
        </TextField.Slot>
      ) : null}
    </TextField.Root>
  );
}
