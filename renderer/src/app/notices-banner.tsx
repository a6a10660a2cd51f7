import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/ipc/contract';

/** Props of the notices banner. */
export interface NoticesBannerProps {
  readonly notices: readonly Notice[];
  readonly onDismiss: (id: string) => void;
}

/** Notices from main as dismissible banners (role="alert"), with the file paths involved. */
export function NoticesBanner({ notices, onDismiss }: NoticesBannerProps) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`} role="alert">
          <div className="notice-text">
            <strong>{t(`notice.title.${notice.code}`)}</strong>
            <p>{notice.message}</p>
            {notice.files.length > 0 ? (
              <>
                <p className="notice-files-label">{t('notice.files')}</p>
                <ul className="notice-files">
                  {notice.files.map((file) => (
                    <li key={file}>
                      <code>{file}</code>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
          <button type="button" className="button-quiet button-small" onClick={() => onDismiss(notice.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
