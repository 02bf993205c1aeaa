import { TextArea } from '@radix-ui/themes';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { createPrompt } from '../../shared/api/prompts';
import { promptHref } from '../../shared/prompts/links';
import { nameProblem } from '../../shared/prompts/names';
import { FieldFrame, TextInput } from '../../shared/ui/FieldFrame';
import { FormDialog } from '../../shared/ui/FormDialog';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';
import { useAction } from '../../shared/ui/useAction';

/** Creates a prompt without versions and goes to its page; its first version is saved from the playground. */
export function CreatePromptDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [checked, setChecked] = useState(false);
  const { busy, problem, run } = useAction();
  const nameError = nameProblem(name.trim());

  function create() {
    setChecked(true);
    if (nameError) return;
    const trimmed = description.trim();
    void run(async () => {
      const prompt = await createPrompt({ name: name.trim(), ...(trimmed ? { description: trimmed } : {}) });
      navigate(promptHref(prompt.name));
    });
  }

  return (
    <FormDialog
      title="New prompt"
      description="A name for scripts to call it by. Its versions are saved from the playground."
      submit="Create prompt"
      busy={busy}
      onSubmit={create}
      onClose={onClose}
    >
      <TextInput
        label="Name"
        hint="Lower-case letters, digits, - and _, e.g. support-bot."
        value={name}
        errors={checked && nameError ? [nameError] : []}
        onChange={setName}
      />
      <FieldFrame label="Description" optional errors={[]}>
        {(props) => <TextArea {...props} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />}
      </FieldFrame>
      {problem ? <ProblemCallout problem={problem} /> : null}
    </FormDialog>
  );
}
