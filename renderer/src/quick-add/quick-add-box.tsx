import { useId, useMemo, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/map-document';
import { useVocabulary } from '../vocabulary/vocabulary-context';
import { categoryWords, duplicateOf, nameKey, parseQuickAdd, type QuickActor } from './parse-quick-add';

/** Props of the quick-add box: the actors already there, and how to add one. */
export interface QuickAddBoxProps {
  readonly actors: readonly Actor[];
  /** Adds the actor; resolves true when main accepted it. */
  readonly onAdd: (actor: QuickActor) => Promise<boolean>;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/**
 * One line to add actors fast: type a name and press Enter. `#tag`, `informeel`/`formeel` and a
 * category word are recognised and shown before adding. A name that is already on the map is
 * flagged; a second Enter adds it anyway.
 */
export function QuickAddBox({ actors, onAdd, inputRef }: QuickAddBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const vocabulary = useVocabulary();
  const table = useMemo(() => categoryWords(vocabulary.categories.map((c) => ({ id: c.id, label: c.label }))), [vocabulary]);
  const parsed = text.trim() ? parseQuickAdd(text, table) : null;
  const duplicate = parsed ? duplicateOf(parsed.name, actors) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!parsed) {
      setProblem(t('quickAdd.nameRequired'));
      return;
    }
    if (duplicate && confirmed !== nameKey(parsed.name)) {
      setConfirmed(nameKey(parsed.name));
      setProblem(t('quickAdd.duplicateConfirm', { name: duplicate }));
      return;
    }
    setBusy(true);
    const ok = await onAdd(parsed);
    setBusy(false);
    if (ok) {
      setText('');
      setProblem(null);
      setConfirmed(null);
    }
  };

  const describedBy = [`${id}-hint`, problem || duplicate ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <form className="quick-add" onSubmit={(e) => void submit(e)} noValidate aria-label={t('quickAdd.formLabel')}>
      <label htmlFor={`${id}-input`} className="quick-add-label">
        {t('quickAdd.label')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        value={text}
        maxLength={400}
        autoComplete="off"
        placeholder={t('quickAdd.placeholder')}
        aria-keyshortcuts="N"
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          // First Escape empties the box, the next one leaves it (so the map's shortcuts work again).
          if (text) {
            setText('');
            setProblem(null);
          } else {
            e.currentTarget.blur();
          }
        }}
      />
      <p id={`${id}-hint`} className="quick-add-hint" aria-live="polite">
        {parsed ? <Preview actor={parsed} /> : actors.length < 3 ? t('quickAdd.hint') : null}
      </p>
      {problem || duplicate ? (
        <p id={`${id}-problem`} className={problem ? 'field-error quick-add-problem' : 'quick-add-warning'} role={problem ? 'alert' : 'status'}>
          {problem ?? t('quickAdd.duplicate', { name: duplicate })}
        </p>
      ) : null}
    </form>
  );
}

function Preview({ actor }: { readonly actor: QuickActor }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const parts = [
    t('quickAdd.previewName', { name: actor.name }),
    t(`kind.${actor.kind}`),
    actor.category ? vocabulary.categoryLabel(actor.category) : t('quickAdd.noCategory'),
    ...(actor.isPerson ? [t('quickAdd.person')] : []),
    ...actor.tags.map((tag) => `#${tag}`),
  ];
  return <span data-testid="quick-add-preview">{parts.join(' · ')}</span>;
}
