import { useTranslation } from 'react-i18next';

/** The save button of a panel form, and delete when the item exists. */
export function FormActions({ busy, onDelete }: { readonly busy: boolean; readonly onDelete?: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {t('form.save')}
      </button>
      {onDelete ? (
        <button type="button" className="button-danger" onClick={onDelete}>
          {t('form.delete')}
        </button>
      ) : null}
    </div>
  );
}
