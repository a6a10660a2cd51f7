import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorMove } from '../../../shared/commands/command';
import type { MapDocument } from '../../../shared/domain/map-document';
import { forceFieldLayout } from '../../../shared/forcefield/layout';
import { setOverlay, useOverlay } from './overlay-store';
import { STANCE_COLOUR, STANCE_ORDER, stanceKey } from './stance-colours';

/** A small square swatch of a stance colour (dashed outline for unknown). */
export function StanceSwatch({ stance }: { readonly stance: number | null }) {
  return (
    <span
      className={stance === null ? 'stance-swatch stance-swatch-unknown' : 'stance-swatch'}
      style={{ background: STANCE_COLOUR[stanceKey(stance)] }}
      aria-hidden="true"
    />
  );
}

/** The stance colours as a legend group, shown in the map legend instead of the categories. */
export function StanceLegendGroup() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div className="legend-group legend-group-single">
      <h3 id={titleId}>{t('forcefield.overlay.legend')}</h3>
      <ul aria-labelledby={titleId}>
        {STANCE_ORDER.map((s) => (
          <li key={stanceKey(s)}>
            <StanceSwatch stance={s} />
            {t(`forcefield.stance.${stanceKey(s)}`)}
          </li>
        ))}
        <li>
          <span className="stance-swatch stance-swatch-none" aria-hidden="true" />
          {t('forcefield.overlay.notInField')}
        </li>
      </ul>
    </div>
  );
}

/**
 * On the network view: "Kleur naar houding" for a chosen force field (its legend goes into the
 * map legend) and a button to hide a highlighted route.
 */
export function StanceControl({ doc, onMove }: { readonly doc: MapDocument; readonly onMove: (moves: readonly ActorMove[]) => void }) {
  const { t } = useTranslation();
  const overlay = useOverlay();
  const selectId = useId();
  const field = doc.forceFields.find((f) => f.id === overlay.fieldId);
  useEffect(() => {
    if (overlay.fieldId && !field) setOverlay({ fieldId: null, route: [] });
  }, [overlay.fieldId, field]);
  if (doc.forceFields.length === 0) return null;
  return (
    <section className="stance-panel" aria-label={t('forcefield.overlay.title')} data-testid="stance-panel">
      <label htmlFor={selectId} className="stance-panel-label">
        {t('forcefield.overlay.colourBy')}
      </label>
      <select id={selectId} value={field?.id ?? ''} onChange={(e) => setOverlay({ fieldId: e.target.value || null, route: [] })}>
        <option value="">{t('forcefield.overlay.off')}</option>
        {doc.forceFields.map((f) => (
          <option key={f.id} value={f.id}>
            {f.date ? `${f.question} (${f.date})` : f.question}
          </option>
        ))}
      </select>
      {field ? (
        <button type="button" className="button-small" title={t('forcefield.overlay.layoutHint')} onClick={() => onMove(forceFieldLayout(doc, field))}>
          {t('forcefield.overlay.layout')}
        </button>
      ) : null}
      {overlay.route.length > 0 ? (
        <button type="button" className="button-small" onClick={() => setOverlay({ ...overlay, route: [] })}>
          {t('forcefield.overlay.hideRoute')}
        </button>
      ) : null}
    </section>
  );
}
