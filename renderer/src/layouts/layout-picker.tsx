import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUT_KINDS, type LayoutKind } from './run-chosen-layout';

/** The chosen layout and whether it may move only the selected and never-placed actors. */
export interface LayoutChoice {
  readonly kind: LayoutKind;
  readonly keepPositions: boolean;
}

/** Props of the layout picker. */
export interface LayoutPickerProps {
  readonly choice: LayoutChoice;
  readonly onChange: (choice: LayoutChoice) => void;
}

/** Which layout "Indeling" runs: force, rings (formal/informal, influence), grouped (category, buurt); "keep my positions". */
export function LayoutPicker({ choice, onChange }: LayoutPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="layout-picker" role="group" aria-label={t('layouts.label')}>
      <label htmlFor={`${id}-kind`}>{t('layouts.kind')}</label>
      <select id={`${id}-kind`} value={choice.kind} onChange={(e) => onChange({ ...choice, kind: e.target.value as LayoutKind })}>
        {LAYOUT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`layouts.option.${k}`)}
          </option>
        ))}
      </select>
      <label className="choice" title={t('layouts.keepHint')}>
        <input type="checkbox" checked={choice.keepPositions} onChange={(e) => onChange({ ...choice, keepPositions: e.target.checked })} />
        {t('layouts.keep')}
        {/* The explanation is in the name for screen readers and a tooltip for the eye: the bar stays one row. */}
        <span className="visually-hidden"> {t('layouts.keepHint')}</span>
      </label>
    </div>
  );
}
