import { useTranslation } from 'react-i18next';
import './layout-progress.css';

/** Props of the progress card: how far the layout is, for how many actors, and how to stop it. */
export interface LayoutProgressProps {
  /** 0–1. */
  readonly fraction: number;
  readonly actors: number;
  readonly onCancel: () => void;
}

/** A card over the canvas while a large layout runs off the UI thread: a progress bar and "stop". */
export function LayoutProgress({ fraction, actors, onCancel }: LayoutProgressProps) {
  const { t } = useTranslation();
  const percent = Math.round(fraction * 100);
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress">
      <p className="layout-progress-text">{t('large-map.layoutRunning', { count: actors })}</p>
      <progress max={100} value={percent} aria-label={t('large-map.layoutProgress')}>
        {percent} %
      </progress>
      <button type="button" onClick={onCancel}>
        {t('large-map.cancelLayout')}
      </button>
    </div>
  );
}
