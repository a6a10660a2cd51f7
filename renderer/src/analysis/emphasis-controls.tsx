import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapAnalysis } from '../../../shared/analysis/analyse';
import { setMapEmphasis } from './emphasis-store';
import { MAP_MEASURES, measureEmphasis, type EmphasisChoice } from './measure-emphasis';

/** Props of the "show on the map" controls. */
export interface EmphasisControlsProps {
  readonly mapId: string;
  readonly analysis: MapAnalysis;
  /** Switches to the map (with no ids: just the network view). */
  readonly showOnMap: (ids: readonly string[]) => void;
}

/** Lets the user size and colour the map's actors by a measure (or colour by community). */
export function EmphasisControls({ mapId, analysis, showOnMap }: EmphasisControlsProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<EmphasisChoice>({ size: 'betweennessNormalised', colour: 'category' });
  const measureLabel = (key: string) => t(`analysis.brokers.${key}`);
  const measureOptions = MAP_MEASURES.map((m) => (
    <option key={m} value={m}>
      {measureLabel(m)}
    </option>
  ));
  const apply = () => {
    const size = choice.size === 'none' ? t('analysis.emphasis.none') : measureLabel(choice.size);
    const colour =
      choice.colour === 'category' || choice.colour === 'community' ? t(`analysis.emphasis.${choice.colour}`) : measureLabel(choice.colour);
    setMapEmphasis(mapId, measureEmphasis(analysis, choice, t('analysis.emphasis.label', { size, colour })));
    showOnMap([]);
  };
  return (
    <fieldset className="emphasis-controls">
      <legend>{t('analysis.emphasis.legend')}</legend>
      <label>
        {t('analysis.emphasis.size')}{' '}
        <select value={choice.size} onChange={(e) => setChoice({ ...choice, size: e.target.value as EmphasisChoice['size'] })}>
          <option value="none">{t('analysis.emphasis.none')}</option>
          {measureOptions}
        </select>
      </label>{' '}
      <label>
        {t('analysis.emphasis.colour')}{' '}
        <select value={choice.colour} onChange={(e) => setChoice({ ...choice, colour: e.target.value as EmphasisChoice['colour'] })}>
          <option value="category">{t('analysis.emphasis.category')}</option>
          <option value="community">{t('analysis.emphasis.community')}</option>
          {measureOptions}
        </select>
      </label>{' '}
      <button type="button" onClick={apply}>
        {t('analysis.emphasis.apply')}
      </button>
    </fieldset>
  );
}
