import { useModal } from '../ui/use-modal';
import { Fragment, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_SHORTCUTS } from './shortcut-list';

/** Props of the shortcut overlay: how to close it. */
export interface ShortcutsHelpProps {
  readonly onClose: () => void;
}

function Keys({ keys }: { readonly keys: readonly string[] }) {
  return (
    <>
      {keys.map((k, i) => (
        <Fragment key={k}>
          {i > 0 ? '+' : null}
          <kbd>{k}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/**
 * The "?" overlay: a modal list of the keyboard shortcuts (native `<dialog>`: focus is trapped,
 * Escape closes, focus returns to where it was). Rendered only while open.
 */
export function ShortcutsHelp({ onClose }: ShortcutsHelpProps) {
  const { t } = useTranslation();
  const closeRef = useRef<HTMLButtonElement>(null);
  const ref = useModal(closeRef);
  const titleId = useId();


  return (
    <dialog
      ref={ref}
      className="dialog shortcuts-help"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('help.title')}</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('help.keyColumn')}</th>
            <th scope="col">{t('help.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {MAP_SHORTCUTS.map((s) => (
            <tr key={s.labelKey}>
              <td>
                <Keys keys={s.keys} />
                {(s.alternatives ?? []).map((alt) => (
                  <Fragment key={alt.join('+')}>
                    {` ${t('help.or')} `}
                    <Keys keys={alt} />
                  </Fragment>
                ))}
              </td>
              <td>{t(s.labelKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('help.note')}</p>
      <div className="form-actions dialog-actions">
        <button ref={closeRef} type="button" className="button-primary" onClick={onClose}>
          {t('help.close')}
        </button>
      </div>
    </dialog>
  );
}
