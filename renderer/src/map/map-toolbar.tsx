import { useTranslation } from 'react-i18next';
import { LayoutMenu, type LayoutMenuProps } from './layout-menu';

/** Props of the map toolbar: state of the toggles and one callback per button. */
export interface MapToolbarProps {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly connectMode: boolean;
  readonly hasActors: boolean;
  /** The network ("Kaart") tab is shown: only then the tools that work on the canvas appear. */
  readonly mapTools: boolean;
  readonly onAddActor: () => void;
  readonly onAddRelation: () => void;
  readonly onToggleConnect: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly layout: Omit<LayoutMenuProps, 'disabled'>;
}

/**
 * The toolbar above the canvas. Every button has visible text and its shortcut in aria-keyshortcuts.
 * Undo and redo work on every tab; the canvas tools only show on the map tab.
 */
export function MapToolbar(props: MapToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="group" aria-label={t('map.toolbar')}>
      {props.mapTools ? (
        <>
          <button type="button" onClick={props.onAddActor} aria-keyshortcuts="A">
            {t('map.addActor')}
          </button>
          <button type="button" onClick={props.onAddRelation} aria-keyshortcuts="R">
            {t('map.addRelation')}
          </button>
          <button type="button" className="toggle" aria-pressed={props.connectMode} onClick={props.onToggleConnect}>
            {t('map.connectMode')}
          </button>
          <span className="toolbar-sep" aria-hidden="true" />
        </>
      ) : null}
      <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="Control+Z">
        {t('map.undo')}
      </button>
      <button type="button" onClick={props.onRedo} disabled={!props.canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y">
        {t('map.redo')}
      </button>
      {props.mapTools ? (
        <>
          <span className="toolbar-sep" aria-hidden="true" />
          <button type="button" className="button-icon" onClick={props.onZoomOut} aria-label={t('map.zoomOut')} title={t('map.zoomOut')} aria-keyshortcuts="-">
            −
          </button>
          <button type="button" className="button-icon" onClick={props.onZoomIn} aria-label={t('map.zoomIn')} title={t('map.zoomIn')} aria-keyshortcuts="+">
            +
          </button>
          <button type="button" onClick={props.onFit} disabled={!props.hasActors} aria-keyshortcuts="F">
            {t('map.fit')}
          </button>
          <LayoutMenu {...props.layout} disabled={!props.hasActors} />
        </>
      ) : null}
    </div>
  );
}
