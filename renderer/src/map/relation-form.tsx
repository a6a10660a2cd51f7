import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, Relation } from '../../../shared/domain/map-document';
import { STRENGTH_MAX, STRENGTH_MIN } from '../../../shared/domain/vocabulary';
import { useVocabulary } from '../vocabulary/vocabulary-context';
import { relationStyle } from '../../../shared/visual/encoding';
import { ActorOptions, sortByName, useOptionsReach } from '../ui/actor-options';
import { FormActions } from '../ui/form-actions';
import { useCheckedSubmit } from '../ui/use-checked-submit';
import { useSyncedForm } from '../ui/use-synced-form';
import { newRelationValues, relationProblem, relationValues, type RelationFormValues } from './relation-form-model';
import { FieldError } from '../ui/field-error';

/** Props of the relation form: the relation to edit (null for a new one), the actors to choose from. */
export interface RelationFormProps {
  readonly relation: Relation | null;
  readonly actors: readonly Actor[];
  /** For a new relation: the actor to start from (the one selected before). */
  readonly initialFrom?: string;
  /** Saves; resolves true on success. The form keeps its values on failure. */
  readonly onSave: (values: RelationFormValues) => Promise<boolean>;
  readonly onDelete?: () => void;
}

const STRENGTHS = Array.from({ length: STRENGTH_MAX - STRENGTH_MIN + 1 }, (_, i) => STRENGTH_MIN + i);

/** The relation fields: Van, Naar, Soort relatie, Sterkte, Gericht, Notitie; saved on "Opslaan". */
export function RelationForm({ relation, actors, initialFrom, onSave, onDelete }: RelationFormProps) {
  const { t, i18n } = useTranslation();
  const source = useMemo(() => (relation ? relationValues(relation) : newRelationValues(initialFrom)), [relation, initialFrom]);
  const form = useSyncedForm(source);
  const [directedTouched, setDirectedTouched] = useState(relation !== null);
  const fromRef = useRef<HTMLSelectElement>(null);
  const id = useId();
  const v = form.values;

  const sorted = useMemo(() => sortByName(actors, i18n.language), [actors, i18n.language]);
  const reach = { from: useOptionsReach(sorted.length), to: useOptionsReach(sorted.length) };
  const vocabulary = useVocabulary();
  const known = vocabulary.relationKinds.map((k) => k.id);
  const kinds: readonly string[] = known.includes(v.kind) ? known : [...known, v.kind];

  const changeKind = (kind: string) => {
    // Until the user sets "Gericht" themselves, it follows the usual direction of the kind.
    form.patch(directedTouched ? { kind } : { kind, directed: relationStyle(kind).directedByDefault });
  };

  const { problem, busy, submit } = useCheckedSubmit(v, relationProblem, onSave, fromRef);

  const actorSelect = (field: 'from' | 'to', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <select
        ref={field === 'from' ? fromRef : undefined}
        id={`${id}-${field}`}
        value={v[field]}
        autoFocus={field === 'from' && relation === null}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => form.set(field, e.target.value)}
        onFocus={reach[field].onFocus}
        onPointerDown={reach[field].onPointerDown}
      >
        <option value="">{t('relation.choose')}</option>
        <ActorOptions actors={sorted} chosen={v[field]} all={reach[field].reached} />
      </select>
    </div>
  );

  return (
    <form className="panel-form" onSubmit={(e) => void submit(e)} noValidate>
      {actorSelect('from', t('relation.from'))}
      {actorSelect('to', t('relation.to'))}
      <FieldError id={`${id}-problem`} message={problem} />
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('relation.kind')}</label>
        <select id={`${id}-kind`} value={v.kind} onChange={(e) => changeKind(e.target.value)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {vocabulary.relationLabel(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-strength`}>{t('relation.strength')}</label>
        <select id={`${id}-strength`} value={String(v.strength)} onChange={(e) => form.set('strength', Number(e.target.value))}>
          {STRENGTHS.map((n) => (
            <option key={n} value={String(n)}>
              {t(`strength.${n}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check">
        <label className="choice">
          <input
            type="checkbox"
            checked={v.directed}
            aria-describedby={`${id}-directed-hint`}
            onChange={(e) => {
              setDirectedTouched(true);
              form.set('directed', e.target.checked);
            }}
          />
          {t('relation.directed')}
        </label>
        <p id={`${id}-directed-hint`} className="hint">
          {t('relation.directedHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('relation.note')}</label>
        <textarea id={`${id}-note`} rows={3} value={v.note} maxLength={20_000} onChange={(e) => form.set('note', e.target.value)} />
      </div>
      <FormActions busy={busy} onDelete={onDelete} />
    </form>
  );
}
