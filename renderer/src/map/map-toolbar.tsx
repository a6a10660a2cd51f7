import { useTranslation } from 'react-i18next';

/** Props of the map toolbar: state of the toggles and one callback per button. */
export interface MapToolbarProps {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly connectMode: boolean;
  readonly hasActors: boolean;
  readonly onBack: () => void;
  readonly onAddActor: () => void;
  readonly onAddRelation: () => void;
  readonly onToggleConnect: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onLayout: () => void;
  readonly onFit: () => void;
}

/** The toolbar above the canvas. Every button has visible Dutch text and its shortcut in aria-keyshortcuts. */
export function MapToolbar(props: MapToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="group" aria-label={t('map.toolbar')}>
      <button type="button" className="button-quiet" onClick={props.onBack}>
        <span aria-hidden="true">← </span>
        {t('map.back')}
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
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
      <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="Control+Z">
        {t('map.undo')}
      </button>
      <button type="button" onClick={props.onRedo} disabled={!props.canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y">
        {t('map.redo')}
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <button type="button" onClick={props.onLayout} disabled={!props.hasActors}>
        {t('map.layout')}
      </button>
      <button type="button" onClick={props.onFit} disabled={!props.hasActors} aria-keyshortcuts="F">
        {t('map.fit')}
      </button>
    </div>
  );
}
