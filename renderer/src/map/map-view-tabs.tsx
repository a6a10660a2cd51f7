import { useTranslation } from 'react-i18next';
import type { MapView } from './map-views';

/** Id of the network view ("Kaart"), which is always there. */
export const NETWORK_VIEW = 'kaart';

/** Props of the view tabs: the extra views, which one is shown, and how to switch. */
export interface MapViewTabsProps {
  readonly views: readonly MapView[];
  readonly current: string;
  readonly onChange: (id: string) => void;
}

/** Tabs that switch between the network and the map's other views; hidden while there are none. */
export function MapViewTabs({ views, current, onChange }: MapViewTabsProps) {
  const { t } = useTranslation();
  if (views.length === 0) return null;
  const all = [{ id: NETWORK_VIEW, labelKey: 'map.views.network' }, ...views];
  return (
    <div className="view-tabs" role="tablist" aria-label={t('map.views.label')}>
      {all.map((view) => (
        <button
          key={view.id}
          type="button"
          role="tab"
          aria-selected={view.id === current}
          className={view.id === current ? 'view-tab view-tab-current' : 'view-tab'}
          onClick={() => onChange(view.id)}
        >
          {t(view.labelKey)}
        </button>
      ))}
    </div>
  );
}
