import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/map-document';
import { ACTOR_KINDS, INFLUENCE_MAX, INFLUENCE_MIN } from '../../../shared/domain/vocabulary';
import { useVocabulary } from '../vocabulary/vocabulary-context';
import { ActorOptions, sortByName, useOptionsReach } from '../ui/actor-options';
import { FormActions } from '../ui/form-actions';
import { useCheckedSubmit } from '../ui/use-checked-submit';
import { useSyncedForm } from '../ui/use-synced-form';
import { actorProblem, actorValues, NEW_ACTOR_VALUES, type ActorFormValues } from './actor-form-model';
import { FieldError } from '../ui/field-error';
import { ActorTextFields } from './actor-text-fields';

/** Props of the actor form: the actor to edit (null for a new one) and what to do on save. */
export interface ActorFormProps {
  readonly actor: Actor | null;
  /** Number of relations of this actor (shown before deleting). */
  readonly relationCount: number;
  /** Saves; resolves true on success. The form keeps its values on failure. */
  readonly onSave: (values: ActorFormValues) => Promise<boolean>;
  readonly onDelete?: () => void;
  /** The actors of the map, to choose the group ("Onderdeel van") from. */
  readonly actors?: readonly Actor[];
}

const INFLUENCES = Array.from({ length: INFLUENCE_MAX - INFLUENCE_MIN + 1 }, (_, i) => INFLUENCE_MIN + i);

/** The actor fields: Naam, Soort, Categorie, Natuurlijk persoon, Invloed, Groep, then the text fields of the field table (Buurt, Notitie, Contactgegevens, Adres); saved on "Opslaan". */
export function ActorForm({ actor, relationCount, onSave, onDelete, actors = [] }: ActorFormProps) {
  const { t, i18n } = useTranslation();
  const form = useSyncedForm(actor ? actorValues(actor) : NEW_ACTOR_VALUES);
  const nameRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const v = form.values;
  const vocabulary = useVocabulary();
  const known = vocabulary.categories.map((c) => c.id);
  const categories: readonly string[] = known.includes(v.category) ? known : [...known, v.category];

  const self = actor?.id ?? null;
  const groups = useMemo(() => sortByName(groupChoices(actors, self), i18n.language), [actors, self, i18n.language]);
  const groupsReach = useOptionsReach(groups.length);

  const { problem, busy, submit } = useCheckedSubmit(v, actorProblem, onSave, nameRef);

  return (
    <form className="panel-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('actor.name')}</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          type="text"
          value={v.name}
          maxLength={200}
          autoComplete="off"
          autoFocus={actor === null}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => form.set('name', e.target.value)}
        />
        <FieldError id={`${id}-problem`} message={problem} />
      </div>
      <fieldset className="field field-radios">
        <legend>{t('actor.kind')}</legend>
        {ACTOR_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name={`${id}-kind`} value={kind} checked={v.kind === kind} onChange={() => form.set('kind', kind)} />
            {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('actor.category')}</label>
        <select id={`${id}-category`} value={v.category} onChange={(e) => form.set('category', e.target.value)}>
          {categories.map((c) => (
            <option key={c} value={c}>
              {vocabulary.categoryLabel(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check">
        <label className="choice">
          <input type="checkbox" checked={v.isPerson} aria-describedby={`${id}-person-hint`} onChange={(e) => form.set('isPerson', e.target.checked)} />
          {t('actor.isPerson')}
        </label>
        <p id={`${id}-person-hint`} className="hint">
          {t('actor.isPersonHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-influence`}>{t('actor.influence')}</label>
        <select id={`${id}-influence`} value={String(v.influence)} onChange={(e) => form.set('influence', Number(e.target.value))}>
          {INFLUENCES.map((n) => (
            <option key={n} value={String(n)}>
              {t(`influence.${n}`)}
            </option>
          ))}
        </select>
      </div>
      {groups.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-parent`}>{t('groups.parent')}</label>
          <select
            id={`${id}-parent`}
            value={v.parentId ?? ''}
            onChange={(e) => form.set('parentId', e.target.value === '' ? null : e.target.value)}
            onFocus={groupsReach.onFocus}
            onPointerDown={groupsReach.onPointerDown}
          >
            <option value="">{t('groups.none')}</option>
            <ActorOptions actors={groups} chosen={v.parentId} all={groupsReach.reached} />
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('actor.tags')}</label>
        <input id={`${id}-tags`} type="text" value={v.tags} aria-describedby={`${id}-tags-hint`} onChange={(e) => form.set('tags', e.target.value)} />
        <p id={`${id}-tags-hint`} className="hint">
          {t('actor.tagsHint')}
        </p>
      </div>
      <ActorTextFields values={v} idPrefix={id} onChange={(key, value) => form.set(key, value)} />
      {actor && relationCount > 0 ? <p className="hint">{t('actor.relationsCount', { count: relationCount })}</p> : null}
      <FormActions busy={busy} onDelete={onDelete} />
    </form>
  );
}

/** The actors this one can be part of: not itself and not one of its own members (no loops), A–Z. */
function groupChoices(actors: readonly Actor[], self: string | null): Actor[] {
  const members = new Set<string>(self === null ? [] : [self]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of actors) {
      if (a.parentId != null && members.has(a.parentId) && !members.has(a.id)) {
        members.add(a.id);
        grew = true;
      }
    }
  }
  return actors.filter((a) => !members.has(a.id));
}
