import { useModal } from '../ui/use-modal';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STARTER_ACTORS, type StarterActor } from './starter-actors';
import { FieldError } from '../ui/field-error';

/** One ticked starter actor with the name the user gave it. */
export interface StarterChoice {
  readonly actor: StarterActor;
  readonly name: string;
}

/** Props of the starter dialog: add the ticked actors (resolves true when stored), or close. */
export interface StarterDialogProps {
  readonly onAdd: (choices: readonly StarterChoice[]) => Promise<boolean>;
  readonly onClose: () => void;
}

/**
 * "Begin met een startset": a checklist of the actors most wijken have. Tick, adjust the name
 * (e.g. "Wijkagent Jan de Vries"), done — all added as one undoable step.
 */
export function StarterDialog({ onAdd, onClose }: StarterDialogProps) {
  const { t } = useTranslation();
  const ref = useModal();
  const id = useId();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [names, setNames] = useState<Readonly<Record<string, string>>>(() =>
    Object.fromEntries(STARTER_ACTORS.map((a) => [a.key, t(`starter.actor.${a.key}`)])),
  );
  const [problem, setProblem] = useState<string | null>(null);


  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const choices = STARTER_ACTORS.filter((a) => ticked.has(a.key)).map((actor) => ({ actor, name: (names[actor.key] ?? '').trim() }));
    if (choices.length === 0) return setProblem(t('starter.noneTicked'));
    const empty = choices.find((c) => c.name === '');
    if (empty) return setProblem(t('starter.nameEmpty', { what: t(`starter.actor.${empty.actor.key}`) }));
    setProblem(null);
    if (await onAdd(choices)) onClose();
  };

  return (
    <dialog
      ref={ref}
      className="dialog starter-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{t('starter.title')}</h2>
        <p className="hint">{t('starter.intro')}</p>
        <ul className="starter-list">
          {STARTER_ACTORS.map((a) => (
            <li key={a.key}>
              <input
                type="checkbox"
                id={`${id}-${a.key}`}
                checked={ticked.has(a.key)}
                onChange={() => {
                  const next = new Set(ticked);
                  if (next.has(a.key)) next.delete(a.key);
                  else next.add(a.key);
                  setTicked(next);
                }}
              />
              <label htmlFor={`${id}-${a.key}`} className="visually-hidden">
                {t('starter.tick', { what: t(`starter.actor.${a.key}`) })}
              </label>
              <input
                type="text"
                value={names[a.key] ?? ''}
                maxLength={200}
                aria-label={t('starter.nameOf', { what: t(`starter.actor.${a.key}`) })}
                onChange={(e) => {
                  setNames({ ...names, [a.key]: e.target.value });
                  setProblem(null);
                  if (!ticked.has(a.key)) setTicked(new Set([...ticked, a.key]));
                }}
              />
            </li>
          ))}
        </ul>
        <FieldError message={problem} />
        <div className="form-actions dialog-actions">
          <button type="button" className="button-quiet" onClick={onClose}>
            {t('starter.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {t('starter.add', { count: ticked.size })}
          </button>
        </div>
      </form>
    </dialog>
  );
}
