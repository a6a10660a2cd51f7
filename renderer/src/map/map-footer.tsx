import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { SaveState } from '../../../shared/ipc/contract';
import { ClipboardBar } from '../clipboard/clipboard-bar';
import { SaveStateNote } from './save-state-note';
import { StatusLine } from './status-line';

/** Props of the line under the map. */
export interface MapFooterProps {
  readonly doc: MapDocument;
  readonly saveState: SaveState;
  readonly session: boolean;
  /** How many actors are chosen (copy works on them). */
  readonly picked: number;
  readonly onCopy: () => void;
  readonly onPaste: () => void;
  readonly onHelp: () => void;
}

/** The line under the map: counts, save state, copy/paste, the shortcuts and the shortcut list. */
export function MapFooter({ doc, saveState, session, picked, onCopy, onPaste, onHelp }: MapFooterProps) {
  const { t } = useTranslation();
  return (
    <footer className="map-footer" data-panel="statusregel">
      <StatusLine actors={doc.actors.length} relations={doc.relations.length} />
      <SaveStateNote state={saveState} />
      {session ? null : <ClipboardBar picked={picked} onCopy={onCopy} onPaste={onPaste} />}
      <p className="shortcuts">{t('map.shortcuts')}</p>
      <button type="button" className="button-link button-small" aria-keyshortcuts="?" onClick={onHelp}>
        {t('help.open')}
      </button>
    </footer>
  );
}
