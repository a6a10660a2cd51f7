import { useTranslation } from 'react-i18next';
import './layout-progress.css';

/** What a large layout is doing: computing in the worker, or putting its result on the canvas. */
export type LayoutPhase = 'computing' | 'applying';

/** Props of the progress card: how far the layout is, for how many actors, and how to stop it. */
export interface LayoutProgressProps {
  /** 0–1 of the current phase. */
  readonly fraction: number;
  readonly phase?: LayoutPhase;
  readonly actors: number;
  readonly onCancel: () => void;
}

/** A card over the canvas while a large layout runs off the UI thread: a progress bar and "stop". */
export function LayoutProgress({ fraction, actors, phase = 'computing', onCancel }: LayoutProgressProps) {
  const { t } = useTranslation();
  const percent = Math.round(fraction * 100);
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress" data-phase={phase}>
      <p className="layout-progress-text">{t(phase === 'applying' ? 'large-map.layoutApplying' : 'large-map.layoutRunning', { count: actors })}</p>
      <progress max={100} value={percent} aria-label={t('large-map.layoutProgress')}>
        {percent} %
      </progress>
      <button type="button" onClick={onCancel}>
        {t('large-map.cancelLayout')}
      </button>
    </div>
  );
}
