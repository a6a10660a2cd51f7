import { useTranslation } from 'react-i18next';
import { useHeldClip } from './clipboard-store';

/** Props of the clipboard bar: how many actors are chosen, and what the buttons do. */
export interface ClipboardBarProps {
  readonly picked: number;
  readonly onCopy: () => void;
  readonly onPaste: () => void;
}

/** "2 actoren gekozen · Kopiëren · Plakken" in the status line: the buttons for Ctrl+C / Ctrl+V. */
export function ClipboardBar({ picked, onCopy, onPaste }: ClipboardBarProps) {
  const { t } = useTranslation();
  const clip = useHeldClip();
  return (
    <div className="clipboard-bar" role="group" aria-label={t('clipboard.barLabel')}>
      {picked > 1 ? (
        <span className="clipboard-picked" data-testid="picked-count">
          {t('clipboard.picked', { count: picked })}
        </span>
      ) : null}
      <button type="button" className="button-small" onClick={onCopy} disabled={picked === 0} aria-keyshortcuts="Control+C">
        {t('clipboard.copy')}
      </button>
      <button type="button" className="button-small" onClick={onPaste} disabled={clip === null} aria-keyshortcuts="Control+V">
        {t('clipboard.paste')}
      </button>
    </div>
  );
}
