import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** What a form needs to save: the problem to show (or null), whether a save runs, and the submit handler. */
export interface CheckedSubmit {
  readonly problem: string | null;
  readonly busy: boolean;
  submit(event: FormEvent): Promise<void>;
}

/**
 * Checks a form's values before saving: a problem (a locale key) is shown at the field and focus
 * goes there; otherwise `onSave` runs while the save button is disabled. The values stay as they
 * are when saving fails (the caller shows why).
 */
export function useCheckedSubmit<V>(
  values: V,
  problemOf: (values: V) => string | null,
  onSave: (values: V) => Promise<boolean>,
  focusOnProblem: RefObject<HTMLElement | null>,
): CheckedSubmit {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const key = problemOf(values);
    if (key) {
      setProblem(t(key));
      focusOnProblem.current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    await onSave(values);
    setBusy(false);
  };
  return { problem, busy, submit };
}
