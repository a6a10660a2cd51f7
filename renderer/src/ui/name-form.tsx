import { useId, useState, type FormEvent } from 'react';
import { FieldError } from './field-error';

/** Props of a one-field name form (new map, rename). */
export interface NameFormProps {
  readonly label: string;
  readonly initial?: string;
  readonly placeholder?: string;
  readonly submitLabel: string;
  readonly cancelLabel: string;
  /** Shown when the name is blank. */
  readonly requiredMessage: string;
  /** Resolves true on success; on failure the typed name stays in the field. */
  readonly onSubmit: (name: string) => Promise<boolean>;
  readonly onCancel: () => void;
}

/** A labelled name field with submit and cancel; Escape cancels. */
export function NameForm({ label, initial = '', placeholder, submitLabel, cancelLabel, requiredMessage, onSubmit, onCancel }: NameFormProps) {
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim().length === 0) {
      setProblem(requiredMessage);
      return;
    }
    setProblem(null);
    setBusy(true);
    await onSubmit(name.trim());
    setBusy(false);
  };

  return (
    <form className="name-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{label}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={200}
          placeholder={placeholder}
          autoComplete="off"
          autoFocus
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
        />
        <FieldError id={`${id}-problem`} message={problem} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
