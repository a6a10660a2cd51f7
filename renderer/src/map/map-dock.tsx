import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of the left panel: open or folded, how to change that, and its tools. */
export interface MapDockProps {
  readonly open: boolean;
  readonly onOpen: (open: boolean) => void;
  readonly children: ReactNode;
}

/**
 * The left panel beside the map (quick-add, search and filters, notes, legend). It docks beside the
 * canvas instead of lying over it, so the canvas is all map and fitting uses all of it; folded, it
 * is a narrow strip. Its tools stay mounted while folded (they keep what was typed or chosen).
 */
export function MapDock({ open, onOpen, children }: MapDockProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <aside className={open ? 'map-dock' : 'map-dock is-folded'} aria-label={t('map.dock.label')} data-panel="kaartpaneel" data-testid="map-dock">
      <button type="button" className="dock-toggle button-quiet button-small" aria-expanded={open} aria-controls={bodyId} onClick={() => onOpen(!open)}>
        <span aria-hidden="true">{open ? '« ' : '» '}</span>
        {open ? t('map.dock.fold') : t('map.dock.unfold')}
      </button>
      <div id={bodyId} className="dock-body" hidden={!open}>
        {children}
      </div>
    </aside>
  );
}
