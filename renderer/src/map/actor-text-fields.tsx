import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../../../shared/domain/fields/field-spec';
import { ACTOR_TEXT_FIELDS, type ActorFormValues, type ActorTextKey } from './actor-form-model';

/** Props of the actor form's text fields: the values, how to change one, and an id prefix for labels. */
export interface ActorTextFieldsProps {
  readonly values: ActorFormValues;
  readonly onChange: (key: ActorTextKey, value: string) => void;
  readonly idPrefix: string;
}

const INPUT_TYPE: Partial<Record<FieldSpec['control'], string>> = { tel: 'tel', email: 'email', url: 'url' };
const AUTOCOMPLETE: Partial<Record<ActorTextKey, string>> = { phone: 'off', email: 'off' };

function TextField({ name, spec, value, onChange, id }: { name: ActorTextKey; spec: FieldSpec; value: string; onChange: (value: string) => void; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t(spec.label)}</label>
      {spec.control === 'textarea' ? (
        <textarea id={id} rows={4} value={value} maxLength={spec.maxLength} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type={INPUT_TYPE[spec.control] ?? 'text'} value={value} maxLength={spec.maxLength} autoComplete={AUTOCOMPLETE[name] ?? 'off'} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/**
 * The actor's text fields, as the field table lists them: the ungrouped ones (Buurt, Notitie; the
 * long text last), then one section per group (Contactgegevens, Adres).
 */
export function ActorTextFields({ values, onChange, idPrefix }: ActorTextFieldsProps) {
  const { t } = useTranslation();
  const ungrouped = ACTOR_TEXT_FIELDS.filter(([, spec]) => spec.group === undefined);
  const ordered = [...ungrouped.filter(([, s]) => s.control !== 'textarea'), ...ungrouped.filter(([, s]) => s.control === 'textarea')];
  const groups = [...new Set(ACTOR_TEXT_FIELDS.flatMap(([, spec]) => (spec.group ? [spec.group] : [])))];
  const field = ([key, spec]: readonly [ActorTextKey, FieldSpec]) => (
    <TextField key={key} name={key} spec={spec} value={values[key]} onChange={(v) => onChange(key, v)} id={`${idPrefix}-${key}`} />
  );
  return (
    <>
      {ordered.map(field)}
      {groups.map((group) => (
        <fieldset key={group} className="field-group">
          <legend>{t(`fieldGroup.${group}`)}</legend>
          {ACTOR_TEXT_FIELDS.filter(([, spec]) => spec.group === group).map(field)}
        </fieldset>
      ))}
    </>
  );
}
