import { Callout, SegmentedControl, TextArea } from '@radix-ui/themes';
import { InfoCircledIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { createPrompt, createVersion } from '../../shared/api/prompts';
import { nameProblem } from '../../shared/prompts/names';
import { FieldFrame, TextInput } from '../../shared/ui/FieldFrame';
import { FormDialog } from '../../shared/ui/FormDialog';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';
import { useAction } from '../../shared/ui/useAction';
import type { CapabilitySource } from './providerCapabilities';
import type { InstanceDraft, PromptDraft, PromptSource } from './playgroundState';
import { formProblem } from './invocationRequest';
import { versionBody } from './promptVersions';
import { TEMPLATE_FORMAT_LABELS } from './templates';

interface SavePromptDialogProps {
  /** "Instance 2", for the title. */
  label: string;
  prompt: PromptDraft;
  instance: InstanceDraft;
  capabilities: CapabilitySource | null;
  onSaved: (source: PromptSource) => void;
  onClose: () => void;
}

type Target = 'version' | 'prompt';

/**
 * Saves an instance as a new prompt (its version 1), or as the next version of the prompt it was
 * opened from. What is saved is what a run sends, minus keys, connection overrides and variable values.
 */
export function SavePromptDialog({ label, prompt, instance, capabilities, onSaved, onClose }: SavePromptDialogProps) {
  const source = instance.source;
  const [target, setTarget] = useState<Target>(source ? 'version' : 'prompt');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [checked, setChecked] = useState(false);
  const [formErrors, setFormErrors] = useState<readonly string[]>([]);
  const { busy, problem, run, clearProblem } = useAction();
  const nameError = target === 'prompt' ? nameProblem(name.trim()) : null;

  function save() {
    setChecked(true);
    const built = versionBody(prompt, instance, capabilities, description);
    setFormErrors(built.ok ? [] : built.errors);
    if (!built.ok || nameError) return;
    void run(async () => {
      if (target === 'version' && source) {
        const version = await createVersion(source.prompt, built.body);
        onSaved({ prompt: source.prompt, version: version.number, tag: null });
      } else {
        const trimmed = description.trim();
        const saved = await createPrompt({ name: name.trim(), ...(trimmed ? { description: trimmed } : {}), version: built.body });
        onSaved({ prompt: saved.name, version: saved.latestVersion ?? 1, tag: null });
      }
    });
  }

  return (
    <FormDialog
      title={`Save ${label.toLowerCase()}`}
      description={`A prompt version keeps the messages (with their variables as written), tools, response format, model, parameters, headers and the template format (${TEMPLATE_FORMAT_LABELS[instance.templateFormat]}). Versions never change once saved.`}
      maxWidth="34rem"
      submit={target === 'version' && source ? `Save version of ${source.prompt}` : 'Save prompt'}
      busy={busy}
      onSubmit={save}
      onClose={onClose}
    >
      {source ? (
        <SegmentedControl.Root
          value={target}
          aria-label="Save as"
          onValueChange={(value) => {
            setTarget(value as Target);
            clearProblem();
          }}
        >
          <SegmentedControl.Item value="version">New version of {source.prompt}</SegmentedControl.Item>
          <SegmentedControl.Item value="prompt">New prompt</SegmentedControl.Item>
        </SegmentedControl.Root>
      ) : null}
      {target === 'prompt' ? (
        <TextInput
          label="Name"
          hint="How scripts and the prompts page refer to it, e.g. support-bot."
          value={name}
          errors={checked && nameError ? [nameError] : []}
          onChange={setName}
        />
      ) : null}
      <FieldFrame
        label={target === 'prompt' ? 'Description' : 'What changed'}
        hint={target === 'prompt' ? 'What the prompt is for; version 1 carries it too.' : undefined}
        optional
        errors={[]}
      >
        {(props) => <TextArea {...props} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />}
      </FieldFrame>
      <Callout.Root size="1" color="gray">
        <Callout.Icon>
          <InfoCircledIcon />
        </Callout.Icon>
        <Callout.Text>Not saved: API keys, connection overrides (base URL, endpoint, region) and variable values.</Callout.Text>
      </Callout.Root>
      {formErrors.length > 0 ? <ProblemCallout problem={formProblem(formErrors, 'Nothing was saved. Fix these first:')} /> : null}
      {problem ? <ProblemCallout problem={problem} /> : null}
    </FormDialog>
  );
}
