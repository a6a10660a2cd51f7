import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OWN_POSITIONS, OWN_ROLES, type ForceField, type ForceFieldPatch } from '../../../shared/domain/force-field';
import type { MapController } from '../map/use-map-state';

/** The question, date, own role and own position of a force field; each change is one undoable step. */
export function FieldHeader({ field, controller }: { readonly field: ForceField; readonly controller: MapController }) {
  const { t } = useTranslation();
  const ids = { question: useId(), date: useId(), role: useId(), position: useId() };
  const [question, setQuestion] = useState(field.question);
  const [date, setDate] = useState(field.date);
  const update = (patch: ForceFieldPatch): void => {
    void controller.run({ type: 'forcefield.update', id: field.id, patch });
  };
  const commitQuestion = (): void => {
    if (question.trim() === '') setQuestion(field.question);
    else if (question !== field.question) update({ question: question.trim() });
  };
  return (
    <div className="ff-header">
      <div className="field ff-question">
        <label htmlFor={ids.question}>{t('forcefield.question')}</label>
        <input
          id={ids.question}
          type="text"
          value={question}
          maxLength={500}
          onChange={(e) => setQuestion(e.target.value)}
          onBlur={commitQuestion}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitQuestion();
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.date}>{t('forcefield.date')}</label>
        <input
          id={ids.date}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          onBlur={() => {
            if (date !== field.date) update({ date });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.role}>{t('forcefield.role')}</label>
        <select id={ids.role} value={field.role ?? ''} onChange={(e) => update({ role: (OWN_ROLES.find((r) => r === e.target.value) ?? null) })}>
          <option value="">{t('forcefield.notChosen')}</option>
          {OWN_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`forcefield.roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.position}>{t('forcefield.position')}</label>
        <select
          id={ids.position}
          value={field.position ?? ''}
          onChange={(e) => update({ position: OWN_POSITIONS.find((p) => p === e.target.value) ?? null })}
        >
          <option value="">{t('forcefield.notChosen')}</option>
          {OWN_POSITIONS.map((p) => (
            <option key={p} value={p}>
              {t(`forcefield.positions.${p}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
